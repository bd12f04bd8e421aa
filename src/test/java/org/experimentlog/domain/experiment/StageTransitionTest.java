package org.experimentlog.domain.experiment;

import static org.experimentlog.domain.experiment.Stage.ABANDONED;
import static org.experimentlog.domain.experiment.Stage.ANALYSING;
import static org.experimentlog.domain.experiment.Stage.CONCLUDED;
import static org.experimentlog.domain.experiment.Stage.DESIGNING;
import static org.experimentlog.domain.experiment.Stage.RUNNING;
import static org.experimentlog.testing.Experiments.anExperiment;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import org.experimentlog.domain.RuleViolationException;
import org.experimentlog.testing.Experiments;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * Every pair of stages, allowed or not, written out so that a changed transition fails a named row.
 */
@RunWith(Parameterized.class)
public class StageTransitionTest {
    private static final Instant AT = Instant.parse("2025-03-24T09:00:00Z");

    @Parameters(name = "{0} -> {1}: {2}")
    public static Collection<Object[]> pairs() {
        return Arrays.asList(
                new Object[][] {
                    {DESIGNING, DESIGNING, false},
                    {DESIGNING, RUNNING, true},
                    {DESIGNING, ANALYSING, false},
                    {DESIGNING, CONCLUDED, false},
                    {DESIGNING, ABANDONED, true},
                    {RUNNING, DESIGNING, false},
                    {RUNNING, RUNNING, false},
                    {RUNNING, ANALYSING, true},
                    {RUNNING, CONCLUDED, false},
                    {RUNNING, ABANDONED, true},
                    {ANALYSING, DESIGNING, false},
                    {ANALYSING, RUNNING, true},
                    {ANALYSING, ANALYSING, false},
                    {ANALYSING, CONCLUDED, true},
                    {ANALYSING, ABANDONED, true},
                    {CONCLUDED, DESIGNING, false},
                    {CONCLUDED, RUNNING, false},
                    {CONCLUDED, ANALYSING, false},
                    {CONCLUDED, CONCLUDED, false},
                    {CONCLUDED, ABANDONED, false},
                    {ABANDONED, DESIGNING, false},
                    {ABANDONED, RUNNING, false},
                    {ABANDONED, ANALYSING, false},
                    {ABANDONED, CONCLUDED, false},
                    {ABANDONED, ABANDONED, false},
                });
    }

    private final Stage from;
    private final Stage to;
    private final boolean allowed;

    public StageTransitionTest(Stage from, Stage to, boolean allowed) {
        this.from = from;
        this.to = to;
        this.allowed = allowed;
    }

    @Test
    public void canMoveTo_shouldFollowTheTransitionTable_whenAskedForThisPair() {
        boolean result = from.canMoveTo(to);

        assertEquals(allowed, result);
    }

    @Test
    public void moveTo_shouldFollowTheTransitionTable_whenTheExperimentMovesForThisPair() {
        Experiment target = experimentIn(from);

        if (from.isFinal()) {
            RuleViolationException e =
                    assertThrows(RuleViolationException.class, () -> target.moveTo(to, AT));
            assertEquals(
                    "Could not move the experiment: it is already " + from.code() + ".",
                    e.getMessage());
        } else if (to == CONCLUDED || to == ABANDONED) {
            RuleViolationException e =
                    assertThrows(RuleViolationException.class, () -> target.moveTo(to, AT));
            assertEquals(Optional.of("stage"), e.field());
            assertTrue(
                    e.getMessage(), e.getMessage().startsWith("Could not move the experiment: "));
        } else if (allowed) {
            Experiment result = target.moveTo(to, AT);
            assertEquals(to, result.stage());
        } else {
            RuleViolationException e =
                    assertThrows(RuleViolationException.class, () -> target.moveTo(to, AT));
            assertEquals(Optional.of("stage"), e.field());
            assertTrue(
                    e.getMessage(),
                    e.getMessage()
                            .startsWith(
                                    "Could not move the experiment from "
                                            + from.code()
                                            + " to "
                                            + to.code()
                                            + ": "));
        }
    }

    private static Experiment experimentIn(Stage stage) {
        Experiments experiment = anExperiment();
        switch (stage) {
            case DESIGNING -> experiment.designing();
            case RUNNING -> experiment.running();
            case ANALYSING -> experiment.analysing();
            case CONCLUDED -> experiment.concluded();
            case ABANDONED -> experiment.abandoned();
            default -> throw new IllegalArgumentException(stage.toString());
        }
        return experiment.build();
    }
}
