package org.experimentlog.web.rest;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.experimentlog.domain.Coded;
import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.Problems;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.ExpectedDirection;
import org.experimentlog.domain.experiment.Experiment;
import org.experimentlog.domain.experiment.ExperimentRecord;
import org.experimentlog.domain.experiment.Hypothesis;
import org.experimentlog.domain.experiment.Iteration;
import org.experimentlog.domain.experiment.Learning;
import org.experimentlog.domain.experiment.OutcomeLink;
import org.experimentlog.domain.experiment.Result;
import org.experimentlog.domain.experiment.ResultKind;
import org.experimentlog.domain.experiment.ResultMeasure;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.experiment.Tag;
import org.experimentlog.domain.outcome.OutcomeId;
import org.experimentlog.stats.ResultStatistics;

/** Maps experiments to their JSON form and request JSON to domain values. */
final class ExperimentJsonMapper {
    private ExperimentJsonMapper() {}

    private static final ResultStatistics STATISTICS = new ResultStatistics();

    static ExperimentJson toJson(ExperimentRecord record, double confidence) {
        Experiment e = record.experiment();
        Hypothesis h = e.hypothesis();
        return new ExperimentJson(
                e.requireId().value(),
                e.issue().id(),
                e.issue().key(),
                e.stage().code(),
                e.stage().next().stream().map(Stage::code).sorted().toList(),
                e.verdict().map(Coded::code).orElse(null),
                e.closingNote().orElse(null),
                new ExperimentJson.HypothesisJson(
                        null, h.change(), h.audience(), h.expectedResult(), h.reason(), h.signal()),
                h.hints().stream().map(Coded::code).toList(),
                e.method().map(Coded::code).orElse(null),
                e.methodDetails().orElse(null),
                e.plannedSampleSize().orElse(null),
                e.departments().stream().map(DepartmentId::value).sorted().toList(),
                e.outcomes().stream()
                        .map(
                                l ->
                                        new ExperimentJson.OutcomeLinkJson(
                                                l.outcome().value(), l.expected().code()))
                        .toList(),
                e.createdBy().key(),
                instant(e.createdAt()),
                e.startedAt().map(ExperimentJsonMapper::instant).orElse(null),
                e.closedAt().map(ExperimentJsonMapper::instant).orElse(null),
                e.timeToLearning().map(Duration::toDays).orElse(null),
                e.version(),
                record.iterations().stream().map(i -> toJson(record, i, confidence)).toList(),
                record.generalLearnings().stream().map(ExperimentJsonMapper::toJson).toList());
    }

    private static ExperimentJson.IterationJson toJson(
            ExperimentRecord record, Iteration i, double confidence) {
        return new ExperimentJson.IterationJson(
                i.requireId().value(),
                i.number(),
                i.change(),
                i.startDate().map(Object::toString).orElse(null),
                i.endDate().map(Object::toString).orElse(null),
                i.decision().map(Coded::code).orElse(null),
                i.rationale().orElse(null),
                i.version(),
                record.resultsOf(i.requireId()).stream().map(r -> toJson(r, confidence)).toList(),
                record.learningsOf(i.requireId()).stream()
                        .map(ExperimentJsonMapper::toJson)
                        .toList());
    }

    static ExperimentJson.LearningJson toJson(Learning l) {
        return new ExperimentJson.LearningJson(
                l.requireId().value(),
                l.iterationId().map(i -> i.value()).orElse(null),
                l.statement(),
                l.tags().stream().map(Tag::value).toList(),
                l.author().key(),
                instant(l.createdAt()),
                l.version());
    }

    static ResultJson toJson(Result r, double confidence) {
        ResultMeasure m = r.measure();
        Double before = null;
        Double after = null;
        String unit = null;
        Long controlSize = null;
        Long controlConversions = null;
        Long variantSize = null;
        Long variantConversions = null;
        Double share = null;
        Double controlMean = null;
        Double controlSd = null;
        Double variantMean = null;
        Double variantSd = null;
        String finding = null;
        String evidence = null;
        if (m instanceof ResultMeasure.Observed o) {
            before = o.before();
            after = o.after();
            unit = o.unit();
        } else if (m instanceof ResultMeasure.Proportion p) {
            controlSize = p.controlSize();
            controlConversions = p.controlConversions();
            variantSize = p.variantSize();
            variantConversions = p.variantConversions();
            share = p.plannedVariantShare();
        } else if (m instanceof ResultMeasure.Mean mean) {
            controlSize = mean.controlSize();
            controlMean = mean.controlMean();
            controlSd = mean.controlSd();
            variantSize = mean.variantSize();
            variantMean = mean.variantMean();
            variantSd = mean.variantSd();
        } else if (m instanceof ResultMeasure.Qualitative q) {
            finding = q.finding();
            evidence = q.evidenceLink().map(URI::toString).orElse(null);
        }
        return new ResultJson(
                r.requireId().value(),
                r.iterationId().value(),
                r.outcomeId().map(OutcomeId::value).orElse(null),
                r.title(),
                m.kind().code(),
                before,
                after,
                unit,
                controlSize,
                controlConversions,
                variantSize,
                variantConversions,
                share,
                controlMean,
                controlSd,
                variantMean,
                variantSd,
                finding,
                evidence,
                r.note().orElse(null),
                r.recordedBy().key(),
                instant(r.recordedAt()),
                r.version(),
                StatisticsJson.of(STATISTICS.analyse(m, confidence), confidence));
    }

