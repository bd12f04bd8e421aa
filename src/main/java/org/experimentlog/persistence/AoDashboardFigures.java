package org.experimentlog.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.java.ao.Query;
import org.experimentlog.app.report.DashboardFigures;
import org.experimentlog.app.report.LearnedSummary;
import org.experimentlog.app.report.ReportLearning;
import org.experimentlog.app.report.ReportQuery;
import org.experimentlog.app.report.StageCounts;
import org.experimentlog.domain.Coded;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.experiment.LearningId;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.experiment.Verdict;
import org.experimentlog.domain.retrospective.Scope;
import org.springframework.stereotype.Component;

/**
 * The dashboard items' figures in SQL. "What we learned" takes five statements (the listed
 * learnings, their experiments, the learnings' count, the listed concluded experiments and their
 * count); "Experiments by stage" one, streaming one short code per experiment.
 */
@Component
public final class AoDashboardFigures implements DashboardFigures {
    private final ActiveObjects ao;

    @Inject
    public AoDashboardFigures(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public LearnedSummary learned(ReportQuery query) {
        if (query.projects().isEmpty()) {
            return new LearnedSummary(query.scope(), query.period(), List.of(), 0, List.of(), 0);
        }
        Date start = start(query);
        Date end = end(query);
        List<ReportLearning> learnings = learnings(query, start, end);
        int learningsTotal =
                ao.count(AoLearning.class, learningQuery(query, start, end, Query.select()));
        Query concluded = concludedQuery(query, start, end, Query.select());
        int concludedTotal = ao.count(AoExperiment.class, concluded);
        List<LearnedSummary.Concluded> listed = new ArrayList<>();
        if (concludedTotal > 0) {
            ZoneId zone = query.zone();
            for (AoExperiment row :
                    ao.find(
                            AoExperiment.class,
                            concludedQuery(
                                            query,
                                            start,
                                            end,
                                            Query.select(
                                                    "ID, "
                                                            + AoExperiment.ISSUE_ID
                                                            + ", "
                                                            + AoExperiment.ISSUE_KEY
                                                            + ", "
                                                            + AoExperiment.HYP_CHANGE
                                                            + ", "
                                                            + AoExperiment.VERDICT
                                                            + ", "
                                                            + AoExperiment.CLOSED_AT))
                                    .order("e." + AoExperiment.CLOSED_AT + " DESC, e.ID DESC")
                                    .limit(LISTED))) {
                listed.add(
                        new LearnedSummary.Concluded(
                                new IssueRef(row.getIssueId(), row.getIssueKey()),
                                row.getHypChange() == null ? "" : row.getHypChange(),
                                Coded.fromCode(Verdict.class, row.getVerdict(), "verdict"),
                                LocalDate.ofInstant(row.getClosedAt().toInstant(), zone)));
            }
        }
        return new LearnedSummary(
                query.scope(), query.period(), learnings, learningsTotal, listed, concludedTotal);
    }

    @Override
    public StageCounts stages(Scope scope, Set<ProjectKey> projects) {
        Map<Stage, Integer> counts = new EnumMap<>(Stage.class);
        if (!projects.isEmpty()) {
            List<String> keys = projects.stream().map(ProjectKey::value).sorted().toList();
            List<String> conditions = new ArrayList<>();
            List<Object> params = new ArrayList<>(keys);
            conditions.add(InClause.of("e." + AoExperiment.PROJECT_KEY, keys.size()));
            Query query = scoped(scope, Query.select(AoExperiment.STAGE), conditions, params);
            ao.stream(
                    AoExperiment.class,
                    query.where(String.join(" AND ", conditions), params.toArray()),
                    row ->
                            counts.merge(
                                    Coded.fromCode(Stage.class, row.getStage(), "stage"),
                                    1,
                                    Integer::sum));
        }
        return new StageCounts(scope, counts);
    }

    private static Date start(ReportQuery query) {
        return Date.from(query.period().from().atStartOfDay(query.zone()).toInstant());
    }

    private static Date end(ReportQuery query) {
        return Date.from(query.period().to().plusDays(1).atStartOfDay(query.zone()).toInstant());
    }

    /** The experiments of the scope concluded in the period, the experiment table aliased e. */
    private static Query concludedQuery(ReportQuery query, Date start, Date end, Query base) {
        List<String> keys = query.projects().stream().map(ProjectKey::value).sorted().toList();
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>(keys);
        conditions.add(InClause.of("e." + AoExperiment.PROJECT_KEY, keys.size()));
        conditions.add("e." + AoExperiment.STAGE + " = ?");
        params.add(Stage.CONCLUDED.code());
        conditions.add("e." + AoExperiment.CLOSED_AT + " >= ?");
        params.add(start);
        conditions.add("e." + AoExperiment.CLOSED_AT + " < ?");
        params.add(end);
        return scoped(query.scope(), base, conditions, params)
                .where(String.join(" AND ", conditions), params.toArray());
    }

    /**
     * The experiment table aliased e, joined to what the scope needs, with the scope's condition
     * added.
     */
    private static Query scoped(
            Scope scope, Query base, List<String> conditions, List<Object> params) {
        Query query = base.alias(AoExperiment.class, "e");
        switch (scope.kind()) {
            case PROJECT -> {
                conditions.add("e." + AoExperiment.PROJECT_KEY + " = ?");
                params.add(scope.value());
            }
            case DEPARTMENT -> {
                query =
                        query.join(
                                        AoExperimentDepartment.class,
                                        "d." + AoExperimentDepartment.EXPERIMENT_ID + " = e.ID")
                                .alias(AoExperimentDepartment.class, "d");
                conditions.add("d." + AoExperimentDepartment.DEPARTMENT_ID + " = ?");
                params.add(AoRetrospectiveFigures.rowId(scope.value()));
            }
            case OUTCOME -> {
                query =
                        query.join(
                                        AoOutcomeLink.class,
                                        "o." + AoOutcomeLink.EXPERIMENT_ID + " = e.ID")
                                .alias(AoOutcomeLink.class, "o");
                conditions.add("o." + AoOutcomeLink.OUTCOME_ID + " = ?");
                params.add(AoRetrospectiveFigures.rowId(scope.value()));
            }
            default -> {
                // every experiment in the visible projects
            }
        }
        return query;
    }

    /** The learnings of the scope recorded in the period, from their denormalised columns. */
    private static Query learningQuery(ReportQuery query, Date start, Date end, Query base) {
        List<String> keys = query.projects().stream().map(ProjectKey::value).sorted().toList();
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>(keys);
        conditions.add(InClause.of(AoLearning.PROJECT_KEY, keys.size()));
        conditions.add(AoLearning.CREATED_AT + " >= ?");
        params.add(start);
        conditions.add(AoLearning.CREATED_AT + " < ?");
        params.add(end);
        String value = query.scope().value();
        switch (query.scope().kind()) {
            case PROJECT -> {
                conditions.add(AoLearning.PROJECT_KEY + " = ?");
                params.add(value);
            }
            case DEPARTMENT -> {
                conditions.add(AoLearning.DEPARTMENTS + " LIKE ?");
                params.add(StoryCodes.containing(value));
            }
            case OUTCOME -> {
                conditions.add(AoLearning.OUTCOMES + " LIKE ?");
                params.add(StoryCodes.containing(value));
            }
            default -> {
                // every visible project
            }
        }
        return base.where(String.join(" AND ", conditions), params.toArray());
    }

    private List<ReportLearning> learnings(ReportQuery query, Date start, Date end) {
        AoLearning[] rows =
                ao.find(
                        AoLearning.class,
                        learningQuery(
                                        query,
                                        start,
                                        end,
                                        Query.select(
                                                "ID, "
                                                        + AoLearning.EXPERIMENT_ID
                                                        + ", "
                                                        + AoLearning.STATEMENT
                                                        + ", "
                                                        + AoLearning.CREATED_AT
                                                        + ", "
                                                        + AoLearning.VERDICT))
                                .order(AoLearning.CREATED_AT + " DESC, ID DESC")
                                .limit(LISTED));
        if (rows.length == 0) {
            return List.of();
        }
        Map<Integer, AoExperiment> experiments =
                Rows.whereIn(
                                ao,
                                AoExperiment.class,
                                "ID",
                                Arrays.stream(rows).map(AoLearning::getExperimentId).toList(),
                                "ID")
                        .stream()
                        .collect(Collectors.toMap(AoExperiment::getID, Function.identity()));
        List<ReportLearning> learnings = new ArrayList<>();
        for (AoLearning row : rows) {
            AoExperiment experiment = experiments.get(row.getExperimentId());
            if (experiment != null) {
                learnings.add(
                        new ReportLearning(
                                new LearningId(row.getID()),
                                new IssueRef(experiment.getIssueId(), experiment.getIssueKey()),
                                row.getStatement() == null ? "" : row.getStatement(),
                                row.getCreatedAt().toInstant(),
                                row.getVerdict() == null
                                        ? null
                                        : Coded.fromCode(
                                                Verdict.class, row.getVerdict(), "verdict")));
            }
        }
        return learnings;
    }
}
