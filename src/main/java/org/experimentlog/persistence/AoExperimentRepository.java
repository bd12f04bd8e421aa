package org.experimentlog.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.java.ao.Query;
import org.experimentlog.app.port.ExperimentQuery;
import org.experimentlog.app.port.ExperimentRepository;
import org.experimentlog.app.port.LinkedIteration;
import org.experimentlog.app.port.Page;
import org.experimentlog.app.port.PageRequest;
import org.experimentlog.domain.ConcurrentWriteException;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.RuleViolationException;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.Experiment;
import org.experimentlog.domain.experiment.ExperimentId;
import org.experimentlog.domain.experiment.ExperimentRecord;
import org.experimentlog.domain.experiment.Iteration;
import org.experimentlog.domain.experiment.IterationId;
import org.experimentlog.domain.experiment.Learning;
import org.experimentlog.domain.experiment.LearningId;
import org.experimentlog.domain.experiment.OutcomeLink;
import org.experimentlog.domain.experiment.Result;
import org.experimentlog.domain.experiment.ResultId;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.experiment.Tag;
import org.experimentlog.domain.outcome.OutcomeId;
import org.springframework.stereotype.Component;

/** Experiments with their iterations, results and learnings, in Active Objects. */
@Component
public final class AoExperimentRepository implements ExperimentRepository {
    private final ActiveObjects ao;
    private final VersionClaims claims;

    @Inject
    public AoExperimentRepository(ActiveObjects ao) {
        this.ao = ao;
        this.claims = new VersionClaims(ao);
    }

    @Override
    public Optional<Experiment> findByIssue(long issueId) {
        AoExperiment[] rows =
                ao.find(
                        AoExperiment.class,
                        Query.select().where(AoExperiment.ISSUE_ID + " = ?", issueId));
        return rows.length == 0 ? Optional.empty() : Optional.of(withChildren(rows[0]));
    }

    private Experiment withChildren(AoExperiment row) {
        List<Integer> id = List.of(row.getID());
        return ExperimentMapper.toDomain(
                row,
                Rows.whereIn(
                        ao,
                        AoExperimentDepartment.class,
                        AoExperimentDepartment.EXPERIMENT_ID,
                        id,
                        "ID"),
                Rows.whereIn(
                        ao,
                        AoOutcomeLink.class,
                        AoOutcomeLink.EXPERIMENT_ID,
                        id,
                        AoOutcomeLink.POSITION));
    }

    private Optional<AoExperiment> row(ExperimentId id) {
        return Rows.byId(ao, AoExperiment.class, id.value());
    }

    @Override
    public Optional<ExperimentRecord> recordOf(ExperimentId id) {
        return row(id).map(r -> records(List.of(r), false).get(0));
    }

    /**
     * One read of the experiment row, whose copies give its departments and outcome links, then one
     * per iteration, result and learning table (the issue panel's path).
     */
    @Override
    public Optional<ExperimentRecord> recordOfIssue(long issueId) {
        AoExperiment[] rows =
                ao.find(
                        AoExperiment.class,
                        Query.select().where(AoExperiment.ISSUE_ID + " = ?", issueId));
        return rows.length == 0
                ? Optional.empty()
                : Optional.of(records(List.of(rows[0]), true).get(0));
    }

    @Override
    public Page<ExperimentRecord> list(ExperimentQuery query, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        query.projectIfAny()
                .ifPresent(
                        p -> {
                            conditions.add(AoExperiment.PROJECT_KEY + " = ?");
                            params.add(p.value());
                        });
        if (!query.stages().isEmpty()) {
            conditions.add(InClause.of(AoExperiment.STAGE, query.stages().size()));
            query.stages().stream().map(Stage::code).sorted().forEach(params::add);
        }
        Query select = Query.select();
        if (!conditions.isEmpty()) {
            select = select.where(String.join(" AND ", conditions), params.toArray());
        }
        int total = ao.count(AoExperiment.class, select);
        Query pageQuery = Query.select();
        if (!conditions.isEmpty()) {
            pageQuery = pageQuery.where(String.join(" AND ", conditions), params.toArray());
        }
        pageQuery =
                pageQuery
                        .order(AoExperiment.CREATED_AT + " DESC, ID DESC")
                        .offset(page.startAt())
                        .limit(page.maxResults());
        List<AoExperiment> rows = List.of(ao.find(AoExperiment.class, pageQuery));
        return Page.of(records(rows, false), page, total);
    }

