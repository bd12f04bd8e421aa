package org.experimentlog.domain.settings;

import static java.util.Objects.requireNonNull;

import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.InvalidInputException;

/**
 * What an administrator configures for the whole app.
 *
 * @param anonymousStoriesAllowed whether failure stories may be shared anonymously
 * @param storiesVisibleToEveryone the default audience of a new story: everyone (true) or chosen
 *     departments
 * @param outcomeManagerGroup the Jira group whose members manage outcomes besides administrators;
 *     optional
 * @param confidenceLevel the confidence level for result intervals, e.g. 0.95
 * @param hypothesisPrompts the example texts of the hypothesis dialog, per language
 * @param version for optimistic locking
 */
public record AppSettings(
        boolean anonymousStoriesAllowed,
        boolean storiesVisibleToEveryone,
        String outcomeManagerGroup,
        double confidenceLevel,
        HypothesisPrompts hypothesisPrompts,
        long version) {
    public AppSettings {
        outcomeManagerGroup =
                Fields.optional(
                        "outcomeManagerGroup",
                        FieldLabel.OUTCOME_MANAGER_GROUP,
                        outcomeManagerGroup,
                        255);
        if (!(confidenceLevel == 0.8
                || confidenceLevel == 0.9
                || confidenceLevel == 0.95
                || confidenceLevel == 0.99)) {
            throw new InvalidInputException(
                    "confidenceLevel", "The confidence level must be 0.8, 0.9, 0.95 or 0.99.");
        }
        requireNonNull(hypothesisPrompts, "hypothesisPrompts");
        Fields.version(version);
    }

    /** Settings with the built-in hypothesis prompts. */
    public AppSettings(
            boolean anonymousStoriesAllowed,
            boolean storiesVisibleToEveryone,
            String outcomeManagerGroup,
            double confidenceLevel,
            long version) {
        this(
                anonymousStoriesAllowed,
                storiesVisibleToEveryone,
                outcomeManagerGroup,
                confidenceLevel,
                HypothesisPrompts.none(),
                version);
    }

    public static AppSettings defaults() {
        return new AppSettings(true, true, null, 0.95, HypothesisPrompts.none(), 0);
    }

    /** The same settings at another version, as the repository stored them. */
    public AppSettings atVersion(long stored) {
        return new AppSettings(
                anonymousStoriesAllowed,
                storiesVisibleToEveryone,
                outcomeManagerGroup,
                confidenceLevel,
                hypothesisPrompts,
                stored);
    }
}
