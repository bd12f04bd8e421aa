package org.experimentlog.jira;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import org.experimentlog.app.ExperimentSearchService;
import org.experimentlog.app.ExperimentSearchService.Criterion;
import org.experimentlog.app.port.UserDirectory;

/**
 * {@code issue in experimentsForOutcome("12")}: the Experiment issues that aim to move an outcome,
 * given by its id or its title.
 */
public class ExperimentsForOutcomeFunction extends ExperimentJqlFunction {
    public static final String NAME = "experimentsForOutcome";

    @Inject
    public ExperimentsForOutcomeFunction(
            ExperimentSearchService search, I18nResolver i18n, UserDirectory users) {
        super(NAME, Criterion.OUTCOME, "12", search, i18n, users);
    }
}
