package org.experimentlog.jira;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import org.experimentlog.app.ExperimentSearchService;
import org.experimentlog.app.ExperimentSearchService.Criterion;
import org.experimentlog.app.port.UserDirectory;

/**
 * {@code issue in experimentsWithVerdict("invalidated")}: the Experiment issues concluded with a
 * verdict (validated, invalidated, inconclusive).
 */
public class ExperimentsWithVerdictFunction extends ExperimentJqlFunction {
    public static final String NAME = "experimentsWithVerdict";

    @Inject
    public ExperimentsWithVerdictFunction(
            ExperimentSearchService search, I18nResolver i18n, UserDirectory users) {
        super(NAME, Criterion.VERDICT, "invalidated", search, i18n, users);
    }
}
