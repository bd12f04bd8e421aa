package org.experimentlog.web.ui.retrospective;

import java.util.List;
import org.experimentlog.web.ui.OptionView;
import org.experimentlog.web.ui.chart.SpreadChart;

/**
 * The retrospective page: the scope and period form as given (with an error next to a field that
 * could not be read), the panels of the computed report, the retrospectives held on the scope and
 * what the hold form sends. Immutable.
 */
public final class RetrospectivePageView {
    private final Form form;
    private final Report report;
    private final Held held;

    RetrospectivePageView(Form form, Report report, Held held) {
        this.form = form;
        this.report = report;
        this.held = held;
    }

    /**
     * The scope and period form.
     *
     * @param scopes the kinds of scope, the chosen one selected
     * @param kind the code of the chosen kind
     * @param projects the projects to choose from, the chosen one selected
     * @param departments the departments to choose from
     * @param outcomes the outcomes to choose from
     * @param fields scope, value, from and to, as given
     * @param quarters the current and previous quarter, for the same scope
     */
    record Form(
            List<OptionView> scopes,
            String kind,
            List<OptionView> projects,
            List<OptionView> departments,
            List<OptionView> outcomes,
            List<RetroFieldView> fields,
            List<RetroLinkView> quarters) {
        Form {
            scopes = List.copyOf(scopes);
            projects = List.copyOf(projects);
            departments = List.copyOf(departments);
            outcomes = List.copyOf(outcomes);
            fields = List.copyOf(fields);
            quarters = List.copyOf(quarters);
        }
    }

    /**
     * The computed report's panels, every figure already formatted; null when the form could not be
     * read.
     */
    record Report(
            String scopeKey,
            String scopeName,
            String period,
            boolean empty,
            List<RetroFigureView> experiments,
            RetroChartView verdicts,
            Spread spread,
            RetroChartView iterations,
            String iterationsSummary,
            List<RetroOutcomeView> outcomes,
            String failuresShared,
            RetroChartView factors,
            RetroChartView impacts,
            Matrix matrix,
            List<RetroReusedView> reused,
            Learnings learnings,
            List<RetroLinkView> exports,
            String deviationsTotal,
            List<RetroFigureView> deviations) {
        Report {
            deviations = List.copyOf(deviations);
            experiments = List.copyOf(experiments);
            outcomes = List.copyOf(outcomes);
            reused = List.copyOf(reused);
            exports = List.copyOf(exports);
        }
    }

    /** Time to learning: the figures as text and as a box plot; none when nothing was concluded. */
    record Spread(List<RetroFigureView> figures, String chartHtml) {
        Spread {
            figures = List.copyOf(figures);
        }
    }

