package org.experimentlog.web.ui.dashboard;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.experimentlog.app.DashboardService;
import org.experimentlog.app.port.Clock;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.app.report.LearnedSummary;
import org.experimentlog.app.report.ReportLearning;
import org.experimentlog.app.report.StageCounts;
import org.experimentlog.domain.Coded;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.NotFoundException;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.retrospective.Scope;
import org.experimentlog.domain.retrospective.ScopeKind;
import org.experimentlog.web.format.Formats;
import org.experimentlog.web.ui.OptionView;
import org.springframework.stereotype.Component;

/**
 * Builds the dashboard items' views from an item's stored configuration (Jira's user preferences of
 * the item: {@code scope}, e.g. {@code department:12}, and, for "What we learned", {@code days}),
 * for the current viewer in their language. A configuration that cannot be read is named by its
 * field's label and answered with 400.
 */
@Component
public class DashboardItemBuilder {
    /** The item that lists learnings and concluded experiments. */
    public static final String LEARNED = "learned";

    /** The item that counts experiments by stage. */
    public static final String STAGES = "stages";

    /** The periods "What we learned" offers, in days; the first is the default. */
    static final List<Integer> PERIODS = List.of(90, 30, 365);

    private static final Map<String, Set<ScopeKind>> SCOPES =
            Map.of(
                    LEARNED,
                    Set.of(ScopeKind.DEPARTMENT, ScopeKind.OUTCOME, ScopeKind.PROJECT),
                    STAGES,
                    Set.of(ScopeKind.DEPARTMENT, ScopeKind.PROJECT));

    private final DashboardService dashboard;
    private final UserDirectory users;
    private final Clock clock;
    private final I18nResolver i18n;

    @Inject
    public DashboardItemBuilder(
            DashboardService dashboard, UserDirectory users, Clock clock, I18nResolver i18n) {
        this.dashboard = dashboard;
        this.users = users;
        this.clock = clock;
        this.i18n = i18n;
    }

    /**
     * An item's view and its HTTP status.
     *
     * @param status 200; 400 when the configuration cannot be read
     * @param view the view
     */
    public record Item(int status, DashboardItemView view) {}

    /** Whether the app has a dashboard item of this name. */
    public static boolean exists(String item) {
        return SCOPES.containsKey(item);
    }

    /**
     * The item for these parameters: {@code item}, {@code mode} ({@code view} or {@code edit}),
     * {@code scope}, {@code days} and {@code id} (the dashboard item's id, for unique element ids).
     */
    public Item item(String item, UnaryOperator<String> parameter, String contextPath) {
        DashboardItemView view = new DashboardItemView();
        view.item = item;
        view.idPrefix = "exlog-di-" + item + "-" + safeId(given(parameter, "id"));
        view.edit = "edit".equals(given(parameter, "mode"));
        view.hasPeriod = LEARNED.equals(item);
        view.libraryHref = contextPath + "/plugins/servlet/experiment-log/library";
        String scopeText = given(parameter, "scope");
        String daysText = given(parameter, "days");
        view.configured = !scopeText.isEmpty();

        Scope scope = null;
        String name = null;
        if (view.configured) {
            scope = scope(item, scopeText);
            name = scope == null ? null : dashboard.scopeName(scope).orElse(null);
            if (name == null) {
                view.errorField = "scope";
                view.errorText =
                        i18n.getText(
                                "experimentlog.dashboard.error.scope." + item,
                                i18n.getText("experimentlog.dashboard.field.scope"));
            }
        }
        int days = PERIODS.get(0);
        if (view.hasPeriod && !daysText.isEmpty()) {
            Optional<Integer> chosen =
                    PERIODS.stream().filter(p -> p.toString().equals(daysText)).findFirst();
            if (chosen.isEmpty()) {
                if (view.errorText.isEmpty()) {
                    view.errorField = "days";
                    view.errorText =
                            i18n.getText(
                                    "experimentlog.dashboard.error.days",
                                    i18n.getText("experimentlog.dashboard.field.days"));
                }
            } else {
                days = chosen.get();
            }
        }
        int status = view.isInvalid() ? 400 : 200;
        if (view.edit) {
            form(view, scopeText, days);
            return new Item(status, view);
        }
        if (!view.configured || view.isInvalid()) {
            return new Item(status, view);
        }
        Formats formats = new Formats(users.locale());
        try {
            if (LEARNED.equals(item)) {
                learned(view, dashboard.learned(scope, days), name, days, formats, contextPath);
            } else {
                stages(view, dashboard.stages(scope), name, formats, contextPath);
            }
        } catch (NotFoundException e) {
            view.errorField = "scope";
            view.errorText =
                    i18n.getText(
                            "experimentlog.dashboard.error.scope." + item,
                            i18n.getText("experimentlog.dashboard.field.scope"));
            return new Item(400, view);
        }
        return new Item(200, view);
    }

