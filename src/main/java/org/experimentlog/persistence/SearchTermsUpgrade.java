package org.experimentlog.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Model version 2: writes the search terms ({@link SearchTerms}) of every learning and failure story stored before
 * the {@code TERMS} column existed, so word-form search finds them too. Declared as {@code <upgradeTask>} in the
 * descriptor's {@code <ao>} module; Active Objects runs it once, on one node, when the stored model version is older.
 *
 * <p>It works in batches of {@value #BATCH} rows by id, each batch in a transaction of its own, and logs its progress
 * after each batch (rows done, of how many), so a large site sees it advance and a restart after a failure redoes
 * at most a batch. It can run again safely: it computes each row's terms from the row's own text.
 */
public final class SearchTermsUpgrade implements ActiveObjectsUpgradeTask {
    static final ModelVersion VERSION = ModelVersion.valueOf("2");
    static final int BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(SearchTermsUpgrade.class);

    private final Consumer<String> progress;

    public SearchTermsUpgrade() {
        this(LOG::info);
    }

    SearchTermsUpgrade(Consumer<String> progress) {
        this.progress = progress;
    }

    @Override
    public ModelVersion getModelVersion() {
        return VERSION;
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        // the ao passed to an upgrade task knows no entities yet; this adds the new columns
        ao.migrate(AoLearning.class, AoFailureStory.class);
        fill(ao, AoLearning.class, "learnings",
                row -> SearchTerms.of(row.getStatement(), String.join(" ", StoryCodes.split(row.getTags()))),
                AoLearning::setTerms);
        fill(ao, AoFailureStory.class, "failure stories", row -> SearchTerms.of(row.getSearchText()),
                AoFailureStory::setTerms);
    }

    private <T extends net.java.ao.Entity> void fill(ActiveObjects ao, Class<T> type, String name,
            Function<T, String> terms, java.util.function.BiConsumer<T, String> setter) {
        int total = ao.count(type);
        int done = 0;
        int afterId = 0;
        progress.accept("Search terms: " + total + " " + name + " to index");
        while (true) {
            int from = afterId;
            T[] rows = ao.executeInTransaction(() -> {
                T[] batch = ao.find(type, Rows.afterId(from, BATCH));
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
