package org.experimentlog.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.experimentlog.app.port.DigestSource;
import org.experimentlog.domain.Coded;
import org.experimentlog.domain.IssueKeys;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.experiment.Result;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.experiment.Verdict;
import org.springframework.stereotype.Component;

/**
 * {@link DigestSource} on Active Objects: a period's activity in a fixed number of queries (eleven
 * when every kind of item occurs, fewer otherwise; a child table with more than {@value
 * InClause#MAX_VALUES} parents takes one more per thousand), whatever the number of recipients it
 * is for.
 */
@Component
public final class AoDigestSource implements DigestSource {
    private final ActiveObjects ao;

    @Inject
    public AoDigestSource(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Activity between(Instant from, Instant until) {
        Object[] window = {Days.toDate(from), Days.toDate(until)};
        List<AoLearning> learningRows =
                List.of(
                        ao.find(
                                AoLearning.class,
                                Query.select()
                                        .where(
                                                AoLearning.CREATED_AT
                                                        + " >= ? AND "
                                                        + AoLearning.CREATED_AT
                                                        + " < ?",
                                                window)
                                        .order(AoLearning.CREATED_AT + ", ID")));
        List<AoExperiment> closedRows =
                List.of(
                        ao.find(
                                AoExperiment.class,
                                Query.select()
                                        .where(
                                                AoExperiment.STAGE
                                                        + " IN (?, ?) AND "
                                                        + AoExperiment.CLOSED_AT
                                                        + " >= ? AND "
                                                        + AoExperiment.CLOSED_AT
                                                        + " < ?",
                                                Stage.CONCLUDED.code(),
                                                Stage.ABANDONED.code(),
                                                window[0],
                                                window[1])
                                        .order(AoExperiment.CLOSED_AT + ", ID")));
        Map<Integer, AoExperiment> experiments = new HashMap<>();
        closedRows.forEach(e -> experiments.put(e.getID(), e));
        Set<Integer> missing =
                learningRows.stream()
                        .map(AoLearning::getExperimentId)
                        .filter(id -> !experiments.containsKey(id))
                        .collect(Collectors.toCollection(LinkedHashSet::new));
        inChunks(AoExperiment.class, "ID", missing, e -> experiments.put(e.getID(), e));

        List<NewLearning> learnings = new ArrayList<>();
        for (AoLearning l : learningRows) {
            AoExperiment e = experiments.get(l.getExperimentId());
            if (e == null) {
                continue;
            }
            learnings.add(
                    new NewLearning(
                            l.getID(),
                            new IssueRef(e.getIssueId(), e.getIssueKey()),
                            new ProjectKey(l.getProjectKey()),
                            l.getStatement(),
                            ids(StoryCodes.split(l.getDepartments())),
                            ids(StoryCodes.split(l.getOutcomes())),
                            Set.copyOf(StoryCodes.split(l.getTags())),
                            Days.toInstant(l.getCreatedAt())));
        }
        return new Activity(learnings, closed(closedRows), stories(window), feedback(window));
    }

    private List<ClosedExperiment> closed(List<AoExperiment> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Integer> ids = rows.stream().map(AoExperiment::getID).toList();
        Map<Integer, Set<Long>> departments = new HashMap<>();
        inChunks(
                AoExperimentDepartment.class,
                AoExperimentDepartment.EXPERIMENT_ID,
                ids,
                d ->
                        departments
                                .computeIfAbsent(d.getExperimentId(), k -> new TreeSet<>())
                                .add((long) d.getDepartmentId()));
        Map<Integer, Set<Long>> outcomes = new HashMap<>();
        inChunks(
                AoOutcomeLink.class,
                AoOutcomeLink.EXPERIMENT_ID,
                ids,
                o ->
                        outcomes.computeIfAbsent(o.getExperimentId(), k -> new TreeSet<>())
                                .add((long) o.getOutcomeId()));
        Map<Integer, Set<String>> tags = new HashMap<>();
        inChunks(
                AoLearningTag.class,
                AoLearningTag.EXPERIMENT_ID,
                ids,
                t ->
                        tags.computeIfAbsent(t.getExperimentId(), k -> new TreeSet<>())
                                .add(t.getTag()));
        Map<Integer, List<Result>> results = new HashMap<>();
        inChunks(
                AoResult.class,
                AoResult.EXPERIMENT_ID,
                ids,
                r ->
                        results.computeIfAbsent(r.getExperimentId(), k -> new ArrayList<>())
                                .add(ExperimentMapper.toDomain(r)));
        List<ClosedExperiment> closed = new ArrayList<>();
        for (AoExperiment e : rows) {
            Stage stage = Coded.fromCode(Stage.class, e.getStage(), "stage");
            String change =
                    e.getHypChange() == null || e.getHypChange().isBlank()
                            ? e.getIssueKey()
                            : e.getHypChange();
            closed.add(
                    new ClosedExperiment(
                            e.getID(),
                            new IssueRef(e.getIssueId(), e.getIssueKey()),
                            new ProjectKey(e.getProjectKey()),
                            change,
                            stage,
                            Optional.ofNullable(e.getVerdict())
                                    .map(v -> Coded.fromCode(Verdict.class, v, "verdict")),
                            departments.getOrDefault(e.getID(), Set.of()),
                            outcomes.getOrDefault(e.getID(), Set.of()),
                            tags.getOrDefault(e.getID(), Set.of()),
                            results.getOrDefault(e.getID(), List.of()),
                            Days.toInstant(e.getClosedAt())));
        }
        return closed;
    }

    private List<NewStory> stories(Object[] window) {
        List<NewStory> stories = new ArrayList<>();
        for (AoFailureStory s :
                ao.find(
                        AoFailureStory.class,
                        Query.select()
                                .where(
                                        AoFailureStory.CREATED_AT
                                                + " >= ? AND "
                                                + AoFailureStory.CREATED_AT
                                                + " < ?",
                                        window)
                                .order(AoFailureStory.CREATED_AT + ", ID"))) {
            Optional<IssueRef> issue =
                    s.getIssueId() == null || s.getIssueKey() == null
                            ? Optional.empty()
                            : Optional.of(new IssueRef(s.getIssueId(), s.getIssueKey()));
            stories.add(
                    new NewStory(
                            s.getID(),
                            s.getTitle(),
                            s.isToEveryone(),
                            ids(StoryCodes.split(s.getAudience())),
                            new UserRef(s.getAuthor()),
                            issue.map(IssueRef::projectKey),
                            issue,
                            Days.toInstant(s.getCreatedAt())));
        }
        return stories;
    }

    private List<StoryFeedback> feedback(Object[] window) {
        List<AoHelpedMark> marks =
                List.of(
                        ao.find(
                                AoHelpedMark.class,
                                Query.select()
                                        .where(
                                                AoHelpedMark.MARKED_AT
                                                        + " >= ? AND "
                                                        + AoHelpedMark.MARKED_AT
                                                        + " < ?",
                                                window)));
        List<AoAppliedIn> applied =
                List.of(
                        ao.find(
                                AoAppliedIn.class,
                                Query.select()
                                        .where(
                                                AoAppliedIn.APPLIED_AT
                                                        + " >= ? AND "
                                                        + AoAppliedIn.APPLIED_AT
                                                        + " < ?",
                                                window)));
        if (marks.isEmpty() && applied.isEmpty()) {
            return List.of();
        }
        Set<Integer> storyIds = new LinkedHashSet<>();
        marks.forEach(m -> storyIds.add(m.getStoryId()));
        applied.forEach(a -> storyIds.add(a.getStoryId()));
        Map<Integer, AoFailureStory> stories = new HashMap<>();
        inChunks(AoFailureStory.class, "ID", storyIds, s -> stories.put(s.getID(), s));
        List<StoryFeedback> feedback = new ArrayList<>();
        for (AoHelpedMark m : marks) {
            AoFailureStory s = stories.get(m.getStoryId());
            if (s != null) {
                feedback.add(
                        new StoryFeedback(
                                "helped:" + m.getID(),
                                s.getID(),
                                s.getTitle(),
                                new UserRef(s.getAuthor()),
                                new UserRef(m.getReader()),
                                Optional.empty(),
                                Days.toInstant(m.getMarkedAt())));
            }
        }
        for (AoAppliedIn a : applied) {
            AoFailureStory s = stories.get(a.getStoryId());
            if (s != null && IssueKeys.isValid(a.getIssueKey())) {
                feedback.add(
                        new StoryFeedback(
                                "applied:" + a.getID(),
                                s.getID(),
                                s.getTitle(),
                                new UserRef(s.getAuthor()),
                                new UserRef(a.getAppliedBy()),
                                Optional.of(a.getIssueKey()),
                                Days.toInstant(a.getAppliedAt())));
            }
        }
        return feedback;
    }

    /** Rows whose column is one of the values, {@value InClause#MAX_VALUES} values per query. */
    private <T extends RawEntity<Integer>> void inChunks(
            Class<T> type, String column, Collection<Integer> values, Consumer<T> each) {
        List<Integer> all = List.copyOf(values);
        for (int i = 0; i < all.size(); i += InClause.MAX_VALUES) {
            List<Integer> chunk = all.subList(i, Math.min(all.size(), i + InClause.MAX_VALUES));
            for (T row :
                    ao.find(
                            type,
                            Query.select()
                                    .where(InClause.of(column, chunk.size()), chunk.toArray()))) {
                each.accept(row);
            }
        }
    }

    private static Set<Long> ids(List<String> codes) {
        Set<Long> ids = new TreeSet<>();
        for (String code : codes) {
            try {
                ids.add(Long.parseLong(code));
            } catch (NumberFormatException e) {
                // not an id: ignore rather than fail a whole run
            }
        }
        return ids;
    }
}
