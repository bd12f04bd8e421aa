package org.experimentlog.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * The term index ({@link AoSearchTerm}): its rows written with the learnings and stories they
 * index, and the join a word search reads them through.
 *
 * <p>A word search joins the searched table (aliased {@value #MAIN}) to the index (aliased {@value
 * #TERM}) on one word, the {@linkplain SearchTerms#drivingWord driving word}, so the database finds
 * that word's documents through the index on {@code (TERM, id)}; every other word is checked on
 * those documents' own {@code TERMS} column. The join yields exactly one row per matching document
 * ({@link SearchTerms#indexed}), so counts over it are counts of documents.
 */
final class TermIndex {
    /** The alias of the searched table in a joined query. */
    static final String MAIN = "m";

    /** The alias of the index in a joined query. */
    static final String TERM = "t";

    private TermIndex() {}

    /** Writes the index rows of a new learning (no rows exist for it yet). */
    static void addLearning(ActiveObjects ao, int id, String terms) {
        insert(ao, AoSearchTerm.LEARNING_ID, id, terms);
    }

    /** Replaces the index rows of a learning with its current terms. */
    static void replaceLearning(ActiveObjects ao, int id, String terms) {
        ao.deleteWithSQL(AoSearchTerm.class, AoSearchTerm.LEARNING_ID + " = ?", id);
        insert(ao, AoSearchTerm.LEARNING_ID, id, terms);
    }

    /** Writes the index rows of a new failure story. */
    static void addStory(ActiveObjects ao, int id, String terms) {
        insert(ao, AoSearchTerm.STORY_ID, id, terms);
    }

    /** Replaces the index rows of a failure story with its current terms. */
    static void replaceStory(ActiveObjects ao, int id, String terms) {
        ao.deleteWithSQL(AoSearchTerm.class, AoSearchTerm.STORY_ID + " = ?", id);
        insert(ao, AoSearchTerm.STORY_ID, id, terms);
    }

    /** Removes the index rows of a deleted failure story. */
    static void deleteStory(ActiveObjects ao, int id) {
        ao.deleteWithSQL(AoSearchTerm.class, AoSearchTerm.STORY_ID + " = ?", id);
    }

    /** Removes the index rows of deleted learnings, a bounded list at a time. */
    static void deleteLearnings(ActiveObjects ao, List<Integer> ids) {
        for (int from = 0; from < ids.size(); from += InClause.MAX_VALUES) {
            List<Integer> chunk =
                    ids.subList(from, Math.min(ids.size(), from + InClause.MAX_VALUES));
            ao.deleteWithSQL(
                    AoSearchTerm.class,
                    InClause.of(AoSearchTerm.LEARNING_ID, chunk.size()),
                    chunk.toArray());
        }
    }

    private static void insert(ActiveObjects ao, String column, int id, String terms) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String term : SearchTerms.list(terms)) {
            rows.add(Map.of(AoSearchTerm.TERM, term, column, id));
        }
        if (!rows.isEmpty()) {
            ao.create(AoSearchTerm.class, rows);
        }
    }

    /**
     * A query of {@code fields} from {@code main}, joined to the index on {@code foreignKey} when
     * {@code joined}: then the main table is aliased {@value #MAIN} (Active Objects prefixes the
     * selected fields with it) and the index {@value #TERM}.
     */
    static Query select(
            Class<? extends RawEntity<Integer>> main,
            String foreignKey,
            boolean joined,
            String fields) {
        return joined
                ? select(main, AoSearchTerm.class, TERM, foreignKey, fields)
                : fields == null ? Query.select() : Query.select(fields);
    }

    /**
     * As {@link #select(Class, String, boolean, String)} for a search of these words: joined to the
     * index when there is a word.
     */
    static Query select(
            Class<? extends RawEntity<Integer>> main,
            String foreignKey,
            List<Set<String>> words,
            String fields) {
        return select(main, foreignKey, words != null && !words.isEmpty(), fields);
    }

    /**
     * A query of {@code fields} from {@code main} (aliased {@value #MAIN}) joined to the rows of
     * {@code joined} (aliased {@code alias}) whose {@code foreignKey} names a main row.
     */
    static Query select(
            Class<? extends RawEntity<Integer>> main,
            Class<? extends RawEntity<Integer>> joined,
            String alias,
            String foreignKey,
            String fields) {
        Query query = fields == null ? Query.select() : Query.select(fields);
        return query.alias(main, MAIN)
                .join(joined, alias + "." + foreignKey + " = " + MAIN + ".ID")
                .alias(joined, alias);
    }

    /**
     * Adds the conditions that every word of a search matches (by either stem): the driving word
     * through the joined index, the others on {@code termsColumn}. A search without a word (only
     * punctuation) matches nothing.
     */
    static void allWords(
            List<Set<String>> words,
            String termsColumn,
            List<String> conditions,
            List<Object> params) {
        if (words.isEmpty()) {
            conditions.add("1 = 0");
            return;
        }
        int driving = SearchTerms.drivingWord(words);
        conditions.add(
                SearchTerms.indexed(
                        TERM + "." + AoSearchTerm.TERM, termsColumn, words.get(driving), params));
        List<Set<String>> others = new ArrayList<>(words);
        others.remove(driving);
        if (!others.isEmpty()) {
            conditions.add(SearchTerms.allWords(termsColumn, others, params));
        }
    }

    /** An ORDER BY column of the main table, prefixed with its alias when joined. */
    static String column(boolean joined, String column) {
        return joined ? MAIN + "." + column : column;
    }
}
