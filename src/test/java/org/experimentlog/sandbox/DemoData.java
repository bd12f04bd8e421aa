package org.experimentlog.sandbox;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.experimentlog.app.AdministrationService;
import org.experimentlog.app.ExperimentService;
import org.experimentlog.app.FailureStoryService;
import org.experimentlog.app.OutcomeService;
import org.experimentlog.app.RegisterService;
import org.experimentlog.app.RetrospectiveService;
import org.experimentlog.app.command.Abandon;
import org.experimentlog.app.command.AddIteration;
import org.experimentlog.app.command.AddLearning;
import org.experimentlog.app.command.Conclude;
import org.experimentlog.app.command.DefineOutcome;
import org.experimentlog.app.command.EditHypothesis;
import org.experimentlog.app.command.EditIteration;
import org.experimentlog.app.command.EditPlan;
import org.experimentlog.app.command.HoldRetrospective;
import org.experimentlog.app.command.MoveStage;
import org.experimentlog.app.command.OpenExperiment;
import org.experimentlog.app.command.ProposedAction;
import org.experimentlog.app.command.RecordAppliedIn;
import org.experimentlog.app.command.RecordMeasurement;
import org.experimentlog.app.command.RecordResult;
import org.experimentlog.app.command.SaveDepartment;
import org.experimentlog.app.command.ShareStory;
import org.experimentlog.app.digest.FollowingService;
import org.experimentlog.domain.Coded;
import org.experimentlog.domain.Period;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.department.Department;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.Decision;
import org.experimentlog.domain.experiment.ExpectedDirection;
import org.experimentlog.domain.experiment.Experiment;
import org.experimentlog.domain.experiment.Hypothesis;
import org.experimentlog.domain.experiment.Iteration;
import org.experimentlog.domain.experiment.IterationId;
import org.experimentlog.domain.experiment.Method;
import org.experimentlog.domain.experiment.OutcomeLink;
import org.experimentlog.domain.experiment.ResultMeasure;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.experiment.Tag;
import org.experimentlog.domain.experiment.Verdict;
import org.experimentlog.domain.failure.Audience;
import org.experimentlog.domain.failure.ContributingFactor;
import org.experimentlog.domain.failure.FailureStory;
import org.experimentlog.domain.failure.Impact;
import org.experimentlog.domain.failure.StoryText;
import org.experimentlog.domain.follow.FollowKind;
import org.experimentlog.domain.follow.FollowTarget;
import org.experimentlog.domain.outcome.Direction;
import org.experimentlog.domain.outcome.Metric;
import org.experimentlog.domain.outcome.MetricKind;
import org.experimentlog.domain.outcome.Outcome;
import org.experimentlog.domain.outcome.OutcomeId;
import org.experimentlog.domain.outcome.Reference;
import org.experimentlog.domain.register.Licence;
import org.experimentlog.domain.register.PublishingSettings;
import org.experimentlog.domain.retrospective.RetroAction;
import org.experimentlog.domain.retrospective.Scope;
import org.experimentlog.domain.settings.AppSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;

/**
 * The demo data of a fresh sandbox: a municipal service team (departments Product, Design,
 * Technology, Operations, Policy) working on parking permits and change of address, with three
 * outcomes measured monthly for a year, ten experiments in every stage, results of every kind,
 * learnings, failure stories (one anonymous, some shared with chosen departments), and a
 * retrospective. Everything goes through the app's use cases, as the demo users, with the sandbox
 * clock set back so the story unfolds over the past year; the audit log tells it too.
 */
final class DemoData {
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final ApplicationContext spring;
    private final AdministrationService admin;
    private final OutcomeService outcomes;
    private final ExperimentService experiments;
    private final RegisterService register;
    private final FailureStoryService stories;
    private final RetrospectiveService retrospectives;
    private final SandboxIssueGateway issues;
    private final SandboxClock clock;
    private final ZoneId zone;
    private final LocalDate today;
    private final Random random = new Random(20260302L);
    private final Map<String, DepartmentId> departments = new HashMap<>();

