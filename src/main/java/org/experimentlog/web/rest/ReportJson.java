package org.experimentlog.web.rest;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.experimentlog.app.report.Collaboration;
import org.experimentlog.app.report.FailureCounts;
import org.experimentlog.app.report.OutcomeMovement;
import org.experimentlog.app.report.ReportLearning;
import org.experimentlog.app.report.RetrospectiveReport;
import org.experimentlog.app.report.ReusedLesson;
import org.experimentlog.domain.Coded;

/**
 * A computed retrospective as JSON: every figure of the report, vocabularies by their codes, no author of anything.
 *
 * @param scope          what it covers
 * @param period         the days it reviews
 * @param experiments    started, concluded, abandoned and running (every experiment of the period)
 * @param verdicts       validated, invalidated, inconclusive and abandoned among those that ended
 * @param timeToLearning days from start to conclusion: count, median, quartiles, fastest and slowest
 * @param iterations     experiments, iterations in all, and how many experiments have 0 to 5+ iterations
 * @param outcomes       the outcomes in scope and how they moved
 * @param failures       stories shared, by factor code and impact code
 * @param collaboration  departments and the experiments each pair took part in together
 * @param reused         the most reused lessons
 * @param learnings      the newest learnings of the period
 * @param learningsTotal how many learnings were recorded in the period
 */
public record ReportJson(RetrospectiveJson.ScopeJson scope, RetrospectiveJson.PeriodJson period,
        RetrospectiveReport.ExperimentCounts experiments, Verdicts verdicts,
        RetrospectiveReport.TimeToLearning timeToLearning, RetrospectiveReport.IterationCounts iterations,
        List<Outcome> outcomes, Failures failures, CollaborationJson collaboration, List<Reused> reused,
        List<Learning> learnings, int learningsTotal) {

    static ReportJson of(RetrospectiveReport report) {
        return new ReportJson(new RetrospectiveJson.ScopeJson(report.scope().kind().code(), report.scope().value()),
                new RetrospectiveJson.PeriodJson(report.period().from().toString(), report.period().to().toString()),
                report.experiments(), Verdicts.of(report.verdicts()), report.timeToLearning(), report.iterations(),
                report.outcomes().stream().map(Outcome::of).toList(), Failures.of(report.failures()),
                CollaborationJson.of(report.collaboration()), report.reused().stream().map(Reused::of).toList(),
                report.learnings().stream().map(Learning::of).toList(), report.learningsTotal());
    }

    /** The verdict mix, with its total. */
    public record Verdicts(int validated, int invalidated, int inconclusive, int abandoned, int total) {
        static Verdicts of(RetrospectiveReport.VerdictMix mix) {
            return new Verdicts(mix.validated(), mix.invalidated(), mix.inconclusive(), mix.abandoned(), mix.total());
        }
    }

    /** An outcome's movement; {@code atStart} and {@code atEnd} are null when nothing was measured yet. */
    public record Outcome(long id, String title, String unit, String direction, double baseline, Double atStart,
            Double atEnd, double target) {
        static Outcome of(OutcomeMovement o) {
            return new Outcome(o.outcome().value(), o.title(), o.unit(), o.direction().code(), o.baseline(),
                    o.atStart(), o.atEnd(), o.target());
        }
    }

    /** Failure stories by contributing factor and impact, keyed by code. */
    public record Failures(int shared, Map<String, Integer> byFactor, Map<String, Integer> byImpact) {
        static Failures of(FailureCounts counts) {
            return new Failures(counts.shared(), byCode(counts.byFactor()), byCode(counts.byImpact()));
        }

        private static <E extends Enum<E> & Coded> Map<String, Integer> byCode(Map<E, Integer> counts) {
            Map<String, Integer> byCode = new TreeMap<>();
            counts.forEach((value, count) -> byCode.put(value.code(), count));
            return byCode;
        }
    }

    /** The department matrix. */
    public record CollaborationJson(List<Member> departments, List<Cell> cells) {
        static CollaborationJson of(Collaboration c) {
            return new CollaborationJson(
                    c.departments().stream().map(m -> new Member(m.id().value(), m.name())).toList(),
                    c.cells().stream().map(x -> new Cell(x.row().value(), x.column().value(), x.experiments()))
                            .toList());
        }
    }

    /** A department of the matrix. */
    public record Member(long id, String name) {
    }

    /** A cell of the matrix. */
    public record Cell(long row, long column, int experiments) {
    }

    /** A reused lesson. */
    public record Reused(long story, String title, int appliedIn, int helped) {
        static Reused of(ReusedLesson r) {
            return new Reused(r.story().value(), r.title(), r.appliedIn(), r.helped());
        }
    }

    /** A learning of the period, without its author. */
    public record Learning(long id, String issueKey, String statement, String createdAt, String verdict) {
        static Learning of(ReportLearning l) {
            return new Learning(l.learning().value(), l.issue().key(), l.statement(), l.createdAt().toString(),
                    l.verdictIfAny().map(Coded::code).orElse(null));
        }
    }
}
