package org.experimentlog.web.ui.admin;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.experimentlog.app.AdministrationService;
import org.experimentlog.app.ProjectSetupService;
import org.experimentlog.app.port.Clock;
import org.experimentlog.app.port.Page;
import org.experimentlog.app.port.PageRequest;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.audit.AuditEntry;
import org.experimentlog.domain.audit.AuditedType;
import org.experimentlog.domain.department.Department;
import org.experimentlog.domain.settings.AppSettings;
import org.experimentlog.domain.settings.HypothesisPart;
import org.experimentlog.domain.settings.HypothesisPrompts;
import org.experimentlog.web.format.AuditSummaries;
import org.experimentlog.web.ui.OptionView;
import org.springframework.stereotype.Component;

/** Builds the administration page's view for an administrator, in the reader's language. */
@Component
public class AdminPageBuilder {
    /** The page's address under Jira's context path. */
    public static final String PATH = "/plugins/servlet/experiment-log/admin";

    /** How many of the latest changes the page lists. */
    static final int CHANGES_SHOWN = 20;

    private static final double[] CONFIDENCE_LEVELS = {0.8, 0.9, 0.95, 0.99};

    private final AdministrationService administration;
    private final ProjectSetupService projects;
    private final UserDirectory users;
    private final I18nResolver i18n;
    private final AuditSummaries summaries;
    private final Clock clock;

    @Inject
    public AdminPageBuilder(
            AdministrationService administration,
            ProjectSetupService projects,
            UserDirectory users,
            I18nResolver i18n,
            Clock clock) {
        this.administration = administration;
        this.projects = projects;
        this.users = users;
        this.i18n = i18n;
        this.summaries = new AuditSummaries(i18n);
        this.clock = clock;
    }

    /**
     * The page with the latest changes; the caller must be an administrator (the service checks).
     */
    public AdminPageView page(String contextPath) {
        return page(contextPath, null, null, null);
    }

    /**
     * The page, its audit log filtered by an audited type's code and a person's user name where
     * given and starting at a row (by default the first); a type or row that cannot be read is
     * ignored. The caller must be an administrator (the service checks).
     */
    public AdminPageView page(String contextPath, String type, String actor, String startAt) {
        AppSettings settings = administration.settings();
        List<AdminDepartmentView> departments =
                administration.departments().stream().map(AdminPageBuilder::department).toList();
        List<OptionView> confidence = new ArrayList<>();
        for (double level : CONFIDENCE_LEVELS) {
            String code = Double.toString(level);
            confidence.add(
                    OptionView.keyed(
                            code,
                            "experimentlog.admin.confidence." + code.replace("0.", ""),
                            level == settings.confidenceLevel()));
        }
        return new AdminPageView(
                departments,
                settings.anonymousStoriesAllowed(),
                settings.storiesVisibleToEveryone(),
                settings.outcomeManagerGroup() == null ? "" : settings.outcomeManagerGroup(),
                confidence,
                settings.version(),
                prompts(settings.hypothesisPrompts()),
                audit(type, actor, startAt),
                contextPath + "/rest/experiment-log/1.0/admin/export",
                projects.projects().stream()
                        .map(
                                p ->
                                        new AdminProjectView(
                                                p.key().value(),
                                                p.name(),
                                                p.offered(),
                                                p.sharedScheme()))
                        .toList());
    }

    private static AdminDepartmentView department(Department d) {
        return new AdminDepartmentView(
                d.requireId().value(), d.name(), d.groupName().orElse(""), d.version());
    }

    private List<PromptLanguageView> prompts(HypothesisPrompts prompts) {
        List<PromptLanguageView> languages = new ArrayList<>();
        for (String language : HypothesisPrompts.LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            List<PromptFieldView> fields = new ArrayList<>();
            for (HypothesisPart part : HypothesisPart.values()) {
                fields.add(
                        new PromptFieldView(
                                language,
                                part.field(),
                                prompts.prompt(language, part).orElse(""),
                                i18n.getText(locale, builtInKey(part))));
            }
            languages.add(new PromptLanguageView(language, fields));
        }
        return languages;
    }

    /**
     * The i18n key of a part's built-in example, which the hypothesis dialog shows without a text
     * of the admin's.
     */
    public static String builtInKey(HypothesisPart part) {
        return "experimentlog.panel.hypothesis." + part.field() + ".help";
    }

    private AuditLogView audit(String typeCode, String actorName, String startText) {
        DateTimeFormatter times =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(users.locale())
                        .withZone(clock.zone());
        AuditedType type = null;
        for (AuditedType candidate : AuditedType.values()) {
            if (candidate.code().equals(typeCode)) {
                type = candidate;
            }
        }
        String actor = actorName == null ? "" : actorName.strip();
        int startAt = 0;
        try {
            startAt = startText == null ? 0 : Math.max(0, Integer.parseInt(startText.strip()));
        } catch (NumberFormatException ignored) {
            startAt = 0; // a start that is no number shows the first page
        }
        Page<AuditEntry> page =
                administration.recentChanges(type, actor, new PageRequest(startAt, CHANGES_SHOWN));
        List<OptionView> types = new ArrayList<>();
        types.add(OptionView.keyed("", "experimentlog.trust.audit.anytype", type == null));
        for (AuditedType each : AuditedType.values()) {
            types.add(
                    OptionView.keyed(
                            each.code(),
                            "experimentlog.admin.audit.type." + each.code(),
                            each == type));
        }
        NumberFormat counts = NumberFormat.getIntegerInstance(users.locale());
        int shown = page.items().size();
        String query =
                "admin?auditType="
                        + (type == null ? "" : type.code())
                        + "&auditActor="
                        + URLEncoder.encode(actor, StandardCharsets.UTF_8)
                        + "&auditStart=";
        String previous =
                startAt == 0
                        ? ""
                        : query + Math.max(0, startAt - CHANGES_SHOWN) + "#exlog-admin-audit";
        String next =
                startAt + shown < page.total()
                        ? query + (startAt + CHANGES_SHOWN) + "#exlog-admin-audit"
                        : "";
        return new AuditLogView(
                page.items().stream().map(entry -> row(entry, times)).toList(),
                types,
                actor,
                type != null || !actor.isEmpty(),
                new String[] {
                    counts.format(shown == 0 ? 0 : startAt + 1),
                    counts.format(startAt + shown),
                    counts.format(page.total())
                },
                previous,
                next);
    }

    private AuditRowView row(AuditEntry entry, DateTimeFormatter times) {
        return new AuditRowView(
                times.format(entry.at()),
                entry.at().toString(),
                new String[] {
                    users.displayName(entry.actor()).orElse(entry.actor().key()),
                    users.avatarUrl(entry.actor()).orElse("")
                },
                "experimentlog.admin.audit.type." + entry.type().code(),
                summaries.of(entry, users.locale()),
                "experimentlog.trust.audit.action." + entry.action().code(),
                AuditSummaries.isStoredEnglish(entry));
    }
}
