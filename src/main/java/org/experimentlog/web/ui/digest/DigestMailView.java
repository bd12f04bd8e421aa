package org.experimentlog.web.ui.digest;

import java.util.List;

/**
 * The HTML digest as its template shows it: every text already in the reader's language, so the
 * template only places and escapes them.
 */
public final class DigestMailView {
    private final String lang;
    private final String title;
    private final String intro;
    private final List<DigestGroupView> groups;
    private final String lessonsHeading;
    private final List<DigestEntryView> lessons;
    private final String followingLabel;
    private final String followingUrl;
    private final String footer;

    DigestMailView(
            String lang,
            String title,
            String intro,
            List<DigestGroupView> groups,
            String lessonsHeading,
            List<DigestEntryView> lessons,
            String followingLabel,
            String followingUrl,
            String footer) {
        this.lang = lang;
        this.title = title;
        this.intro = intro;
        this.groups = List.copyOf(groups);
        this.lessonsHeading = lessonsHeading;
        this.lessons = List.copyOf(lessons);
        this.followingLabel = followingLabel;
        this.followingUrl = followingUrl;
        this.footer = footer;
    }

    public String getLang() {
        return lang;
    }

    public String getTitle() {
        return title;
    }

    public String getIntro() {
        return intro;
    }

    public List<DigestGroupView> getGroups() {
        return groups;
    }

    public boolean isHasLessons() {
        return !lessons.isEmpty();
    }

    public String getLessonsHeading() {
        return lessonsHeading;
    }

    public List<DigestEntryView> getLessons() {
        return lessons;
    }

    public String getFollowingLabel() {
        return followingLabel;
    }

    public String getFollowingUrl() {
        return followingUrl;
    }

    public String getFooter() {
        return footer;
    }
}
