package org.experimentlog.domain.experiment;

import org.experimentlog.domain.Coded;

/**
 * What a concluded experiment found about its hypothesis. An invalidated hypothesis with a learning
 * is a success.
 */
public enum Verdict implements Coded {
    VALIDATED("validated"),
    INVALIDATED("invalidated"),
    INCONCLUSIVE("inconclusive");

    private final String code;

    Verdict(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
