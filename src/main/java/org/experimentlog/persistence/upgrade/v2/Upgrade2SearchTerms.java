package org.experimentlog.persistence.upgrade.v2;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.util.Arrays;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.java.ao.Entity;
import net.java.ao.Query;
import org.experimentlog.persistence.SearchTerms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Model version 2: adds the {@code TERMS} column of learnings and failure stories and writes the
 * search terms of every row stored before it existed, so word-form search finds them too. Declared
 * as {@code <upgradeTask>} in the descriptor's {@code <ao>} module; Active Objects runs it once, on
 * one node, when the stored model version is older. It works only on its own frozen copies of the
 * tables' shapes at version 2 ({@link AoLearningV2}, {@link AoFailureStoryV2}), never on the live
 * entities, so a later change to an entity cannot change what it does.
 *
 * <p>The terms themselves come from the shared {@link SearchTerms} (not an entity): the column must
 * hold exactly what the live search looks for. A change to the stemming that makes stored terms
 * stale needs an upgrade task of its own that recomputes them; it would run after this one, so this
 * one computing today's stems does no harm.
 *
 * <p>It works in batches of {@value #BATCH} rows by id, each batch in a transaction of its own, and
 * logs its progress after each batch (rows done, of how many), so a large site sees it advance and
 * a restart after a failure redoes at most a batch. It can run again safely: it computes each row's
 * terms from the row's own text.
 */
public final class Upgrade2SearchTerms implements ActiveObjectsUpgradeTask {
    static final ModelVersion VERSION = ModelVersion.valueOf("2");
    static final int BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(Upgrade2SearchTerms.class);

    private final Consumer<String> progress;

    public Upgrade2SearchTerms() {
        this(LOG::info);
    }

    Upgrade2SearchTerms(Consumer<String> progress) {
        this.progress = progress;
    }

    @Override
    public ModelVersion getModelVersion() {
        return VERSION;
    }

    @Override
    @SuppressWarnings("unchecked") // ActiveObjects.migrate takes generic varargs
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        // the ao passed to an upgrade task knows no entities yet; this adds the new columns
        ao.migrate(AoLearningV2.class, AoFailureStoryV2.class);
        fill(
                ao,
                AoLearningV2.class,
                "learnings",
                row -> SearchTerms.of(row.getStatement(), tagWords(row.getTags())),
                AoLearningV2::setTerms);
        fill(
                ao,
                AoFailureStoryV2.class,
                "failure stories",
                row -> SearchTerms.of(row.getSearchText()),
                AoFailureStoryV2::setTerms);
    }

    /**
     * The tags of a learning, stored as {@code |tag|tag|} ({@code |} for none), as words separated
     * by spaces.
     */
    static String tagWords(String stored) {
        if (stored == null) {
            return "";
        }
        return Arrays.stream(stored.split("\\|"))
                .filter(tag -> !tag.isEmpty())
                .collect(Collectors.joining(" "));
    }

    private <T extends Entity> void fill(
            ActiveObjects ao,
            Class<T> type,
            String name,
            Function<T, String> terms,
            BiConsumer<T, String> setter) {
        int total = ao.count(type);
        int done = 0;
        int afterId = 0;
        progress.accept("Search terms: " + total + " " + name + " to index");
        while (true) {
            int from = afterId;
            T[] rows =
                    ao.executeInTransaction(
                            () -> {
                                T[] batch =
                                        ao.find(
                                                type,
                                                Query.select()
                                                        .where("ID > ?", from)
                                                        .order("ID")
                                                        .limit(BATCH));
                                for (T row : batch) {
                                    setter.accept(row, terms.apply(row));
                                    row.save();
                                }
                                return batch;
                            });
            if (rows.length == 0) {
                break;
            }
            done += rows.length;
            afterId = rows[rows.length - 1].getID();
            progress.accept("Search terms: " + done + " of " + total + " " + name + " indexed");
            if (rows.length < BATCH) {
                break;
            }
        }
    }
}
