package org.experimentlog.jira;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import org.experimentlog.app.ExperimentSearchService;
import org.experimentlog.app.ExperimentSearchService.Criterion;
import org.experimentlog.app.port.UserDirectory;

/**
 * {@code issue in experimentsForDepartment("Policy")}: the Experiment issues that involve a
 * department, given by its name.
 */
public class ExperimentsForDepartmentFunction extends ExperimentJqlFunction {
    public static final String NAME = "experimentsForDepartment";

    @Inject
    public ExperimentsForDepartmentFunction(
            ExperimentSearchService search, I18nResolver i18n, UserDirectory users) {
        super(NAME, Criterion.DEPARTMENT, "Policy", search, i18n, users);
    }
}
