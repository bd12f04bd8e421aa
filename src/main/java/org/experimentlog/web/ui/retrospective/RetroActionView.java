package org.experimentlog.web.ui.retrospective;

/** An action agreed in a held retrospective, to show and to revise. */
public final class RetroActionView {
    private final String id;
    private final String text;
    private final String ownerName;
    private final String ownerUserName;
    private final String ownerAvatarUrl;
    private final String due;
    private final String dueIso;
    private final boolean done;
    private final boolean canTick;
    private final int position;

    RetroActionView(String id, String text, String[] owner, String[] due, boolean done) {
        this(id, text, owner, due, done, false, 0);
    }

    /**
     * @param canTick whether the reader may tick the action done or not done: its owner, or who may
     *     revise the retrospective
     * @param position the action's place in its retrospective, from 1 (stable when the actions are
     *     stored again with new ids)
     */
    RetroActionView(
            String id,
            String text,
            String[] owner,
            String[] due,
            boolean done,
            boolean canTick,
            int position) {
        this.canTick = canTick;
        this.position = position;
        this.id = id;
        this.text = text;
        this.ownerName = owner[0];
        this.ownerUserName = owner[1];
        this.ownerAvatarUrl = owner[2];
        this.due = due[0];
        this.dueIso = due[1];
        this.done = done;
    }

    public String getId() {
        return id;
    }

    public String getText() {
        return text;
    }

    public boolean isHasOwner() {
        return !ownerUserName.isEmpty();
    }

    /** The owner's display name, or the stored user when the host no longer knows them. */
    public String getOwnerName() {
        return ownerName;
    }

    /** The name the owner logs in with, as the revise form sends it back to be resolved. */
    public String getOwnerUserName() {
        return ownerUserName;
    }

    /** The address of the owner's avatar, empty when the host no longer knows them. */
    public String getOwnerAvatarUrl() {
        return ownerAvatarUrl;
    }

    /** Whether the owner has an avatar to show. */
    public boolean isHasOwnerAvatar() {
        return !ownerAvatarUrl.isEmpty();
    }

    public boolean isHasDue() {
        return !dueIso.isEmpty();
    }

    public String getDue() {
        return due;
    }

    public String getDueIso() {
        return dueIso;
    }

    public boolean isDone() {
        return done;
    }

    public boolean isCanTick() {
        return canTick;
    }

    /** The action's place in its retrospective, from 1: its controls' ids survive a revision. */
    public int getPosition() {
        return position;
    }
}
