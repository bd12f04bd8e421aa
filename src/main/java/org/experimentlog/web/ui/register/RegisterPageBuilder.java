package org.experimentlog.web.ui.register;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.experimentlog.app.RegisterService;
import org.experimentlog.app.Registration;
import org.experimentlog.app.port.Page;
import org.experimentlog.app.port.PageRequest;
import org.experimentlog.app.port.RegisterFilter;
import org.experimentlog.domain.DomainException;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.NotFoundException;
import org.experimentlog.domain.Phrase;
import org.experimentlog.domain.failure.FailureStoryId;
import org.experimentlog.domain.register.PublicRecord;
import org.experimentlog.domain.register.Publication;
import org.experimentlog.domain.register.PublishingSettings;
import org.experimentlog.web.format.Formats;
import org.experimentlog.web.format.RegisterReading;
import org.experimentlog.web.ui.OptionView;
import org.springframework.stereotype.Component;

/**
 * Builds the public register's pages in the reader's language: the list with its filters and one
 * experiment's record. Everything shown comes from the published snapshots, so a page can show
 * nothing that was not published.
 */
@Component
public class RegisterPageBuilder {
    /** The register's languages; the first is the default. */
    public static final List<String> LANGUAGES = List.of("en", "nl");

    static final int PAGE_SIZE = 20;
    private static final String BASE = "/plugins/servlet/experiment-log/register";

    private final RegisterService register;
    private final I18nResolver i18n;

    @Inject
    public RegisterPageBuilder(RegisterService register, I18nResolver i18n) {
        this.register = register;
        this.i18n = i18n;
    }

