package org.experimentlog.persistence.upgrade.v4;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import net.java.ao.Entity;
import net.java.ao.Query;
import org.experimentlog.persistence.SearchTerms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Model version 4: creates the term index of the library and the failures feed (one row per term
 * and learning or story) and fills it for every learning and story stored before it existed, from
 * the {@code TERMS} column upgrade task 2 filled. Declared as {@code <upgradeTask>} in the
 * descriptor's {@code <ao>} module; Active Objects runs it once, on one node, when the stored model
 * version is older. It works only on its own frozen copies of the tables' shapes at version 4
 * ({@link AoLearningV4}, {@link AoFailureStoryV4}, {@link AoSearchTermV4}); of the live code it
 * uses only {@link SearchTerms} (not an entity), for a row whose terms column is still empty and to
 * split the stored list, so the rows hold exactly what the live search looks for.
 *
 * <p>It works in batches of {@value #BATCH} rows by id, each batch in a transaction of its own that
 * first removes the batch's index rows and then writes them again, and logs its progress after each
 * batch (rows done, of how many), so a large site sees it advance, a restart after a failure redoes
 * at most a batch, and running it again leaves the same index.
 */
public final class Upgrade4TermIndex implements ActiveObjectsUpgradeTask {
    static final ModelVersion VERSION = ModelVersion.valueOf("4");
    static final int BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(Upgrade4TermIndex.class);

    private final Consumer<String> progress;

    public Upgrade4TermIndex() {
        this(LOG::info);
    }

    /** With another progress sink, for tests and the data set generator. */
    public Upgrade4TermIndex(Consumer<String> progress) {
        this.progress = progress;
    }

    @Override
    public ModelVersion getModelVersion() {
        return VERSION;
    }

    @Override
    @SuppressWarnings("unchecked") // ActiveObjects.migrate takes generic varargs
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        // the ao passed to an upgrade task knows no entities yet; this creates the index table
        ao.migrate(AoLearningV4.class, AoFailureStoryV4.class, AoSearchTermV4.class);
        fill(
                ao,
                AoLearningV4.class,
                "learnings",
                AoSearchTermV4.LEARNING_ID,
                "ID, "
                        + AoLearningV4.TERMS
                        + ", "
                        + AoLearningV4.STATEMENT
                        + ", "
                        + AoLearningV4.TAGS,
                row ->
                        row.getTerms() != null
                                ? row.getTerms()
                                : SearchTerms.of(row.getStatement(), tagWords(row.getTags())));
        fill(
                ao,
                AoFailureStoryV4.class,
                "failure stories",
                AoSearchTermV4.STORY_ID,
                "ID, " + AoFailureStoryV4.TERMS + ", " + AoFailureStoryV4.SEARCH_TEXT,
                row ->
                        row.getTerms() != null
                                ? row.getTerms()
                                : SearchTerms.of(row.getSearchText()));
    }

    /** The tags of a learning, stored as {@code |tag|tag|}, as words separated by spaces. */
    static String tagWords(String stored) {
        return stored == null ? "" : String.join(" ", SearchTerms.list(stored));
    }

    private <T extends Entity> void fill(
            ActiveObjects ao,
            Class<T> type,
            String name,
            String indexColumn,
            String columns,
            Function<T, String> terms) {
        int total = ao.count(type);
        int done = 0;
        int afterId = 0;
        progress.accept("Term index: " + total + " " + name + " to index");
        while (true) {
            int from = afterId;
            T[] rows =
                    ao.executeInTransaction(
                            () -> {
                                T[] batch =
                                        ao.find(
                                                type,
                                                Query.select(columns)
                                                        .where("ID > ?", from)
                                                        .order("ID")
                                                        .limit(BATCH));
                                if (batch.length == 0) {
                                    return batch;
                                }
                                ao.deleteWithSQL(
                                        AoSearchTermV4.class,
                                        indexColumn + " > ? AND " + indexColumn + " <= ?",
                                        from,
                                        batch[batch.length - 1].getID());
                                List<Map<String, Object>> index = new ArrayList<>();
                                for (T row : batch) {
                                    for (String term : SearchTerms.list(terms.apply(row))) {
                                        index.add(
                                                Map.of(
                                                        AoSearchTermV4.TERM,
                                                        term,
                                                        indexColumn,
                                                        row.getID()));
                                    }
                                }
                                if (!index.isEmpty()) {
                                    ao.create(AoSearchTermV4.class, index);
                                }
                                return batch;
                            });
            if (rows.length == 0) {
                break;
            }
            done += rows.length;
            afterId = rows[rows.length - 1].getID();
            progress.accept("Term index: " + done + " of " + total + " " + name + " indexed");
            if (rows.length < BATCH) {
                break;
            }
        }
    }
}
