package org.experimentlog.web.ui.outcomes;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.experimentlog.app.OutcomeCatalogue;
import org.experimentlog.app.OutcomeDetail;
import org.experimentlog.app.OutcomeService;
import org.experimentlog.app.port.Clock;
import org.experimentlog.app.port.LinkedIteration;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.department.Department;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.outcome.Direction;
import org.experimentlog.domain.outcome.Measurement;
import org.experimentlog.domain.outcome.MetricKind;
import org.experimentlog.domain.outcome.Outcome;
import org.experimentlog.domain.outcome.OutcomeId;
import org.experimentlog.domain.outcome.OutcomeStatus;
import org.experimentlog.web.format.Formats;
import org.experimentlog.web.ui.OptionView;
import org.experimentlog.web.ui.chart.TrendChart;
import org.springframework.stereotype.Component;

/** Builds the outcomes page's view for the current user, in their language. */
@Component
public class OutcomePageBuilder {
    private final OutcomeService outcomes;
    private final UserDirectory users;
    private final I18nResolver i18n;
    private final Clock clock;

    @Inject
    public OutcomePageBuilder(
            OutcomeService outcomes, UserDirectory users, I18nResolver i18n, Clock clock) {
        this.outcomes = outcomes;
        this.users = users;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** The list, narrowed to a department and/or a status when given. */
    public OutcomeListView list(DepartmentId department, OutcomeStatus status) {
        OutcomeCatalogue catalogue = outcomes.catalogue(department, status);
        Formats formats = new Formats(users.locale());
        Map<DepartmentId, String> names =
                catalogue.departments().stream()
                        .collect(Collectors.toMap(Department::requireId, Department::name));
        List<OutcomeRowView> rows =
                catalogue.outcomes().stream()
                        .map(
                                o ->
                                        row(
                                                o,
                                                catalogue.latest().get(o.requireId()),
                                                catalogue
                                                        .experiments()
                                                        .getOrDefault(o.requireId(), List.of()),
                                                names,
                                                formats))
                        .toList();
        List<OptionView> departments =
                catalogue.departments().stream()
                        .map(
                                d ->
                                        OptionView.named(
                                                d.requireId().toString(),
                                                d.name(),
                                                d.requireId().equals(department)))
                        .toList();
        List<OptionView> statuses =
                Arrays.stream(OutcomeStatus.values())
                        .map(
                                s ->
                                        OptionView.keyed(
                                                s.code(),
                                                "experimentlog.outcome.status." + s.code(),
                                                s == status))
                        .toList();
        List<OptionView> kinds =
                Arrays.stream(MetricKind.values())
                        .map(
                                k ->
                                        OptionView.keyed(
                                                k.code(),
                                                "experimentlog.outcome.kind." + k.code(),
                                                false))
                        .toList();
        List<OptionView> directions =
                Arrays.stream(Direction.values())
                        .map(
                                d ->
                                        OptionView.keyed(
                                                d.code(),
                                                "experimentlog.outcome.direction." + d.code(),
                                                false))
                        .toList();
        return new OutcomeListView(
                departments,
                statuses,
                rows,
                catalogue.canManage(),
                department != null || status != null,
                kinds,
                directions);
    }

    /**
     * The outcome page.
     *
     * @throws org.experimentlog.domain.NotFoundException when the outcome does not exist
     */
    public OutcomeDetailView detail(OutcomeId id) {
        OutcomeDetail detail = outcomes.detail(id);
        Outcome o = detail.outcome();
        Formats formats = new Formats(users.locale());
        String unit = o.metric().unit();
        List<Measurement> measurements = detail.measurements();
        Measurement latest =
                measurements.stream()
                        .max(
                                Comparator.comparing(Measurement::measuredOn)
                                        .thenComparing(Measurement::recordedAt))
                        .orElse(null);
        List<MeasurementRowView> oldestFirst =
                measurements.stream()
                        .sorted(
                                Comparator.comparing(Measurement::measuredOn)
                                        .thenComparing(Measurement::recordedAt))
                        .map(
                                m ->
                                        new MeasurementRowView(
                                                new String[] {
                                                    formats.day(m.measuredOn()),
                                                    m.measuredOn().toString()
                                                },
                                                new String[] {
                                                    formats.value(m.value(), unit),
                                                    Double.toString(m.value())
                                                },
                                                m.note() == null ? "" : m.note(),
                                                users.displayName(m.recordedBy())
                                                        .orElse(m.recordedBy().key()),
                                                new String[] {
                                                    m.id().toString(),
                                                    m.measuredOn().toString(),
                                                    formats.typed(m.value()),
                                                    Formats.plain(m.value())
                                                }))
                        .toList();
        List<MeasurementRowView> newestFirst = new ArrayList<>(oldestFirst);
        Collections.reverse(newestFirst);
        LocalDate today = clock.today();
        List<LinkedIterationView> iterations =
                detail.iterations().stream()
                        .map(
                                it ->
                                        new LinkedIterationView(
                                                it.issue().key(),
                                                Integer.toString(it.number()),
                                                it.start() == null ? "" : formats.day(it.start()),
                                                it.end() == null ? "" : formats.day(it.end()),
                                                running(it, today)))
                        .toList();
        String owner =
                detail.departments().stream()
                        .filter(d -> d.requireId().equals(o.owner()))
                        .map(Department::name)
                        .findFirst()
                        .orElse("");
        String baseline = formats.value(o.baseline().value(), unit);
        String target = formats.value(o.target().value(), unit);
        String chart =
                TrendChart.svg(
                        "exlog-trend",
                        i18n.getText("experimentlog.outcome.page.chart.title", o.title()),
                        i18n.getText(
                                "experimentlog.outcome.page.chart.description",
                                baseline,
                                target,
                                Integer.toString(measurements.size()),
                                Long.toString(
                                        detail.iterations().stream()
                                                .filter(it -> it.isDated() || running(it, today))
                                                .count())),
                        measurements.stream()
                                .map(m -> new TrendChart.Point(m.measuredOn(), m.value()))
                                .toList(),
                        List.of(
                                new TrendChart.Line(
                                        i18n.getText(
                                                "experimentlog.outcome.page.chart.baseline",
                                                baseline),
                                        o.baseline().value(),
                                        "exlog-chart-baseline"),
                                new TrendChart.Line(
                                        i18n.getText(
                                                "experimentlog.outcome.page.chart.target", target),
                                        o.target().value(),
                                        "exlog-chart-target")),
                        detail.iterations().stream()
                                .filter(it -> it.isDated() || running(it, today))
                                .map(
                                        it ->
                                                running(it, today)
                                                        ? new TrendChart.Span(
                                                                i18n.getText(
                                                                        "experimentlog.outcome.page.chart.running",
                                                                        it.issue().key()
                                                                                + " #"
                                                                                + it.number()),
                                                                it.start(),
                                                                today,
                                                                true)
                                                        : new TrendChart.Span(
                                                                it.issue().key()
                                                                        + " #"
                                                                        + it.number(),
                                                                it.start(),
                                                                it.end(),
                                                                false))
                                .toList(),
                        formats::day,
                        formats::number,
                        unit);
        List<OptionView> statuses =
                Arrays.stream(OutcomeStatus.values())
                        .map(
                                s ->
                                        OptionView.keyed(
                                                s.code(),
                                                "experimentlog.outcome.status." + s.code(),
                                                s == o.status()))
                        .toList();
        return new OutcomeDetailView(
                o.requireId().toString(),
                Long.toString(o.version()),
                o.title(),
                o.description().orElse(""),
                "experimentlog.outcome.kind." + o.metric().kind().code(),
                o.metric().kind().code(),
                unit,
                "experimentlog.outcome.direction." + o.metric().direction().code(),
                o.metric().direction().code(),
                owner,
                o.owner().toString(),
                "experimentlog.outcome.status." + o.status().code(),
                reference(formats, o.baseline().value(), o.baseline().date(), unit),
                reference(formats, o.target().value(), o.target().date(), unit),
                latest == null ? "" : formats.value(latest.value(), unit),
                latest == null ? 0 : o.progressPercentOf(latest.value()),
                chart,
                newestFirst,
                oldestFirst,
                iterations,
                statuses,
                detail.canManage(),
                detail.references());
    }

    /**
     * An iteration that has started (today or before) and has no last day yet: drawn up to today,
     * as running.
     */
    private static boolean running(LinkedIteration iteration, LocalDate today) {
        return iteration.start() != null
                && iteration.end() == null
                && !iteration.start().isAfter(today);
    }

    private static String[] reference(Formats formats, double value, LocalDate day, String unit) {
        return new String[] {
            formats.value(value, unit), formats.exact(value), formats.day(day), day.toString()
        };
    }

    private static OutcomeRowView row(
            Outcome o,
            Measurement latest,
            List<IssueRef> experiments,
            Map<DepartmentId, String> names,
            Formats formats) {
        String unit = o.metric().unit();
        return new OutcomeRowView(
                o.requireId().toString(),
                o.title(),
                "experimentlog.outcome.kind." + o.metric().kind().code(),
                unit,
                "experimentlog.outcome.direction." + o.metric().direction().code(),
                names.getOrDefault(o.owner(), ""),
                "experimentlog.outcome.status." + o.status().code(),
                formats.value(o.baseline().value(), unit),
                latest == null ? "" : formats.value(latest.value(), unit),
                formats.value(o.target().value(), unit),
                latest == null ? 0 : o.progressPercentOf(latest.value()),
                experiments.stream().map(IssueRef::key).toList());
    }
}
