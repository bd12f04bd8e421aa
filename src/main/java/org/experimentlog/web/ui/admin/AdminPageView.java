package org.experimentlog.web.ui.admin;

import java.util.List;
import org.experimentlog.web.ui.OptionView;

/**
 * The administration page: departments, the settings form, the export link and the latest changes.
 * Immutable.
 */
public final class AdminPageView {
    private final List<AdminDepartmentView> departments;
    private final boolean anonymousAllowed;
    private final boolean toEveryone;
    private final String outcomeManagerGroup;
    private final List<OptionView> confidenceOptions;
    private final long settingsVersion;
    private final List<PromptLanguageView> promptLanguages;
    private final AuditLogView audit;
    private final String exportUrl;
    private final List<AdminProjectView> projects;

    AdminPageView(
            List<AdminDepartmentView> departments,
            boolean anonymousAllowed,
            boolean toEveryone,
            String outcomeManagerGroup,
            List<OptionView> confidenceOptions,
            long settingsVersion,
            List<PromptLanguageView> promptLanguages,
            AuditLogView audit,
            String exportUrl,
            List<AdminProjectView> projects) {
        this.departments = List.copyOf(departments);
        this.anonymousAllowed = anonymousAllowed;
        this.toEveryone = toEveryone;
        this.outcomeManagerGroup = outcomeManagerGroup;
        this.confidenceOptions = List.copyOf(confidenceOptions);
        this.settingsVersion = settingsVersion;
        this.promptLanguages = List.copyOf(promptLanguages);
        this.audit = audit;
        this.exportUrl = exportUrl;
        this.projects = List.copyOf(projects);
    }

    /** Every project, with whether it offers the Experiment issue type. */
    public List<AdminProjectView> getProjects() {
        return projects;
    }

    public List<AdminDepartmentView> getDepartments() {
        return departments;
    }

    public boolean isHasDepartments() {
        return !departments.isEmpty();
    }

    /** Whether failure stories may be shared anonymously. */
    public boolean isAnonymousAllowed() {
        return anonymousAllowed;
    }

    /**
     * Whether a new story is shared with everyone by default (otherwise with chosen departments).
     */
    public boolean isToEveryone() {
        return toEveryone;
    }

    /** The outcome manager group; empty when only administrators manage outcomes. */
    public String getOutcomeManagerGroup() {
        return outcomeManagerGroup;
    }

    public List<OptionView> getConfidenceOptions() {
        return confidenceOptions;
    }

    /** The settings' version, sent back with a change. */
    public long getSettingsVersion() {
        return settingsVersion;
    }

    public List<PromptLanguageView> getPromptLanguages() {
        return promptLanguages;
    }

    /** The latest changes, a page at a time, filtered by object type and person. */
    public AuditLogView getAudit() {
        return audit;
    }

    /** Where the full export downloads from. */
    public String getExportUrl() {
        return exportUrl;
    }
}
