package org.experimentlog.web.ui.retrospective;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.experimentlog.app.OutcomeCatalogue;
import org.experimentlog.app.OutcomeService;
import org.experimentlog.app.RetrospectiveService;
import org.experimentlog.app.port.Clock;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.app.report.Collaboration;
import org.experimentlog.app.report.OutcomeMovement;
import org.experimentlog.app.report.RetrospectiveReport;
import org.experimentlog.domain.Coded;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.NotFoundException;
import org.experimentlog.domain.Period;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.failure.ContributingFactor;
import org.experimentlog.domain.failure.Impact;
import org.experimentlog.domain.outcome.Outcome;
import org.experimentlog.domain.retrospective.RetroAction;
import org.experimentlog.domain.retrospective.Retrospective;
import org.experimentlog.domain.retrospective.Scope;
import org.experimentlog.domain.retrospective.ScopeKind;
import org.experimentlog.web.format.Formats;
import org.experimentlog.web.ui.OptionView;
import org.experimentlog.web.ui.chart.BarChart;
import org.experimentlog.web.ui.chart.SpreadChart;
import org.springframework.stereotype.Component;

/**
 * Builds the retrospective page's view from the submitted scope and period, for the current user,
 * in their language. A parameter that cannot be read is named next to its field and answered with
 * 400; a project the user may not browse with 404; the rest of the page still renders.
 */
@Component
public class RetrospectivePageBuilder {
    private static final String REPORT_API =
            "../../../rest/experiment-log/1.0/retrospectives/report?";
    private static final List<String> EXPORT_FORMATS = List.of("markdown", "csv", "json");

    private final RetrospectiveService retrospectives;
    private final OutcomeService outcomes;
    private final UserDirectory users;
    private final Clock clock;
    private final I18nResolver i18n;

    @Inject
    public RetrospectivePageBuilder(
            RetrospectiveService retrospectives,
            OutcomeService outcomes,
            UserDirectory users,
            Clock clock,
            I18nResolver i18n) {
        this.retrospectives = retrospectives;
        this.outcomes = outcomes;
        this.users = users;
        this.clock = clock;
        this.i18n = i18n;
    }

    /**
     * The page and its HTTP status.
     *
     * @param status 200; 400 when a parameter could not be read; 404 for a project the user may not
     *     browse
     * @param view the page
     */
    public record Page(int status, RetrospectivePageView view) {}

