package org.experimentlog.web.ui.failures;

import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.experimentlog.app.FailureStoryService;
import org.experimentlog.app.port.Clock;
import org.experimentlog.app.port.Page;
import org.experimentlog.app.port.PageRequest;
import org.experimentlog.app.port.StoryFilter;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.AccessDeniedException;
import org.experimentlog.domain.Coded;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.department.Department;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.failure.AppliedIn;
import org.experimentlog.domain.failure.Audience;
import org.experimentlog.domain.failure.ContributingFactor;
import org.experimentlog.domain.failure.FailureStory;
import org.experimentlog.domain.failure.FailureStoryId;
import org.experimentlog.domain.failure.Impact;
import org.experimentlog.domain.failure.StoryText;
import org.experimentlog.web.ui.OptionView;
import org.springframework.stereotype.Component;

/** Builds the failures-shared pages' views for the current user, in their language. */
@Component
public class FailurePageBuilder {
    /** The feed's address under Jira's context path. */
    public static final String PATH = "/plugins/servlet/experiment-log/failures";

    private static final String API = "/rest/experiment-log/1.0/failures";

    private final FailureStoryService stories;
    private final UserDirectory users;
    private final Clock clock;

    @Inject
    public FailurePageBuilder(FailureStoryService stories, UserDirectory users, Clock clock) {
        this.stories = stories;
        this.users = users;
        this.clock = clock;
    }

    /** One page of the feed, narrowed by the filter. */
    public FailureFeedView feed(String contextPath, StoryFilter filter, PageRequest request) {
        String base = contextPath + PATH;
        Page<FailureStory> page = stories.feed(filter, request);
        Map<FailureStoryId, Integer> helped = stories.helpedCounts(page.items());
        List<Department> departments = stories.departments();
        Map<DepartmentId, String> names = names(departments);
        DateTimeFormatter dates = dates();
        List<FailureCardView> cards =
                page.items().stream()
                        .map(
                                s ->
                                        new FailureCardView(
                                                base + "/" + s.requireId().value(),
                                                s.text().title(),
                                                s.audience().toEveryone(),
                                                departmentNames(s.audience(), names),
                                                factorKeys(s),
                                                s.text().otherFactors(),
                                                s.text().whatWeLearned(),
                                                helped.getOrDefault(s.requireId(), 0),
                                                dates.format(s.createdAt())))
                        .toList();
        Map<String, String> query = new LinkedHashMap<>();
        put(
                query,
                "department",
                filter.department() == null ? null : Long.toString(filter.department().value()));
        put(query, "factor", filter.factor() == null ? null : filter.factor().code());
        put(query, "impact", filter.impact() == null ? null : filter.impact().code());
        put(query, "from", filter.from() == null ? null : filter.from().toString());
        put(query, "to", filter.to() == null ? null : filter.to().toString());
        put(query, "text", filter.text());
        String previous =
                request.startAt() == 0
                        ? ""
                        : pageUrl(
                                base,
                                query,
                                Math.max(0, request.startAt() - request.maxResults()),
                                request.maxResults());
        String next =
                page.isLast()
                        ? ""
                        : pageUrl(
                                base,
                                query,
                                request.startAt() + page.items().size(),
                                request.maxResults());
        return new FailureFeedView(
                base,
                departments.stream()
                        .map(
                                d ->
                                        OptionView.named(
                                                Long.toString(d.requireId().value()),
                                                d.name(),
                                                d.requireId().equals(filter.department())))
                        .toList(),
                options(ContributingFactor.values(), "experimentlog.factor.", filter.factor()),
                options(Impact.values(), "experimentlog.impact.", filter.impact()),
                filter.from() == null ? "" : filter.from().toString(),
                filter.to() == null ? "" : filter.to().toString(),
                filter.text() == null ? "" : filter.text(),
                cards,
                !query.isEmpty(),
                page.startAt(),
                page.total(),
                previous,
                next,
                filter.from() != null
                        && filter.to() != null
                        && filter.to().isBefore(filter.from()));
    }

    /**
     * A story page.
     *
     * @throws org.experimentlog.domain.NotFoundException when the story does not exist or the user
     *     may not see it
     */
    public FailureStoryView story(String contextPath, FailureStoryId id) {
        FailureStory story = stories.view(id);
        DateTimeFormatter dates = dates();
        Map<DepartmentId, String> names = names(stories.departments());
        FailureStoryView.Builder b = new FailureStoryView.Builder();
        b.baseUrl = contextPath + PATH;
        b.apiUrl = contextPath + API + "/" + id.value();
        b.id = Long.toString(id.value());
        b.title = story.text().title();
        b.whatWeTried = story.text().whatWeTried();
        b.whatHappened = story.text().whatHappened();
        b.whatWeLearned = story.text().whatWeLearned();
        b.whatWeWillDoDifferently = story.text().whatWeWillDoDifferently();
        b.otherFactors = story.text().otherFactors();
        b.factorLabelKeys = factorKeys(story);
        b.impactLabelKey = "experimentlog.impact." + story.impact().code();
        story.link()
                .ifPresent(
                        l -> {
                            b.issueKey = l.issue().key();
                            b.issueUrl = contextPath + "/browse/" + l.issue().key();
                        });
        b.issueHidden = story.linkHidden();
        b.authorName =
                story.shownAuthor().map(u -> users.displayName(u).orElse(u.key())).orElse("");
        b.authorAvatarUrl = story.shownAuthor().flatMap(users::avatarUrl).orElse("");
        b.sharedOn = dates.format(story.createdAt());
        b.toEveryone = story.audience().toEveryone();
        b.departmentNames = departmentNames(story.audience(), names);
        b.helped = stories.helpedCounts(List.of(story)).getOrDefault(id, 0);
        b.canMarkHelped = stories.canMarkHelped(story);
        b.marked = b.canMarkHelped && stories.hasMarked(id);
        b.canEdit = stories.canEdit(story);
        Predicate<AppliedIn> removable = stories.appliedInRemovable();
        b.applied =
                stories.appliedIn(id).stream()
                        .map(a -> applied(contextPath, a, dates, removable.test(a)))
                        .toList();
        return b.build();
    }

