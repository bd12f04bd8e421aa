package org.experimentlog.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.experimentlog.domain.Period;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.retrospective.ActionId;
import org.experimentlog.domain.retrospective.RetroAction;
import org.experimentlog.domain.retrospective.Retrospective;
import org.experimentlog.domain.retrospective.RetrospectiveId;
import org.experimentlog.domain.retrospective.Scope;

/**
 * Builds stored retrospectives; by default retrospective {@value #ID}, which Maria held on the
 * PERMIT project for the first quarter of 2026, with one open action.
 */
public final class Retrospectives {
    public static final long ID = 701;
    public static final Scope SCOPE = Scope.project(new ProjectKey("PERMIT"));
    public static final Period PERIOD = Period.quarterOf(LocalDate.of(2026, 1, 1));
    public static final Instant HELD_AT = Instant.parse("2026-04-02T14:00:00Z");

    public static final String TITLE = "Permits, first quarter";
    private static final String NOTES =
            "We ran three experiments at once and could not tell their effects apart.";
    private static final List<RetroAction> ACTIONS =
            List.of(
                    new RetroAction(
                            new ActionId(1),
                            "Run one experiment per district",
                            Users.JOOST,
                            LocalDate.of(2026, 5, 15),
                            false));

    private long id = ID;
    private long version = 1;

    private Retrospectives() {}

    public static Retrospectives aRetrospective() {
        return new Retrospectives();
    }

    public Retrospectives withId(long value) {
        id = value;
        return this;
    }

    public Retrospectives withVersion(long value) {
        version = value;
        return this;
    }

    public Retrospective build() {
        return Retrospective.stored(
                new RetrospectiveId(id),
                SCOPE,
                PERIOD,
                TITLE,
                NOTES,
                ACTIONS,
                Users.MARIA,
                HELD_AT,
                HELD_AT,
                version);
    }
}
