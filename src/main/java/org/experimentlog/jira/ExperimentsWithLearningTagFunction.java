package org.experimentlog.jira;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import org.experimentlog.app.ExperimentSearchService;
import org.experimentlog.app.ExperimentSearchService.Criterion;
import org.experimentlog.app.port.UserDirectory;

/**
 * {@code issue in experimentsWithLearningTag("forms")}: the Experiment issues with at least one
 * learning that carries a tag.
 */
public class ExperimentsWithLearningTagFunction extends ExperimentJqlFunction {
    public static final String NAME = "experimentsWithLearningTag";

    @Inject
    public ExperimentsWithLearningTagFunction(
            ExperimentSearchService search, I18nResolver i18n, UserDirectory users) {
        super(NAME, Criterion.LEARNING_TAG, "forms", search, i18n, users);
    }
}
