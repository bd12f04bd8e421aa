package org.experimentlog.persistence;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.experimentlog.app.port.LearningQuery;
import org.experimentlog.app.port.LibraryHit;
import org.experimentlog.app.port.LibraryOrder;
import org.experimentlog.app.port.LibraryResult;
import org.experimentlog.app.port.PageRequest;
import org.experimentlog.app.port.StoryFilter;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.Experiment;
import org.experimentlog.domain.experiment.Learning;
import org.experimentlog.domain.experiment.Tag;
import org.experimentlog.domain.failure.Audience;
import org.experimentlog.domain.failure.ContributingFactor;
import org.experimentlog.domain.failure.FailureStory;
import org.experimentlog.domain.failure.Impact;
import org.experimentlog.domain.failure.Reader;
import org.experimentlog.domain.failure.StoryText;
import org.junit.Test;

/**
 * The library's and the feed's searches on random data against the straightforward search: every
 * row read and filtered in Java by the rule the search promises (every word matches a term of the
 * row by either of its stems; tag, department, period and visibility as the filters say; by
 * relevance the rows with more of the words as typed first, then the newest). The totals and the
 * pages must be the same, whatever path the database's query takes (term index, tag rows, plain
 * filters).
 */
public class LibrarySearchRandomTest extends RepositoryContract {
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final List<String> WORDS =
            List.of(
                    "form",
                    "forms",
                    "formulier",
                    "formulieren",
                    "letter",
                    "letters",
                    "reminder",
                    "reminders",
                    "document",
                    "documents",
                    "queue",
                    "queues",
                    "trust",
                    "plain",
                    "online",
                    "portal",
                    "privacy",
                    "consent",
                    "waiting",
                    "counter");
    private static final List<String> TAGS = List.of("forms", "letters", "trust", "data");
    private static final List<ProjectKey> PROJECTS =
            List.of(new ProjectKey("PERMIT"), new ProjectKey("MOVE"), new ProjectKey("TAX"));
    private static final Instant START = Instant.parse("2025-01-01T08:00:00Z");
    private static final UserRef AUTHOR = new UserRef("author");
    private static final UserRef READER = new UserRef("reader");

    private final Random random = new Random(20261208L);

    @Test
    public void search_shouldFindWhatTheStraightforwardSearchFinds_onRandomData() {
        fill();
        AoLibrarySearch target = new AoLibrarySearch(ao);
        List<Reader> readers =
                List.of(
                        new Reader(READER, Set.of(new DepartmentId(2)), false),
                        new Reader(AUTHOR, Set.of(), false),
                        new Reader(READER, Set.of(), true));
        for (int q = 0; q < 60; q++) {
            String text = random.nextInt(5) == 0 ? null : words(1 + random.nextInt(3));
            Tag tag = random.nextInt(4) == 0 ? new Tag(pick(TAGS)) : null;
            DepartmentId department =
                    random.nextInt(3) == 0 ? new DepartmentId(1 + random.nextInt(3)) : null;
            LocalDate from = random.nextInt(3) == 0 ? LocalDate.of(2025, 3, 1) : null;
            LocalDate to = random.nextInt(3) == 0 ? LocalDate.of(2025, 9, 30) : null;
            Set<ProjectKey> visible =
                    random.nextBoolean()
                            ? Set.copyOf(PROJECTS)
                            : Set.of(PROJECTS.get(0), PROJECTS.get(2));
            LearningQuery query =
                    LearningQuery.matching(text, tag, department, null, null, from, to)
                            .in(ZONE)
                            .visibleIn(visible);
            Reader reader = readers.get(random.nextInt(readers.size()));
            LibraryOrder order =
                    random.nextBoolean() ? LibraryOrder.RELEVANCE : LibraryOrder.NEWEST;
            PageRequest page = new PageRequest(random.nextInt(3) * 7, 1 + random.nextInt(15));
            String label =
                    "query "
                            + q
                            + ": "
                            + text
                            + ", "
                            + tag
                            + ", "
                            + department
                            + ", "
                            + from
                            + ".."
                            + to
                            + ", "
                            + visible
                            + ", "
                            + reader
                            + ", "
                            + order
                            + ", "
                            + page;

            List<Found> expected = straightforward(query, reader, order);
            LibraryResult result = target.search(query, reader, order, page);

            assertEquals(label, expected.size(), result.page().total());
            assertEquals(
                    label, expected.stream().filter(Found::learning).count(), result.learnings());
            assertEquals(
                    label,
                    expected
                            .subList(
                                    Math.min(page.startAt(), expected.size()),
                                    Math.min(page.startAt() + page.maxResults(), expected.size()))
                            .stream()
                            .map(Found::key)
                            .toList(),
                    result.page().items().stream().map(LibrarySearchRandomTest::key).toList());
        }
    }

    @Test
    public void feed_shouldFindWhatTheStraightforwardSearchFinds_onRandomData() {
        fill();
        AoFailureStoryRepository target = new AoFailureStoryRepository(ao);
        Reader reader = new Reader(READER, Set.of(new DepartmentId(2)), false);
        for (int q = 0; q < 30; q++) {
            String text = words(1 + random.nextInt(3));
            LearningQuery query = LearningQuery.matching(text, null, null, null, null, null, null);
            List<String> expected =
                    straightforward(query.in(ZONE).visibleIn(Set.of()), reader, LibraryOrder.NEWEST)
                            .stream()
                            .filter(found -> !found.learning())
                            .map(Found::key)
                            .toList();
            PageRequest page = PageRequest.first(10);

            var found =
                    target.visibleTo(
                            reader,
                            new StoryFilter(null, null, null, null, null, text),
                            ZONE,
                            page);

            assertEquals(text, expected.size(), found.total());
            assertEquals(
                    text,
                    expected.subList(0, Math.min(10, expected.size())),
                    found.items().stream().map(s -> "story " + s.text().title()).toList());
        }
    }

