package org.experimentlog.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import net.java.ao.Query;
import org.experimentlog.app.port.FailureStoryRepository;
import org.experimentlog.app.port.Page;
import org.experimentlog.app.port.PageRequest;
import org.experimentlog.app.port.StoryFilter;
import org.experimentlog.domain.ConcurrentWriteException;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.RuleViolationException;
import org.experimentlog.domain.StaleVersionException;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.ExperimentId;
import org.experimentlog.domain.failure.AppliedIn;
import org.experimentlog.domain.failure.FailureStory;
import org.experimentlog.domain.failure.FailureStoryId;
import org.experimentlog.domain.failure.HelpedMark;
import org.experimentlog.domain.failure.Reader;
import org.springframework.stereotype.Component;

/** Failure stories, "this helped me" marks and "applied in" records, in Active Objects. */
@Component
public final class AoFailureStoryRepository implements FailureStoryRepository {
    private final ActiveObjects ao;
    private final VersionClaims claims;

    @Inject
    public AoFailureStoryRepository(ActiveObjects ao) {
        this.ao = ao;
        this.claims = new VersionClaims(ao);
    }

    private Optional<AoFailureStory> row(FailureStoryId id) {
        return Rows.byId(ao, AoFailureStory.class, id.value());
    }

    @Override
    public Optional<FailureStory> find(FailureStoryId id) {
        return row(id).map(StoryMapper::toDomain);
    }