    @Override
    public List<ExperimentRecord> exportPage(long afterId, int limit) {
        return records(List.of(ao.find(AoExperiment.class, Rows.afterId(afterId, limit))), false);
    }

    /**
     * Everything recorded on these experiments, in one query per table whatever the number of rows.
     * A learning's tags come from its own {@code TAGS} column, written with the learning in the
     * same order as the tag rows. With {@code fromCopies}, the departments and outcome links are
     * the copies on the experiment row (two queries fewer: the issue panel's path); otherwise their
     * own rows.
     */
    private List<ExperimentRecord> records(List<AoExperiment> rows, boolean fromCopies) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Integer> ids = rows.stream().map(AoExperiment::getID).toList();
        Map<Integer, List<AoExperimentDepartment>> departments =
                fromCopies
                        ? Map.of()
                        : group(
                                Rows.whereIn(
                                        ao,
                                        AoExperimentDepartment.class,
                                        AoExperimentDepartment.EXPERIMENT_ID,
                                        ids,
                                        "ID"),
                                AoExperimentDepartment::getExperimentId);
        Map<Integer, List<AoOutcomeLink>> links =
                fromCopies
                        ? Map.of()
                        : group(
                                Rows.whereIn(
                                        ao,
                                        AoOutcomeLink.class,
                                        AoOutcomeLink.EXPERIMENT_ID,
                                        ids,
                                        AoOutcomeLink.POSITION),
                                AoOutcomeLink::getExperimentId);
        Map<Integer, List<AoIteration>> iterations =
                group(
                        Rows.whereIn(
                                ao,
                                AoIteration.class,
                                AoIteration.EXPERIMENT_ID,
                                ids,
                                AoIteration.SEQ_NO),
                        AoIteration::getExperimentId);
        Map<Integer, List<AoResult>> results =
                group(
                        Rows.whereIn(ao, AoResult.class, AoResult.EXPERIMENT_ID, ids, "ID"),
                        AoResult::getExperimentId);
        Map<Integer, List<AoLearning>> learnings =
                group(
                        Rows.whereIn(ao, AoLearning.class, AoLearning.EXPERIMENT_ID, ids, "ID"),
                        AoLearning::getExperimentId);
        List<ExperimentRecord> records = new ArrayList<>();
        for (AoExperiment row : rows) {
            int id = row.getID();
            Experiment experiment =
                    fromCopies
                            ? ExperimentMapper.toDomainFromCopies(row)
                            : ExperimentMapper.toDomain(
                                    row,
                                    departments.getOrDefault(id, List.of()),
                                    links.getOrDefault(id, List.of()));
            records.add(
                    new ExperimentRecord(
                            experiment,
                            iterations.getOrDefault(id, List.of()).stream()
                                    .map(ExperimentMapper::toDomain)
                                    .toList(),
                            results.getOrDefault(id, List.of()).stream()
                                    .map(ExperimentMapper::toDomain)
                                    .toList(),
                            learnings.getOrDefault(id, List.of()).stream()
                                    .map(ExperimentMapper::toDomainWithTagColumn)
                                    .toList()));
        }
        return records;
    }

    private static <T> Map<Integer, List<T>> group(List<T> rows, Function<T, Integer> key) {
        return rows.stream()
                .collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
    }

    @Override
    public Experiment save(Experiment experiment) {
        if (experiment.id().isEmpty()) {
            return insert(experiment);
        }
        ExperimentId id = experiment.requireId();
        long next = experiment.version() + 1;
        AoExperiment row =
                claims.lockForUpdate(
                        "experiment:" + id,
                        experiment.version(),
                        "experiment",
                        () -> row(id),
                        AoExperiment::getRowVersion);
        ExperimentMapper.copy(experiment, row);
        row.setRowVersion(next);
        row.save();
        replaceChildren(row.getID(), experiment);
        LearningIndex.follow(ao, row.getID(), experiment);
        return experiment.storedAs(id, next);
    }

    private Experiment insert(Experiment experiment) {
        if (findByIssue(experiment.issue().id()).isPresent()) {
            throw duplicate(experiment);
        }
        Map<String, Object> columns = ExperimentMapper.columns(experiment);
        columns.put(AoExperiment.ROW_VERSION, 1L);
        AoExperiment row;
        try {
            row = ao.create(AoExperiment.class, columns);
        } catch (RuntimeException e) {
            if (VersionClaims.isUniqueViolation(e)) {
                throw duplicate(experiment);
            }
            throw e;
        }
        replaceChildren(row.getID(), experiment);
        return experiment.storedAs(new ExperimentId(row.getID()), 1);
    }

    private static RuleViolationException duplicate(Experiment experiment) {
        return new RuleViolationException(
                "issueKey", ErrorKey.EXPERIMENT_ALREADY_OPEN, experiment.issue().key());
    }

    private void replaceChildren(int id, Experiment experiment) {
        ao.deleteWithSQL(
                AoExperimentDepartment.class, AoExperimentDepartment.EXPERIMENT_ID + " = ?", id);
        ao.deleteWithSQL(AoOutcomeLink.class, AoOutcomeLink.EXPERIMENT_ID + " = ?", id);
        for (DepartmentId department :
                experiment.departments().stream()
                        .sorted((a, b) -> Long.compare(a.value(), b.value()))
                        .toList()) {
            ao.create(
                    AoExperimentDepartment.class,
                    Map.of(
                            AoExperimentDepartment.EXPERIMENT_ID,
                            id,
                            AoExperimentDepartment.DEPARTMENT_ID,
                            (int) department.value()));
        }
        int position = 0;
        for (OutcomeLink link : experiment.outcomes()) {
            ao.create(
                    AoOutcomeLink.class,
                    Map.of(
                            AoOutcomeLink.EXPERIMENT_ID,
                            id,
                            AoOutcomeLink.OUTCOME_ID,
                            (int) link.outcome().value(),
                            AoOutcomeLink.DIRECTION,
                            link.expected().code(),
                            AoOutcomeLink.POSITION,
                            position++));
        }
    }

    @Override
    public void delete(ExperimentId id) {
        int key = (int) id.value();
        for (AoIteration iteration :
                ao.find(
                        AoIteration.class,
                        Query.select().where(AoIteration.EXPERIMENT_ID + " = ?", key))) {
            claims.release("iteration:" + iteration.getID());
        }
        ao.deleteWithSQL(AoLearningTag.class, AoLearningTag.EXPERIMENT_ID + " = ?", key);
        List<Integer> learningIds = new ArrayList<>();
        ao.stream(
                AoLearning.class,
                Query.select("ID").where(AoLearning.EXPERIMENT_ID + " = ?", key),
                row -> learningIds.add(row.getID()));
        TermIndex.deleteLearnings(ao, learningIds);
        ao.deleteWithSQL(AoLearning.class, AoLearning.EXPERIMENT_ID + " = ?", key);
        ao.deleteWithSQL(AoResult.class, AoResult.EXPERIMENT_ID + " = ?", key);
        ao.deleteWithSQL(AoIteration.class, AoIteration.EXPERIMENT_ID + " = ?", key);
        ao.deleteWithSQL(AoOutcomeLink.class, AoOutcomeLink.EXPERIMENT_ID + " = ?", key);
        ao.deleteWithSQL(
                AoExperimentDepartment.class, AoExperimentDepartment.EXPERIMENT_ID + " = ?", key);
        ao.deleteWithSQL(AoExperiment.class, "ID = ?", key);
        claims.release("experiment:" + id);
        claims.release("experiment-iterations:" + id);
    }

    @Override
    public List<Iteration> iterationsOf(ExperimentId id) {
        return Rows.whereIn(
                        ao,
                        AoIteration.class,
                        AoIteration.EXPERIMENT_ID,
                        List.of((int) id.value()),
                        AoIteration.SEQ_NO)
                .stream()
                .map(ExperimentMapper::toDomain)
                .toList();
    }

    @Override
    public Iteration save(Iteration iteration) {
        if (iteration.id().isEmpty()) {
            // The number is the claimed "version" of the experiment's iteration list: two
            // iterations created at
            // once with the same number collide here, and a late one sees the committed iteration
            // below.
            claims.claimNumber(
                    "experiment-iterations:" + iteration.experimentId(), iteration.number());
            int taken =
                    ao.count(
                            AoIteration.class,
                            Query.select()
                                    .where(
                                            AoIteration.EXPERIMENT_ID
                                                    + " = ? AND "
                                                    + AoIteration.SEQ_NO
                                                    + " = ?",
                                            (int) iteration.experimentId().value(),
                                            iteration.number()));
            if (taken > 0) {
                throw new ConcurrentWriteException();
            }
            Map<String, Object> columns = ExperimentMapper.columns(iteration);
            columns.put(AoIteration.ROW_VERSION, 1L);
            AoIteration row = ao.create(AoIteration.class, columns);
            return iteration.storedAs(new IterationId(row.getID()), 1);
        }
        IterationId id = iteration.requireId();
        long next = iteration.version() + 1;
        AoIteration row =
                claims.lockForUpdate(
                        "iteration:" + id,
                        iteration.version(),
                        "iteration",
                        () -> Rows.byId(ao, AoIteration.class, id.value()),
                        AoIteration::getRowVersion);
        ExperimentMapper.copy(iteration, row);
        row.setRowVersion(next);
        row.save();
        return iteration.storedAs(id, next);
    }

    @Override
    public Optional<Iteration> findIteration(IterationId id) {
        return Rows.byId(ao, AoIteration.class, id.value()).map(ExperimentMapper::toDomain);
    }

    @Override
    public Result save(Result result) {
        if (result.id().isEmpty()) {
            Map<String, Object> columns = ExperimentMapper.columns(result);
            columns.put(AoResult.ROW_VERSION, 1L);
            AoResult row = ao.create(AoResult.class, columns);
            return result.storedAs(new ResultId(row.getID()), 1);
        }
        ResultId id = result.requireId();
        long next = result.version() + 1;
        AoResult row =
                claims.lockForUpdate(
                        "result:" + id,
                        result.version(),
                        "result",
                        () -> Rows.byId(ao, AoResult.class, id.value()),
                        AoResult::getRowVersion);
        ExperimentMapper.copy(result, row);
        row.setRowVersion(next);
        row.save();
        return result.storedAs(id, next);
    }

    @Override
    public void delete(IterationId id) {
        int key = (int) id.value();
        Optional<AoIteration> row = Rows.byId(ao, AoIteration.class, id.value());
        if (row.isEmpty()) {
            return;
        }
        for (AoResult result :
                ao.find(
                        AoResult.class,
                        Query.select("ID").where(AoResult.ITERATION_ID + " = ?", key))) {
            claims.release("result:" + result.getID());
        }
        ao.deleteWithSQL(AoResult.class, AoResult.ITERATION_ID + " = ?", key);
        for (AoLearning learning :
                ao.find(
                        AoLearning.class,
                        Query.select().where(AoLearning.ITERATION_ID + " = ?", key))) {
            learning.setIterationId(null);
            learning.save();
        }
        for (AoFailureStory story :
                ao.find(
                        AoFailureStory.class,
                        Query.select().where(AoFailureStory.ITERATION_ID + " = ?", key))) {
            story.setIterationId(null);
            story.save();
        }
        int experiment = row.get().getExperimentId();
        ao.deleteWithSQL(AoIteration.class, "ID = ?", key);
        claims.release("iteration:" + id);
        // The next iteration takes this number again, so its claim must go too.
        claims.release("experiment-iterations:" + experiment);
    }

    @Override
    public Optional<Result> findResult(ResultId id) {
        return Rows.byId(ao, AoResult.class, id.value()).map(ExperimentMapper::toDomain);
    }

    @Override
    public void delete(ResultId id) {
        ao.deleteWithSQL(AoResult.class, "ID = ?", (int) id.value());
        claims.release("result:" + id);
    }

    @Override
    public Learning save(Learning learning) {
        int id;
        long next;
        if (learning.id().isEmpty()) {
            Map<String, Object> columns = ExperimentMapper.columns(learning);
            columns.put(AoLearning.ROW_VERSION, 1L);
            columns.putAll(LearningIndex.experimentColumnsForNew(ao, learning));
            id = ao.create(AoLearning.class, columns).getID();
            TermIndex.addLearning(ao, id, (String) columns.get(AoLearning.TERMS));
            next = 1;
        } else {
            id = (int) learning.requireId().value();
            next = learning.version() + 1;
            AoLearning row =
                    claims.lockForUpdate(
                            "learning:" + id,
                            learning.version(),
                            "learning",
                            () -> Rows.byId(ao, AoLearning.class, id),
                            AoLearning::getRowVersion);
            String terms = row.getTerms();
            ExperimentMapper.copy(learning, row);
            row.setRowVersion(next);
            row.save();
            if (!Objects.equals(terms, row.getTerms())) {
                TermIndex.replaceLearning(ao, id, row.getTerms());
            }
            ao.deleteWithSQL(AoLearningTag.class, AoLearningTag.LEARNING_ID + " = ?", id);
        }
        for (Tag tag : learning.tags()) {
            ao.create(
                    AoLearningTag.class,
                    Map.of(
                            AoLearningTag.LEARNING_ID,
                            id,
                            AoLearningTag.EXPERIMENT_ID,
                            (int) learning.experimentId().value(),
                            AoLearningTag.TAG,
                            tag.value()));
        }
        return learning.storedAs(new LearningId(id), next);
    }

    @Override
    public Optional<Learning> findLearning(LearningId id) {
        return Rows.byId(ao, AoLearning.class, id.value())
                .map(
                        row ->
                                ExperimentMapper.toDomain(
                                        row,
                                        Arrays.asList(
                                                ao.find(
                                                        AoLearningTag.class,
                                                        Query.select()
                                                                .where(
                                                                        AoLearningTag.LEARNING_ID
                                                                                + " = ?",
                                                                        row.getID())))));
    }

    @Override
    public void delete(LearningId id) {
        ao.deleteWithSQL(AoLearningTag.class, AoLearningTag.LEARNING_ID + " = ?", (int) id.value());
        TermIndex.deleteLearnings(ao, List.of((int) id.value()));
        ao.deleteWithSQL(AoLearning.class, "ID = ?", (int) id.value());
        claims.release("learning:" + id);
    }

    @Override
    public Map<OutcomeId, List<IssueRef>> linkedTo(Collection<OutcomeId> outcomes) {
        if (outcomes.isEmpty()) {
            return Map.of();
        }
        List<Integer> ids =
                outcomes.stream().map(o -> (int) o.value()).distinct().sorted().toList();
        Map<Integer, IssueRef> issues = new HashMap<>();
        List<int[]> links = new ArrayList<>();
        // Narrow streams, one per thousand outcomes: the linked experiments' issues (joined, so no
        // list of
        // experiment ids travels back), then the links in order; no experiment's narrative columns
        // are read.
        for (int from = 0; from < ids.size(); from += InClause.MAX_VALUES) {
            List<Integer> chunk =
                    ids.subList(from, Math.min(ids.size(), from + InClause.MAX_VALUES));
            ao.stream(
                    AoExperiment.class,
                    Query.select("ID, " + AoExperiment.ISSUE_ID + ", " + AoExperiment.ISSUE_KEY)
                            .distinct()
                            .alias(AoExperiment.class, "e")
                            .join(
                                    AoOutcomeLink.class,
                                    "l." + AoOutcomeLink.EXPERIMENT_ID + " = e.ID")
                            .alias(AoOutcomeLink.class, "l")
                            .where(
                                    InClause.of("l." + AoOutcomeLink.OUTCOME_ID, chunk.size()),
                                    chunk.toArray()),
                    row ->
                            issues.put(
                                    row.getID(),
                                    new IssueRef(row.getIssueId(), row.getIssueKey())));
            ao.stream(
                    AoOutcomeLink.class,
                    Query.select(
                                    "ID, "
                                            + AoOutcomeLink.OUTCOME_ID
                                            + ", "
                                            + AoOutcomeLink.EXPERIMENT_ID)
                            .where(
                                    InClause.of(AoOutcomeLink.OUTCOME_ID, chunk.size()),
                                    chunk.toArray())
                            .order("ID"),
                    link -> links.add(new int[] {link.getOutcomeId(), link.getExperimentId()}));
        }
        Map<OutcomeId, List<IssueRef>> linked = new LinkedHashMap<>();
        for (int[] link : links) {
            IssueRef issue = issues.get(link[1]);
            if (issue != null) {
                linked.computeIfAbsent(new OutcomeId(link[0]), k -> new ArrayList<>()).add(issue);
            }
        }
        return linked;
    }

    @Override
    public List<LinkedIteration> iterationsLinkedTo(OutcomeId outcome) {
        List<AoOutcomeLink> links =
                Rows.whereIn(
                        ao,
                        AoOutcomeLink.class,
                        AoOutcomeLink.OUTCOME_ID,
                        List.of((int) outcome.value()),
                        "ID");
        if (links.isEmpty()) {
            return List.of();
        }
        List<Integer> experimentIds = links.stream().map(AoOutcomeLink::getExperimentId).toList();
        Map<Integer, AoExperiment> experiments =
                Rows.whereIn(ao, AoExperiment.class, "ID", experimentIds, AoExperiment.ISSUE_KEY)
                        .stream()
                        .collect(Collectors.toMap(AoExperiment::getID, Function.identity()));
        List<LinkedIteration> linked = new ArrayList<>();
        for (AoIteration row :
                Rows.whereIn(
                        ao,
                        AoIteration.class,
                        AoIteration.EXPERIMENT_ID,
                        experimentIds,
                        AoIteration.SEQ_NO)) {
            AoExperiment experiment = experiments.get(row.getExperimentId());
            if (experiment != null) {
                linked.add(
                        new LinkedIteration(
                                new IssueRef(experiment.getIssueId(), experiment.getIssueKey()),
                                row.getSeqNo(),
                                Days.parse(row.getStartDate()),
                                Days.parse(row.getEndDate())));
            }
        }
        linked.sort(
                Comparator.comparing((LinkedIteration it) -> it.issue().key())
                        .thenComparingInt(LinkedIteration::number));
        return List.copyOf(linked);
    }

    @Override
    public List<Learning> learningsOf(ExperimentId id) {
        List<Integer> ids = List.of((int) id.value());
        Map<Integer, List<AoLearningTag>> tags =
                group(
                        Rows.whereIn(
                                ao,
                                AoLearningTag.class,
                                AoLearningTag.EXPERIMENT_ID,
                                ids,
                                AoLearningTag.TAG),
                        AoLearningTag::getLearningId);
        return Rows.whereIn(ao, AoLearning.class, AoLearning.EXPERIMENT_ID, ids, "ID").stream()
                .map(l -> ExperimentMapper.toDomain(l, tags.getOrDefault(l.getID(), List.of())))
                .toList();
    }
}