    /**
     * The reader's language: {@code lang} when it names one of ours, else the first of the
     * browser's languages we have, else English. Nothing is remembered: the register keeps no
     * session.
     */
    public static Locale language(String lang, String acceptLanguage) {
        if (lang != null && LANGUAGES.contains(lang)) {
            return Locale.forLanguageTag(lang);
        }
        if (acceptLanguage != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String language = range.getRange().split("-", 2)[0].toLowerCase(Locale.ROOT);
                    if (LANGUAGES.contains(language)) {
                        return Locale.forLanguageTag(language);
                    }
                }
            } catch (IllegalArgumentException e) {
                // a malformed header reads as no preference
            }
        }
        return Locale.ENGLISH;
    }

    RegisterChromeView chrome(
            PublishingSettings terms,
            Locale locale,
            String contextPath,
            String path,
            Map<String, String> query) {
        String other = locale.getLanguage().equals("nl") ? "en" : "nl";
        Map<String, String> switched = new LinkedHashMap<>(query);
        switched.put("lang", other);
        return new RegisterChromeView(
                locale,
                terms.logo().orElse(text(locale, "experimentlog.register.logo")),
                terms.organisation(),
                terms.licence().title(),
                terms.licence().url(),
                contextPath + path + query(switched),
                other,
                text(Locale.forLanguageTag(other), "experimentlog.register.language.name"),
                contextPath,
                contextPath
                        + "/download/resources/org.experimentlog.experiment-log:register-resources/register.css");
    }

    /**
     * The list page for the request's parameters; an invalid filter shows its message and an empty
     * list.
     */
    public RegisterListView list(
            Function<String, String> param, Locale locale, String contextPath) {
        PublishingSettings terms = register.publicTerms();
        Map<String, String> query = new LinkedHashMap<>();
        for (String name : List.of("q", "department", "outcome", "verdict", "from", "to")) {
            String value = param.apply(name);
            if (value != null && !value.isBlank()) {
                query.put(name, value.strip());
            }
        }
        query.put("lang", locale.getLanguage());
        RegisterService.Facets facets = register.facets();
        String invalid = null;
        String error = null;
        Page<Publication> page = null;
        int startAt = 0;
        try {
            String start = param.apply("startAt");
            startAt =
                    start == null || start.isBlank()
                            ? 0
                            : Math.max(0, Integer.parseInt(start.strip()));
            RegisterFilter filter =
                    RegisterFilter.parse(
                            query.get("q"),
                            query.get("department"),
                            query.get("outcome"),
                            query.get("verdict"),
                            query.get("from"),
                            query.get("to"));
            page = register.register(filter, new PageRequest(startAt, PAGE_SIZE));
        } catch (NumberFormatException e) {
            invalid = "startAt";
            error = text(locale, "experimentlog.error.value-not-a-whole-number", "startAt");
        } catch (InvalidInputException e) {
            invalid = e.field().orElse("q");
            error = message(e, locale);
        }
        List<RegisterRowView> rows = new ArrayList<>();
        if (page != null) {
            for (Publication p : page.items()) {
                rows.add(row(p, locale, contextPath));
            }
        }
        String verdict = query.getOrDefault("verdict", "");
        List<OptionView> verdicts = new ArrayList<>();
        for (String code : List.of("validated", "invalidated", "inconclusive")) {
            verdicts.add(
                    OptionView.named(
                            code,
                            text(locale, "experimentlog.verdict." + code),
                            code.equals(verdict)));
        }
        verdicts.add(
                OptionView.named(
                        "abandoned",
                        text(locale, "experimentlog.stage.abandoned"),
                        "abandoned".equals(verdict)));
        String previous = null;
        String next = null;
        if (page != null && startAt > 0) {
            previous =
                    contextPath
                            + BASE
                            + query(
                                    with(
                                            query,
                                            "startAt",
                                            Integer.toString(Math.max(0, startAt - PAGE_SIZE))));
        }
        if (page != null && !page.isLast()) {
            next =
                    contextPath
                            + BASE
                            + query(with(query, "startAt", Integer.toString(startAt + PAGE_SIZE)));
        }
        return new RegisterListView(
                chrome(terms, locale, contextPath, BASE, query),
                query.getOrDefault("q", ""),
                query.getOrDefault("from", ""),
                query.getOrDefault("to", ""),
                facets.departments().stream()
                        .map(
                                d ->
                                        OptionView.named(
                                                Long.toString(d.id()),
                                                d.name(),
                                                Long.toString(d.id())
                                                        .equals(query.get("department"))))
                        .toList(),
                facets.outcomes().stream()
                        .map(
                                o ->
                                        OptionView.named(
                                                Long.toString(o.id()),
                                                o.name(),
                                                Long.toString(o.id()).equals(query.get("outcome"))))
                        .toList(),
                verdicts,
                rows,
                page == null ? 0 : page.total(),
                previous,
                next,
                invalid,
                error);
    }

    private RegisterRowView row(Publication p, Locale locale, String contextPath) {
        PublicRecord r = p.record();
        Formats formats = new Formats(locale);
        String href =
                contextPath
                        + BASE
                        + "/"
                        + p.experimentId().value()
                        + "?lang="
                        + locale.getLanguage();
        if (p.isWithdrawn()) {
            return new RegisterRowView(
                    href,
                    r.title(),
                    text(locale, "experimentlog.register.withdrawn"),
                    "withdrawn",
                    "",
                    "",
                    "",
                    "",
                    true,
                    day(formats, p.withdrawal().at()),
                    false);
        }
        return new RegisterRowView(
                href,
                r.title(),
                outcomeLabel(r, locale),
                outcomeCode(r),
                r.closedOn() == null ? "" : formats.day(LocalDate.parse(r.closedOn())),
                r.closedOn() == null ? "" : r.closedOn(),
                String.join(", ", r.departments().stream().map(PublicRecord.Ref::name).toList()),
                r.hypothesis() == null || r.hypothesis().change() == null
                        ? ""
                        : r.hypothesis().change(),
                false,
                "",
                !r.deviations().isEmpty());
    }

    /**
     * One experiment's page: its newest version, or {@code version} when given.
     *
     * @throws org.experimentlog.domain.NotFoundException when publishing is off, or nothing was
     *     published under the number or version
     */
    public RegisterEntryView entry(long number, String version, Locale locale, String contextPath) {
        PublishingSettings terms = register.publicTerms();
        List<Publication> versions = register.entry(number);
        Publication latest = versions.get(versions.size() - 1);
        Publication shown = latest;
        if (version != null && !version.isBlank() && !latest.isWithdrawn()) {
            shown =
                    versions.stream()
                            .filter(p -> Integer.toString(p.version()).equals(version.strip()))
                            .findFirst()
                            .orElseThrow(
                                    () ->
                                            new NotFoundException(
                                                    ErrorKey.REGISTER_ENTRY_NOT_FOUND,
                                                    number + " version " + version));
        }
        Map<String, String> query = new LinkedHashMap<>();
        if (shown != latest) {
            query.put("version", Integer.toString(shown.version()));
        }
        query.put("lang", locale.getLanguage());
        RegisterEntryView.Builder view = record(shown.record(), locale);
        view.chrome = chrome(terms, locale, contextPath, BASE + "/" + number, query);
        fill(view, versions, shown, locale, contextPath);
        view.entryDataHref =
                contextPath + "/rest/experiment-log/1.0/register/experiments/" + number;
        return view.build();
    }

    /**
     * The publish page of an experiment: exactly the record publishing would make public now, in
     * the public page's layout, with the choice of failure stories and the publish and withdraw
     * forms; or why it cannot be published.
     *
     * @throws org.experimentlog.domain.NotFoundException when the issue or its experiment is not
     *     there for the caller
     */
    public RegisterEntryView preview(
            String issueKey, List<String> storyParams, Locale locale, String contextPath) {
        Registration registration = register.registration(issueKey);
        List<FailureStoryId> chosen = new ArrayList<>();
        for (String value : storyParams) {
            try {
                chosen.add(new FailureStoryId(Long.parseLong(value)));
            } catch (RuntimeException e) {
                // an id that is not one is simply not chosen
            }
        }
        RegisterEntryView.Builder view;
        String refusal = null;
        try {
            view = record(register.preview(issueKey, chosen), locale);
        } catch (DomainException e) {
            view = new RegisterEntryView.Builder();
            view.title = issueKey;
            refusal = message(e, locale);
        }
        PublishingSettings terms =
                registration.canPublish()
                        ? register.publicTermsForTeams()
                        : PublishingSettings.defaults();
        Map<String, String> query = new LinkedHashMap<>();
        query.put("lang", locale.getLanguage());
        view.chrome =
                chrome(
                        terms,
                        locale,
                        contextPath,
                        "/plugins/servlet/experiment-log/publish/" + issueKey,
                        query);
        view.preview = true;
        view.issueKey = issueKey;
        view.issueHref = contextPath + "/browse/" + issueKey;
        view.refusal = refusal;
        view.canPublish = refusal == null && registration.canPublish();
        List<Publication> versions = registration.publications();
        view.canWithdraw =
                registration.canEdit()
                        && !versions.isEmpty()
                        && !versions.get(versions.size() - 1).isWithdrawn();
        if (refusal == null && registration.canPublish()) {
            view.storyChoices =
                    register.publishableStories(issueKey).stream()
                            .map(
                                    s ->
                                            OptionView.named(
                                                    s.requireId().toString(),
                                                    s.text().title(),
                                                    chosen.contains(s.requireId())))
                            .toList();
        }
        if (!versions.isEmpty()) {
            Formats formats = new Formats(locale);
            Publication latest = versions.get(versions.size() - 1);
            view.versions =
                    versions.stream()
                            .map(
                                    p ->
                                            new RegisterPairView(
                                                    text(
                                                            locale,
                                                            "experimentlog.register.version",
                                                            p.version()),
                                                    day(formats, p.publishedAt()),
                                                    contextPath
                                                            + BASE
                                                            + "/"
                                                            + p.experimentId().value()
                                                            + "?version="
                                                            + p.version(),
                                                    false))
                            .toList();
            view.publishedVersionsText =
                    latest.isWithdrawn()
                            ? text(
                                    locale,
                                    "experimentlog.register.preview.withdrawn",
                                    latest.version(),
                                    day(formats, latest.withdrawal().at()))
                            : text(
                                    locale,
                                    "experimentlog.register.preview.published",
                                    latest.version(),
                                    day(formats, latest.publishedAt()));
        }
        StringBuilder frame =
                new StringBuilder(contextPath)
                        .append("/plugins/servlet/experiment-log/publish/")
                        .append(issueKey)
                        .append("/preview?lang=")
                        .append(locale.getLanguage());
        for (FailureStoryId story : chosen) {
            frame.append("&story=").append(story.value());
        }
        view.previewFrameHref = frame.toString();
        return view.build();
    }

    /** The versions, withdrawal and numbering of a publication. */
    void fill(
            RegisterEntryView.Builder view,
            List<Publication> versions,
            Publication shown,
            Locale locale,
            String contextPath) {
        Formats formats = new Formats(locale);
        Publication latest = versions.get(versions.size() - 1);
        view.number = shown.experimentId().value();
        view.version = shown.version();
        view.latest = shown == latest;
        view.publishedOn = day(formats, shown.publishedAt());
        List<RegisterPairView> list = new ArrayList<>();
        for (Publication p : versions) {
            list.add(
                    new RegisterPairView(
                            text(locale, "experimentlog.register.version", p.version()),
                            day(formats, p.publishedAt()),
                            contextPath
                                    + BASE
                                    + "/"
                                    + p.experimentId().value()
                                    + "?version="
                                    + p.version()
                                    + "&lang="
                                    + locale.getLanguage(),
                            p == shown));
        }
        view.versions = latest.isWithdrawn() ? List.of() : list;
        if (latest.isWithdrawn()) {
            view.withdrawn = true;
            view.withdrawnOn = day(formats, latest.withdrawal().at());
            view.withdrawalReason = latest.withdrawal().reason();
        }
    }

    /** The page content of a published record, in the reader's language. */
    RegisterEntryView.Builder record(PublicRecord r, Locale locale) {
        Formats formats = new Formats(locale);
        RegisterEntryView.Builder view = new RegisterEntryView.Builder();
        view.title = r.title();
        view.outcomeLabel = outcomeLabel(r, locale);
        view.outcomeCode = outcomeCode(r);
        view.closingNote = r.closingNote();
        view.departments =
                String.join(", ", r.departments().stream().map(PublicRecord.Ref::name).toList());
        view.startedOn = r.startedOn() == null ? "" : formats.day(LocalDate.parse(r.startedOn()));
        view.closedOn = r.closedOn() == null ? "" : formats.day(LocalDate.parse(r.closedOn()));
        view.hypothesis = hypothesis(r.hypothesis(), locale);
        view.method = r.method() == null ? "" : text(locale, "experimentlog.method." + r.method());
        view.methodDetails = r.methodDetails();
        if (r.plan() != null) {
            PublicRecord.Plan plan = r.plan();
            view.hasPlan = true;
            view.planLate = plan.late();
            view.planRegisteredOn = formats.day(LocalDate.parse(plan.registeredOn()));
            view.planRegisteredBy = plan.registeredBy();
            List<RegisterPairView> parts = new ArrayList<>(hypothesis(plan.hypothesis(), locale));
            parts.add(
                    RegisterPairView.of(
                            text(locale, "experimentlog.register.part.method"),
                            plan.method() == null
                                    ? ""
                                    : text(locale, "experimentlog.method." + plan.method())));
            parts.add(
                    RegisterPairView.of(
                            text(locale, "experimentlog.register.part.method-details"),
                            plan.methodDetails()));
            parts.add(
                    RegisterPairView.of(
                            text(locale, "experimentlog.register.part.outcomes"),
                            String.join(
                                    "; ",
                                    plan.outcomes().stream()
                                            .map(
                                                    a ->
                                                            a.outcome()
                                                                    + ("increase"
                                                                                    .equals(
                                                                                            a
                                                                                                    .expected())
                                                                            ? " \u2191"
                                                                            : " \u2193"))
                                            .toList())));
            parts.add(
                    RegisterPairView.of(
                            text(locale, "experimentlog.register.planned-end"),
                            plan.plannedEnd() == null
                                    ? ""
                                    : formats.day(LocalDate.parse(plan.plannedEnd()))));
            parts.add(
                    RegisterPairView.of(
                            text(locale, "experimentlog.register.sample-size"),
                            plan.plannedSampleSize() == null
                                    ? ""
                                    : NumberFormat.getIntegerInstance(locale)
                                            .format(plan.plannedSampleSize())));
            view.plan = parts;
        }
        view.deviations =
                r.deviations().stream()
                        .map(
                                d ->
                                        new RegisterChangeView(
                                                d.planVersion(),
                                                text(
                                                        locale,
                                                        "experimentlog.register.part." + d.part()),
                                                changeText(d.part(), d.before(), locale, formats),
                                                changeText(d.part(), d.after(), locale, formats),
                                                d.reason(),
                                                formats.day(LocalDate.parse(d.on())),
                                                d.by()))
                        .toList();
        view.iterations =
                r.iterations().stream()
                        .map(i -> round(i, r.confidenceLevel(), locale, formats))
                        .toList();
        view.learnings = r.learnings().stream().map(RegisterPageBuilder::lesson).toList();
        view.outcomes =
                r.outcomes().stream()
                        .map(
                                t ->
                                        new RegisterTrendView(
                                                t.title(),
                                                text(
                                                        locale,
                                                        "experimentlog.expected." + t.expected()),
                                                formats.value(t.baseline(), t.unit())
                                                        + " ("
                                                        + formats.day(
                                                                LocalDate.parse(t.baselineOn()))
                                                        + ")",
                                                formats.value(t.target(), t.unit())
                                                        + " ("
                                                        + formats.day(LocalDate.parse(t.targetOn()))
                                                        + ")",
                                                t.measurements().stream()
                                                        .map(
                                                                m ->
                                                                        RegisterPairView.of(
                                                                                formats.day(
                                                                                        LocalDate
                                                                                                .parse(
                                                                                                        m
                                                                                                                .on())),
                                                                                formats.value(
                                                                                        m.value(),
                                                                                        t.unit())))
                                                        .toList()))
                        .toList();
        view.stories =
                r.stories().stream()
                        .map(
                                s ->
                                        new RegisterStoryView(
                                                s.title(),
                                                s.whatWeTried(),
                                                s.whatHappened(),
                                                s.whatWeLearned(),
                                                s.whatWeWillDoDifferently(),
                                                String.join(
                                                        "; ",
                                                        s.factors().stream()
                                                                .map(
                                                                        f ->
                                                                                text(
                                                                                        locale,
                                                                                        "experimentlog.factor."
                                                                                                + f))
                                                                .toList()),
                                                text(locale, "experimentlog.impact." + s.impact()),
                                                s.author()))
                        .toList();
        view.confidence = formats.number(r.confidenceLevel() * 100) + "%";
        return view;
    }

    private RegisterRoundView round(
            PublicRecord.Round i, double confidence, Locale locale, Formats formats) {
        String period =
                i.startDate() == null
                        ? ""
                        : formats.day(LocalDate.parse(i.startDate()))
                                + (i.endDate() == null
                                        ? ""
                                        : " \u2013 " + formats.day(LocalDate.parse(i.endDate())));
        List<RegisterResultView> results = new ArrayList<>();
        for (PublicRecord.Measure m : i.results()) {
            RegisterReading.Reading reading = RegisterReading.read(m, confidence, locale, i18n);
            results.add(
                    new RegisterResultView(
                            m.title(),
                            text(locale, "experimentlog.result.kind." + m.kind()),
                            m.outcome(),
                            reading.figures(),
                            reading.weakerEvidence(),
                            reading.sentence(),
                            m.evidence()));
        }
        return new RegisterRoundView(
                i.number(),
                i.change(),
                period,
                i.decision() == null ? "" : text(locale, "experimentlog.decision." + i.decision()),
                i.rationale(),
                results,
                i.learnings().stream().map(RegisterPageBuilder::lesson).toList());
    }

    private static RegisterPairView lesson(PublicRecord.Lesson l) {
        return RegisterPairView.of(l.statement(), String.join(", ", l.tags()));
    }

    private List<RegisterPairView> hypothesis(PublicRecord.Hypothesis h, Locale locale) {
        if (h == null) {
            return List.of();
        }
        return List.of(
                RegisterPairView.of(text(locale, "experimentlog.register.part.change"), h.change()),
                RegisterPairView.of(
                        text(locale, "experimentlog.register.part.audience"), h.audience()),
                RegisterPairView.of(
                        text(locale, "experimentlog.register.part.expected-result"),
                        h.expectedResult()),
                RegisterPairView.of(text(locale, "experimentlog.register.part.reason"), h.reason()),
                RegisterPairView.of(
                        text(locale, "experimentlog.register.part.signal"), h.signal()));
    }

    private String changeText(String part, String value, Locale locale, Formats formats) {
        if (value == null) {
            return text(locale, "experimentlog.register.empty");
        }
        return switch (part) {
            case "method" -> text(locale, "experimentlog.method." + value);
            case "planned-end" -> formats.day(LocalDate.parse(value));
            case "sample-size" ->
                    NumberFormat.getIntegerInstance(locale).format(Long.parseLong(value));
            default -> value;
        };
    }

    private String outcomeLabel(PublicRecord r, Locale locale) {
        return r.verdict() != null
                ? text(locale, "experimentlog.verdict." + r.verdict())
                : text(locale, "experimentlog.stage." + r.stage());
    }

    private static String outcomeCode(PublicRecord r) {
        return r.verdict() != null ? r.verdict() : r.stage();
    }

    String text(Locale locale, String key, Object... args) {
        Serializable[] values = new Serializable[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i] instanceof Serializable s ? s : String.valueOf(args[i]);
        }
        return args.length == 0 ? i18n.getText(locale, key) : i18n.getText(locale, key, values);
    }

    /** A domain failure's message in the reader's language. */
    String message(DomainException e, Locale locale) {
        if (e.key().isEmpty()) {
            return e.getMessage();
        }
        Serializable[] words =
                e.arguments().stream()
                        .map(
                                argument ->
                                        argument instanceof Phrase phrase
                                                ? i18n.getText(locale, phrase.key())
                                                : argument instanceof Serializable value
                                                        ? value
                                                        : String.valueOf(argument))
                        .toArray(Serializable[]::new);
        String text = i18n.getText(locale, e.key().get().key(), words);
        return text == null || text.equals(e.key().get().key()) ? e.getMessage() : text;
    }

    private static String day(Formats formats, Instant at) {
        return formats.day(LocalDate.ofInstant(at, ZoneOffset.UTC));
    }

    private static Map<String, String> with(Map<String, String> query, String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(query);
        copy.put(name, value);
        return copy;
    }

    static String query(Map<String, String> values) {
        if (values.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("?");
        values.forEach(
                (name, value) -> {
                    if (out.length() > 1) {
                        out.append('&');
                    }
                    out.append(name)
                            .append('=')
                            .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                });
        return out.toString();
    }
}
