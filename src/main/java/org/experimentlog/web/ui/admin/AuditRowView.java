package org.experimentlog.web.ui.admin;

/**
 * One recent change on the administration page: when, who, what kind of object and what was done.
 * Immutable.
 */
public final class AuditRowView {
    private final String at;
    private final String isoAt;
    private final String actor;
    private final String actorAvatarUrl;
    private final String typeLabelKey;
    private final String summary;
    private final String actionLabelKey;

    /**
     * @param actor the actor's name and the address of their avatar (empty when unknown)
     * @param actionLabelKey the i18n key of what was done (created, deleted, …), which the page
     *     shows in the reader's language next to the stored summary
     */
    AuditRowView(
            String at,
            String isoAt,
            String[] actor,
            String typeLabelKey,
            String summary,
            String actionLabelKey) {
        this.at = at;
        this.isoAt = isoAt;
        this.actor = actor[0];
        this.actorAvatarUrl = actor[1];
        this.typeLabelKey = typeLabelKey;
        this.summary = summary;
        this.actionLabelKey = actionLabelKey;
    }

    /** The time in the reader's format. */
    public String getAt() {
        return at;
    }

    /** The time for the {@code datetime} attribute. */
    public String getIsoAt() {
        return isoAt;
    }

    public String getActor() {
        return actor;
    }

    /** The address of the actor's avatar, empty when the host no longer knows them. */
    public String getActorAvatarUrl() {
        return actorAvatarUrl;
    }

    /** Whether the actor has an avatar to show. */
    public boolean isHasActorAvatar() {
        return !actorAvatarUrl.isEmpty();
    }

    public String getTypeLabelKey() {
        return typeLabelKey;
    }

    public String getSummary() {
        return summary;
    }

    public boolean isHasAction() {
        return !actionLabelKey.isEmpty();
    }

    /** What was done, as an i18n key. */
    public String getActionLabelKey() {
        return actionLabelKey;
    }
}
