package org.experimentlog.persistence;

import java.net.URI;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/** Maps experiment rows to domain objects and back; entities never leave the persistence package. */
final class ExperimentMapper {
    private ExperimentMapper() {
    }

    static Experiment toDomain(AoExperiment row, Collection<AoExperimentDepartment> departments,
            List<AoOutcomeLink> links) {
        return Experiment.stored(new ExperimentId(row.getID()), row.getRowVersion())
                .issue(new IssueRef(row.getIssueId(), row.getIssueKey()))
                .hypothesis(new Hypothesis(row.getHypChange(), row.getHypAudience(), row.getHypResult(),
                        row.getHypReason(), row.getHypSignal()))
                .method(row.getMethod() == null ? null : Coded.fromCode(Method.class, row.getMethod(), "method"),
                        row.getMethodDetails())
                .stage(Coded.fromCode(Stage.class, row.getStage(), "stage"),
                        row.getVerdict() == null ? null : Coded.fromCode(Verdict.class, row.getVerdict(), "verdict"),
                        row.getClosingNote())
                .departments(departments.stream().map(d -> new DepartmentId(d.getDepartmentId())).toList())
                .outcomes(links.stream().map(l -> new OutcomeLink(new OutcomeId(l.getOutcomeId()),
                        Coded.fromCode(ExpectedDirection.class, l.getDirection(), "direction"))).toList())
                .created(new UserRef(row.getCreatedBy()), Days.toInstant(row.getCreatedAt()))
                .timeline(Days.toInstant(row.getStartedAt()), Days.toInstant(row.getClosedAt()))
                .build();
    }

    static Map<String, Object> columns(Experiment e) {
        Map<String, Object> c = new HashMap<>();
        c.put(AoExperiment.ISSUE_ID, e.issue().id());
        c.put(AoExperiment.ISSUE_KEY, e.issue().key());
        c.put(AoExperiment.PROJECT_KEY, e.issue().projectKey().value());
        c.put(AoExperiment.HYP_CHANGE, e.hypothesis().change());
        c.put(AoExperiment.HYP_AUDIENCE, e.hypothesis().audience());
        c.put(AoExperiment.HYP_RESULT, e.hypothesis().expectedResult());
        c.put(AoExperiment.HYP_REASON, e.hypothesis().reason());
        c.put(AoExperiment.HYP_SIGNAL, e.hypothesis().signal());
        c.put(AoExperiment.METHOD, e.method().map(Method::code).orElse(null));
        c.put(AoExperiment.METHOD_DETAILS, e.methodDetails().orElse(null));
        c.put(AoExperiment.STAGE, e.stage().code());
        c.put(AoExperiment.VERDICT, e.verdict().map(Verdict::code).orElse(null));
        c.put(AoExperiment.CLOSING_NOTE, e.closingNote().orElse(null));
        c.put(AoExperiment.CREATED_BY, e.createdBy().key());
        c.put(AoExperiment.CREATED_AT, Days.toDate(e.createdAt()));
        c.put(AoExperiment.STARTED_AT, e.startedAt().map(Days::toDate).orElse(null));
        c.put(AoExperiment.CLOSED_AT, e.closedAt().map(Days::toDate).orElse(null));
        return c;
    }

    static void copy(Experiment e, AoExperiment row) {
        row.setIssueKey(e.issue().key());
        row.setProjectKey(e.issue().projectKey().value());
        row.setHypChange(e.hypothesis().change());
        row.setHypAudience(e.hypothesis().audience());
        row.setHypResult(e.hypothesis().expectedResult());
        row.setHypReason(e.hypothesis().reason());
        row.setHypSignal(e.hypothesis().signal());
        row.setMethod(e.method().map(Method::code).orElse(null));
        row.setMethodDetails(e.methodDetails().orElse(null));
        row.setStage(e.stage().code());
        row.setVerdict(e.verdict().map(Verdict::code).orElse(null));
        row.setClosingNote(e.closingNote().orElse(null));
        row.setStartedAt(e.startedAt().map(Days::toDate).orElse(null));
        row.setClosedAt(e.closedAt().map(Days::toDate).orElse(null));
    }

