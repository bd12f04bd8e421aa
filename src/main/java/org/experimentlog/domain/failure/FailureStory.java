package org.experimentlog.domain.failure;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.experimentlog.domain.AccessDeniedException;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.StaleVersionException;
import org.experimentlog.domain.UserRef;

/**
 * A blameless account of something that did not work, shared with everyone or with chosen
 * departments. An anonymous story keeps its author only to decide who may edit it; the author is
 * never shown.
 */
public final class FailureStory {
    private final FailureStoryId id;
    private final StoryText text;
    private final Set<ContributingFactor> factors;
    private final Impact impact;
    private final StoryLink link;
    private final Audience audience;
    private final boolean anonymous;
    private final UserRef author;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final long version;

    /**
     * The story is about an experiment the reader may not see: its link was taken out for this
     * reader.
     */
    private boolean linkHidden;

    private FailureStory(
            FailureStoryId id,
            StoryText text,
            Collection<ContributingFactor> factors,
            Impact impact,
            StoryLink link,
            Audience audience,
            boolean anonymous,
            UserRef author,
            Instant createdAt,
            Instant updatedAt,
            long version) {
        this.id = id;
        this.text = requireNonNull(text, "text");
        this.factors =
                factors.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(factors));
        if (this.factors.isEmpty() && text.otherFactors() == null) {
            throw new InvalidInputException("factors", ErrorKey.STORY_FACTORS_REQUIRED);
        }
        this.impact = Fields.present("impact", FieldLabel.IMPACT, impact);
        this.link = link;
        this.audience = Fields.present("audience", FieldLabel.AUDIENCE, audience);
        this.anonymous = anonymous;
        this.author = requireNonNull(author, "author");
        this.createdAt = requireNonNull(createdAt, "createdAt");
        this.updatedAt = requireNonNull(updatedAt, "updatedAt");
        this.version = Fields.version(version);
    }

    /**
     * A new story.
     *
     * @param anonymousAllowed whether the administrator allows anonymous stories
     */
    public static FailureStory share(
            StoryText text,
            Collection<ContributingFactor> factors,
            Impact impact,
            StoryLink link,
            Audience audience,
            boolean anonymous,
            boolean anonymousAllowed,
            UserRef author,
            Instant at) {
        requireAnonymityAllowed(anonymous, anonymousAllowed);
        return new FailureStory(
                null, text, factors, impact, link, audience, anonymous, author, at, at, 0);
    }

    public static FailureStory stored(
            FailureStoryId id,
            StoryText text,
            Collection<ContributingFactor> factors,
            Impact impact,
            StoryLink link,
            Audience audience,
            boolean anonymous,
            UserRef author,
            Instant createdAt,
            Instant updatedAt,
            long version) {
        return new FailureStory(
                requireNonNull(id, "id"),
                text,
                factors,
                impact,
                link,
                audience,
                anonymous,
                author,
                createdAt,
                updatedAt,
                version);
    }

    public FailureStory storedAs(FailureStoryId newId, long newVersion) {
        return new FailureStory(
                requireNonNull(newId, "id"),
                text,
                factors,
                impact,
                link,
                audience,
                anonymous,
                author,
                createdAt,
                updatedAt,
                newVersion);
    }

    /** An edited story; only the author and administrators may edit. */
    public FailureStory edit(
            Reader editor,
            StoryText newText,
            Collection<ContributingFactor> newFactors,
            Impact newImpact,
            StoryLink newLink,
            Audience newAudience,
            boolean newAnonymous,
            boolean anonymousAllowed,
            Instant at) {
        if (!canEdit(editor)) {
            throw new AccessDeniedException(ErrorKey.STORY_EDIT_DENIED);
        }
        if (newAnonymous && !anonymous) {
            requireAnonymityAllowed(true, anonymousAllowed);
        }
        return new FailureStory(
                id,
                newText,
                newFactors,
                newImpact,
                newLink,
                newAudience,
                newAnonymous,
                author,
                createdAt,
                at,
                version);
    }

    private static void requireAnonymityAllowed(boolean anonymous, boolean allowed) {
        if (anonymous && !allowed) {
            throw new InvalidInputException("anonymous", ErrorKey.STORY_ANONYMOUS_OFF);
        }
    }

    /** Whether the reader may see the story at all: its audience, its author and administrators. */
    public boolean isVisibleTo(Reader reader) {
        if (reader.administrator() || reader.user().equals(author) || audience.toEveryone()) {
            return true;
        }
        return audience.departments().stream().anyMatch(reader.departments()::contains);
    }

    public boolean canEdit(Reader reader) {
        return reader.administrator() || reader.user().equals(author);
    }

    /** The author to show, which is nobody for an anonymous story. */
    public Optional<UserRef> shownAuthor() {
        return anonymous ? Optional.empty() : Optional.of(author);
    }

    /** Whether this user wrote the story; for edit rights only, never for display. */
    public boolean isWrittenBy(UserRef user) {
        return author.equals(user);
    }

    public Optional<FailureStoryId> id() {
        return Optional.ofNullable(id);
    }

    public FailureStoryId requireId() {
        return requireNonNull(id, "The story is not stored yet");
    }

    public StoryText text() {
        return text;
    }

    public Set<ContributingFactor> factors() {
        return factors;
    }

    public Impact impact() {
        return impact;
    }

    public Optional<StoryLink> link() {
        return Optional.ofNullable(link);
    }

    /**
     * The story as shown to a reader who may not see the experiment it is about: without the link
     * (no issue key, no iteration), saying only that there is an experiment the reader cannot see.
     * Never saved.
     */
    public FailureStory withLinkHidden() {
        FailureStory hidden =
                new FailureStory(
                        id, text, factors, impact, null, audience, anonymous, author, createdAt,
                        updatedAt, version);
        hidden.linkHidden = true;
        return hidden;
    }

    /**
     * Whether the story is about an experiment this reader may not see; see {@link
     * #withLinkHidden()}.
     */
    public boolean linkHidden() {
        return linkHidden;
    }

    public Audience audience() {
        return audience;
    }

    public boolean anonymous() {
        return anonymous;
    }

    /** The real author, kept for edit rights; show {@link #shownAuthor()} instead. */
    public UserRef author() {
        return author;
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
     * @return this {@code FailureStory}, when it is still the version the writer read
     * @throws StaleVersionException when someone else changed it since
     */
    public FailureStory requireVersion(long read) {
        StaleVersionException.unlessSame("story", read, version);
        return this;
    }
}