    /** The share form, prefilled with the experiment (and iteration) it is about when given. */
    public FailureFormView form(String contextPath, String issueKey, String iterationId) {
        List<OptionView> departments =
                stories.departments().stream()
                        .map(
                                d ->
                                        OptionView.named(
                                                Long.toString(d.requireId().value()),
                                                d.name(),
                                                false))
                        .toList();
        return new FailureFormView(
                contextPath + PATH,
                contextPath + API,
                departments,
                options(ContributingFactor.values(), "experimentlog.factor.", null),
                options(Impact.values(), "experimentlog.impact.", Impact.MEDIUM),
                stories.anonymousStoriesAllowed(),
                issueKey == null ? "" : issueKey,
                iterationId == null ? "" : iterationId);
    }

    /**
     * The edit form of a story, holding what is stored.
     *
     * @throws org.experimentlog.domain.NotFoundException when the story does not exist or the user
     *     may not see it
     * @throws org.experimentlog.domain.AccessDeniedException when the user neither wrote it nor
     *     administers the app
     */
    public FailureFormView editForm(String contextPath, FailureStoryId id) {
        FailureStory story = stories.view(id);
        if (!stories.canEdit(story)) {
            throw new AccessDeniedException(ErrorKey.STORY_EDIT_DENIED);
        }
        List<OptionView> departments =
                stories.departments().stream()
                        .map(
                                d ->
                                        OptionView.named(
                                                Long.toString(d.requireId().value()),
                                                d.name(),
                                                story.audience()
                                                        .departments()
                                                        .contains(d.requireId())))
                        .toList();
        List<OptionView> factors =
                Arrays.stream(ContributingFactor.values())
                        .map(
                                f ->
                                        OptionView.keyed(
                                                f.code(),
                                                "experimentlog.factor." + f.code(),
                                                story.factors().contains(f)))
                        .toList();
        StoryText text = story.text();
        return new FailureFormView(
                contextPath + PATH,
                contextPath + API + "/" + id.value(),
                departments,
                factors,
                options(Impact.values(), "experimentlog.impact.", story.impact()),
                stories.anonymousStoriesAllowed(),
                new String[] {
                    story.link().map(l -> l.issue().key()).orElse(""),
                    story.link()
                            .flatMap(l -> l.iterationId())
                            .map(i -> Long.toString(i.value()))
                            .orElse("")
                },
                new String[] {
                    text.title(),
                    text.whatWeTried(),
                    text.whatHappened(),
                    text.whatWeLearned(),
                    text.whatWeWillDoDifferently(),
                    text.otherFactors()
                },
                story.audience().toEveryone(),
                story.anonymous(),
                new String[] {Long.toString(id.value()), Long.toString(story.version())});
    }

    /** A page of text only: the guide or "not found". */
    public FailurePageView page(String contextPath) {
        return new FailurePageView(contextPath + PATH);
    }

    private AppliedInView applied(
            String contextPath, AppliedIn a, DateTimeFormatter dates, boolean removable) {
        return new AppliedInView(
                a.issue().key(),
                contextPath + "/browse/" + a.issue().key(),
                a.note(),
                users.displayName(a.by()).orElse(a.by().key()),
                dates.format(a.at()),
                removable);
    }

    private DateTimeFormatter dates() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(users.locale())
                .withZone(clock.zone());
    }

    private static Map<DepartmentId, String> names(List<Department> departments) {
        return departments.stream()
                .collect(Collectors.toMap(Department::requireId, Department::name));
    }

    private static List<String> departmentNames(
            Audience audience, Map<DepartmentId, String> names) {
        return audience.departments().stream()
                .map(names::get)
                .filter(n -> n != null)
                .sorted()
                .toList();
    }

    private static List<String> factorKeys(FailureStory story) {
        return story.factors().stream()
                .sorted(Comparator.naturalOrder())
                .map(f -> "experimentlog.factor." + f.code())
                .toList();
    }

    private static <T extends Enum<T> & Coded> List<OptionView> options(
            T[] values, String prefix, T selected) {
        return Arrays.stream(values)
                .map(v -> OptionView.keyed(v.code(), prefix + v.code(), v == selected))
                .toList();
    }

    private static void put(Map<String, String> query, String name, String value) {
        if (value != null) {
            query.put(name, value);
        }
    }

    private static String pageUrl(
            String base, Map<String, String> query, int startAt, int maxResults) {
        Map<String, String> all = new LinkedHashMap<>(query);
        all.put("startAt", Integer.toString(startAt));
        all.put("maxResults", Integer.toString(maxResults));
        return base
                + "?"
                + all.entrySet().stream()
                        .map(
                                e ->
                                        e.getKey()
                                                + "="
                                                + URLEncoder.encode(
                                                        e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
    }
}
