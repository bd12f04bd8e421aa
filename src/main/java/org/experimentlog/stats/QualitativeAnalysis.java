package org.experimentlog.stats;

import static java.util.Objects.requireNonNull;

/**
 * A finding in words, which has no numbers to test: weaker evidence than a randomised test.
 *
 * @param finding the plain-language finding
 */
public record QualitativeAnalysis(Finding finding) implements Analysis {
    public QualitativeAnalysis {
        requireNonNull(finding, "finding");
    }

    @Override
    public boolean significant() {
        return false;
    }

    @Override
    public boolean weakerEvidence() {
        return true;
    }
}
