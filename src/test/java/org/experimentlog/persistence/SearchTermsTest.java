package org.experimentlog.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.Test;

/** Search terms: English and Dutch stems of each word, so word forms find each other. */
public class SearchTermsTest {
    private static boolean matches(String stored, String search) {
        String terms = SearchTerms.of(stored);
        return SearchTerms.ofQuery(search).stream()
                .allMatch(
                        stems -> stems.stream().anyMatch(stem -> terms.contains("|" + stem + "|")));
    }

    @Test
    public void of_shouldFindWordForms_inEnglishAndDutch() {
        assertTrue(matches("One document was missing", "documents"));
        assertTrue(matches("Uploaded documents", "document"));
        assertTrue(matches("Het formulier is korter", "formulieren"));
        assertTrue(matches("Twee formulieren", "formulier"));
        assertTrue(matches("De aanvraag duurde lang", "aanvragen"));
        assertTrue(matches("Residents were running late", "run"));
    }

    @Test
    public void of_shouldRequireEveryWord() {
        assertTrue(matches("Plain letters cut calls", "LETTER call"));
        assertEquals(false, matches("Plain letters cut calls", "letters forms"));
    }

    @Test
    public void of_shouldSortTheTermsOnce_andSplitOnPunctuation() {
        assertEquals("|form|one|pag|page|", SearchTerms.of("ONE-PAGE form, forms"));
        assertEquals("|", SearchTerms.of("  -- %_ "));
    }

    @Test
    public void ofQuery_shouldGiveEachWordItsStems_atMostTenWords() {
        assertEquals(
                List.of(Set.of("formulier", "formulieren")), SearchTerms.ofQuery("Formulieren"));
        assertEquals(
                SearchTerms.MAX_WORDS, SearchTerms.ofQuery("a b c d e f g h i j k l m").size());
        assertEquals(List.of(), SearchTerms.ofQuery("!!"));
    }

    @Test
    public void allWords_shouldMatchNothing_whenTheSearchHasNoWord() {
        List<Object> params = new ArrayList<>();

        assertEquals("1 = 0", SearchTerms.allWords("TERMS", List.of(), params));
        assertEquals(
                "(TERMS LIKE ? OR TERMS LIKE ?) AND (TERMS LIKE ?)",
                SearchTerms.allWords("TERMS", SearchTerms.ofQuery("formulieren form"), params));
        assertEquals(List.of("%|formulier|%", "%|formulieren|%", "%|form|%"), params);
    }
}
