package org.experimentlog.app.digest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.app.port.DigestSource;
import org.experimentlog.app.port.DigestStore.SentItem;
import org.experimentlog.domain.experiment.Result;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.failure.Reader;
import org.experimentlog.domain.follow.FollowTarget;
import org.experimentlog.stats.Analysis;
import org.experimentlog.stats.Finding;
import org.experimentlog.stats.ResultStatistics;

/**
 * Decides what one person's digest holds: of everything that happened, what matches what they
 * follow and what they may see now, each item once (in the group of the first thing they follow
 * that it matches), and nothing they were sent before. Pure: it reads no data of its own, so a
 * batch of recipients costs no query per person.
 */
final class DigestBuilder {
    /**
     * The most items one group lists; more would make a digest nobody reads. The others are counted
     * and linked (the library lists them), and not recorded as sent, so they would still count as
     * new should the period repeat.
     */
    static final int MAX_PER_GROUP = 20;

    private static final ResultStatistics STATISTICS = new ResultStatistics();

    /** A digest and the items it holds, with the time of each event, to record against repeats. */
    record Built(Digest digest, List<SentItem> items) {}

    /** Links to the pages an item is read on. */
    interface Links {
        String issue(String issueKey);

        String story(long storyId);

        String following();

        String library(FollowTarget target);

        String unsubscribe(FollowTarget target);
    }

    private final AccessPolicy access;
    private final double confidence;

    DigestBuilder(AccessPolicy access, double confidence) {
        this.access = access;
        this.confidence = confidence;
    }

    /**
     * @param follows what the person follows, in the order their groups appear
     * @param names the name to show for each thing followed
     * @param sent the keys of items already sent to them
     */
    Built build(
            Reader reader,
            String displayName,
            Locale locale,
            Instant from,
            Instant until,
            List<FollowTarget> follows,
            Function<FollowTarget, String> names,
            DigestSource.Activity activity,
            Set<String> sent,
            Links links) {
        Set<String> taken = new HashSet<>(sent);
        List<SentItem> items = new ArrayList<>();
        Map<FollowTarget, List<Digest.Entry>> grouped = new LinkedHashMap<>();
        Map<FollowTarget, Integer> more = new HashMap<>();
        follows.forEach(target -> grouped.put(target, new ArrayList<>()));

        for (DigestSource.NewLearning l : activity.learnings()) {
            if (l.at().isBefore(from) || !l.at().isBefore(until)) {
                continue;
            }
            Optional<FollowTarget> match =
                    follows.stream()
                            .filter(
                                    t ->
                                            matches(
                                                    t,
                                                    l.project().value(),
                                                    l.departments(),
                                                    l.outcomes(),
                                                    l.tags()))
                            .findFirst();
            String key = "learning:" + l.id();
            if (match.isPresent()
                    && !taken.contains(key)
                    && access.canBrowse(reader.user(), l.issue())
                    && room(grouped, more, match.get())) {
                taken.add(key);
                items.add(new SentItem(key, l.at()));
                grouped.get(match.get())
                        .add(
                                new Digest.Entry(
                                        Digest.EntryKind.LEARNING,
                                        l.statement(),
                                        links.issue(l.issue().key()),
                                        Optional.of(l.issue().key()),
                                        Optional.empty(),
                                        Optional.empty()));
            }
        }
        for (DigestSource.ClosedExperiment e : activity.experiments()) {
            if (e.at().isBefore(from) || !e.at().isBefore(until)) {
                continue;
            }
            Optional<FollowTarget> match =
                    follows.stream()
                            .filter(
                                    t ->
                                            matches(
                                                    t,
                                                    e.project().value(),
                                                    e.departments(),
                                                    e.outcomes(),
                                                    e.tags()))
                            .findFirst();
            String key = "experiment:" + e.id() + ":" + e.at().toEpochMilli();
            if (match.isPresent()
                    && !taken.contains(key)
                    && access.canBrowse(reader.user(), e.issue())
                    && room(grouped, more, match.get())) {
                taken.add(key);
                items.add(new SentItem(key, e.at()));
                grouped.get(match.get())
                        .add(
                                new Digest.Entry(
                                        e.stage() == Stage.ABANDONED
                                                ? Digest.EntryKind.ABANDONED
                                                : Digest.EntryKind.CONCLUDED,
                                        e.change(),
                                        links.issue(e.issue().key()),
                                        Optional.of(e.issue().key()),
                                        e.verdict().map(v -> v.code()),
                                        strongest(e.results())));
            }
        }
        for (DigestSource.NewStory s : activity.stories()) {
            if (s.at().isBefore(from)
                    || !s.at().isBefore(until)
                    || s.author().equals(reader.user())) {
                continue;
            }
            Optional<FollowTarget> match =
                    follows.stream()
                            .filter(
                                    t ->
                                            matches(
                                                    t,
                                                    s.project().map(p -> p.value()).orElse(null),
                                                    s.audience(),
                                                    Set.of(),
                                                    Set.of()))
                            .findFirst();
            String key = "story:" + s.id();
            if (match.isPresent()
                    && !taken.contains(key)
                    && maySee(reader, s)
                    && room(grouped, more, match.get())) {
                taken.add(key);
                items.add(new SentItem(key, s.at()));
                grouped.get(match.get())
                        .add(
                                new Digest.Entry(
                                        Digest.EntryKind.STORY,
                                        s.title(),
                                        links.story(s.id()),
                                        Optional.empty(),
                                        Optional.empty(),
                                        Optional.empty()));
            }
        }
        List<Digest.Entry> lessons = new ArrayList<>();
        for (DigestSource.StoryFeedback f : activity.feedback()) {
            if (f.at().isBefore(from)
                    || !f.at().isBefore(until)
                    || !f.storyAuthor().equals(reader.user())
                    || f.by().equals(reader.user())
                    || taken.contains(f.key())
                    || lessons.size() >= MAX_PER_GROUP) {
                continue;
            }
            taken.add(f.key());
            items.add(new SentItem(f.key(), f.at()));
            lessons.add(
                    new Digest.Entry(
                            f.appliedIn().isPresent()
                                    ? Digest.EntryKind.APPLIED
                                    : Digest.EntryKind.HELPED,
                            f.storyTitle(),
                            links.story(f.storyId()),
                            f.appliedIn(),
                            Optional.empty(),
                            Optional.empty()));
        }
        List<Digest.Group> groups = new ArrayList<>();
        grouped.forEach(
                (target, entries) -> {
                    if (!entries.isEmpty()) {
                        groups.add(
                                new Digest.Group(
                                        target,
                                        names.apply(target),
                                        links.unsubscribe(target),
                                        entries,
                                        more.getOrDefault(target, 0),
                                        links.library(target)));
                    }
                });
        return new Built(
                new Digest(displayName, locale, from, until, groups, lessons, links.following()),
                items);
    }