    @Override
    public Page<FailureStory> visibleTo(
            Reader reader, StoryFilter filter, ZoneId zone, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        visibility(reader, conditions, params);
        filter.departmentIfAny()
                .ifPresent(
                        department -> {
                            conditions.add(AoFailureStory.AUDIENCE + " LIKE ?");
                            params.add(StoryCodes.containing(department.toString()));
                        });
        if (filter.factor() != null) {
            conditions.add(AoFailureStory.FACTORS + " LIKE ?");
            params.add(StoryCodes.containing(filter.factor().code()));
        }
        if (filter.impact() != null) {
            conditions.add(AoFailureStory.IMPACT + " = ?");
            params.add(filter.impact().code());
        }
        if (filter.from() != null) {
            conditions.add(AoFailureStory.CREATED_AT + " >= ?");
            params.add(Date.from(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            conditions.add(AoFailureStory.CREATED_AT + " < ?");
            params.add(Date.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        List<Set<String>> words =
                filter.text() != null && !filter.text().isBlank()
                        ? SearchTerms.ofQuery(filter.text())
                        : null;
        boolean joined = words != null && !words.isEmpty();
        if (words != null) {
            TermIndex.allWords(words, AoFailureStory.TERMS, conditions, params);
        }
        String where = String.join(" AND ", conditions);
        Object[] values = params.toArray();
        int total =
                conditions.isEmpty()
                        ? ao.count(AoFailureStory.class)
                        : ao.count(
                                AoFailureStory.class,
                                TermIndex.select(
                                                AoFailureStory.class,
                                                AoSearchTerm.STORY_ID,
                                                words,
                                                null)
                                        .where(where, values));
        String order =
                TermIndex.column(joined, AoFailureStory.CREATED_AT)
                        + " DESC, "
                        + TermIndex.column(joined, "ID")
                        + " DESC";
        List<FailureStory> items;
        if (joined) {
            // Through the index the page is found by id, then read in full: a joined query's
            // whole rows would carry the index row's columns too.
            List<Integer> ids = new ArrayList<>();
            ao.stream(
                    AoFailureStory.class,
                    TermIndex.select(AoFailureStory.class, AoSearchTerm.STORY_ID, words, "ID")
                            .where(where, values)
                            .order(order)
                            .offset(page.startAt())
                            .limit(page.maxResults()),
                    row -> ids.add(row.getID()));
            Map<Integer, AoFailureStory> rows = new HashMap<>();
            if (!ids.isEmpty()) {
                Rows.whereIn(ao, AoFailureStory.class, "ID", ids, "ID")
                        .forEach(row -> rows.put(row.getID(), row));
            }
            items =
                    ids.stream()
                            .filter(rows::containsKey)
                            .map(id -> StoryMapper.toDomain(rows.get(id)))
                            .toList();
        } else {
            Query select =
                    conditions.isEmpty() ? Query.select() : Query.select().where(where, values);
            select = select.order(order).offset(page.startAt()).limit(page.maxResults());
            items =
                    List.of(ao.find(AoFailureStory.class, select)).stream()
                            .map(StoryMapper::toDomain)
                            .toList();
        }
        return Page.of(items, page, total);
    }

    @Override
    public List<FailureStory> exportPage(long afterId, int limit) {
        return List.of(ao.find(AoFailureStory.class, Rows.afterId(afterId, limit))).stream()
                .map(StoryMapper::toDomain)
                .toList();
    }

    /**
     * Adds the condition that keeps only the stories the reader may see (everyone's, their own,
     * their departments'; administrators see all), so a query and its count never include another
     * department's story. The feed and the learning library both use it.
     */
    static void visibility(Reader reader, List<String> conditions, List<Object> params) {
        if (reader.administrator()) {
            return;
        }
        List<String> visible =
                new ArrayList<>(
                        List.of(
                                AoFailureStory.TO_EVERYONE + " = ?",
                                AoFailureStory.AUTHOR + " = ?"));
        params.add(Boolean.TRUE);
        params.add(reader.user().key());
        for (DepartmentId department : reader.departments()) {
            visible.add(AoFailureStory.AUDIENCE + " LIKE ?");
            params.add(StoryCodes.containing(department.toString()));
        }
        conditions.add("(" + String.join(" OR ", visible) + ")");
    }

    @Override
    public FailureStory save(FailureStory story) {
        if (story.id().isEmpty()) {
            Map<String, Object> columns = StoryMapper.columns(story);
            columns.put(AoFailureStory.ROW_VERSION, 1L);
            AoFailureStory row = ao.create(AoFailureStory.class, columns);
            TermIndex.addStory(ao, row.getID(), row.getTerms());
            return story.storedAs(new FailureStoryId(row.getID()), 1);
        }
        FailureStoryId id = story.requireId();
        long next = story.version() + 1;
        AoFailureStory row =
                claims.lockForUpdate(
                        "story:" + id,
                        story.version(),
                        "story",
                        () -> row(id),
                        AoFailureStory::getRowVersion);
        String terms = row.getTerms();
        StoryMapper.copy(story, row);
        row.setRowVersion(next);
        row.save();
        if (!Objects.equals(terms, row.getTerms())) {
            TermIndex.replaceStory(ao, row.getID(), row.getTerms());
        }
        return story.storedAs(id, next);
    }

    @Override
    public void delete(FailureStoryId id) {
        int key = (int) id.value();
        ao.deleteWithSQL(AoHelpedMark.class, AoHelpedMark.STORY_ID + " = ?", key);
        ao.deleteWithSQL(AoAppliedIn.class, AoAppliedIn.STORY_ID + " = ?", key);
        ao.deleteWithSQL(
                AoVersionClaim.class,
                AoVersionClaim.OBJECT_KEY + " LIKE ?",
                "applied-in:" + key + ":%");
        TermIndex.deleteStory(ao, key);
        ao.deleteWithSQL(AoFailureStory.class, "ID = ?", key);
        claims.release("story:" + id);
    }

    @Override
    public int detachExperiment(ExperimentId experiment, long issueId) {
        AoFailureStory[] linked =
                ao.find(
                        AoFailureStory.class,
                        Query.select()
                                .where(
                                        AoFailureStory.EXPERIMENT_ID + " = ?",
                                        (int) experiment.value()));
        for (AoFailureStory story : linked) {
            AoFailureStory row =
                    claims.lockForUpdate(
                            "story:" + story.getID(),
                            story.getRowVersion(),
                            "story",
                            () -> Optional.of(story),
                            AoFailureStory::getRowVersion);
            row.setExperimentId(null);
            row.setIssueId(null);
            row.setIssueKey(null);
            row.setIterationId(null);
            row.setRowVersion(row.getRowVersion() + 1);
            row.save();
        }
        ao.deleteWithSQL(AoAppliedIn.class, AoAppliedIn.ISSUE_ID + " = ?", issueId);
        ao.deleteWithSQL(
                AoVersionClaim.class,
                AoVersionClaim.OBJECT_KEY + " LIKE ?",
                "applied-in:%:" + issueId);
        return linked.length;
    }

    static Map<String, Object> columns(HelpedMark mark) {
        return Map.of(
                AoHelpedMark.STORY_ID,
                (int) mark.story().value(),
                AoHelpedMark.READER,
                mark.reader().key(),
                AoHelpedMark.MARK_KEY,
                markKey(mark.story(), mark.reader()),
                AoHelpedMark.MARKED_AT,
                Days.toDate(mark.at()));
    }

    private static String markKey(FailureStoryId story, UserRef reader) {
        return story + ":" + reader.key();
    }

    @Override
    public boolean mark(HelpedMark mark) {
        if (hasMarked(mark.story(), mark.reader())) {
            return false;
        }
        try {
            ao.create(AoHelpedMark.class, columns(mark));
            return true;
        } catch (RuntimeException e) {
            if (VersionClaims.isUniqueViolation(e)) {
                // The same reader marked it at the same moment: run again, and the mark is found.
                throw new ConcurrentWriteException();
            }
            throw e;
        }
    }

    @Override
    public boolean unmark(FailureStoryId story, UserRef reader) {
        return ao.deleteWithSQL(
                        AoHelpedMark.class, AoHelpedMark.MARK_KEY + " = ?", markKey(story, reader))
                > 0;
    }

    @Override
    public Map<FailureStoryId, Integer> helpedCounts(Collection<FailureStoryId> stories) {
        Map<FailureStoryId, Integer> counts = new HashMap<>();
        if (stories.isEmpty()) {
            return counts;
        }
        List<Integer> ids = stories.stream().map(s -> (int) s.value()).distinct().toList();
        // One query for the whole page: the marks themselves, counted here (a story has at most one
        // per reader).
        for (AoHelpedMark mark :
                ao.find(
                        AoHelpedMark.class,
                        Query.select(AoHelpedMark.STORY_ID)
                                .where(
                                        InClause.of(AoHelpedMark.STORY_ID, ids.size()),
                                        InClause.params(ids)))) {
            counts.merge(new FailureStoryId(mark.getStoryId()), 1, Integer::sum);
        }
        return counts;
    }

    @Override
    public boolean hasMarked(FailureStoryId story, UserRef reader) {
        return ao.count(
                        AoHelpedMark.class,
                        Query.select()
                                .where(AoHelpedMark.MARK_KEY + " = ?", markKey(story, reader)))
                > 0;
    }

    @Override
    public AppliedIn add(AppliedIn appliedIn) {
        // One record per story and issue: the claim serialises two writers of the same pair, and
        // the loser's
        // transaction, run again, finds the record and is refused.
        if (findAppliedIn(appliedIn.story(), appliedIn.issue().id()).isPresent()) {
            throw new RuleViolationException(
                    "issueKey", ErrorKey.APPLIED_IN_TWICE, appliedIn.issue().key());
        }
        try {
            claims.claim(appliedKey(appliedIn.story(), appliedIn.issue().id()), 1, "story");
        } catch (StaleVersionException e) {
            throw new ConcurrentWriteException();
        }
        ao.create(AoAppliedIn.class, columns(appliedIn));
        return appliedIn;
    }

    @Override
    public Optional<AppliedIn> findAppliedIn(FailureStoryId story, long issueId) {
        return Arrays.stream(
                        ao.find(
                                AoAppliedIn.class,
                                Query.select()
                                        .where(
                                                AoAppliedIn.STORY_ID
                                                        + " = ? AND "
                                                        + AoAppliedIn.ISSUE_ID
                                                        + " = ?",
                                                (int) story.value(),
                                                issueId)))
                .findFirst()
                .map(row -> toAppliedIn(story, row));
    }

    @Override
    public boolean removeAppliedIn(FailureStoryId story, long issueId) {
        int removed =
                ao.deleteWithSQL(
                        AoAppliedIn.class,
                        AoAppliedIn.STORY_ID + " = ? AND " + AoAppliedIn.ISSUE_ID + " = ?",
                        (int) story.value(),
                        issueId);
        claims.release(appliedKey(story, issueId));
        return removed > 0;
    }

    private static String appliedKey(FailureStoryId story, long issueId) {
        return "applied-in:" + story.value() + ":" + issueId;
    }

    private static AppliedIn toAppliedIn(FailureStoryId story, AoAppliedIn row) {
        return new AppliedIn(
                story,
                new IssueRef(row.getIssueId(), row.getIssueKey()),
                new UserRef(row.getAppliedBy()),
                Instant.ofEpochMilli(row.getAppliedAt().getTime()),
                row.getNote());
    }

    static Map<String, Object> columns(AppliedIn appliedIn) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(AoAppliedIn.STORY_ID, (int) appliedIn.story().value());
        columns.put(AoAppliedIn.ISSUE_ID, appliedIn.issue().id());
        columns.put(AoAppliedIn.ISSUE_KEY, appliedIn.issue().key());
        columns.put(AoAppliedIn.APPLIED_BY, appliedIn.by().key());
        columns.put(AoAppliedIn.APPLIED_AT, Days.toDate(appliedIn.at()));
        columns.put(AoAppliedIn.NOTE, appliedIn.note());
        return columns;
    }

    @Override
    public List<AppliedIn> appliedIn(FailureStoryId story) {
        return List.of(
                        ao.find(
                                AoAppliedIn.class,
                                Query.select()
                                        .where(AoAppliedIn.STORY_ID + " = ?", (int) story.value())
                                        .order(AoAppliedIn.APPLIED_AT + ", ID")))
                .stream()
                .map(
                        row ->
                                new AppliedIn(
                                        story,
                                        new IssueRef(row.getIssueId(), row.getIssueKey()),
                                        new UserRef(row.getAppliedBy()),
                                        Instant.ofEpochMilli(row.getAppliedAt().getTime()),
                                        row.getNote()))
                .toList();
    }

    @Override
    public List<FailureStory> about(ExperimentId experiment) {
        return List.of(
                        ao.find(
                                AoFailureStory.class,
                                Query.select()
                                        .where(
                                                AoFailureStory.EXPERIMENT_ID + " = ?",
                                                (int) experiment.value())
                                        .order("ID")))
                .stream()
                .map(StoryMapper::toDomain)
                .toList();
    }
}