    private static Scope scope(String item, String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return null;
        }
        try {
            ScopeKind kind = Coded.fromCode(ScopeKind.class, text.substring(0, colon), "scope");
            if (!SCOPES.get(item).contains(kind)) {
                return null;
            }
            return new Scope(kind, text.substring(colon + 1));
        } catch (InvalidInputException e) {
            return null;
        }
    }

    private void learned(
            DashboardItemView view,
            LearnedSummary summary,
            String name,
            int days,
            Formats formats,
            String contextPath) {
        view.heading =
                i18n.getText(
                        "experimentlog.dashboard.learned.heading",
                        name,
                        i18n.getText("experimentlog.dashboard.period." + days));
        view.learningsTitle =
                i18n.getText(
                        "experimentlog.dashboard.learned.learnings",
                        formats.count(summary.learnings().size()),
                        formats.count(summary.learningsTotal()));
        view.concludedTitle =
                i18n.getText(
                        "experimentlog.dashboard.learned.concluded",
                        formats.count(summary.concluded().size()),
                        formats.count(summary.concludedTotal()));
        List<DashboardLearningRowView> learnings = new ArrayList<>();
        for (ReportLearning learning : summary.learnings()) {
            learnings.add(
                    new DashboardLearningRowView(
                            learning.statement(),
                            learning.issue().key(),
                            contextPath + "/browse/" + learning.issue().key(),
                            learning.verdictIfAny()
                                    .map(v -> "experimentlog.verdict." + v.code())
                                    .orElse(""),
                            formats.day(learning.createdAt().atZone(clock.zone()).toLocalDate())));
        }
        view.learnings = learnings;
        view.concluded =
                summary.concluded().stream()
                        .map(
                                c ->
                                        new DashboardConcludedRowView(
                                                c.issue().key(),
                                                contextPath + "/browse/" + c.issue().key(),
                                                c.change(),
                                                "experimentlog.verdict." + c.verdict().code(),
                                                formats.day(c.concludedOn())))
                        .toList();
    }

    private void stages(
            DashboardItemView view,
            StageCounts counts,
            String name,
            Formats formats,
            String contextPath) {
        view.heading = i18n.getText("experimentlog.dashboard.stages.heading", name);
        view.totalText =
                i18n.getText("experimentlog.dashboard.stages.total", formats.count(counts.total()));
        String scopeClause =
                counts.scope().kind() == ScopeKind.PROJECT
                        ? "project = " + counts.scope().value()
                        : "issue in experimentsForDepartment(\"" + jqlString(name) + "\")";
        List<DashboardStageRowView> rows = new ArrayList<>();
        for (Map.Entry<Stage, Integer> entry : counts.byStage().entrySet()) {
            String jql =
                    scopeClause
                            + " AND issue in experimentsInStage(\""
                            + entry.getKey().code()
                            + "\")";
            rows.add(
                    new DashboardStageRowView(
                            "experimentlog.stage." + entry.getKey().code(),
                            entry.getValue(),
                            formats.count(entry.getValue()),
                            Math.max(1, counts.total()),
                            contextPath
                                    + "/issues/?jql="
                                    + URLEncoder.encode(jql, StandardCharsets.UTF_8)));
        }
        view.stages = rows;
    }

    /** The configuration form: the scopes the item offers, grouped, and the periods. */
    private void form(DashboardItemView view, String chosenScope, int days) {
        DashboardService.Choices choices = dashboard.choices();
        Set<ScopeKind> offered = SCOPES.get(view.item);
        List<DashboardChoiceGroupView> groups = new ArrayList<>();
        if (offered.contains(ScopeKind.DEPARTMENT)) {
            groups.add(
                    new DashboardChoiceGroupView(
                            "experimentlog.retro.scope.department",
                            choices.departments().stream()
                                    .map(
                                            d -> {
                                                String value = "department:" + d.requireId();
                                                return OptionView.named(
                                                        value, d.name(), value.equals(chosenScope));
                                            })
                                    .toList()));
        }
        if (offered.contains(ScopeKind.OUTCOME)) {
            groups.add(
                    new DashboardChoiceGroupView(
                            "experimentlog.retro.scope.outcome",
                            choices.outcomes().stream()
                                    .map(
                                            o -> {
                                                String value = "outcome:" + o.requireId();
                                                return OptionView.named(
                                                        value,
                                                        o.title(),
                                                        value.equals(chosenScope));
                                            })
                                    .toList()));
        }
        groups.add(
                new DashboardChoiceGroupView(
                        "experimentlog.retro.scope.project",
                        choices.projects().stream()
                                .map(
                                        p -> {
                                            String value = "project:" + p.value();
                                            return OptionView.named(
                                                    value, p.value(), value.equals(chosenScope));
                                        })
                                .toList()));
        view.choices = groups;
        view.periods =
                PERIODS.stream()
                        .sorted()
                        .map(
                                p ->
                                        OptionView.keyed(
                                                p.toString(),
                                                "experimentlog.dashboard.period." + p,
                                                p == days))
                        .toList();
    }

    private static String jqlString(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String safeId(String id) {
        return id.matches("[A-Za-z0-9_-]{1,40}") ? id : "0";
    }

    private static String given(UnaryOperator<String> parameter, String name) {
        String value = parameter.apply(name);
        return value == null ? "" : value.strip();
    }
}
