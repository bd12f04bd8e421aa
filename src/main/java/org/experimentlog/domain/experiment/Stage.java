package org.experimentlog.domain.experiment;

import java.util.EnumSet;
import java.util.Set;
import org.experimentlog.domain.Coded;

/**
 * Where an experiment is in its life: {@code DESIGNING → RUNNING → ANALYSING → CONCLUDED}, or
 * {@code ABANDONED} from any stage that is not final. From {@code ANALYSING} a team may also go
 * back to {@code RUNNING}: a "persevere" or "pivot" decision starts another iteration of the same
 * experiment.
 */
public enum Stage implements Coded {
    DESIGNING("designing"),
    RUNNING("running"),
    ANALYSING("analysing"),
    CONCLUDED("concluded"),
    ABANDONED("abandoned");

    private final String code;

    Stage(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Concluded and abandoned experiments are final: their record is kept as it was closed. */
    public boolean isFinal() {
        return this == CONCLUDED || this == ABANDONED;
    }

    /** The stages this one may move to. */
    public Set<Stage> next() {
        return switch (this) {
            case DESIGNING -> EnumSet.of(RUNNING, ABANDONED);
            case RUNNING -> EnumSet.of(ANALYSING, ABANDONED);
            case ANALYSING -> EnumSet.of(RUNNING, CONCLUDED, ABANDONED);
            case CONCLUDED, ABANDONED -> EnumSet.noneOf(Stage.class);
        };
    }

    public boolean canMoveTo(Stage target) {
        return next().contains(target);
    }
}
