package org.experimentlog.stats;

/** What a result's figures support, with a finding that says so in plain language. */
public sealed interface Analysis
        permits ProportionAnalysis, MeanAnalysis, ObservedAnalysis, QualitativeAnalysis {
    /** The plain-language sentence to show with the figures. */
    Finding finding();

    /**
     * Whether the data shows a difference at the chosen confidence level, from a design that
     * supports it.
     */
    boolean significant();

    /**
     * Whether the design behind the result cannot support causal claims (before/after, pilots,
     * findings).
     */
    boolean weakerEvidence();
}