    /**
     * The figures of a result request, checked by the domain; every missing or refused figure is
     * reported at once, with the title and note of the request.
     */
    static ResultMeasure measure(ResultJson json) {
        Problems problems = new Problems();
        problems.run(
                () ->
                        Fields.requiredName(
                                "title", FieldLabel.RESULT_TITLE, json.title(), Result.TITLE_MAX));
        problems.run(() -> Fields.optional("note", FieldLabel.NOTE, json.note(), Result.NOTE_MAX));
        ResultKind kind =
                problems.check(() -> JsonInput.requiredCode(ResultKind.class, json.kind(), "kind"));
        ResultMeasure measure =
                kind == null ? null : problems.check(() -> measure(kind, json, problems));
        problems.done();
        return measure;
    }

    private static ResultMeasure measure(ResultKind kind, ResultJson json, Problems problems) {
        return switch (kind) {
            case OBSERVED -> {
                Double before = problems.check(() -> JsonInput.required(json.before(), "before"));
                Double after = problems.check(() -> JsonInput.required(json.after(), "after"));
                problems.done();
                yield new ResultMeasure.Observed(before, after, json.unit());
            }
            case PROPORTION -> {
                Long controlSize =
                        problems.check(() -> JsonInput.required(json.controlSize(), "controlSize"));
                Long controlConversions =
                        problems.check(
                                () ->
                                        JsonInput.required(
                                                json.controlConversions(), "controlConversions"));
                Long variantSize =
                        problems.check(() -> JsonInput.required(json.variantSize(), "variantSize"));
                Long variantConversions =
                        problems.check(
                                () ->
                                        JsonInput.required(
                                                json.variantConversions(), "variantConversions"));
                problems.done();
                yield new ResultMeasure.Proportion(
                        controlSize,
                        controlConversions,
                        variantSize,
                        variantConversions,
                        json.plannedVariantShare() == null ? 0.5 : json.plannedVariantShare());
            }
            case MEAN -> {
                Long controlSize =
                        problems.check(() -> JsonInput.required(json.controlSize(), "controlSize"));
                Double controlMean =
                        problems.check(() -> JsonInput.required(json.controlMean(), "controlMean"));
                Double controlSd =
                        problems.check(() -> JsonInput.required(json.controlSd(), "controlSd"));
                Long variantSize =
                        problems.check(() -> JsonInput.required(json.variantSize(), "variantSize"));
                Double variantMean =
                        problems.check(() -> JsonInput.required(json.variantMean(), "variantMean"));
                Double variantSd =
                        problems.check(() -> JsonInput.required(json.variantSd(), "variantSd"));
                problems.done();
                yield new ResultMeasure.Mean(
                        controlSize, controlMean, controlSd, variantSize, variantMean, variantSd);
            }
            case QUALITATIVE ->
                    new ResultMeasure.Qualitative(json.finding(), evidence(json.evidenceUrl()));
        };
    }

    private static URI evidence(String url) {
        return Fields.optionalLink("evidenceUrl", FieldLabel.EVIDENCE_LINK, url);
    }

    static Set<DepartmentId> departments(Collection<Long> ids) {
        return JsonInput.list(
                        ids == null ? null : new ArrayList<>(ids),
                        "departments",
                        FieldLabel.DEPARTMENTS,
                        Experiment.MAX_DEPARTMENTS)
                .stream()
                .map(id -> new DepartmentId(JsonInput.required(id, "departments")))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static List<OutcomeLink> outcomes(List<ExperimentJson.OutcomeLinkJson> links) {
        List<Long> ids =
                JsonInput.list(links).stream().map(l -> l == null ? null : l.outcomeId()).toList();
        JsonInput.list(
                new ArrayList<>(ids), "outcomes", FieldLabel.OUTCOMES, Experiment.MAX_OUTCOMES);
        return JsonInput.list(links).stream()
                .map(
                        l ->
                                new OutcomeLink(
                                        new OutcomeId(
                                                JsonInput.required(
                                                        l.outcomeId(), "outcomes.outcomeId")),
                                        JsonInput.requiredCode(
                                                ExpectedDirection.class,
                                                l.expected(),
                                                "outcomes.expected")))
                .toList();
    }

    static Set<Tag> tags(List<String> tags) {
        return JsonInput.list(tags, "tags", FieldLabel.TAGS, Learning.MAX_TAGS).stream()
                .map(Tag::new)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static String instant(Instant instant) {
        return instant.toString();
    }
}
