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

    private static final int MAX_WORD_LENGTH = 60;
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

    private static String stem(SnowballStemmer stemmer, String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
