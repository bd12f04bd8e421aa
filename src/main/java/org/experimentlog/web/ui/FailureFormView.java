package org.experimentlog.web.ui;

import java.util.List;

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
