package org.experimentlog.persistence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The search terms of a text, kept by the database in a column beside the row they index: each word
 * (a run of letters and digits, in lower case) stands in the list by its English and its Dutch
 * Snowball stem, so "documents" and "document" share the term {@code document}, and "formulieren"
 * and "formulier" share {@code formulier}. A searched word matches a row when either of its stems
 * is among the row's terms; a search matches when every word does.
 *
 * <p>The terms are written with the row, in its transaction, so every node of a cluster searches
 * the same index; the upgrade task {@code upgrade.v2.Upgrade2SearchTerms} writes them for rows
 * stored before the column existed, and is the one class of an upgrade package allowed to use this
 * one (the ArchUnit rule names it): the stored terms must be what the search looks for. The
 * stemmers are Snowball's, as Lucene ships them, relocated into the plugin at packaging so that
 * Jira's own Lucene is not touched.
 */
public final class SearchTerms {
    /** The most words a search takes; the rest are ignored. */
    public static final int MAX_WORDS = 10;

    /** The longest word indexed, and so the longest term: a stem is never longer than its word. */
    public static final int MAX_TERM_LENGTH = 60;

    private static final int MAX_WORD_LENGTH = MAX_TERM_LENGTH;
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchTerms() {}

    /** The words of a text in lower case, in order, each once. */
    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<String> words = new LinkedHashSet<>();
        for (String word : NOT_A_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty() && word.length() <= MAX_WORD_LENGTH) {
                words.add(word);
            }
        }
        return List.copyOf(words);
    }

    /**
     * The stored form: every stem of every word of the texts, sorted, delimited as {@code |a|b|}.
     */
    public static String of(String... texts) {
        Set<String> terms = new TreeSet<>();
        SnowballStemmer english = new EnglishStemmer();
        SnowballStemmer dutch = new DutchStemmer();
        for (String text : texts) {
            for (String word : words(text)) {
                terms.add(stem(english, word));
                terms.add(stem(dutch, word));
            }
        }
        return StoryCodes.join(List.copyOf(terms));
    }

    /**
     * For each word of the search (at most {@link #MAX_WORDS}), the terms any of which matches it.
     */
    static List<Set<String>> ofQuery(String text) {
        SnowballStemmer english = new EnglishStemmer();
        SnowballStemmer dutch = new DutchStemmer();
        List<Set<String>> alternatives = new ArrayList<>();
        for (String word : words(text)) {
            Set<String> stems = new TreeSet<>(List.of(stem(english, word), stem(dutch, word)));
            if (!alternatives.contains(stems)) {
                alternatives.add(stems);
            }
            if (alternatives.size() == MAX_WORDS) {
                break;
            }
        }
        return alternatives;
    }

    /**
     * The condition that every word of the search matches the terms column, with its parameters
     * appended: one {@code (column LIKE ? OR column LIKE ?)} per word, joined by AND. A search
     * without a word (only punctuation) matches nothing.
     */
    static String allWords(String column, List<Set<String>> words, List<Object> params) {
        if (words.isEmpty()) {
            return "1 = 0";
        }
        List<String> each = new ArrayList<>();
        for (Set<String> stems : words) {
            List<String> any = new ArrayList<>();
            for (String stem : stems) {
                any.add(column + " LIKE ?");
                params.add(StoryCodes.containing(stem));
            }
            each.add("(" + String.join(" OR ", any) + ")");
        }
        return String.join(" AND ", each);
    }

    /**
     * The terms of a stored list ({@code |a|b|}), each once, as the term index holds them (one row
     * per term); a null or empty list has none.
     */
    public static List<String> list(String stored) {
        if (stored == null) {
            return List.of();
        }
        Set<String> terms = new TreeSet<>();
        for (String term : stored.split("\\|")) {
            if (!term.isEmpty() && term.length() <= MAX_TERM_LENGTH) {
                terms.add(term);
            }
        }
        return List.copyOf(terms);
    }

    /**
     * Which word of a search the term index is joined on: the one whose shortest stem is longest,
     * since a longer word is usually a rarer one, and the join reads the index rows of that word
     * only (the other words are checked on those documents' own terms). Ties go to the first.
     */
    static int drivingWord(List<Set<String>> words) {
        int best = 0;
        for (int i = 1; i < words.size(); i++) {
            if (shortest(words.get(i)) > shortest(words.get(best))) {
                best = i;
            }
        }
        return best;
    }

    private static int shortest(Set<String> stems) {
        return stems.stream().mapToInt(String::length).min().orElse(0);
    }

    /**
     * The condition on the joined index row ({@code termColumn}, for example {@code t.TERM}) that a
     * document has one of the stems, true for exactly one index row per such document so that a
     * count over the join counts each document once: the row of the first stem in sorted order the
     * document has. With stems {@code a < b}: {@code t.TERM IN (a, b) AND (t.TERM IN (a) OR terms
     * NOT LIKE '%|a|%')}; the {@code NOT LIKE} on the document's own terms column is evaluated only
     * for the rows the index found.
     */
    static String indexed(
            String termColumn, String termsColumn, Set<String> stems, List<Object> params) {
        List<String> sorted = List.copyOf(new TreeSet<>(stems));
        List<String> parts = new ArrayList<>();
        // one stem as an equality: with the document's id, the database matches both columns of
        // the index on (term, id); H2 uses an IN list on the first column only
        parts.add(
                sorted.size() == 1 ? termColumn + " = ?" : InClause.of(termColumn, sorted.size()));
        params.addAll(sorted);
        for (int j = 0; j < sorted.size() - 1; j++) {
            parts.add("(" + InClause.of(termColumn, j + 1) + " OR " + termsColumn + " NOT LIKE ?)");
            params.addAll(sorted.subList(0, j + 1));
            params.add(StoryCodes.containing(sorted.get(j)));
        }
        return String.join(" AND ", parts);
    }

    private static String stem(SnowballStemmer stemmer, String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
