package org.experimentlog.app.report;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.retrospective.Scope;

/**
 * How many experiments of a scope are in each stage now.
 *
 * @param scope what it covers
 * @param byStage every stage, with 0 where none is
 */
public record StageCounts(Scope scope, Map<Stage, Integer> byStage) {
    public StageCounts {
        requireNonNull(scope, "scope");
        EnumMap<Stage, Integer> all = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            all.put(stage, byStage.getOrDefault(stage, 0));
        }
        byStage = Collections.unmodifiableMap(all);
    }

    /** How many experiments there are in all stages together. */
    public int total() {
        return byStage.values().stream().mapToInt(Integer::intValue).sum();
    }
}