    /**
     * The page for these request parameters ({@code scope}, {@code value}, {@code from}, {@code
     * to}).
     */
    public Page page(UnaryOperator<String> parameter) {
        String scopeText = given(parameter, "scope");
        String valueText = given(parameter, "value");
        String fromText = given(parameter, "from");
        String toText = given(parameter, "to");
        Period fallback = retrospectives.defaultPeriod();
        OutcomeCatalogue catalogue = outcomes.catalogue(null, null);
        Formats formats = new Formats(users.locale());

        String[] errors = {"", "", "", ""};
        ScopeKind kind = ScopeKind.EVERYTHING;
        if (!scopeText.isEmpty()) {
            try {
                kind = Coded.fromCode(ScopeKind.class, scopeText, "scope");
            } catch (InvalidInputException e) {
                errors[0] = "experimentlog.retro.error.scope";
            }
        }
        Scope scope = errors[0].isEmpty() ? scope(kind, valueText, catalogue) : null;
        if (errors[0].isEmpty() && scope == null) {
            errors[1] = "experimentlog.retro.error.value." + kind.code();
        }
        LocalDate from = day(fromText, fallback.from());
        LocalDate to = day(toText, fallback.to());
        errors[2] = from == null ? "experimentlog.retro.error.date" : "";
        errors[3] = to == null ? "experimentlog.retro.error.date" : "";
        Period period = null;
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                errors[3] = "experimentlog.retro.error.order";
            } else if (ChronoUnit.DAYS.between(from, to) > Period.MAX_DAYS) {
                errors[3] = "experimentlog.retro.error.span";
            } else {
                period = new Period(from, to);
            }
        }
        int status = scope == null || period == null ? 400 : 200;

        RetrospectivePageView.Report report = null;
        RetrospectivePageView.Held held = null;
        if (status == 200) {
            try {
                RetrospectiveReport figures = retrospectives.report(scope, period);
                List<Retrospective> heldOn = retrospectives.heldOn(scope);
                Optional<UserRef> me = users.currentUser();
                report = report(figures, catalogue, formats);
                held =
                        new RetrospectivePageView.Held(
                                heldOn.stream().map(r -> held(r, formats, me)).toList(),
                                scope.kind().code(),
                                scope.valueIfAny().orElse(""),
                                period.from().toString(),
                                period.to().toString());
            } catch (NotFoundException e) {
                errors[1] = "experimentlog.retro.error.value.notfound";
                status = 404;
            }
        }

        String chosenKind = kind.code();
        String chosenValue = scope == null ? valueText : scope.valueIfAny().orElse("");
        List<OptionView> scopes =
                Arrays.stream(ScopeKind.values())
                        .sorted((a, b) -> order(a) - order(b))
                        .map(
                                k ->
                                        OptionView.keyed(
                                                k.code(),
                                                "experimentlog.retro.scope." + k.code(),
                                                k.code().equals(chosenKind)))
                        .toList();
        List<String> projectKeys =
                new ArrayList<>(retrospectives.projects().stream().map(ProjectKey::value).toList());
        if (kind == ScopeKind.PROJECT
                && scope != null
                && status == 200
                && !projectKeys.contains(chosenValue)) {
            projectKeys.add(chosenValue);
        }
        boolean onProject = kind == ScopeKind.PROJECT;
        boolean onDepartment = kind == ScopeKind.DEPARTMENT;
        boolean onOutcome = kind == ScopeKind.OUTCOME;
        List<OptionView> projects =
                projectKeys.stream()
                        .map(
                                key ->
                                        OptionView.named(
                                                key, key, onProject && key.equals(chosenValue)))
                        .toList();
        List<OptionView> departments =
                catalogue.departments().stream()
                        .map(
                                d ->
                                        OptionView.named(
                                                d.requireId().toString(),
                                                d.name(),
                                                onDepartment
                                                        && d.requireId()
                                                                .toString()
                                                                .equals(chosenValue)))
                        .toList();
        List<OptionView> outcomeOptions =
                catalogue.outcomes().stream()
                        .map(
                                o ->
                                        OptionView.named(
                                                o.requireId().toString(),
                                                o.title(),
                                                onOutcome
                                                        && o.requireId()
                                                                .toString()
                                                                .equals(chosenValue)))
                        .toList();
        Period current = fallback;
        Period previous = Period.quarterOf(current.from().minusDays(1));
        String scopeQuery = scope == null ? "scope=everything" : query(scope);
        List<RetroLinkView> quarters =
                List.of(
                        new RetroLinkView(
                                "experimentlog.retro.period.current",
                                "retrospective?" + scopeQuery + periodQuery(current),
                                current.equals(period)),
                        new RetroLinkView(
                                "experimentlog.retro.period.previous",
                                "retrospective?" + scopeQuery + periodQuery(previous),
                                previous.equals(period)));
        if (report != null) {
            String exportQuery = query(scope) + periodQuery(period);
            report =
                    withExports(
                            report,
                            EXPORT_FORMATS.stream()
                                    .map(
                                            format ->
                                                    new RetroLinkView(
                                                            "experimentlog.retro.export." + format,
                                                            REPORT_API
                                                                    + exportQuery
                                                                    + "&format="
                                                                    + format,
                                                            false))
                                    .toList());
        }
        RetrospectivePageView.Form form =
                new RetrospectivePageView.Form(
                        scopes,
                        chosenKind,
                        projects,
                        departments,
                        outcomeOptions,
                        List.of(
                                new RetroFieldView(
                                        scopeText.isEmpty() ? chosenKind : scopeText, errors[0]),
                                new RetroFieldView(chosenValue, errors[1]),
                                new RetroFieldView(
                                        fromText.isEmpty() ? fallback.from().toString() : fromText,
                                        errors[2]),
                                new RetroFieldView(
                                        toText.isEmpty() ? fallback.to().toString() : toText,
                                        errors[3])),
                        quarters);
        return new Page(status, new RetrospectivePageView(form, report, held));
    }

    /** Everything first, then project, department and outcome, as people narrow down. */
    private static int order(ScopeKind kind) {
        return kind == ScopeKind.EVERYTHING ? 0 : kind.ordinal() + 1;
    }

    private static String given(UnaryOperator<String> parameter, String name) {
        String value = parameter.apply(name);
        return value == null ? "" : value.strip();
    }

    /**
     * The scope; null when its value is missing or names no department or outcome the page can
     * offer.
     */
    private static Scope scope(ScopeKind kind, String value, OutcomeCatalogue catalogue) {
        Scope scope;
        try {
            scope =
                    kind == ScopeKind.EVERYTHING
                            ? Scope.everything()
                            : new Scope(kind, value.isEmpty() ? null : value);
        } catch (InvalidInputException e) {
            return null;
        }
        String id = scope.valueIfAny().orElse("");
        if (kind == ScopeKind.DEPARTMENT
                && catalogue.departments().stream()
                        .noneMatch(d -> d.requireId().toString().equals(id))) {
            return null;
        }
        if (kind == ScopeKind.OUTCOME
                && catalogue.outcomes().stream()
                        .noneMatch(o -> o.requireId().toString().equals(id))) {
            return null;
        }
        return scope;
    }

    /** The day as given, the fallback when none was given, or null when it cannot be read. */
    private static LocalDate day(String text, LocalDate fallback) {
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String query(Scope scope) {
        return "scope="
                + scope.kind().code()
                + scope.valueIfAny()
                        .map(v -> "&value=" + URLEncoder.encode(v, StandardCharsets.UTF_8))
                        .orElse("");
    }

    private static String periodQuery(Period period) {
        return "&from=" + period.from() + "&to=" + period.to();
    }

    private static RetrospectivePageView.Report withExports(
            RetrospectivePageView.Report r, List<RetroLinkView> exports) {
        return new RetrospectivePageView.Report(
                r.scopeKey(),
                r.scopeName(),
                r.period(),
                r.empty(),
                r.experiments(),
                r.verdicts(),
                r.spread(),
                r.iterations(),
                r.iterationsSummary(),
                r.outcomes(),
                r.failuresShared(),
                r.factors(),
                r.impacts(),
                r.matrix(),
                r.reused(),
                r.learnings(),
                exports,
                r.deviationsTotal(),
                r.deviations());
    }

    private RetrospectivePageView.Report report(
            RetrospectiveReport report, OutcomeCatalogue catalogue, Formats formats) {
        RetrospectiveReport.ExperimentCounts counts = report.experiments();
        List<RetroFigureView> experiments =
                List.of(
                        new RetroFigureView(
                                "experimentlog.retro.experiments.started",
                                formats.count(counts.started())),
                        new RetroFigureView(
                                "experimentlog.retro.experiments.concluded",
                                formats.count(counts.concluded())),
                        new RetroFigureView(
                                "experimentlog.retro.experiments.abandoned",
                                formats.count(counts.abandoned())),
                        new RetroFigureView(
                                "experimentlog.retro.experiments.running",
                                formats.count(counts.running())));
        RetrospectiveReport.VerdictMix mix = report.verdicts();
        RetroChartView verdicts =
                chart(
                        "exlog-retro-verdicts",
                        "experimentlog.retro.verdicts",
                        formats,
                        new String[] {
                            "experimentlog.verdict.validated",
                            "experimentlog.verdict.invalidated",
                            "experimentlog.verdict.inconclusive",
                            "experimentlog.stage.abandoned"
                        },
                        new long[] {
                            mix.validated(), mix.invalidated(), mix.inconclusive(), mix.abandoned()
                        });
        RetrospectiveReport.IterationCounts iterationCounts = report.iterations();
        String[] buckets = new String[RetrospectiveReport.IterationCounts.BUCKETS];
        long[] perBucket = new long[buckets.length];
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = "experimentlog.retro.iterations.bucket." + i;
            perBucket[i] = iterationCounts.distribution().get(i);
        }
        RetroChartView iterations =
                chart(
                        "exlog-retro-iterations",
                        "experimentlog.retro.iterations",
                        formats,
                        buckets,
                        perBucket);
        ContributingFactor[] factorValues = ContributingFactor.values();
        RetroChartView factors =
                chart(
                        "exlog-retro-factors",
                        "experimentlog.retro.factors",
                        formats,
                        Arrays.stream(factorValues)
                                .map(f -> "experimentlog.factor." + f.code())
                                .toArray(String[]::new),
                        Arrays.stream(factorValues)
                                .mapToLong(f -> report.failures().byFactor().get(f))
                                .toArray());
        Impact[] impactValues = Impact.values();
        RetroChartView impacts =
                chart(
                        "exlog-retro-impacts",
                        "experimentlog.retro.impacts",
                        formats,
                        Arrays.stream(impactValues)
                                .map(f -> "experimentlog.impact." + f.code())
                                .toArray(String[]::new),
                        Arrays.stream(impactValues)
                                .mapToLong(f -> report.failures().byImpact().get(f))
                                .toArray());
        boolean empty =
                counts.running() == 0
                        && counts.started() == 0
                        && counts.concluded() == 0
                        && counts.abandoned() == 0
                        && report.failures().shared() == 0
                        && report.learningsTotal() == 0
                        && report.reused().isEmpty();
        ZoneId zone = clock.zone();
        List<RetroLearningView> learnings =
                report.learnings().stream()
                        .map(
                                l -> {
                                    LocalDate day = l.createdAt().atZone(zone).toLocalDate();
                                    return new RetroLearningView(
                                            l.statement(),
                                            l.issue().key(),
                                            "../../../browse/" + l.issue().key(),
                                            formats.day(day),
                                            day.toString(),
                                            l.verdictIfAny()
                                                    .map(v -> "experimentlog.verdict." + v.code())
                                                    .orElse(""));
                                })
                        .toList();
        return new RetrospectivePageView.Report(
                "experimentlog.retro.heading." + report.scope().kind().code(),
                scopeName(report.scope(), catalogue),
                range(report.period(), formats),
                empty,
                experiments,
                verdicts,
                spread(report.timeToLearning(), formats),
                iterations,
                i18n.getText(
                        "experimentlog.retro.iterations.total",
                        iterationCounts.iterations(),
                        iterationCounts.experiments()),
                report.outcomes().stream().map(m -> outcome(m, formats)).toList(),
                formats.count(report.failures().shared()),
                factors,
                impacts,
                matrix(report.collaboration(), formats),
                report.reused().stream()
                        .map(
                                r ->
                                        new RetroReusedView(
                                                "failures/" + r.story(),
                                                r.title(),
                                                formats.count(r.appliedIn()),
                                                formats.count(r.helped())))
                        .toList(),
                new RetrospectivePageView.Learnings(
                        learnings, formats.count(report.learningsTotal())),
                List.of(),
                formats.count(report.deviations().experiments()),
                report.deviations().byKind().entrySet().stream()
                        .map(
                                k ->
                                        new RetroFigureView(
                                                "experimentlog.retro.deviations.kind."
                                                        + k.getKey().code(),
                                                formats.count(k.getValue())))
                        .toList());
    }

    private RetroChartView chart(
            String id, String prefix, Formats formats, String[] labelKeys, long[] values) {
        List<BarChart.Bar> bars = new ArrayList<>();
        List<RetroFigureView> rows = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < labelKeys.length; i++) {
            bars.add(new BarChart.Bar(i18n.getText(labelKeys[i]), values[i]));
            rows.add(new RetroFigureView(labelKeys[i], formats.count(values[i])));
            total += values[i];
        }
        String svg =
                BarChart.svg(
                        id,
                        i18n.getText(prefix + ".chart.title"),
                        i18n.getText(prefix + ".chart.description", total),
                        bars,
                        formats::count);
        return new RetroChartView(svg, rows);
    }

    private RetrospectivePageView.Spread spread(
            RetrospectiveReport.TimeToLearning time, Formats formats) {
        if (time.experiments() == 0) {
            return new RetrospectivePageView.Spread(List.of(), "");
        }
        String median = formats.number(time.medianDays());
        String lower = formats.number(time.lowerQuartileDays());
        String upper = formats.number(time.upperQuartileDays());
        String fastest = formats.count(time.minDays());
        String slowest = formats.count(time.maxDays());
        List<RetroFigureView> figures =
                List.of(
                        new RetroFigureView(
                                "experimentlog.retro.time.measured",
                                formats.count(time.experiments())),
                        new RetroFigureView("experimentlog.retro.time.median", median),
                        new RetroFigureView("experimentlog.retro.time.lower", lower),
                        new RetroFigureView("experimentlog.retro.time.upper", upper),
                        new RetroFigureView("experimentlog.retro.time.min", fastest),
                        new RetroFigureView("experimentlog.retro.time.max", slowest));
        String svg =
                SpreadChart.svg(
                        "exlog-retro-time",
                        i18n.getText("experimentlog.retro.time.chart.title"),
                        i18n.getText(
                                "experimentlog.retro.time.chart.description",
                                time.medianDays(),
                                time.lowerQuartileDays(),
                                time.upperQuartileDays(),
                                time.minDays(),
                                time.maxDays(),
                                time.experiments()),
                        new SpreadChart.Spread(
                                time.minDays(),
                                time.lowerQuartileDays(),
                                time.medianDays(),
                                time.upperQuartileDays(),
                                time.maxDays()),
                        new SpreadChart.Labels(
                                i18n.getText("experimentlog.retro.time.chart.min", fastest),
                                i18n.getText("experimentlog.retro.time.chart.median", median),
                                i18n.getText("experimentlog.retro.time.chart.max", slowest)),
                        formats::number);
        return new RetrospectivePageView.Spread(figures, svg);
    }

    private static RetroOutcomeView outcome(OutcomeMovement m, Formats formats) {
        String movement;
        if (m.atEndIfAny().isEmpty()) {
            movement = "experimentlog.retro.outcomes.unmeasured";
        } else {
            double before = m.atStartIfAny().orElse(m.baseline());
            double after = m.atEnd();
            movement =
                    m.direction().isBetter(after, before)
                            ? "experimentlog.retro.outcomes.better"
                            : m.direction().isBetter(before, after)
                                    ? "experimentlog.retro.outcomes.worse"
                                    : "experimentlog.retro.outcomes.same";
        }
        String unit = m.unit();
        return new RetroOutcomeView(
                "outcomes/" + m.outcome(),
                m.title(),
                new String[] {
                    formats.value(m.baseline(), unit),
                            m.atStartIfAny().map(v -> formats.value(v, unit)).orElse(""),
                    m.atEndIfAny().map(v -> formats.value(v, unit)).orElse(""),
                            formats.value(m.target(), unit)
                },
                "experimentlog.outcome.direction." + m.direction().code(),
                movement,
                m.atEndIfAny()
                        .map(v -> Outcome.progressPercent(m.baseline(), m.target(), v))
                        .orElse(0));
    }

    private static RetrospectivePageView.Matrix matrix(
            Collaboration collaboration, Formats formats) {
        Map<String, Integer> cells = new HashMap<>();
        for (Collaboration.Cell cell : collaboration.cells()) {
            cells.put(cell.row() + ":" + cell.column(), cell.experiments());
            cells.put(cell.column() + ":" + cell.row(), cell.experiments());
        }
        List<RetroMatrixRowView> rows = new ArrayList<>();
        for (Collaboration.Member row : collaboration.departments()) {
            List<String> counts = new ArrayList<>();
            for (Collaboration.Member column : collaboration.departments()) {
                counts.add(formats.count(cells.getOrDefault(row.id() + ":" + column.id(), 0)));
            }
            rows.add(new RetroMatrixRowView(row.name(), counts));
        }
        return new RetrospectivePageView.Matrix(
                collaboration.departments().stream().map(Collaboration.Member::name).toList(),
                rows);
    }

    private String scopeName(Scope scope, OutcomeCatalogue catalogue) {
        String value = scope.valueIfAny().orElse("");
        return switch (scope.kind()) {
            case PROJECT -> value;
            case DEPARTMENT ->
                    catalogue.departments().stream()
                            .filter(d -> d.requireId().toString().equals(value))
                            .map(d -> d.name())
                            .findFirst()
                            .orElse(value);
            case OUTCOME ->
                    catalogue.outcomes().stream()
                            .filter(o -> o.requireId().toString().equals(value))
                            .map(Outcome::title)
                            .findFirst()
                            .orElse(value);
            case EVERYTHING -> "";
        };
    }

    private String range(Period period, Formats formats) {
        return i18n.getText(
                "experimentlog.retro.period.range",
                formats.day(period.from()),
                formats.day(period.to()));
    }

    private HeldRetrospectiveView held(Retrospective r, Formats formats, Optional<UserRef> me) {
        boolean mayRevise = retrospectives.mayRevise(r);
        List<RetroActionView> actions = new ArrayList<>();
        for (RetroAction a : r.actions()) {
            actions.add(
                    action(
                            a,
                            formats,
                            mayRevise || (me.isPresent() && a.ownerIfAny().equals(me)),
                            actions.size() + 1));
        }
        return new HeldRetrospectiveView(
                r.requireId().toString(),
                Long.toString(r.version()),
                r.title(),
                r.notes().orElse(""),
                new String[] {
                    range(r.period(), formats),
                    name(r.createdBy()),
                    formats.day(r.createdAt().atZone(clock.zone()).toLocalDate())
                },
                actions,
                mayRevise);
    }

    private RetroActionView action(RetroAction a, Formats formats, boolean canTick, int position) {
        return new RetroActionView(
                a.id() == null ? "" : a.id().toString(),
                a.text(),
                new String[] {
                    a.ownerIfAny().map(this::name).orElse(""),
                    a.ownerIfAny().map(this::userName).orElse(""),
                    a.ownerIfAny().flatMap(users::avatarUrl).orElse("")
                },
                new String[] {
                    a.dueIfAny().map(formats::day).orElse(""),
                    a.dueIfAny().map(LocalDate::toString).orElse("")
                },
                a.done(),
                canTick,
                position);
    }

    /**
     * The name the revise form sends back for an owner; the stored key when the host no longer
     * knows them.
     */
    private String userName(UserRef user) {
        return users.userName(user).orElse(user.key());
    }

    private String name(UserRef user) {
        return users.displayName(user).orElse(user.key());
    }
}
