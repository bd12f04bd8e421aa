package org.experimentlog.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.experimentlog.app.port.LearningHit;
import org.experimentlog.app.port.LearningQuery;
import org.experimentlog.app.port.LibraryHit;
import org.experimentlog.app.port.LibraryOrder;
import org.experimentlog.app.port.LibraryResult;
import org.experimentlog.app.port.LibrarySearch;
import org.experimentlog.app.port.Page;
import org.experimentlog.app.port.PageRequest;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.failure.Reader;
import org.springframework.stereotype.Component;

/**
 * The learning library across learnings and failure stories, on Active Objects.
 *
 * <p>Each source is searched with one count and one query for its first {@code startAt +
 * maxResults} rows, both in the requested order; the two lists are merged in Java and the page cut
 * from the merge. A page is therefore exactly the page of the merged list, and the statements per
 * search are fixed: two counts, two narrow queries (id, date, search text) for the merge, then for
 * the page one query for its stories, one for its learnings (their tags come from the learning's
 * own column) and one for their experiments: seven in all, whatever the number of rows.
 *
 * <p>One meaning everywhere (the library, the failures feed, the REST API): a row is found when
 * every word of the search matches its search terms by English or Dutch stem ({@link SearchTerms}),
 * so "documents" finds "document"; a learning's tags are words of it too. By relevance, rows that
 * contain more of the words as typed come first: {@code CASE WHEN SEARCH_TEXT LIKE ? THEN 1 ELSE 0
 * END} summed over the words, computed by the database in the {@code ORDER BY}, so both sources are
 * cut in the same order the merge uses; then the newest.
 *
 * <p>A search with words joins each source to the term index on one word ({@link TermIndex}), so
 * the database reads that word's rows through the index rather than every row; a tag search without
 * words joins the learnings' tag rows on the tag (indexed) in the same way. The joins yield one row
 * per learning or story, so the counts and the statements per search stay as above.
 */
@Component
public final class AoLibrarySearch implements LibrarySearch {
    private static final String ESCAPE = "ESCAPE '!'";

    /** The alias of the tag table when a tag search without words joins it. */
    private static final String TAG = "g";

    private final ActiveObjects ao;
    private final AoLearningSearch learnings;

    @Inject
    public AoLibrarySearch(ActiveObjects ao) {
        this.ao = ao;
        this.learnings = new AoLearningSearch(ao);
    }

    @Override
    public LibraryResult search(
            LearningQuery query, Reader reader, LibraryOrder order, PageRequest page) {
        List<String> words = words(query.textIfAny().orElse(null));
        List<Set<String>> terms = query.textIfAny().map(SearchTerms::ofQuery).orElse(null);
        int window = page.startAt() + page.maxResults();
        Criteria learning = learningCriteria(query, terms);
        Criteria story = storyCriteria(query, reader, terms);
        int learningTotal = learning == null ? 0 : learning.count(ao, AoLearning.class);
        int storyTotal = story == null ? 0 : story.count(ao, AoFailureStory.class);
        List<Ranked> merged = new ArrayList<>();
        if (learningTotal + storyTotal > page.startAt()) {
            if (learningTotal > 0) {
                for (AoLearning row :
                        ao.find(
                                AoLearning.class,
                                learning.select(order, words, window, AoLearning.SEARCH_TEXT))) {
                    merged.add(
                            new Ranked(
                                    score(row.getSearchText(), words, order),
                                    row.getCreatedAt().getTime(),
                                    true,
                                    row.getID()));
                }
            }
            if (storyTotal > 0) {
                for (AoFailureStory row :
                        ao.find(
                                AoFailureStory.class,
                                story.select(order, words, window, AoFailureStory.SEARCH_TEXT))) {
                    merged.add(
                            new Ranked(
                                    score(row.getSearchText(), words, order),
                                    row.getCreatedAt().getTime(),
                                    false,
                                    row.getID()));
                }
            }
        }
        // The order of the SQL: score, then date, then id; a learning before a story of the same
        // moment.
        merged.sort(
                Comparator.comparingInt(Ranked::score)
                        .reversed()
                        .thenComparing(Comparator.comparingLong(Ranked::at).reversed())
                        .thenComparingInt(r -> r.learning() ? 0 : 1)
                        .thenComparing(Comparator.comparingInt(Ranked::id).reversed()));
        List<Ranked> slice =
                merged.subList(
                        Math.min(page.startAt(), merged.size()), Math.min(window, merged.size()));
        return new LibraryResult(
                Page.of(hits(slice), page, learningTotal + storyTotal), learningTotal, storyTotal);
    }

