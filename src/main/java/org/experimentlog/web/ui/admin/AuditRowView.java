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
    private final boolean storedEnglish;

    /**
     * @param actor the actor's name and the address of their avatar (empty when unknown)
     * @param actionLabelKey the i18n key of what was done (created, deleted, …), which the page
     *     shows in the reader's language next to the summary
     * @param summary the summary in the reader's language, or the English sentence stored before
     *     summaries had keys
     * @param storedEnglish whether the summary is such a stored English sentence
     */
    AuditRowView(
            String at,
            String isoAt,
            String[] actor,
            String typeLabelKey,
            String summary,
            String actionLabelKey,
            boolean storedEnglish) {
        this.at = at;
        this.isoAt = isoAt;
        this.actor = actor[0];
        this.actorAvatarUrl = actor[1];
        this.typeLabelKey = typeLabelKey;
        this.summary = summary;
        this.actionLabelKey = actionLabelKey;
        this.storedEnglish = storedEnglish;
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

    /**
     * Whether the summary is an English sentence stored before summaries had keys, which the page
     * marks as English; other summaries are in the reader's language.
     */
    public boolean isStoredEnglish() {
        return storedEnglish;
    }
}