    DemoData(ApplicationContext spring, SandboxIssueGateway issues, SandboxClock clock) {
        this.spring = spring;
        this.admin = spring.getBean(AdministrationService.class);
        this.outcomes = spring.getBean(OutcomeService.class);
        this.experiments = spring.getBean(ExperimentService.class);
        this.register = spring.getBean(RegisterService.class);
        this.stories = spring.getBean(FailureStoryService.class);
        this.retrospectives = spring.getBean(RetrospectiveService.class);
        this.issues = issues;
        this.clock = clock;
        this.zone = clock.zone();
        this.today = clock.today();
    }

    /**
     * Loads the demo data unless the database has departments already (it is not the first start).
     */
    void loadIfEmpty() {
        if (!as("admin", admin::departments).isEmpty()) {
            LOG.info("Existing data found: no demo data loaded");
            return;
        }
        long started = System.nanoTime();
        try {
            load();
            followers();
        } finally {
            clock.release();
        }
        LOG.info("Demo data loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * A few people follow departments, tags and a project, as of six weeks ago, so that an
     * administrator's "send the digests now" sends real digests of what happened since (dirk's
     * profile reads Dutch in the sandbox).
     */
    private void followers() {
        at(daysAgo(45));
        FollowingService following = spring.getBean(FollowingService.class);
        for (String[] f :
                new String[][] {
                    {"pia", "department", "Design"},
                    {"pia", "tag", "forms"},
                    {"dirk", "tag", "plain-language"},
                    {"dirk", "project", "MOVE"},
                    {"tess", "department", "Technology"},
                    {"otto", "tag", "data-quality"},
                    {"paula", "department", "Policy"},
                    {"nina", "project", "PERMIT"}
                }) {
            String value =
                    f[1].equals("department") ? Long.toString(departments.get(f[2]).value()) : f[2];
            as(
                    f[0],
                    () ->
                            following.follow(
                                    new FollowTarget(
                                            Coded.fromCode(FollowKind.class, f[1], "kind"),
                                            value)));
        }
    }

    private void load() {
        at(daysAgo(380));
        for (String[] d :
                new String[][] {
                    {"Product", "dept-product"},
                    {"Design", "dept-design"},
                    {"Technology", "dept-technology"},
                    {"Operations", "dept-operations"},
                    {"Policy", "dept-policy"}
                }) {
            Department saved =
                    as(
                            "admin",
                            () -> admin.saveDepartment(new SaveDepartment(null, 0, d[0], d[1])));
            departments.put(d[0], saved.requireId());
        }
        AppSettings settings = as("admin", admin::settings);
        as(
                "admin",
                () ->
                        admin.saveSettings(
                                new AppSettings(
                                        true, true, "dept-product", 0.95, settings.version())));

        OutcomeId completion =
                outcome(
                        "pia",
                        "Parking permit applied for online in under 5 minutes",
                        "Share of online parking-permit applications completed in under five minutes.",
                        new Metric(MetricKind.COMPLETION_RATE, "%", Direction.HIGHER_IS_BETTER),
                        48,
                        75,
                        "Product",
                        48,
                        2.2);
        OutcomeId satisfaction =
                outcome(
                        "pia",
                        "User satisfaction with the permit service",
                        "Average score residents give the permit service in the exit survey (1 to 10).",
                        new Metric(
                                MetricKind.SATISFACTION,
                                "score (1-10)",
                                Direction.HIGHER_IS_BETTER),
                        6.4,
                        7.5,
                        "Design",
                        6.4,
                        0.09);
        OutcomeId takeUp =
                outcome(
                        "pia",
                        "Digital take-up of change-of-address",
                        "Share of address changes done online rather than at the desk or by post.",
                        Metric.preset(MetricKind.DIGITAL_TAKE_UP),
                        55,
                        80,
                        "Operations",
                        55,
                        1.6);

        // PERMIT: concluded (validated), concluded (invalidated), analysing, running, designing,
        // abandoned
        String shortForm =
                experiment(
                        "PERMIT",
                        "One-page permit form",
                        "pia",
                        330,
                        new Hypothesis(
                                "a one-page permit form that asks for each document once",
                                "residents applying online",
                                "more applications completed in under five minutes",
                                "the old form asked for the same documents twice",
                                "completion in under 5 minutes rises from 48% to 60%"),
                        Method.AB_TEST,
                        "50/50 split of online visitors for four weeks",
                        List.of("Product", "Design", "Technology"),
                        List.of(
                                new OutcomeLink(completion, ExpectedDirection.INCREASE),
                                new OutcomeLink(satisfaction, ExpectedDirection.INCREASE)));
        // a deviation from the registered plan, with its reason: the split ran longer than planned,
        // to reach the sample size it now names
        at(daysAgo(322));
        as(
                "pia",
                () ->
                        experiments.editPlan(
                                new EditPlan(
                                        shortForm,
                                        version(shortForm),
                                        Method.AB_TEST,
                                        "50/50 split of online visitors for six weeks",
                                        Set.of(
                                                departments.get("Product"),
                                                departments.get("Design"),
                                                departments.get("Technology")),
                                        List.of(
                                                new OutcomeLink(
                                                        completion, ExpectedDirection.INCREASE),
                                                new OutcomeLink(
                                                        satisfaction, ExpectedDirection.INCREASE)),
                                        4_000L,
                                        "Summer brought fewer applicants than planned; four weeks would not have reached the sample we needed.")));
        IterationId formFirst =
                iteration(shortForm, "pia", 320, "Removed the duplicate document questions", 28);
        result(
                shortForm,
                formFirst,
                "pia",
                completion,
                "Completed in under 5 minutes",
                new ResultMeasure.Proportion(2410, 1180, 2395, 1432, 0.5),
                "Four weeks, all online applicants");
        result(
                shortForm,
                formFirst,
                "pia",
                null,
                "Minutes to complete",
                new ResultMeasure.Mean(2410, 7.8, 3.9, 2395, 6.1, 3.2),
                null);
        decide(
                shortForm,
                formFirst,
                "pia",
                290,
                Decision.PERSEVERE,
                "Completion rose clearly; keep the form and improve the help texts.");
        IterationId formSecond =
                iteration(
                        shortForm,
                        "dirk",
                        285,
                        "Plain-language help texts next to each question",
                        21);
        result(
                shortForm,
                formSecond,
                "dirk",
                satisfaction,
                "Satisfaction score",
                new ResultMeasure.Observed(6.5, 7.1, "score"),
                "Exit survey before and after the change");
        result(
                shortForm,
                formSecond,
                "dirk",
                null,
                "Usability sessions",
                new ResultMeasure.Qualitative(
                        "Residents no longer phoned to ask which document was meant.",
                        URI.create("https://wiki.example.org/permits/usability-round-2")),
                null);
        decide(shortForm, formSecond, "dirk", 262, Decision.SCALE, "Roll out to all permit types.");
        learning(
                shortForm,
                formFirst,
                "pia",
                "Asking for each document once cut drop-out more than any wording change.",
                "forms",
                "documents");
        learning(
                shortForm,
                formSecond,
                "dirk",
                "Help text next to the question beats a separate help page.",
                "forms",
                "plain-language");
        stage(shortForm, "pia", 268, Stage.ANALYSING);
        conclude(
                shortForm,
                "pia",
                260,
                Verdict.VALIDATED,
                "Scaled to all permit types in the spring release.");

        String reminders =
                experiment(
                        "PERMIT",
                        "Renewal reminders by text message",
                        "otto",
                        300,
                        new Hypothesis(
                                "a text-message reminder two weeks before a permit expires",
                                "permit holders",
                                "fewer expired permits and fewer fines",
                                "people forget the renewal date",
                                "expired permits drop by a third within two months"),
                        Method.PILOT,
                        "Pilot in the Centre district only",
                        List.of("Operations", "Technology"),
                        List.of(new OutcomeLink(satisfaction, ExpectedDirection.INCREASE)));
        IterationId reminderPilot =
                iteration(
                        reminders,
                        "otto",
                        290,
                        "Text messages to 1,200 holders in the Centre district",
                        56);
        result(
                reminders,
                reminderPilot,
                "otto",
                null,
                "Expired permits per month",
                new ResultMeasure.Observed(212, 201, "permits"),
                "Centre district, two months before and after");
        decide(
                reminders,
                reminderPilot,
                "otto",
                230,
                Decision.STOP,
                "Hardly any effect; most numbers in the register were outdated.");
        learning(
                reminders,
                reminderPilot,
                "otto",
                "Check contact data quality before building a reminder service on it.",
                "data-quality",
                "reminders");
        stage(reminders, "otto", 232, Stage.ANALYSING);
        conclude(
                reminders,
                "otto",
                228,
                Verdict.INVALIDATED,
                "A success of the process: we learned cheaply that the register data is the bottleneck.");

        String digid =
                experiment(
                        "PERMIT",
                        "Log in with DigiD before the form",
                        "tess",
                        200,
                        new Hypothesis(
                                "asking residents to log in before the form",
                                "first-time applicants",
                                "prefilled addresses and fewer errors",
                                "half of the errors are typos in addresses",
                                "address errors fall below 5% of applications"),
                        Method.AB_TEST,
                        null,
                        List.of("Technology", "Product"),
                        List.of(new OutcomeLink(completion, ExpectedDirection.INCREASE)));
        IterationId digidFirst =
                iteration(
                        digid,
                        "tess",
                        190,
                        "Login step before the form for half of the visitors",
                        30);
        result(
                digid,
                digidFirst,
                "tess",
                completion,
                "Completed in under 5 minutes",
                new ResultMeasure.Proportion(1500, 810, 1480, 842, 0.5),
                null);
        result(
                digid,
                digidFirst,
                "tess",
                null,
                "Address errors",
                new ResultMeasure.Proportion(1500, 97, 1480, 41, 0.5),
                "Errors found by the back office");
        stage(digid, "tess", 155, Stage.ANALYSING);
        // This quarter, whatever the date: DigiD concluded with a learning, so the current
        // quarter's report has one.
        at(daysAgo(recent(14)));
        learning(
                digid,
                digidFirst,
                "tess",
                "Prefilled addresses halved the errors the back office had to fix.",
                "forms",
                "login");
        conclude(
                digid,
                "tess",
                recent(12),
                Verdict.VALIDATED,
                "Login first for everyone from the next release.");

        String photo =
                experiment(
                        "PERMIT",
                        "Upload the car registration by photo",
                        "dirk",
                        60,
                        new Hypothesis(
                                "letting residents upload a photo of the registration card",
                                "residents on a phone",
                                "fewer abandoned applications on mobile",
                                "typing the registration number on a phone is error-prone",
                                "mobile completion rises by 5 points"),
                        Method.USABILITY_TEST,
                        "Six sessions, then a pilot",
                        List.of("Design"),
                        List.of());
        iteration(photo, "dirk", 50, "Prototype with photo upload tested with six residents", 14);

        experiment(
                "PERMIT",
                "Visitor permits by the hour",
                "nina",
                20,
                new Hypothesis(
                        "selling visitor permits by the hour",
                        "residents with occasional visitors",
                        null,
                        null,
                        null),
                null,
                null,
                List.of(),
                List.of());

        String chat =
                experiment(
                        "PERMIT",
                        "Chatbot for permit questions",
                        "tess",
                        250,
                        new Hypothesis(
                                "a chatbot on the permit page",
                                "residents with questions",
                                "fewer phone calls",
                                "most calls are about the same five questions",
                                "calls about permits fall by 20%"),
                        Method.PILOT,
                        null,
                        List.of("Technology", "Operations"),
                        List.of());
        iteration(chat, "tess", 240, "Chatbot answering the five most asked questions", 20);
        abandon(
                chat,
                "tess",
                215,
                "The supplier could not meet the accessibility requirements in time; the same answers now sit on the page.");

        // MOVE: change of address
        String moveOnline =
                experiment(
                        "MOVE",
                        "Address change fully online",
                        "paula",
                        340,
                        new Hypothesis(
                                "a fully online address change without a desk visit",
                                "residents moving within the city",
                                "more address changes done online",
                                "a desk visit is only needed for a document check that can be digital",
                                "online share rises from 55% to 65%"),
                        Method.BEFORE_AFTER,
                        "Compare the quarter before and after launch",
                        List.of("Policy", "Operations", "Technology"),
                        List.of(new OutcomeLink(takeUp, ExpectedDirection.INCREASE)));
        IterationId moveFirst =
                iteration(
                        moveOnline,
                        "paula",
                        330,
                        "Digital document check replaces the desk visit",
                        90);
        result(
                moveOnline,
                moveFirst,
                "paula",
                takeUp,
                "Share done online",
                new ResultMeasure.Observed(55.2, 63.9, "%"),
                "Quarter before vs quarter after");
        learning(
                moveOnline,
                moveFirst,
                "paula",
                "Legal review early saved us two months: the desk visit was habit, not law.",
                "policy",
                "legal");
        stage(moveOnline, "paula", 235, Stage.ANALYSING);
        conclude(moveOnline, "paula", 225, Verdict.VALIDATED, null);

        String moveLetter =
                experiment(
                        "MOVE",
                        "Confirmation letter in plain language",
                        "dirk",
                        150,
                        new Hypothesis(
                                "a confirmation letter rewritten in plain language",
                                "residents who moved",
                                "fewer follow-up calls",
                                "people call because they do not understand the letter",
                                "follow-up calls drop by 25%"),
                        Method.AB_TEST,
                        null,
                        List.of("Design", "Policy"),
                        List.of(new OutcomeLink(takeUp, ExpectedDirection.INCREASE)));
        IterationId letterFirst =
                iteration(
                        moveLetter,
                        "dirk",
                        140,
                        "Two versions of the letter, sent alternately",
                        42);
        result(
                moveLetter,
                letterFirst,
                "dirk",
                null,
                "Residents who called back",
                new ResultMeasure.Proportion(800, 96, 790, 90, 0.5),
                null);
        learning(
                moveLetter,
                letterFirst,
                "dirk",
                "The wording was not why people called; the missing date of effect was.",
                "plain-language",
                "letters");
        stage(moveLetter, "dirk", 95, Stage.ANALYSING);
        conclude(
                moveLetter,
                "dirk",
                90,
                Verdict.INCONCLUSIVE,
                "Too small a difference to tell; we added the date and will measure again.");

        String moveKids =
                experiment(
                        "MOVE",
                        "Move children's school registration along",
                        "paula",
                        40,
                        new Hypothesis(
                                "offering to pass the new address to the school",
                                "families with school-age children",
                                "fewer missing school letters",
                                "schools keep old addresses for months",
                                "school letters returned fall by half"),
                        Method.PILOT,
                        null,
                        List.of("Policy"),
                        List.of());
        iteration(moveKids, "paula", 30, "Opt-in question for families in one district", 30);
        stage(moveKids, "paula", recent(3), Stage.ANALYSING);

        experiment(
                "MOVE",
                "Moving checklist by e-mail",
                "paula",
                10,
                new Hypothesis(null, "residents registering a move", null, null, null),
                null,
                null,
                List.of(),
                List.of());

        // stopped before it ran: the retrospective counts it as abandoned in the period it was
        // stopped in
        String moveVideo =
                experiment(
                        "MOVE",
                        "Video call to confirm a move",
                        "dirk",
                        25,
                        new Hypothesis(
                                "a video call instead of a visit to confirm a move",
                                "residents moving from abroad",
                                null,
                                null,
                                null),
                        null,
                        null,
                        List.of("Operations"),
                        List.of());
        abandon(
                moveVideo,
                "dirk",
                12,
                "Residents moving from abroad must show their passport in person by law, so a call saves no visit.");

        issue("PERMIT", "Update the permit price list", "Task");
        issue("MOVE", "Archive paper address forms", "Task");

        // Failures shared
        FailureStory anonymous =
                story(
                        "otto",
                        225,
                        new StoryText(
                                "Reminder texts reached almost nobody",
                                "We sent renewal reminders by text message to permit holders in the Centre district.",
                                "Two thirds of the numbers in the register were outdated, so most reminders never arrived.",
                                "Check the quality of contact data before building a service on it.",
                                "Start with a data check of a sample before any pilot.",
                                null),
                        Set.of(
                                ContributingFactor.DATA_QUALITY,
                                ContributingFactor.UNTESTED_ASSUMPTION),
                        Impact.LOW,
                        reminders,
                        reminderPilot,
                        Audience.everyone(),
                        true);
        story(
                "tess",
                214,
                new StoryText(
                        "The chatbot failed accessibility checks late",
                        "We piloted a supplier's chatbot on the permit page.",
                        "An accessibility audit after the build found it unusable with a screen reader.",
                        "Put WCAG requirements in the tender and test with assistive technology in week one.",
                        "Ask suppliers for an accessibility statement before the pilot starts.",
                        null),
                Set.of(ContributingFactor.DEPENDENCY_OR_SUPPLIER, ContributingFactor.TIME_PRESSURE),
                Impact.MEDIUM,
                chat,
                null,
                Audience.departments(
                        Set.of(departments.get("Technology"), departments.get("Operations"))),
                false);
        story(
                "paula",
                180,
                new StoryText(
                        "A policy memo nobody read",
                        "We sent a long memo to explain the new address rules to the desks.",
                        "Desk staff kept asking residents for the old documents for weeks.",
                        "A five-minute stand-up at the desks works better than a memo.",
                        null,
                        "The memo arrived during the busiest week of the year."),
                Set.of(ContributingFactor.COMMUNICATION_GAP),
                Impact.MEDIUM,
                null,
                null,
                Audience.departments(Set.of(departments.get("Policy"))),
                false);
        FailureStory scope =
                story(
                        "pia",
                        recent(25),
                        new StoryText(
                                "We tried to redesign everything at once",
                                "A full redesign of the permit journey in one release.",
                                "The release slipped three months and we could not tell which change helped.",
                                "Change one thing per iteration so results can be attributed.",
                                "Smaller iterations, each with a hypothesis.",
                                null),
                        Set.of(
                                ContributingFactor.SCOPE_TOO_LARGE,
                                ContributingFactor.CHANGING_PRIORITIES),
                        Impact.HIGH,
                        null,
                        null,
                        Audience.everyone(),
                        false);
        at(daysAgo(recent(20)));
        as("dirk", () -> stories.markHelped(anonymous.requireId()));
        as("paula", () -> stories.markHelped(anonymous.requireId()));
        as("tess", () -> stories.markHelped(scope.requireId()));
        as(
                "dirk",
                () ->
                        stories.recordAppliedIn(
                                new RecordAppliedIn(
                                        scope.requireId(),
                                        photo,
                                        "We test the photo upload alone, before anything else changes.")));

        at(daysAgo(85));
        LocalDate quarterStart = today.minusDays(90).with(IsoFields.DAY_OF_QUARTER, 1);
        as(
                "pia",
                () ->
                        retrospectives.hold(
                                new HoldRetrospective(
                                        Scope.project(new ProjectKey("PERMIT")),
                                        Period.quarterOf(quarterStart),
                                        "Permit team quarterly retrospective",
                                        "We learned most from the reminders pilot that failed. Data quality comes first.",
                                        List.of(
                                                ProposedAction.of(
                                                        new RetroAction(
                                                                null,
                                                                "Sample-check contact data before any pilot",
                                                                null,
                                                                quarterStart.plusMonths(4),
                                                                false)),
                                                ProposedAction.of(
                                                        new RetroAction(
                                                                null,
                                                                "Share the one-page form learnings with the change-of-address team",
                                                                null,
                                                                quarterStart.plusMonths(3),
                                                                true))))));

        publishRegister(shortForm, reminders, chat, moveOnline, anonymous);
    }

    /**
     * The public register: publishing on, three experiments published (one validated with a
     * deviation, one invalidated with its anonymous failure story, one abandoned) and one published
     * and withdrawn.
     */
    private void publishRegister(
            String shortForm,
            String reminders,
            String chat,
            String moveOnline,
            FailureStory remindersStory) {
        at(daysAgo(200));
        as(
                "admin",
                () ->
                        register.saveSettings(
                                new PublishingSettings(
                                        true,
                                        Licence.CC_BY_4_0,
                                        "Municipality of Exampleton (sandbox)",
                                        "Exampleton experiment register",
                                        Set.of(),
                                        false,
                                        as("admin", register::settings).version())));
        as("pia", () -> register.publish(shortForm, List.of()));
        at(daysAgo(190));
        as("otto", () -> register.publish(reminders, List.of(remindersStory.requireId())));
        at(daysAgo(180));
        as("tess", () -> register.publish(chat, List.of()));
        at(daysAgo(170));
        as("paula", () -> register.publish(moveOnline, List.of()));
        at(daysAgo(160));
        as(
                "paula",
                () ->
                        register.withdraw(
                                moveOnline,
                                "The online share was measured before the autumn campaign "
                                        + "ended; we withdraw it until the full quarter is in."));
    }

    private OutcomeId outcome(
            String user,
            String title,
            String description,
            Metric metric,
            double baseline,
            double target,
            String owner,
            double start,
            double monthlyStep) {
        at(daysAgo(370));
        Outcome saved =
                as(
                        user,
                        () ->
                                outcomes.define(
                                        new DefineOutcome(
                                                title,
                                                description,
                                                metric,
                                                new Reference(baseline, today.minusDays(365)),
                                                new Reference(target, today.plusMonths(9)),
                                                departments.get(owner))));
        for (int month = 12; month >= 1; month--) {
            LocalDate day = today.minusMonths(month).withDayOfMonth(1);
            double value =
                    Math.round(
                                    (start
                                                    + (12 - month) * monthlyStep
                                                    + random.nextGaussian() * monthlyStep * 0.6)
                                            * 10)
                            / 10.0;
            at(day.atStartOfDay(zone).toInstant().plus(9, ChronoUnit.HOURS));
            as(
                    user,
                    () ->
                            outcomes.record(
                                    new RecordMeasurement(
                                            saved.requireId(),
                                            value,
                                            day,
                                            "Monthly figure from the service dashboard")));
        }
        return saved.requireId();
    }

    private String issue(String project, String summary, String type) {
        return issues.create(project, summary, type).ref().key();
    }

    private String experiment(
            String project,
            String summary,
            String user,
            int daysAgo,
            Hypothesis hypothesis,
            Method method,
            String methodDetails,
            List<String> departmentNames,
            List<OutcomeLink> links) {
        at(daysAgo(daysAgo));
        String key = issue(project, summary, SandboxIssueGateway.EXPERIMENT_TYPE);
        as(user, () -> experiments.open(new OpenExperiment(key)));
        as(
                user,
                () ->
                        experiments.editHypothesis(
                                new EditHypothesis(key, version(key), hypothesis)));
        Set<DepartmentId> ids = new LinkedHashSet<>();
        departmentNames.forEach(name -> ids.add(departments.get(name)));
        as(
                user,
                () ->
                        experiments.editPlan(
                                new EditPlan(
                                        key, version(key), method, methodDetails, ids, links)));
        if (hypothesis.missingForStart().isEmpty() && method != null) {
            at(daysAgo(daysAgo - 3));
            as(user, () -> experiments.moveStage(new MoveStage(key, version(key), Stage.RUNNING)));
        }
        return key;
    }

    private IterationId iteration(String key, String user, int daysAgo, String change, int length) {
        at(daysAgo(daysAgo));
        LocalDate start = today.minusDays(daysAgo);
        Iteration saved =
                as(
                        user,
                        () ->
                                experiments.addIteration(
                                        new AddIteration(
                                                key, change, start, start.plusDays(length))));
        return saved.requireId();
    }

    private void decide(
            String key,
            IterationId id,
            String user,
            int daysAgo,
            Decision decision,
            String rationale) {
        at(daysAgo(daysAgo));
        Iteration current = as(user, () -> experiments.view(key)).iteration(id).orElseThrow();
        as(
                user,
                () ->
                        experiments.editIteration(
                                new EditIteration(
                                        key,
                                        id,
                                        current.version(),
                                        current.change(),
                                        current.startDate().orElse(null),
                                        current.endDate().orElse(null),
                                        decision,
                                        rationale)));
    }

    private void result(
            String key,
            IterationId iteration,
            String user,
            OutcomeId outcome,
            String title,
            ResultMeasure measure,
            String note) {
        as(
                user,
                () ->
                        experiments.recordResult(
                                new RecordResult(key, iteration, outcome, title, measure, note)));
    }

    private void learning(
            String key, IterationId iteration, String user, String statement, String... tags) {
        Set<Tag> tagSet = new TreeSet<>();
        for (String tag : tags) {
            tagSet.add(new Tag(tag));
        }
        as(user, () -> experiments.addLearning(new AddLearning(key, iteration, statement, tagSet)));
    }

    private void stage(String key, String user, int daysAgo, Stage stage) {
        at(daysAgo(daysAgo));
        as(user, () -> experiments.moveStage(new MoveStage(key, version(key), stage)));
    }

    private void conclude(String key, String user, int daysAgo, Verdict verdict, String note) {
        at(daysAgo(daysAgo));
        as(user, () -> experiments.conclude(new Conclude(key, version(key), verdict, note)));
    }

    private void abandon(String key, String user, int daysAgo, String reason) {
        at(daysAgo(daysAgo));
        as(user, () -> experiments.abandon(new Abandon(key, version(key), reason)));
    }

    private FailureStory story(
            String user,
            int daysAgo,
            StoryText text,
            Set<ContributingFactor> factors,
            Impact impact,
            String experimentKey,
            IterationId iteration,
            Audience audience,
            boolean anonymous) {
        at(daysAgo(daysAgo));
        return as(
                user,
                () ->
                        stories.share(
                                new ShareStory(
                                        text,
                                        factors,
                                        impact,
                                        experimentKey,
                                        iteration,
                                        audience,
                                        anonymous)));
    }

    private long version(String key) {
        Experiment experiment = as("admin", () -> experiments.view(key)).experiment();
        return experiment.version();
    }

    /**
     * {@code days} ago, or the first day of the current quarter when that is later: what happens
     * "recently" falls in the quarter a retrospective shows by default, whatever day the sandbox
     * starts.
     */
    private int recent(int days) {
        LocalDate quarterStart = today.with(IsoFields.DAY_OF_QUARTER, 1);
        return (int) Math.min(days, ChronoUnit.DAYS.between(quarterStart, today));
    }

    private Instant daysAgo(int days) {
        return today.minusDays(days).atStartOfDay(zone).toInstant().plus(10, ChronoUnit.HOURS);
    }

    private void at(Instant instant) {
        clock.setTo(instant);
    }

    private static <T> T as(String user, Supplier<T> work) {
        return CurrentUser.as(user, work);
    }
}