    /** Whether the group has room for one more item; counts the item as "more" when it has not. */
    private static boolean room(
            Map<FollowTarget, List<Digest.Entry>> grouped,
            Map<FollowTarget, Integer> more,
            FollowTarget target) {
        if (grouped.get(target).size() < MAX_PER_GROUP) {
            return true;
        }
        more.merge(target, 1, Integer::sum);
        return false;
    }

    private static boolean matches(
            FollowTarget target,
            String project,
            Set<Long> departments,
            Set<Long> outcomes,
            Set<String> tags) {
        return switch (target.kind()) {
            case DEPARTMENT -> departments.contains(target.id());
            case OUTCOME -> outcomes.contains(target.id());
            case TAG -> tags.contains(target.value());
            case PROJECT -> target.value().equals(project);
        };
    }

    /**
     * The failures feed's rule, decided now: everyone's, or shared with one of the reader's
     * departments; admins all.
     */
    private static boolean maySee(Reader reader, DigestSource.NewStory story) {
        return reader.administrator()
                || story.toEveryone()
                || reader.departments().stream()
                        .anyMatch(d -> story.audience().contains(d.value()));
    }

    /**
     * The sentence of the result that says the most: a significant one before others, then one from
     * a design that supports causal claims, then the first recorded.
     */
    private Optional<Finding> strongest(List<Result> results) {
        return results.stream()
                .map(r -> STATISTICS.analyse(r.measure(), confidence))
                .min(
                        Comparator.comparing((Analysis a) -> !a.significant())
                                .thenComparing(Analysis::weakerEvidence))
                .map(Analysis::finding);
    }
}
