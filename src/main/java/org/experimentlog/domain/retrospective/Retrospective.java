package org.experimentlog.domain.retrospective;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.Period;
import org.experimentlog.domain.StaleVersionException;
import org.experimentlog.domain.UserRef;

/**
 * A retrospective a team held: the scope and period it reviewed, the notes it kept and the actions
 * it agreed. The figures themselves are computed from the data whenever the retrospective is
 * opened.
 */
public final class Retrospective {
    public static final int TITLE_MAX = Fields.TITLE_MAX;
    public static final int NOTES_MAX = 50_000;
    public static final int MAX_ACTIONS = 100;

    private final RetrospectiveId id;
    private final Scope scope;
    private final Period period;
    private final String title;
    private final String notes;
    private final List<RetroAction> actions;
    private final UserRef createdBy;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final long version;

    private Retrospective(
            RetrospectiveId id,
            Scope scope,
            Period period,
            String title,
            String notes,
            List<RetroAction> actions,
            UserRef createdBy,
            Instant createdAt,
            Instant updatedAt,
            long version) {
        this.id = id;
        this.scope = Fields.present("scope", FieldLabel.SCOPE, scope);
        this.period = Fields.present("period", FieldLabel.PERIOD, period);
        this.title = Fields.requiredName("title", FieldLabel.TITLE, title, TITLE_MAX);
        this.notes = Fields.optional("notes", FieldLabel.NOTES, notes, NOTES_MAX);
        this.actions = List.copyOf(actions);
        if (this.actions.size() > MAX_ACTIONS) {
            throw new InvalidInputException(
                    "actions", ErrorKey.RETROSPECTIVE_ACTIONS_MAX, MAX_ACTIONS);
        }
        this.createdBy = requireNonNull(createdBy, "createdBy");
        this.createdAt = requireNonNull(createdAt, "createdAt");
        this.updatedAt = requireNonNull(updatedAt, "updatedAt");
        this.version = Fields.version(version);
    }

    public static Retrospective hold(
            Scope scope,
            Period period,
            String title,
            String notes,
            List<RetroAction> actions,
            UserRef by,
            Instant at) {
        return new Retrospective(null, scope, period, title, notes, actions, by, at, at, 0);
    }

    public static Retrospective stored(
            RetrospectiveId id,
            Scope scope,
            Period period,
            String title,
            String notes,
            List<RetroAction> actions,
            UserRef createdBy,
            Instant createdAt,
            Instant updatedAt,
            long version) {
        return new Retrospective(
                requireNonNull(id, "id"),
                scope,
                period,
                title,
                notes,
                actions,
                createdBy,
                createdAt,
                updatedAt,
                version);
    }

    public Retrospective storedAs(
            RetrospectiveId newId, List<RetroAction> storedActions, long newVersion) {
        return new Retrospective(
                requireNonNull(newId, "id"),
                scope,
                period,
                title,
                notes,
                storedActions,
                createdBy,
                createdAt,
                updatedAt,
                newVersion);
    }

    /** New notes and actions; the scope and period stay what the team reviewed. */
    public Retrospective revise(
            String newTitle, String newNotes, List<RetroAction> newActions, Instant at) {
        return new Retrospective(
                id,
                scope,
                period,
                newTitle,
                newNotes,
                newActions,
                createdBy,
                createdAt,
                at,
                version);
    }

    public Optional<RetrospectiveId> id() {
        return Optional.ofNullable(id);
    }

    public RetrospectiveId requireId() {
        return requireNonNull(id, "The retrospective is not stored yet");
    }

    public Scope scope() {
        return scope;
    }

    public Period period() {
        return period;
    }

    public String title() {
        return title;
    }

    public Optional<String> notes() {
        return Optional.ofNullable(notes);
    }

    public List<RetroAction> actions() {
        return actions;
    }

    public UserRef createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    /**
     * @param read the version the writer read before this change
     * @return this {@code Retrospective}, when it is still the version the writer read
     * @throws StaleVersionException when someone else changed it since
     */
    public Retrospective requireVersion(long read) {
        StaleVersionException.unlessSame("retrospective", read, version);
        return this;
    }
}
