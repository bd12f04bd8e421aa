package org.experimentlog.web.ui.library;

import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.experimentlog.app.LibrarySearchService;
import org.experimentlog.app.OutcomeService;
import org.experimentlog.app.port.Clock;
import org.experimentlog.app.port.LearningHit;
import org.experimentlog.app.port.LearningQuery;
import org.experimentlog.app.port.LibraryHit;
import org.experimentlog.app.port.LibraryOrder;
import org.experimentlog.app.port.LibraryResult;
import org.experimentlog.app.port.PageRequest;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.Coded;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.department.Department;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.Tag;
import org.experimentlog.domain.experiment.Verdict;
import org.experimentlog.domain.failure.FailureStory;
import org.experimentlog.domain.outcome.Outcome;
import org.experimentlog.domain.outcome.OutcomeId;
import org.experimentlog.web.ui.OptionView;
import org.springframework.stereotype.Component;

/**
 * Builds the learning library page's view from the submitted search, for the current user, in their
 * language.
 */
@Component
public class LibraryPageBuilder {
    /** Results per page. */
    static final int PAGE_SIZE = 20;

    private static final List<String> FIELDS =
            List.of("q", "tag", "department", "outcome", "verdict", "from", "to", "order");

    private final LibrarySearchService library;
    private final OutcomeService outcomes;
    private final UserDirectory users;
    private final Clock clock;

    @Inject
    public LibraryPageBuilder(
            LibrarySearchService library,
            OutcomeService outcomes,
            UserDirectory users,
            Clock clock) {
        this.library = library;
        this.outcomes = outcomes;
        this.users = users;
        this.clock = clock;
    }