    static Iteration toDomain(AoIteration row) {
        return Iteration.stored(new IterationId(row.getID()), new ExperimentId(row.getExperimentId()), row.getSeqNo(),
                row.getChangeMade(), Days.parse(row.getStartDate()), Days.parse(row.getEndDate()),
                row.getDecision() == null ? null : Coded.fromCode(Decision.class, row.getDecision(), "decision"),
                row.getRationale(), row.getRowVersion());
    }

    static Map<String, Object> columns(Iteration it) {
        Map<String, Object> c = new HashMap<>();
        c.put(AoIteration.EXPERIMENT_ID, (int) it.experimentId().value());
        c.put(AoIteration.SEQ_NO, it.number());
        c.put(AoIteration.CHANGE_MADE, it.change());
        c.put(AoIteration.START_DATE, it.startDate().map(Days::format).orElse(null));
        c.put(AoIteration.END_DATE, it.endDate().map(Days::format).orElse(null));
        c.put(AoIteration.DECISION, it.decision().map(Decision::code).orElse(null));
        c.put(AoIteration.RATIONALE, it.rationale().orElse(null));
        return c;
    }

    static void copy(Iteration it, AoIteration row) {
        row.setChangeMade(it.change());
        row.setStartDate(it.startDate().map(Days::format).orElse(null));
        row.setEndDate(it.endDate().map(Days::format).orElse(null));
        row.setDecision(it.decision().map(Decision::code).orElse(null));
        row.setRationale(it.rationale().orElse(null));
    }

    static Result toDomain(AoResult row) {
        ResultKind kind = Coded.fromCode(ResultKind.class, row.getKind(), "kind");
        ResultMeasure measure = switch (kind) {
            case OBSERVED -> new ResultMeasure.Observed(row.getBeforeValue(), row.getAfterValue(), row.getUnit());
            case PROPORTION -> new ResultMeasure.Proportion(row.getControlSize(), row.getControlConversions(),
                    row.getVariantSize(), row.getVariantConversions(), row.getPlannedShare());
            case MEAN -> new ResultMeasure.Mean(row.getControlSize(), row.getControlMean(), row.getControlSd(),
                    row.getVariantSize(), row.getVariantMean(), row.getVariantSd());
            case QUALITATIVE -> new ResultMeasure.Qualitative(row.getFinding(),
                    row.getEvidenceUrl() == null ? null : URI.create(row.getEvidenceUrl()));
        };
        return Result.stored(new ResultId(row.getID()), new ExperimentId(row.getExperimentId()),
                new IterationId(row.getIterationId()),
                row.getOutcomeId() == null ? null : new OutcomeId(row.getOutcomeId()), row.getTitle(), measure,
                row.getNote(), new UserRef(row.getRecordedBy()), Days.toInstant(row.getRecordedAt()),
                row.getRowVersion());
    }

    /** Every column of a result, with the figures of other kinds set to null. */
    static Map<String, Object> columns(Result r) {
        Map<String, Object> c = new HashMap<>();
        c.put(AoResult.EXPERIMENT_ID, (int) r.experimentId().value());
        c.put(AoResult.ITERATION_ID, (int) r.iterationId().value());
        c.put(AoResult.OUTCOME_ID, r.outcomeId().map(o -> (int) o.value()).orElse(null));
        c.put(AoResult.TITLE, r.title());
        c.put(AoResult.KIND, r.measure().kind().code());
        c.put(AoResult.NOTE, r.note().orElse(null));
        c.put(AoResult.RECORDED_BY, r.recordedBy().key());
        c.put(AoResult.RECORDED_AT, Days.toDate(r.recordedAt()));
        for (String figure : List.of(AoResult.BEFORE_VALUE, AoResult.AFTER_VALUE, AoResult.UNIT, AoResult.CONTROL_SIZE,
                AoResult.CONTROL_CONVERSIONS, AoResult.VARIANT_SIZE, AoResult.VARIANT_CONVERSIONS,
                AoResult.PLANNED_SHARE, AoResult.CONTROL_MEAN, AoResult.CONTROL_SD, AoResult.VARIANT_MEAN,
                AoResult.VARIANT_SD, AoResult.FINDING, AoResult.EVIDENCE_URL)) {
            c.put(figure, null);
        }
        ResultMeasure measure = r.measure();
        if (measure instanceof ResultMeasure.Observed o) {
            c.put(AoResult.BEFORE_VALUE, o.before());
            c.put(AoResult.AFTER_VALUE, o.after());
            c.put(AoResult.UNIT, o.unit());
        } else if (measure instanceof ResultMeasure.Proportion p) {
            c.put(AoResult.CONTROL_SIZE, p.controlSize());
            c.put(AoResult.CONTROL_CONVERSIONS, p.controlConversions());
            c.put(AoResult.VARIANT_SIZE, p.variantSize());
            c.put(AoResult.VARIANT_CONVERSIONS, p.variantConversions());
            c.put(AoResult.PLANNED_SHARE, p.plannedVariantShare());
        } else if (measure instanceof ResultMeasure.Mean m) {
            c.put(AoResult.CONTROL_SIZE, m.controlSize());
            c.put(AoResult.CONTROL_MEAN, m.controlMean());
            c.put(AoResult.CONTROL_SD, m.controlSd());
            c.put(AoResult.VARIANT_SIZE, m.variantSize());
            c.put(AoResult.VARIANT_MEAN, m.variantMean());
            c.put(AoResult.VARIANT_SD, m.variantSd());
        } else if (measure instanceof ResultMeasure.Qualitative q) {
            c.put(AoResult.FINDING, q.finding());
            c.put(AoResult.EVIDENCE_URL, q.evidenceLink().map(URI::toString).orElse(null));
        }
        return c;
    }

