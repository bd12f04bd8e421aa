package org.experimentlog.web.ui;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.experimentlog.app.OutcomeCatalogue;
import org.experimentlog.app.OutcomeService;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.department.Department;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.outcome.Measurement;
import org.experimentlog.domain.outcome.Outcome;
import org.experimentlog.domain.outcome.OutcomeStatus;

/** Builds the outcomes page's view for the current user, in their language. */
@Named
public class OutcomePageViews {
    private final OutcomeService outcomes;
    private final UserDirectory users;

    @Inject
    public OutcomePageViews(OutcomeService outcomes, UserDirectory users) {
        this.outcomes = outcomes;
        this.users = users;
    }

    /** The list, narrowed to a department and/or a status when given. */
    public OutcomeListView list(DepartmentId department, OutcomeStatus status) {
        OutcomeCatalogue catalogue = outcomes.catalogue(department, status);
        NumberFormat numbers = NumberFormat.getNumberInstance(users.locale());
        numbers.setMaximumFractionDigits(2);
        Map<DepartmentId, String> names = catalogue.departments().stream()
                .collect(Collectors.toMap(Department::requireId, Department::name));
        List<OutcomeRowView> rows = catalogue.outcomes().stream()
                .map(o -> row(o, catalogue.latest().get(o.requireId()),
                        catalogue.experiments().getOrDefault(o.requireId(), List.of()), names, numbers))
                .toList();
        List<OptionView> departments = catalogue.departments().stream()
                .map(d -> OptionView.named(d.requireId().toString(), d.name(), d.requireId().equals(department)))
                .toList();
        List<OptionView> statuses = Arrays.stream(OutcomeStatus.values())
                .map(s -> OptionView.keyed(s.code(), "experimentlog.outcome.status." + s.code(), s == status)).toList();
        return new OutcomeListView(departments, statuses, rows, catalogue.canManage(), department != null || status != null);
    }

    private static OutcomeRowView row(Outcome o, Measurement latest, List<IssueRef> experiments,
            Map<DepartmentId, String> names, NumberFormat numbers) {
        String unit = o.metric().unit();
        double progress = latest == null ? 0 : o.progressOf(latest.value());
        return new OutcomeRowView(o.requireId().toString(), o.title(),
                "experimentlog.outcome.kind." + o.metric().kind().code(), unit,
                "experimentlog.outcome.direction." + o.metric().direction().code(),
                names.getOrDefault(o.owner(), ""), "experimentlog.outcome.status." + o.status().code(),
                value(numbers, o.baseline().value(), unit), latest == null ? "" : value(numbers, latest.value(), unit),
                value(numbers, o.target().value(), unit), (int) Math.round(Math.max(0, Math.min(1, progress)) * 100),
                experiments.stream().map(IssueRef::key).toList());
    }

    static String value(NumberFormat numbers, double value, String unit) {
        return "%".equals(unit) ? numbers.format(value) + "%" : numbers.format(value) + " " + unit;
    }
}