    /**
     * The page for these request parameters; a malformed one leaves the results empty and says so.
     */
    public LibraryPageView page(UnaryOperator<String> parameter) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String value = parameter.apply(field);
            given.put(field, value == null ? "" : value.strip());
        }
        LibraryOrder order = LibraryOrder.NEWEST;
        LearningQuery query = null;
        int startAt = 0;
        // which field a malformed value came in, so the page can put the error next to it
        LibraryPageView.Invalid invalid = LibraryPageView.Invalid.OTHER;
        try {
            order =
                    given.get("order").isEmpty()
                            ? LibraryOrder.NEWEST
                            : Coded.fromCode(LibraryOrder.class, given.get("order"), "order");
            invalid = LibraryPageView.Invalid.TAG;
            Tag tag = given.get("tag").isEmpty() ? null : new Tag(given.get("tag"));
            invalid = LibraryPageView.Invalid.FROM_DAY;
            LocalDate from = day(given.get("from"));
            invalid = LibraryPageView.Invalid.TO_DAY;
            LocalDate to = day(given.get("to"));
            invalid = LibraryPageView.Invalid.OTHER;
            query =
                    LearningQuery.matching(
                            given.get("q"),
                            tag,
                            given.get("department").isEmpty()
                                    ? null
                                    : new DepartmentId(Long.parseLong(given.get("department"))),
                            given.get("outcome").isEmpty()
                                    ? null
                                    : new OutcomeId(Long.parseLong(given.get("outcome"))),
                            given.get("verdict").isEmpty()
                                    ? null
                                    : Coded.fromCode(
                                            Verdict.class, given.get("verdict"), "verdict"),
                            from,
                            to);
            String start = parameter.apply("startAt");
            startAt =
                    start == null || start.isBlank()
                            ? 0
                            : Math.max(0, Integer.parseInt(start.strip()));
            invalid = LibraryPageView.Invalid.NONE;
        } catch (InvalidInputException e) {
            query = null;
            if (invalid == LibraryPageView.Invalid.OTHER) {
                invalid = LibraryPageView.Invalid.ofQueryField(e.field().orElse(""));
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            query = null;
        }
        LibraryResult result =
                query == null
                        ? null
                        : library.search(query, order, new PageRequest(startAt, PAGE_SIZE));
        // the filters need only the outcomes' titles and the departments, not the catalogue's
        // measurements and links
        List<Outcome> outcomeChoices = outcomes.list();
        List<Department> departmentChoices = outcomes.departments();
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(users.locale());
        ZoneId zone = clock.zone();
        List<LibraryRowView> rows =
                result == null
                        ? List.of()
                        : result.page().items().stream().map(hit -> row(hit, dates, zone)).toList();
        String department = given.get("department");
        String outcome = given.get("outcome");
        LibraryOrder chosenOrder = order;
        List<OptionView> departments =
                departmentChoices.stream()
                        .map(
                                d ->
                                        OptionView.named(
                                                d.requireId().toString(),
                                                d.name(),
                                                d.requireId().toString().equals(department)))
                        .toList();
        List<OptionView> outcomeOptions =
                outcomeChoices.stream()
                        .map(
                                o ->
                                        OptionView.named(
                                                o.requireId().toString(),
                                                o.title(),
                                                o.requireId().toString().equals(outcome)))
                        .toList();
        List<OptionView> verdicts =
                Arrays.stream(Verdict.values())
                        .map(
                                v ->
                                        OptionView.keyed(
                                                v.code(),
                                                "experimentlog.verdict." + v.code(),
                                                v.code().equals(given.get("verdict"))))
                        .toList();
        List<OptionView> orders =
                Arrays.stream(LibraryOrder.values())
                        .map(
                                o ->
                                        OptionView.keyed(
                                                o.code(),
                                                "experimentlog.library.order." + o.code(),
                                                o == chosenOrder))
                        .toList();
        int total = result == null ? 0 : result.page().total();
        String previous =
                result == null || startAt == 0 ? "" : href(given, Math.max(0, startAt - PAGE_SIZE));
        String next =
                result == null || startAt + PAGE_SIZE >= total
                        ? ""
                        : href(given, startAt + PAGE_SIZE);
        return new LibraryPageView(
                new LibraryPageView.Form(
                        given.get("q"), given.get("tag"), given.get("from"), given.get("to")),
                departments,
                outcomeOptions,
                verdicts,
                orders,
                rows,
                new LibraryPageView.Counts(
                        total,
                        result == null ? 0 : result.learnings(),
                        result == null ? 0 : result.stories(),
                        startAt),
                previous,
                next,
                invalid);
    }

    private static LocalDate day(String value) {
        return value.isEmpty() ? null : LocalDate.parse(value);
    }

    private static LibraryRowView row(LibraryHit hit, DateTimeFormatter dates, ZoneId zone) {
        LocalDate day = hit.at().atZone(zone).toLocalDate();
        if (hit.storyIfAny().isPresent()) {
            FailureStory story = hit.story();
            return new LibraryRowView(
                    true,
                    story.text().title(),
                    "failures/" + story.requireId(),
                    "",
                    "",
                    "",
                    dates.format(day),
                    day.toString(),
                    List.of());
        }
        LearningHit learning = hit.learning();
        return new LibraryRowView(
                false,
                learning.learning().statement(),
                "../../../browse/" + learning.issue().key(),
                learning.issue().key(),
                "experimentlog.stage." + learning.stage().code(),
                learning.verdictIfAny().map(v -> "experimentlog.verdict." + v.code()).orElse(""),
                dates.format(day),
                day.toString(),
                learning.learning().tags().stream().map(Tag::value).sorted().toList());
    }

    /** The library page with the same search at another position. */
    private static String href(Map<String, String> given, int startAt) {
        StringBuilder href = new StringBuilder("library?");
        given.forEach(
                (field, value) -> {
                    if (!value.isEmpty()) {
                        href.append(field)
                                .append('=')
                                .append(URLEncoder.encode(value, StandardCharsets.UTF_8))
                                .append('&');
                    }
                });
        return href.append("startAt=").append(startAt).toString();
    }
}
