package org.experimentlog.persistence;

import java.net.URI;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.experimentlog.domain.Coded;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.Decision;
import org.experimentlog.domain.experiment.ExpectedDirection;
import org.experimentlog.domain.experiment.Experiment;
import org.experimentlog.domain.experiment.ExperimentId;
import org.experimentlog.domain.experiment.Hypothesis;
import org.experimentlog.domain.experiment.Iteration;
import org.experimentlog.domain.experiment.IterationId;
import org.experimentlog.domain.experiment.Learning;
import org.experimentlog.domain.experiment.LearningId;
import org.experimentlog.domain.experiment.Method;
import org.experimentlog.domain.experiment.OutcomeLink;
import org.experimentlog.domain.experiment.Result;
import org.experimentlog.domain.experiment.ResultId;
import org.experimentlog.domain.experiment.ResultKind;
import org.experimentlog.domain.experiment.ResultMeasure;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.experiment.Tag;
import org.experimentlog.domain.experiment.Verdict;
import org.experimentlog.domain.outcome.OutcomeId;

/**
 * Maps experiment rows to domain objects and back; entities never leave the persistence package.
 */
final class ExperimentMapper {
    private ExperimentMapper() {}

    static Experiment toDomain(
            AoExperiment row,
            Collection<AoExperimentDepartment> departments,
            List<AoOutcomeLink> links) {
        return toDomain(
                row,
                departments.stream().map(d -> new DepartmentId(d.getDepartmentId())).toList(),
                links.stream()
                        .map(
                                l ->
                                        new OutcomeLink(
                                                new OutcomeId(l.getOutcomeId()),
                                                Coded.fromCode(
                                                        ExpectedDirection.class,
                                                        l.getDirection(),
                                                        "direction")))
                        .toList());
    }

    /**
     * The experiment with the departments and outcome links its row's copies hold ({@code
     * DEPARTMENT_IDS}, {@code OUTCOME_LINKS}): no query of the child tables.
     */
    static Experiment toDomainFromCopies(AoExperiment row) {
        return toDomain(
                row, departmentIds(row.getDepartmentIds()), outcomeLinks(row.getOutcomeLinks()));
    }

    /** The ids in ascending order joined by commas, or null for none. */
    static String departmentIds(Collection<DepartmentId> departments) {
        return departments.isEmpty()
                ? null
                : departments.stream()
                        .mapToLong(DepartmentId::value)
                        .sorted()
                        .mapToObj(Long::toString)
                        .collect(Collectors.joining(","));
    }

    static List<DepartmentId> departmentIds(String copy) {
        return copy == null || copy.isEmpty()
                ? List.of()
                : Arrays.stream(copy.split(","))
                        .map(id -> new DepartmentId(Long.parseLong(id)))
                        .toList();
    }

    /** {@code outcomeId:direction} in the team's order joined by commas, or null for none. */
    static String outcomeLinks(List<OutcomeLink> links) {
        return links.isEmpty()
                ? null
                : links.stream()
                        .map(l -> l.outcome().value() + ":" + l.expected().code())
                        .collect(Collectors.joining(","));
    }

