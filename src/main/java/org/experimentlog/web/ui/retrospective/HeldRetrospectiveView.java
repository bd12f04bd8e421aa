package org.experimentlog.web.ui.retrospective;

import java.util.List;

/**
 * A retrospective a team held on the scope: its period, notes and actions, and what its revise form
 * sends.
 */
public final class HeldRetrospectiveView {
    private final String id;
    private final String version;
    private final String title;
    private final String notes;
    private final String period;
    private final String heldBy;
    private final String heldOn;
    private final List<RetroActionView> actions;
    private final boolean canRevise;

    HeldRetrospectiveView(
            String id,
            String version,
            String title,
            String notes,
            String[] held,
            List<RetroActionView> actions,
            boolean canRevise) {
        this.id = id;
        this.version = version;
        this.title = title;
        this.notes = notes;
        this.period = held[0];
        this.heldBy = held[1];
        this.heldOn = held[2];
        this.actions = List.copyOf(actions);
        this.canRevise = canRevise;
    }

    public String getId() {
        return id;
    }

    public String getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public boolean isHasNotes() {
        return !notes.isEmpty();
    }

    public String getNotes() {
        return notes;
    }

    /** The days it reviewed, as the reader's locale writes them. */
    public String getPeriod() {
        return period;
    }

    public String getHeldBy() {
        return heldBy;
    }

    public String getHeldOn() {
        return heldOn;
    }

    public boolean isHasActions() {
        return !actions.isEmpty();
    }

    public List<RetroActionView> getActions() {
        return actions;
    }

    /**
     * Whether the reader may revise it, as its author or an administrator; only they see the revise
     * form.
     */
    public boolean isCanRevise() {
        return canRevise;
    }
}
