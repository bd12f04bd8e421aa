package org.experimentlog.testing;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.experimentlog.domain.experiment.Decision;
import org.experimentlog.domain.experiment.ExperimentId;
import org.experimentlog.domain.experiment.Iteration;
import org.experimentlog.domain.experiment.IterationId;

/**
 * Builds stored iterations; by default iteration 1 (id {@value #ID}) of the default experiment, not
 * decided yet.
 */
public final class Iterations {
    public static final long ID = 101;
    public static final LocalDate START = LocalDate.of(2025, 3, 10);
    public static final LocalDate END = LocalDate.of(2025, 3, 23);

    private long id = ID;
    private long experimentId = Experiments.ID;
    private int number = 1;
    private String change = "Pre-fill the licence plate for residents with one registered car.";
    private LocalDate start = START;
    private LocalDate end = END;
    private Decision decision;
    private String rationale;

    private Iterations() {}

    public static Iterations anIteration() {
        return new Iterations();
    }

    /**
     * Iterations of the default experiment with these numbers; iteration n has id {@code ID + n -
     * 1}.
     */
    public static List<Iteration> numbered(int... numbers) {
        return Arrays.stream(numbers)
                .mapToObj(n -> anIteration().withId(ID + n - 1).withNumber(n).build())
                .toList();
    }

    public Iterations withId(long value) {
        id = value;
        return this;
    }

    public Iterations ofExperiment(long value) {
        experimentId = value;
        return this;
    }

    public Iterations withNumber(int value) {
        number = value;
        return this;
    }

    public Iterations withChange(String value) {
        change = value;
        return this;
    }

    public Iterations between(LocalDate startValue, LocalDate endValue) {
        start = startValue;
        end = endValue;
        return this;
    }

    public Iterations decided(Decision value, String why) {
        decision = value;
        rationale = why;
        return this;
    }

    public Iteration build() {
        return Iteration.stored(
                new IterationId(id),
                new ExperimentId(experimentId),
                number,
                change,
                start,
                end,
                decision,
                rationale,
                1);
    }
}