    /** The department × department matrix: the column names, and one row per department. */
    record Matrix(List<String> columns, List<RetroMatrixRowView> rows) {
        Matrix {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    /** The learnings listed, and how many the period has in all. */
    record Learnings(List<RetroLearningView> listed, String total) {
        Learnings {
            listed = List.copyOf(listed);
        }
    }

    /** The retrospectives held on the scope, and the scope and period a new one is held on. */
    record Held(
            List<HeldRetrospectiveView> retrospectives,
            String kind,
            String value,
            String from,
            String to) {
        Held {
            retrospectives = List.copyOf(retrospectives);
        }
    }

    public List<OptionView> getScopeOptions() {
        return form.scopes();
    }

    public boolean isProjectScope() {
        return "project".equals(form.kind());
    }

    public boolean isDepartmentScope() {
        return "department".equals(form.kind());
    }

    public boolean isOutcomeScope() {
        return "outcome".equals(form.kind());
    }

    public List<OptionView> getProjectOptions() {
        return form.projects();
    }

    public List<OptionView> getDepartmentOptions() {
        return form.departments();
    }

    public List<OptionView> getOutcomeOptions() {
        return form.outcomes();
    }

    public RetroFieldView getScope() {
        return form.fields().get(0);
    }

    public RetroFieldView getValue() {
        return form.fields().get(1);
    }

    public RetroFieldView getFrom() {
        return form.fields().get(2);
    }

    public RetroFieldView getTo() {
        return form.fields().get(3);
    }

    public List<RetroLinkView> getQuarters() {
        return form.quarters();
    }

    /** Whether the form could be read, so there is a report (and held retrospectives) to show. */
    public boolean isHasReport() {
        return report != null;
    }

    /** The i18n key naming the kind of scope, with the scope's name as its argument. */
    public String getScopeKey() {
        return report == null ? "" : report.scopeKey();
    }

    public String getScopeName() {
        return report == null ? "" : report.scopeName();
    }

    public String getPeriod() {
        return report == null ? "" : report.period();
    }

    /**
     * Whether nothing happened in the period: no experiment, story, learning or reuse to review.
     */
    public boolean isEmpty() {
        return report != null && report.empty();
    }

    public List<RetroFigureView> getExperimentFigures() {
        return report == null ? List.of() : report.experiments();
    }

    public RetroChartView getVerdicts() {
        return report == null ? null : report.verdicts();
    }

    public boolean isHasTimeToLearning() {
        return report != null && !report.spread().figures().isEmpty();
    }

    public List<RetroFigureView> getTimeToLearning() {
        return report == null ? List.of() : report.spread().figures();
    }

    /** SVG markup built and escaped by {@link SpreadChart}. */
    public String getSpreadChartHtml() {
        return report == null ? "" : report.spread().chartHtml();
    }

    public RetroChartView getIterations() {
        return report == null ? null : report.iterations();
    }

    /**
     * How many iterations over how many experiments, as a sentence in the reader's language,
     * plurals and all.
     */
    public String getIterationsSummary() {
        return report == null ? "" : report.iterationsSummary();
    }

    public boolean isHasOutcomes() {
        return report != null && !report.outcomes().isEmpty();
    }

    public List<RetroOutcomeView> getOutcomes() {
        return report == null ? List.of() : report.outcomes();
    }

    public String getFailuresShared() {
        return report == null ? "" : report.failuresShared();
    }

    /** How many experiments of the period deviate from their registered plan, formatted. */
    public String getDeviationsTotal() {
        return report == null ? "" : report.deviationsTotal();
    }

    /**
     * How many experiments of the period deviate from their registered plan in each kind,
     * formatted.
     */
    public List<RetroFigureView> getDeviations() {
        return report == null ? List.of() : report.deviations();
    }

    public RetroChartView getFactors() {
        return report == null ? null : report.factors();
    }

    public RetroChartView getImpacts() {
        return report == null ? null : report.impacts();
    }

    public boolean isHasMatrix() {
        return report != null && !report.matrix().rows().isEmpty();
    }

    public List<String> getMatrixColumns() {
        return report == null ? List.of() : report.matrix().columns();
    }

    public List<RetroMatrixRowView> getMatrixRows() {
        return report == null ? List.of() : report.matrix().rows();
    }

    public boolean isHasReused() {
        return report != null && !report.reused().isEmpty();
    }

    public List<RetroReusedView> getReused() {
        return report == null ? List.of() : report.reused();
    }

    public boolean isHasLearnings() {
        return report != null && !report.learnings().listed().isEmpty();
    }

    public List<RetroLearningView> getLearnings() {
        return report == null ? List.of() : report.learnings().listed();
    }

    public String getLearningsShown() {
        return report == null ? "0" : Integer.toString(report.learnings().listed().size());
    }

    public String getLearningsTotal() {
        return report == null ? "0" : report.learnings().total();
    }

    public List<RetroLinkView> getExports() {
        return report == null ? List.of() : report.exports();
    }

    public boolean isHasHeld() {
        return held != null && !held.retrospectives().isEmpty();
    }

    public List<HeldRetrospectiveView> getHeld() {
        return held == null ? List.of() : held.retrospectives();
    }

    /** The scope kind a new retrospective is held on. */
    public String getHoldKind() {
        return held == null ? "" : held.kind();
    }

    /** The scope value a new retrospective is held on; empty for everything. */
    public String getHoldValue() {
        return held == null ? "" : held.value();
    }

    public String getHoldFrom() {
        return held == null ? "" : held.from();
    }

    public String getHoldTo() {
        return held == null ? "" : held.to();
    }
}
