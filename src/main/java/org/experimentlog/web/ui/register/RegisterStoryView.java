package org.experimentlog.web.ui.register;

/**
 * A published failure story; the author only when names are published and the story is not
 * anonymous.
 */
public final class RegisterStoryView {
    private final String title;
    private final String tried;
    private final String happened;
    private final String learned;
    private final String differently;
    private final String factors;
    private final String impact;
    private final String author;

    RegisterStoryView(
            String title,
            String tried,
            String happened,
            String learned,
            String differently,
            String factors,
            String impact,
            String author) {
        this.title = title;
        this.tried = tried;
        this.happened = happened;
        this.learned = learned;
        this.differently = differently;
        this.factors = factors;
        this.impact = impact;
        this.author = author == null ? "" : author;
    }

    public String getTitle() {
        return title;
    }

    public String getTried() {
        return tried;
    }

    public String getHappened() {
        return happened;
    }

    public String getLearned() {
        return learned;
    }

    public String getDifferently() {
        return differently;
    }

    public String getFactors() {
        return factors;
    }

    public String getImpact() {
        return impact;
    }

    public boolean isHasAuthor() {
        return !author.isEmpty();
    }

    public String getAuthor() {
        return author;
    }
}
