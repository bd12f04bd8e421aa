package org.experimentlog.domain.failure;

import org.experimentlog.domain.Coded;

/** How much the failure affected citizens, colleagues or money. */
public enum Impact implements Coded {
    LOW("low"),
    MEDIUM("medium"),
    HIGH("high");

    private final String code;

    Impact(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