    /**
     * The page's rows in full: one query for its learnings (and their tags and experiments), one
     * for its stories.
     */
    private List<LibraryHit> hits(List<Ranked> slice) {
        List<Integer> learningIds =
                slice.stream().filter(Ranked::learning).map(Ranked::id).toList();
        List<Integer> storyIds = slice.stream().filter(r -> !r.learning()).map(Ranked::id).toList();
        Map<Integer, LearningHit> learningHits =
                learningIds.isEmpty()
                        ? Map.of()
                        : learnings
                                .hits(Rows.whereIn(ao, AoLearning.class, "ID", learningIds, "ID"))
                                .stream()
                                .collect(
                                        Collectors.toMap(
                                                h -> (int) h.learning().requireId().value(),
                                                Function.identity()));
        Map<Integer, AoFailureStory> stories =
                storyIds.isEmpty()
                        ? Map.of()
                        : Rows.whereIn(ao, AoFailureStory.class, "ID", storyIds, "ID").stream()
                                .collect(
                                        Collectors.toMap(
                                                AoFailureStory::getID, Function.identity()));
        List<LibraryHit> hits = new ArrayList<>();
        for (Ranked ranked : slice) {
            // A row deleted between the queries is left out; the next search will not count it
            // either.
            if (ranked.learning() && learningHits.containsKey(ranked.id())) {
                hits.add(LibraryHit.of(learningHits.get(ranked.id())));
            } else if (!ranked.learning() && stories.containsKey(ranked.id())) {
                hits.add(LibraryHit.of(StoryMapper.toDomain(stories.get(ranked.id()))));
            }
        }
        return hits;
    }

