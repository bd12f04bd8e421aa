package org.experimentlog.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.message.I18nResolver;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import java.util.Map;
import java.util.Optional;
import org.experimentlog.app.ClosingGate;

/**
 * The workflow validator "Experiment is concluded or abandoned": an administrator adds it to the
 * transition that resolves Experiment issues, and Jira refuses that transition, with a message in
 * the user's language, until the experiment is concluded (verdict and a learning) or abandoned
 * (with a reason). Issues of other types pass, so the validator may sit on a workflow shared with
 * them.
 */
public class ExperimentClosedValidator implements Validator {
    private final ClosingGate gate;
    private final I18nResolver i18n;

    public ExperimentClosedValidator(ClosingGate gate, I18nResolver i18n) {
        this.gate = gate;
        this.i18n = i18n;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException {
        if (!(transientVars.get("issue") instanceof Issue issue)
                || issue.getId() == null
                || !ExperimentIssueCondition.isExperiment(issue)) {
            return;
        }
        Optional<ClosingGate.Answer> refusal =
                gate.refusal(issue.getId(), ExperimentClosedFactory.acceptsAbandoned(args));
        if (refusal.isPresent()) {
            throw new InvalidInputException(message(i18n, refusal.get()));
        }
    }

    /** The refusal in the current user's language, naming the experiment's stage. */
    static String message(I18nResolver i18n, ClosingGate.Answer answer) {
        String stage =
                answer.stage().map(s -> i18n.getText("experimentlog.stage." + s.code())).orElse("");
        return i18n.getText(answer.refusal().key(), stage);
    }
}