    static void copy(Result r, AoResult row) {
        Map<String, Object> c = columns(r);
        row.setOutcomeId((Integer) c.get(AoResult.OUTCOME_ID));
        row.setTitle(r.title());
        row.setKind(r.measure().kind().code());
        row.setNote(r.note().orElse(null));
        row.setBeforeValue((Double) c.get(AoResult.BEFORE_VALUE));
        row.setAfterValue((Double) c.get(AoResult.AFTER_VALUE));
        row.setUnit((String) c.get(AoResult.UNIT));
        row.setControlSize((Long) c.get(AoResult.CONTROL_SIZE));
        row.setControlConversions((Long) c.get(AoResult.CONTROL_CONVERSIONS));
        row.setVariantSize((Long) c.get(AoResult.VARIANT_SIZE));
        row.setVariantConversions((Long) c.get(AoResult.VARIANT_CONVERSIONS));
        row.setPlannedShare((Double) c.get(AoResult.PLANNED_SHARE));
        row.setControlMean((Double) c.get(AoResult.CONTROL_MEAN));
        row.setControlSd((Double) c.get(AoResult.CONTROL_SD));
        row.setVariantMean((Double) c.get(AoResult.VARIANT_MEAN));
        row.setVariantSd((Double) c.get(AoResult.VARIANT_SD));
        row.setFinding((String) c.get(AoResult.FINDING));
        row.setEvidenceUrl((String) c.get(AoResult.EVIDENCE_URL));
    }

    /** The learning with the tags its {@code TAGS} column lists (sorted, as the tag rows are read). */
    static Learning toDomainWithTagColumn(AoLearning row) {
        return Learning.stored(new LearningId(row.getID()), new ExperimentId(row.getExperimentId()),
                row.getIterationId() == null ? null : new IterationId(row.getIterationId()), row.getStatement(),
                StoryCodes.split(row.getTags()).stream().map(Tag::new).toList(), new UserRef(row.getAuthor()),
                Days.toInstant(row.getCreatedAt()), row.getRowVersion());
    }

    static Learning toDomain(AoLearning row, Collection<AoLearningTag> tags) {
        return Learning.stored(new LearningId(row.getID()), new ExperimentId(row.getExperimentId()),
                row.getIterationId() == null ? null : new IterationId(row.getIterationId()), row.getStatement(),
                tags.stream().map(t -> new Tag(t.getTag())).toList(), new UserRef(row.getAuthor()),
                Days.toInstant(row.getCreatedAt()), row.getRowVersion());
    }

    static Map<String, Object> columns(Learning l) {
        Map<String, Object> c = new HashMap<>();
        c.put(AoLearning.EXPERIMENT_ID, (int) l.experimentId().value());
        c.put(AoLearning.ITERATION_ID, l.iterationId().map(i -> (int) i.value()).orElse(null));
        c.put(AoLearning.STATEMENT, l.statement());
        c.put(AoLearning.AUTHOR, l.author().key());
        c.put(AoLearning.CREATED_AT, Days.toDate(l.createdAt()));
        return c;
    }
}