    /** 120 learnings in three projects and 80 stories, of random words, tags and audiences. */
    private void fill() {
        AoExperimentRepository experiments = new AoExperimentRepository(ao);
        AoFailureStoryRepository stories = new AoFailureStoryRepository(ao);
        List<Experiment> made = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            ProjectKey project = PROJECTS.get(i % PROJECTS.size());
            made.add(
                    experiments.save(
                            Experiment.open(
                                            new IssueRef(i + 1, project.value() + "-" + (i + 1)),
                                            AUTHOR,
                                            START)
                                    .withDepartments(
                                            Set.of(new DepartmentId(1 + random.nextInt(3))))));
        }
        for (int i = 0; i < 120; i++) {
            Set<Tag> tags = new HashSet<>();
            for (int t = random.nextInt(3); t > 0; t--) {
                tags.add(new Tag(pick(TAGS)));
            }
            experiments.save(
                    Learning.write(
                            pick(made),
                            null,
                            "L" + i + " " + words(2 + random.nextInt(6)),
                            List.copyOf(tags),
                            AUTHOR,
                            at()));
        }
        for (int i = 0; i < 80; i++) {
            Audience audience =
                    random.nextInt(3) == 0
                            ? Audience.departments(Set.of(new DepartmentId(1 + random.nextInt(3))))
                            : Audience.everyone();
            stories.save(
                    FailureStory.share(
                            new StoryText(
                                    "S" + i + " " + words(2),
                                    words(1 + random.nextInt(4)),
                                    words(1 + random.nextInt(4)),
                                    words(1 + random.nextInt(4)),
                                    null,
                                    null),
                            Set.of(ContributingFactor.DATA_QUALITY),
                            Impact.LOW,
                            null,
                            audience,
                            false,
                            true,
                            random.nextInt(10) == 0 ? READER : AUTHOR,
                            at()));
        }
    }

    /** Every row read, filtered and ordered in Java. */
    private List<Found> straightforward(LearningQuery query, Reader reader, LibraryOrder order) {
        List<String> typed = AoLibrarySearch.words(query.textIfAny().orElse(null));
        List<Set<String>> stems = query.textIfAny().map(SearchTerms::ofQuery).orElse(null);
        List<Found> found = new ArrayList<>();
        for (AoLearning row : ao.find(AoLearning.class)) {
            Set<ProjectKey> visible = query.visibleProjectsIfRestricted().orElse(null);
            if ((visible != null && !visible.contains(new ProjectKey(row.getProjectKey())))
                    || !matches(stems, row.getTerms())
                    || (query.tag() != null
                            && !SearchTerms.list(row.getTags()).contains(query.tag().value()))
                    || (query.department() != null
                            && !row.getDepartments().contains("|" + query.department() + "|"))
                    || !inPeriod(query, row.getCreatedAt().toInstant())) {
                continue;
            }
            found.add(
                    new Found(
                            "learning " + row.getStatement(),
                            score(typed, row.getSearchText(), order),
                            row.getCreatedAt().getTime(),
                            true,
                            row.getID()));
        }
        boolean storiesToo = query.tag() == null;
        for (AoFailureStory row :
                storiesToo ? ao.find(AoFailureStory.class) : new AoFailureStory[0]) {
            boolean mayRead =
                    reader.administrator()
                            || row.isToEveryone()
                            || row.getAuthor().equals(reader.user().key())
                            || reader.departments().stream()
                                    .anyMatch(d -> row.getAudience().contains("|" + d + "|"));
            if (!mayRead
                    || !matches(stems, row.getTerms())
                    || (query.department() != null
                            && !row.getAudience().contains("|" + query.department() + "|"))
                    || !inPeriod(query, row.getCreatedAt().toInstant())) {
                continue;
            }
            found.add(
                    new Found(
                            "story " + row.getTitle(),
                            score(typed, row.getSearchText(), order),
                            row.getCreatedAt().getTime(),
                            false,
                            row.getID()));
        }
        found.sort(
                Comparator.comparingInt(Found::score)
                        .reversed()
                        .thenComparing(Comparator.comparingLong(Found::at).reversed())
                        .thenComparingInt(f -> f.learning() ? 0 : 1)
                        .thenComparing(Comparator.comparingInt(Found::id).reversed()));
        return found;
    }

    private static boolean matches(List<Set<String>> words, String terms) {
        if (words == null) {
            return true;
        }
        List<String> stored = SearchTerms.list(terms);
        return !words.isEmpty()
                && words.stream().allMatch(stems -> stems.stream().anyMatch(stored::contains));
    }

    private static boolean inPeriod(LearningQuery query, Instant at) {
        return (query.from() == null || !at.isBefore(query.from().atStartOfDay(ZONE).toInstant()))
                && (query.to() == null
                        || at.isBefore(query.to().plusDays(1).atStartOfDay(ZONE).toInstant()));
    }

    private static int score(List<String> typed, String searchText, LibraryOrder order) {
        if (order != LibraryOrder.RELEVANCE || searchText == null) {
            return 0;
        }
        return (int) typed.stream().filter(searchText::contains).count();
    }

    private static String key(LibraryHit hit) {
        return hit.learningIfAny()
                .map(h -> "learning " + h.learning().statement())
                .orElseGet(() -> "story " + hit.story().text().title());
    }

    private String words(int count) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            words.add(pick(WORDS));
        }
        return String.join(" ", words);
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private Instant at() {
        // whole hours, so that rows share moments now and then and the tie-breakers are tested
        return START.plusSeconds(3600L * random.nextInt(24 * 365));
    }

    private record Found(String key, int score, long at, boolean learning, int id) {}
}