    static List<OutcomeLink> outcomeLinks(String copy) {
        if (copy == null || copy.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(copy.split(","))
                .map(
                        link -> {
                            int colon = link.indexOf(':');
                            return new OutcomeLink(
                                    new OutcomeId(Long.parseLong(link.substring(0, colon))),
                                    Coded.fromCode(
                                            ExpectedDirection.class,
                                            link.substring(colon + 1),
                                            "direction"));
                        })
                .toList();
    }

    private static Experiment toDomain(
            AoExperiment row, List<DepartmentId> departments, List<OutcomeLink> links) {
        return Experiment.stored(new ExperimentId(row.getID()), row.getRowVersion())
                .issue(new IssueRef(row.getIssueId(), row.getIssueKey()))
                .hypothesis(
                        new Hypothesis(
                                row.getHypChange(),
                                row.getHypAudience(),
                                row.getHypResult(),
                                row.getHypReason(),
                                row.getHypSignal()))
                .method(
                        row.getMethod() == null
                                ? null
                                : Coded.fromCode(Method.class, row.getMethod(), "method"),
                        row.getMethodDetails())
                .plannedSampleSize(row.getPlannedSample())
                .stage(
                        Coded.fromCode(Stage.class, row.getStage(), "stage"),
                        row.getVerdict() == null
                                ? null
                                : Coded.fromCode(Verdict.class, row.getVerdict(), "verdict"),
                        row.getClosingNote())
                .departments(departments)
                .outcomes(links)
                .created(new UserRef(row.getCreatedBy()), Days.toInstant(row.getCreatedAt()))
                .timeline(Days.toInstant(row.getStartedAt()), Days.toInstant(row.getClosedAt()))
                .build();
    }

    /**
     * The experiment's columns but the version; which issue it belongs to, who opened it and when
     * stay as stored.
     */
    private static final Columns<Experiment, AoExperiment> EXPERIMENT =
            new Columns<Experiment, AoExperiment>()
                    .fixed(AoExperiment.ISSUE_ID, e -> e.issue().id())
                    .changeable(
                            AoExperiment.ISSUE_KEY, e -> e.issue().key(), AoExperiment::setIssueKey)
                    .changeable(
                            AoExperiment.PROJECT_KEY,
                            e -> e.issue().projectKey().value(),
                            AoExperiment::setProjectKey)
                    .changeable(
                            AoExperiment.HYP_CHANGE,
                            e -> e.hypothesis().change(),
                            AoExperiment::setHypChange)
                    .changeable(
                            AoExperiment.HYP_AUDIENCE,
                            e -> e.hypothesis().audience(),
                            AoExperiment::setHypAudience)
                    .changeable(
                            AoExperiment.HYP_RESULT,
                            e -> e.hypothesis().expectedResult(),
                            AoExperiment::setHypResult)
                    .changeable(
                            AoExperiment.HYP_REASON,
                            e -> e.hypothesis().reason(),
                            AoExperiment::setHypReason)
                    .changeable(
                            AoExperiment.HYP_SIGNAL,
                            e -> e.hypothesis().signal(),
                            AoExperiment::setHypSignal)
                    .changeable(
                            AoExperiment.METHOD,
                            e -> e.method().map(Method::code).orElse(null),
                            AoExperiment::setMethod)
                    .changeable(
                            AoExperiment.METHOD_DETAILS,
                            e -> e.methodDetails().orElse(null),
                            AoExperiment::setMethodDetails)
                    .changeable(
                            AoExperiment.PLANNED_SAMPLE,
                            e -> e.plannedSampleSize().orElse(null),
                            AoExperiment::setPlannedSample)
                    .changeable(AoExperiment.STAGE, e -> e.stage().code(), AoExperiment::setStage)
                    .changeable(
                            AoExperiment.VERDICT,
                            e -> e.verdict().map(Verdict::code).orElse(null),
                            AoExperiment::setVerdict)
                    .changeable(
                            AoExperiment.CLOSING_NOTE,
                            e -> e.closingNote().orElse(null),
                            AoExperiment::setClosingNote)
                    .fixed(AoExperiment.CREATED_BY, e -> e.createdBy().key())
                    .fixed(AoExperiment.CREATED_AT, e -> Days.toDate(e.createdAt()))
                    .changeable(
                            AoExperiment.STARTED_AT,
                            e -> e.startedAt().map(Days::toDate).orElse(null),
                            AoExperiment::setStartedAt)
                    .changeable(
                            AoExperiment.CLOSED_AT,
                            e -> e.closedAt().map(Days::toDate).orElse(null),
                            AoExperiment::setClosedAt)
                    .changeable(
                            AoExperiment.DEPARTMENT_IDS,
                            e -> departmentIds(e.departments()),
                            AoExperiment::setDepartmentIds)
                    .changeable(
                            AoExperiment.OUTCOME_LINKS,
                            e -> outcomeLinks(e.outcomes()),
                            AoExperiment::setOutcomeLinks);

    /** The iteration's columns but the version; its experiment and number stay as stored. */
    private static final Columns<Iteration, AoIteration> ITERATION =
            new Columns<Iteration, AoIteration>()
                    .fixed(AoIteration.EXPERIMENT_ID, it -> (int) it.experimentId().value())
                    .fixed(AoIteration.SEQ_NO, Iteration::number)
                    .changeable(
                            AoIteration.CHANGE_MADE, Iteration::change, AoIteration::setChangeMade)
                    .changeable(
                            AoIteration.START_DATE,
                            it -> it.startDate().map(Days::format).orElse(null),
                            AoIteration::setStartDate)
                    .changeable(
                            AoIteration.END_DATE,
                            it -> it.endDate().map(Days::format).orElse(null),
                            AoIteration::setEndDate)
                    .changeable(
                            AoIteration.DECISION,
                            it -> it.decision().map(Decision::code).orElse(null),
                            AoIteration::setDecision)
                    .changeable(
                            AoIteration.RATIONALE,
                            it -> it.rationale().orElse(null),
                            AoIteration::setRationale);

    /**
     * The result's columns but the version: the figures of its kind, and null for the figures of
     * other kinds (so a result whose kind changed keeps no figures of its old kind). Its
     * experiment, iteration and recorder stay.
     */
    private static final Columns<Result, AoResult> RESULT =
            new Columns<Result, AoResult>()
                    .fixed(AoResult.EXPERIMENT_ID, r -> (int) r.experimentId().value())
                    .fixed(AoResult.ITERATION_ID, r -> (int) r.iterationId().value())
                    .changeable(
                            AoResult.OUTCOME_ID,
                            r -> r.outcomeId().map(o -> (int) o.value()).orElse(null),
                            AoResult::setOutcomeId)
                    .changeable(AoResult.TITLE, Result::title, AoResult::setTitle)
                    .changeable(AoResult.KIND, r -> r.measure().kind().code(), AoResult::setKind)
                    .changeable(AoResult.NOTE, r -> r.note().orElse(null), AoResult::setNote)
                    .fixed(AoResult.RECORDED_BY, r -> r.recordedBy().key())
                    .fixed(AoResult.RECORDED_AT, r -> Days.toDate(r.recordedAt()))
                    .changeable(
                            AoResult.BEFORE_VALUE,
                            r -> observed(r, ResultMeasure.Observed::before),
                            AoResult::setBeforeValue)
                    .changeable(
                            AoResult.AFTER_VALUE,
                            r -> observed(r, ResultMeasure.Observed::after),
                            AoResult::setAfterValue)
                    .changeable(
                            AoResult.UNIT,
                            r -> observed(r, ResultMeasure.Observed::unit),
                            AoResult::setUnit)
                    .changeable(AoResult.CONTROL_SIZE, r -> size(r, true), AoResult::setControlSize)
                    .changeable(
                            AoResult.CONTROL_CONVERSIONS,
                            r -> proportion(r, ResultMeasure.Proportion::controlConversions),
                            AoResult::setControlConversions)
                    .changeable(
                            AoResult.VARIANT_SIZE, r -> size(r, false), AoResult::setVariantSize)
                    .changeable(
                            AoResult.VARIANT_CONVERSIONS,
                            r -> proportion(r, ResultMeasure.Proportion::variantConversions),
                            AoResult::setVariantConversions)
                    .changeable(
                            AoResult.PLANNED_SHARE,
                            r -> proportion(r, ResultMeasure.Proportion::plannedVariantShare),
                            AoResult::setPlannedShare)
                    .changeable(
                            AoResult.CONTROL_MEAN,
                            r -> mean(r, ResultMeasure.Mean::controlMean),
                            AoResult::setControlMean)
                    .changeable(
                            AoResult.CONTROL_SD,
                            r -> mean(r, ResultMeasure.Mean::controlSd),
                            AoResult::setControlSd)
                    .changeable(
                            AoResult.VARIANT_MEAN,
                            r -> mean(r, ResultMeasure.Mean::variantMean),
                            AoResult::setVariantMean)
                    .changeable(
                            AoResult.VARIANT_SD,
                            r -> mean(r, ResultMeasure.Mean::variantSd),
                            AoResult::setVariantSd)
                    .changeable(
                            AoResult.FINDING,
                            r ->
                                    r.measure() instanceof ResultMeasure.Qualitative q
                                            ? q.finding()
                                            : null,
                            AoResult::setFinding)
                    .changeable(
                            AoResult.EVIDENCE_URL,
                            r ->
                                    r.measure() instanceof ResultMeasure.Qualitative q
                                            ? q.evidenceLink().map(URI::toString).orElse(null)
                                            : null,
                            AoResult::setEvidenceUrl);

    /**
     * A learning's columns but the version; its experiment, iteration, author and time stay as
     * stored.
     */
    private static final Columns<Learning, AoLearning> LEARNING =
            new Columns<Learning, AoLearning>()
                    .fixed(AoLearning.EXPERIMENT_ID, l -> (int) l.experimentId().value())
                    .fixed(
                            AoLearning.ITERATION_ID,
                            l -> l.iterationId().map(i -> (int) i.value()).orElse(null))
                    .changeable(AoLearning.STATEMENT, Learning::statement, AoLearning::setStatement)
                    .changeable(
                            AoLearning.TAGS,
                            l -> StoryCodes.join(l.tags().stream().map(Tag::value).toList()),
                            AoLearning::setTags)
                    .changeable(
                            AoLearning.SEARCH_TEXT,
                            l -> LearningIndex.searchText(l.statement()),
                            AoLearning::setSearchText)
                    .changeable(AoLearning.TERMS, LearningIndex::terms, AoLearning::setTerms)
                    .fixed(AoLearning.AUTHOR, l -> l.author().key())
                    .fixed(AoLearning.CREATED_AT, l -> Days.toDate(l.createdAt()));

    /** The control or variant group's size of a proportion or a mean; null for other kinds. */
    private static Long size(Result r, boolean control) {
        if (r.measure() instanceof ResultMeasure.Proportion p) {
            return Long.valueOf(control ? p.controlSize() : p.variantSize());
        }
        if (r.measure() instanceof ResultMeasure.Mean m) {
            return Long.valueOf(control ? m.controlSize() : m.variantSize());
        }
        return null;
    }

    private static <T> T observed(Result r, Function<ResultMeasure.Observed, T> figure) {
        return r.measure() instanceof ResultMeasure.Observed o ? figure.apply(o) : null;
    }

    private static <T> T proportion(Result r, Function<ResultMeasure.Proportion, T> figure) {
        return r.measure() instanceof ResultMeasure.Proportion p ? figure.apply(p) : null;
    }

    private static <T> T mean(Result r, Function<ResultMeasure.Mean, T> figure) {
        return r.measure() instanceof ResultMeasure.Mean m ? figure.apply(m) : null;
    }

    static Map<String, Object> columns(Experiment e) {
        return EXPERIMENT.values(e);
    }

    static void copy(Experiment e, AoExperiment row) {
        EXPERIMENT.update(e, row);
    }

    static Iteration toDomain(AoIteration row) {
        return Iteration.stored(
                new IterationId(row.getID()),
                new ExperimentId(row.getExperimentId()),
                row.getSeqNo(),
                row.getChangeMade(),
                Days.parse(row.getStartDate()),
                Days.parse(row.getEndDate()),
                row.getDecision() == null
                        ? null
                        : Coded.fromCode(Decision.class, row.getDecision(), "decision"),
                row.getRationale(),
                row.getRowVersion());
    }

    static Map<String, Object> columns(Iteration it) {
        return ITERATION.values(it);
    }

    static void copy(Iteration it, AoIteration row) {
        ITERATION.update(it, row);
    }

    static Result toDomain(AoResult row) {
        ResultKind kind = Coded.fromCode(ResultKind.class, row.getKind(), "kind");
        ResultMeasure measure =
                switch (kind) {
                    case OBSERVED ->
                            new ResultMeasure.Observed(
                                    row.getBeforeValue(), row.getAfterValue(), row.getUnit());
                    case PROPORTION ->
                            new ResultMeasure.Proportion(
                                    row.getControlSize(),
                                    row.getControlConversions(),
                                    row.getVariantSize(),
                                    row.getVariantConversions(),
                                    row.getPlannedShare());
                    case MEAN ->
                            new ResultMeasure.Mean(
                                    row.getControlSize(),
                                    row.getControlMean(),
                                    row.getControlSd(),
                                    row.getVariantSize(),
                                    row.getVariantMean(),
                                    row.getVariantSd());
                    case QUALITATIVE ->
                            new ResultMeasure.Qualitative(
                                    row.getFinding(),
                                    row.getEvidenceUrl() == null
                                            ? null
                                            : URI.create(row.getEvidenceUrl()));
                };
        return Result.stored(
                new ResultId(row.getID()),
                new ExperimentId(row.getExperimentId()),
                new IterationId(row.getIterationId()),
                row.getOutcomeId() == null ? null : new OutcomeId(row.getOutcomeId()),
                row.getTitle(),
                measure,
                row.getNote(),
                new UserRef(row.getRecordedBy()),
                Days.toInstant(row.getRecordedAt()),
                row.getRowVersion());
    }

    static Map<String, Object> columns(Result r) {
        return RESULT.values(r);
    }

    static void copy(Result r, AoResult row) {
        RESULT.update(r, row);
    }

    /**
     * The learning with the tags its {@code TAGS} column lists (sorted, as the tag rows are read).
     */
    static Learning toDomainWithTagColumn(AoLearning row) {
        return Learning.stored(
                new LearningId(row.getID()),
                new ExperimentId(row.getExperimentId()),
                row.getIterationId() == null ? null : new IterationId(row.getIterationId()),
                row.getStatement(),
                StoryCodes.split(row.getTags()).stream().map(Tag::new).toList(),
                new UserRef(row.getAuthor()),
                Days.toInstant(row.getCreatedAt()),
                row.getRowVersion());
    }

    static Learning toDomain(AoLearning row, Collection<AoLearningTag> tags) {
        return Learning.stored(
                new LearningId(row.getID()),
                new ExperimentId(row.getExperimentId()),
                row.getIterationId() == null ? null : new IterationId(row.getIterationId()),
                row.getStatement(),
                tags.stream().map(t -> new Tag(t.getTag())).toList(),
                new UserRef(row.getAuthor()),
                Days.toInstant(row.getCreatedAt()),
                row.getRowVersion());
    }

    static Map<String, Object> columns(Learning l) {
        return LEARNING.values(l);
    }

    /** Copies what rewording or retagging a learning changes. */
    static void copy(Learning l, AoLearning row) {
        LEARNING.update(l, row);
    }
}
