package org.experimentlog.web.ui.failures;

import java.util.List;
import org.experimentlog.web.ui.OptionView;

/**
 * The share form: its choices, whether anonymity is offered, and the experiment it is about, if
 * any.
 */
public final class FailureFormView {
    private final String baseUrl;
    private final String apiUrl;
    private final List<OptionView> departmentOptions;
    private final List<OptionView> factorOptions;
    private final List<OptionView> impactOptions;
    private final boolean anonymousAllowed;
    private final String issueKey;
    private final String iterationId;
    private final String title;
    private final List<StoryFieldView> textFields;
    private final String otherFactors;
    private final boolean toEveryone;
    private final boolean anonymous;
    private final String storyId;
    private final String version;

    FailureFormView(
            String baseUrl,
            String apiUrl,
            List<OptionView> departmentOptions,
            List<OptionView> factorOptions,
            List<OptionView> impactOptions,
            boolean anonymousAllowed,
            String issueKey,
            String iterationId) {
        this.baseUrl = baseUrl;
        this.apiUrl = apiUrl;
        this.departmentOptions = List.copyOf(departmentOptions);
        this.factorOptions = List.copyOf(factorOptions);
        this.impactOptions = List.copyOf(impactOptions);
        this.anonymousAllowed = anonymousAllowed;
        this.issueKey = issueKey;
        this.iterationId = iterationId;
        this.title = "";
        this.textFields = fields(null, null, null, null);
        this.otherFactors = "";
        this.toEveryone = true;
        this.anonymous = false;
        this.storyId = "";
        this.version = "";
    }

    /**
     * The edit form of a stored story: the same fields, holding what is stored.
     *
     * @param texts title, what we tried, what happened, what we learned, what we will do
     *     differently, other factors
     * @param story the story's id and version
     */
    @SuppressWarnings("checkstyle:ParameterNumber")
    FailureFormView(
            String baseUrl,
            String apiUrl,
            List<OptionView> departmentOptions,
            List<OptionView> factorOptions,
            List<OptionView> impactOptions,
            boolean anonymousAllowed,
            String[] link,
            String[] texts,
            boolean toEveryone,
            boolean anonymous,
            String[] story) {
        this.baseUrl = baseUrl;
        this.apiUrl = apiUrl;
        this.departmentOptions = List.copyOf(departmentOptions);
        this.factorOptions = List.copyOf(factorOptions);
        this.impactOptions = List.copyOf(impactOptions);
        this.anonymousAllowed = anonymousAllowed || anonymous;
        this.issueKey = link[0];
        this.iterationId = link[1];
        this.title = texts[0];
        this.textFields = fields(texts[1], texts[2], texts[3], texts[4]);
        this.otherFactors = texts[5] == null ? "" : texts[5];
        this.toEveryone = toEveryone;
        this.anonymous = anonymous;
        this.storyId = story[0];
        this.version = story[1];
    }

    private static List<StoryFieldView> fields(
            String tried, String happened, String learned, String different) {
        return List.of(
                new StoryFieldView("whatWeTried", tried),
                new StoryFieldView("whatHappened", happened),
                new StoryFieldView("whatWeLearned", learned),
                new StoryFieldView("whatWeWillDoDifferently", different));
    }

    /** Whether the form edits a stored story (PUT with its version) rather than sharing one. */
    public boolean isEditing() {
        return !storyId.isEmpty();
    }

    public String getStoryId() {
        return storyId;
    }

    public String getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    /** The four narrative fields, in the form's order, with what they start with. */
    public List<StoryFieldView> getTextFields() {
        return textFields;
    }

    public String getOtherFactors() {
        return otherFactors;
    }

    public boolean isToEveryone() {
        return toEveryone;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    /** The REST endpoint the form is sent to as JSON. */
    public String getApiUrl() {
        return apiUrl;
    }

    public List<OptionView> getDepartmentOptions() {
        return departmentOptions;
    }

    public boolean isHasDepartments() {
        return !departmentOptions.isEmpty();
    }

    public List<OptionView> getFactorOptions() {
        return factorOptions;
    }

    public List<OptionView> getImpactOptions() {
        return impactOptions;
    }

    public boolean isAnonymousAllowed() {
        return anonymousAllowed;
    }

    /** The experiment issue to link, prefilled from the address; empty when none. */
    public String getIssueKey() {
        return issueKey;
    }

    /** The iteration to link, prefilled from the address; empty when none. */
    public String getIterationId() {
        return iterationId;
    }
}
