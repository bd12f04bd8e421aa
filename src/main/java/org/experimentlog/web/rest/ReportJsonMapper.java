package org.experimentlog.web.rest;

import java.util.Map;
import java.util.TreeMap;
import org.experimentlog.app.report.Collaboration;
import org.experimentlog.app.report.FailureCounts;
import org.experimentlog.app.report.OutcomeMovement;
import org.experimentlog.app.report.ReportLearning;
import org.experimentlog.app.report.RetrospectiveReport;
import org.experimentlog.app.report.ReusedLesson;
import org.experimentlog.domain.Coded;

/** Maps a computed retrospective to its JSON form. */
final class ReportJsonMapper {
    private ReportJsonMapper() {}

    static ReportJson toJson(RetrospectiveReport report) {
        RetrospectiveReport.ExperimentCounts e = report.experiments();
        RetrospectiveReport.VerdictMix v = report.verdicts();
        RetrospectiveReport.TimeToLearning t = report.timeToLearning();
        RetrospectiveReport.IterationCounts i = report.iterations();
        return new ReportJson(
                new RetrospectiveJson.ScopeJson(
                        report.scope().kind().code(), report.scope().value()),
                new RetrospectiveJson.PeriodJson(
                        report.period().from().toString(), report.period().to().toString()),
                new ReportJson.Experiments(e.started(), e.concluded(), e.abandoned(), e.running()),
                new ReportJson.Verdicts(
                        v.validated(), v.invalidated(), v.inconclusive(), v.abandoned(), v.total()),
                new ReportJson.TimeToLearning(
                        t.experiments(),
                        t.medianDays(),
                        t.lowerQuartileDays(),
                        t.upperQuartileDays(),
                        t.minDays(),
                        t.maxDays()),
                new ReportJson.Iterations(i.experiments(), i.iterations(), i.distribution()),
                report.outcomes().stream().map(ReportJsonMapper::outcome).toList(),
                failures(report.failures()),
                collaboration(report.collaboration()),
                report.reused().stream().map(ReportJsonMapper::reused).toList(),
                report.learnings().stream().map(ReportJsonMapper::learning).toList(),
                report.learningsTotal(),
                new ReportJson.Deviations(
                        report.deviations().experiments(), byCode(report.deviations().byKind())));
    }

    private static ReportJson.Outcome outcome(OutcomeMovement o) {
        return new ReportJson.Outcome(
                o.outcome().value(),
                o.title(),
                o.unit(),
                o.direction().code(),
                o.baseline(),
                o.atStart(),
                o.atEnd(),
                o.target());
    }

    private static ReportJson.Failures failures(FailureCounts counts) {
        return new ReportJson.Failures(
                counts.shared(), byCode(counts.byFactor()), byCode(counts.byImpact()));
    }

    private static <E extends Enum<E> & Coded> Map<String, Integer> byCode(Map<E, Integer> counts) {
        Map<String, Integer> byCode = new TreeMap<>();
        counts.forEach((value, count) -> byCode.put(value.code(), count));
        return byCode;
    }

    private static ReportJson.CollaborationJson collaboration(Collaboration c) {
        return new ReportJson.CollaborationJson(
                c.departments().stream()
                        .map(m -> new ReportJson.Member(m.id().value(), m.name()))
                        .toList(),
                c.cells().stream()
                        .map(
                                x ->
                                        new ReportJson.Cell(
                                                x.row().value(),
                                                x.column().value(),
                                                x.experiments()))
                        .toList());
    }

    private static ReportJson.Reused reused(ReusedLesson r) {
        return new ReportJson.Reused(r.story().value(), r.title(), r.appliedIn(), r.helped());
    }

    private static ReportJson.Learning learning(ReportLearning l) {
        return new ReportJson.Learning(
                l.learning().value(),
                l.issue().key(),
                l.statement(),
                l.createdAt().toString(),
                l.verdictIfAny().map(Coded::code).orElse(null));
    }
}