    /** The distinct lower-case words of a search text, at most {@link #MAX_WORDS}. */
    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(LearningIndex.searchText(text).split("\\s+"))
                .filter(w -> !w.isEmpty())
                .distinct()
                .limit(MAX_WORDS)
                .toList();
    }

    private static int score(String searchText, List<String> words, LibraryOrder order) {
        if (order != LibraryOrder.RELEVANCE || searchText == null) {
            return 0;
        }
        return (int) words.stream().filter(searchText::contains).count();
    }

    private static Criteria learningCriteria(LearningQuery query, List<Set<String>> words) {
        Criteria c = new Criteria(AoLearning.class, AoSearchTerm.LEARNING_ID);
        if (query.visibleProjectsIfRestricted().isPresent()) {
            Set<ProjectKey> projects = query.visibleProjectsIfRestricted().get();
            if (projects.isEmpty()) {
                return null;
            }
            c.add(
                    InClause.of(AoLearning.PROJECT_KEY, projects.size()),
                    projects.stream().map(ProjectKey::value).sorted().toArray());
        }
        c.allWords(AoLearning.TERMS, words);
        if (query.tag() != null && !c.joined) {
            // without words, the tag's rows of the tag table (indexed by tag) drive the query
            c.joinTag();
            c.add(TAG + "." + AoLearningTag.TAG + " = ?", query.tag().value());
        } else if (query.tag() != null) {
            c.add(AoLearning.TAGS + " LIKE ?", StoryCodes.containing(query.tag().value()));
        }
        if (query.department() != null) {
            c.add(
                    AoLearning.DEPARTMENTS + " LIKE ?",
                    StoryCodes.containing(Long.toString(query.department().value())));
        }
        if (query.outcome() != null) {
            c.add(
                    AoLearning.OUTCOMES + " LIKE ?",
                    StoryCodes.containing(Long.toString(query.outcome().value())));
        }
        if (query.verdict() != null) {
            c.add(AoLearning.VERDICT + " = ?", query.verdict().code());
        }
        c.period(AoLearning.CREATED_AT, query);
        return c;
    }

    private static Criteria storyCriteria(
            LearningQuery query, Reader reader, List<Set<String>> words) {
        if (query.tag() != null || query.outcome() != null || query.verdict() != null) {
            return null;
        }
        Criteria c = new Criteria(AoFailureStory.class, AoSearchTerm.STORY_ID);
        AoFailureStoryRepository.visibility(reader, c.conditions, c.params);
        c.allWords(AoFailureStory.TERMS, words);
        if (query.department() != null) {
            c.add(
                    AoFailureStory.AUDIENCE + " LIKE ?",
                    StoryCodes.containing(query.department().toString()));
        }
        c.period(AoFailureStory.CREATED_AT, query);
        return c;
    }

    @Override
    public List<String> tagsStartingWith(String prefix, Set<ProjectKey> projects, int limit) {
        if (projects.isEmpty()) {
            return List.of();
        }
        String start = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
        Criteria c = new Criteria(AoLearning.class, AoSearchTerm.LEARNING_ID);
        c.add(
                InClause.of(AoLearning.PROJECT_KEY, projects.size()),
                projects.stream().map(ProjectKey::value).sorted().toArray());
        c.add(
                AoLearning.TAGS + " LIKE ? " + ESCAPE,
                "%|" + AoLearningSearch.escapeLike(start) + "%");
        TreeSet<String> tags = new TreeSet<>();
        // One query reading only the tag lists; DISTINCT keeps it to the different combinations of
        // tags.
        ao.stream(
                AoLearning.class,
                Query.select(AoLearning.TAGS)
                        .distinct()
                        .where(c.where(), c.params.toArray())
                        .limit(InClause.MAX_VALUES),
                row ->
                        StoryCodes.split(row.getTags()).stream()
                                .filter(tag -> tag.startsWith(start))
                                .forEach(tags::add));
        return tags.stream().limit(limit).toList();
    }

    /** A found row with what the merge orders it by. */
    private record Ranked(int score, long at, boolean learning, int id) {}

    /** The WHERE conditions of one source, with their parameters in order. */
    private static final class Criteria {
        private final Class<? extends RawEntity<Integer>> type;
        private String indexColumn;
        private Class<? extends RawEntity<Integer>> joinedType = AoSearchTerm.class;
        private String joinedAlias = TermIndex.TERM;
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> params = new ArrayList<>();
        private boolean joined;

        Criteria(Class<? extends RawEntity<Integer>> type, String indexColumn) {
            this.type = type;
            this.indexColumn = indexColumn;
        }

        void add(String condition, Object... values) {
            conditions.add(condition);
            params.addAll(Arrays.asList(values));
        }

        /**
         * Every word must match the row's search terms, by either of its stems (see {@link
         * SearchTerms}): the query joins the term index on one word ({@link TermIndex}).
         */
        void allWords(String column, List<Set<String>> words) {
            if (words != null) {
                joined = !words.isEmpty();
                TermIndex.allWords(words, column, conditions, params);
            }
        }

        /**
         * Joins a learning's tag rows instead of the term index: a learning holds each tag once, so
         * the join yields one row per learning with the tag.
         */
        void joinTag() {
            joined = true;
            joinedType = AoLearningTag.class;
            joinedAlias = TAG;
            indexColumn = AoLearningTag.LEARNING_ID;
        }

        private Query base(String fields) {
            return joined
                    ? TermIndex.select(type, joinedType, joinedAlias, indexColumn, fields)
                    : TermIndex.select(type, indexColumn, false, fields);
        }

        void period(String column, LearningQuery query) {
            if (query.from() != null) {
                add(
                        column + " >= ?",
                        Date.from(query.from().atStartOfDay(query.zone()).toInstant()));
            }
            if (query.to() != null) {
                add(
                        column + " < ?",
                        Date.from(query.to().plusDays(1).atStartOfDay(query.zone()).toInstant()));
            }
        }

        String where() {
            return conditions.isEmpty() ? "1 = 1" : String.join(" AND ", conditions);
        }

        int count(ActiveObjects ao, Class<? extends RawEntity<Integer>> counted) {
            return ao.count(counted, base(null).where(where(), params.toArray()));
        }

        /**
         * The first rows in the merge's order. Active Objects quotes words of an {@code order(…)}
         * clause as column names, which breaks a {@code CASE} expression, and quotes a column in
         * the WHERE clause only before an operator; so the relevance ordering is appended to the
         * WHERE clause, its parameters after the WHERE's as the ORDER BY follows the WHERE, with
         * the date and id named by position.
         */
        Query select(LibraryOrder order, List<String> words, int limit, String searchColumn) {
            List<Object> all = new ArrayList<>(params);
            // Only the columns the merge needs; the page's rows are read in full afterwards.
            String columns = "ID, " + AoLearning.CREATED_AT + ", " + searchColumn;
            if (order != LibraryOrder.RELEVANCE || words.isEmpty()) {
                return base(columns)
                        .where(where(), all.toArray())
                        .order(
                                TermIndex.column(joined, AoLearning.CREATED_AT)
                                        + " DESC, "
                                        + TermIndex.column(joined, "ID")
                                        + " DESC")
                        .limit(limit);
            }
            List<String> cases = new ArrayList<>();
            for (String word : words) {
                cases.add("CASE WHEN " + searchColumn + " LIKE ? " + ESCAPE + " THEN 1 ELSE 0 END");
                all.add(pattern(word));
            }
            // By position: 2 is CREATED_AT and 1 is ID in the select list, which Active Objects
            // keeps as given.
            String ranked =
                    where() + " ORDER BY (" + String.join(" + ", cases) + ") DESC, 2 DESC, 1 DESC";
            return base(columns).where(ranked, all.toArray()).limit(limit);
        }

        private static String pattern(String word) {
            return "%" + AoLearningSearch.escapeLike(word) + "%";
        }
    }
}
