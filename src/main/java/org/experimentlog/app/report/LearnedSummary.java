package org.experimentlog.app.report;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.Period;
import org.experimentlog.domain.experiment.Verdict;
import org.experimentlog.domain.retrospective.Scope;

/**
 * What a scope learned in a period, as the "What we learned" dashboard item lists it.
 *
 * @param scope what it covers
 * @param period the days it covers
 * @param learnings the latest learnings recorded in the period, newest first, at most {@link
 *     DashboardFigures#LISTED}
 * @param learningsTotal how many learnings were recorded in the period
 * @param concluded the latest experiments concluded in the period, newest first, at most {@link
 *     DashboardFigures#LISTED}
 * @param concludedTotal how many experiments were concluded in the period
 */
public record LearnedSummary(
        Scope scope,
        Period period,
        List<ReportLearning> learnings,
        int learningsTotal,
        List<Concluded> concluded,
        int concludedTotal) {
    public LearnedSummary {
        requireNonNull(scope, "scope");
        requireNonNull(period, "period");
        learnings = List.copyOf(learnings);
        concluded = List.copyOf(concluded);
    }

    /**
     * An experiment concluded in the period.
     *
     * @param issue its issue
     * @param change the change its hypothesis proposed
     * @param verdict its verdict
     * @param concludedOn the day it was concluded, in the host's time zone
     */
    public record Concluded(IssueRef issue, String change, Verdict verdict, LocalDate concludedOn) {
        public Concluded {
            requireNonNull(issue, "issue");
            requireNonNull(change, "change");
            requireNonNull(verdict, "verdict");
            requireNonNull(concludedOn, "concludedOn");
        }
    }
}
