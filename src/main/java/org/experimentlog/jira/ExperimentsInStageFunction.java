package org.experimentlog.jira;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import org.experimentlog.app.ExperimentSearchService;
import org.experimentlog.app.ExperimentSearchService.Criterion;
import org.experimentlog.app.port.UserDirectory;

/**
 * {@code issue in experimentsInStage("running")}: the Experiment issues in a stage (designing,
 * running, analysing, concluded, abandoned).
 */
public class ExperimentsInStageFunction extends ExperimentJqlFunction {
    public static final String NAME = "experimentsInStage";

    @Inject
    public ExperimentsInStageFunction(
            ExperimentSearchService search, I18nResolver i18n, UserDirectory users) {
        super(NAME, Criterion.STAGE, "running", search, i18n, users);
    }
}
