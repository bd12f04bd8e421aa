package org.experimentlog.benchmark.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load test's virtual users (Gatling's Java DSL): each logs in through the login page as one of
 * the Data Center data set's users, then until the run's end repeats a pause of think time and one
 * action drawn from the mix: viewing issues with and without the experiment panel, the writes a
 * team makes (a result, a learning, a measurement, a failure story), and the pages people read
 * (library search, failures feed and a story, retrospective, report export). The plan comes from
 * {@link LoadTest}, which runs this simulation in its own JVM.
 */
public class LoadSimulation extends Simulation {
    /** Set by {@link LoadTest} before each run. */
    static volatile LoadPlan plan;

    private static final String REST = "/rest/experiment-log/1.0";
    private static final String PAGES = "/plugins/servlet/experiment-log";
    private static final List<String> WORDS =
            List.of(
                    "form",
                    "letters",
                    "residents",
                    "permit",
                    "queue",
                    "waiting",
                    "trust",
                    "online",
                    "phone",
                    "language",
                    "reminders",
                    "appointments");

    private final AtomicLong measurements = new AtomicLong();
    private final AtomicLong writes = new AtomicLong();

    public LoadSimulation() {
        LoadPlan p = plan;
        long end = System.currentTimeMillis() + (p.rampSeconds() + (long) p.seconds()) * 1000L;
        HttpProtocolBuilder protocol =
                http.baseUrls(p.baseUrls())
                        .acceptHeader("text/html,application/json;q=0.9")
                        .acceptLanguageHeader("en")
                        .userAgentHeader("experiment-log-load-test");

        ChainBuilder logIn =
                exec(
                        http(LoadPlan.LOG_IN)
                                .post("/login.jsp")
                                .formParam("os_username", "#{user}")
                                .formParam("os_password", "#{user}")
                                .disableFollowRedirect()
                                .check(status().is(302)));

        ChainBuilder viewWithPanel =
                exec(
                        http(LoadPlan.VIEW_WITH_PANEL)
                                .get("/browse/#{experimentKey}")
                                .check(status().is(200), substring("id=\"exlog-panel\"")));
        ChainBuilder viewWithoutPanel =
                exec(
                        http(LoadPlan.VIEW_WITHOUT_PANEL)
                                .get("/browse/#{plainKey}")
                                .check(
                                        status().is(200),
                                        substring("id=\"exlog-panel\"").notExists()));
        ChainBuilder recordResult =
                exec(session -> session.set("n", writes.incrementAndGet()))
                        .exec(
                                http(LoadPlan.RECORD_RESULT)
                                        .post(
                                                REST
                                                        + "/experiments/#{experimentKey}/iterations/#{iterationId}/results")
                                        .header("Content-Type", "application/json")
                                        .body(
                                                StringBody(
                                                        "{\"title\":\"Load #{n}\",\"kind\":\"mean\","
                                                                + "\"controlSize\":40,\"controlMean\":5.5,\"controlSd\":1.2,"
                                                                + "\"variantSize\":41,\"variantMean\":6.1,\"variantSd\":1.1}"))
                                        .check(status().is(201)));
        ChainBuilder addLearning =
                exec(session -> session.set("n", writes.incrementAndGet()))
                        .exec(
                                http(LoadPlan.ADD_LEARNING)
                                        .post(REST + "/experiments/#{experimentKey}/learnings")
                                        .header("Content-Type", "application/json")
                                        .body(
                                                StringBody(
                                                        "{\"statement\":\"Under load, residents read letter #{n}"
                                                                + " sooner\",\"tags\":[\"load-test\",\"letters\"]}"))
                                        .check(status().is(201)));
        ChainBuilder recordMeasurement =
                exec(session -> {
                            long n = measurements.getAndIncrement();
                            return session.set("outcomeId", p.measurementOutcome(n))
                                    .set("measuredOn", p.measurementDay(n).toString())
                                    .set(
                                            "value",
                                            String.format(
                                                    Locale.ROOT,
                                                    "%.1f",
                                                    ThreadLocalRandom.current()
                                                            .nextDouble(10, 90)));
                        })
                        .exec(
                                http(LoadPlan.RECORD_MEASUREMENT)
                                        .post(REST + "/outcomes/#{outcomeId}/measurements")
                                        .header("Content-Type", "application/json")
                                        .body(
                                                StringBody(
                                                        "{\"value\":#{value},\"measuredOn\":\"#{measuredOn}\"}"))
                                        .check(status().is(201)));
        ChainBuilder searchLibrary =
                exec(session -> {
                            ThreadLocalRandom random = ThreadLocalRandom.current();
                            return session.set(
                                    "q",
                                    WORDS.get(random.nextInt(WORDS.size()))
                                            + " "
                                            + WORDS.get(random.nextInt(WORDS.size())));
                        })
                        .exec(
                                http(LoadPlan.SEARCH_LIBRARY)
                                        .get(PAGES + "/library")
                                        .queryParam("q", "#{q}")
                                        .check(status().is(200)));
        ChainBuilder feedAndStory =
                exec(http(LoadPlan.OPEN_FEED).get(PAGES + "/failures").check(status().is(200)))
                        .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
                        .exec(
                                http(LoadPlan.OPEN_STORY)
                                        .get(PAGES + "/failures/#{storyId}")
                                        .check(status().is(200)));
        ChainBuilder retrospective =
                exec(
                        http(LoadPlan.OPEN_RETROSPECTIVE)
                                .get(PAGES + "/retrospective")
                                .queryParam("scope", "project")
                                .queryParam("value", "#{project}")
                                .queryParam("from", p.retrospectiveFrom().toString())
                                .queryParam("to", p.retrospectiveTo().toString())
                                .check(status().is(200)));
        ChainBuilder exportReport =
                exec(
                        http(LoadPlan.EXPORT_REPORT)
                                .get(REST + "/retrospectives/report")
                                .queryParam("scope", "project")
                                .queryParam("value", "#{project}")
                                .queryParam("from", p.retrospectiveFrom().toString())
                                .queryParam("to", p.retrospectiveTo().toString())
                                .queryParam("format", "csv")
                                .check(status().is(200)));
        ChainBuilder shareStory =
                exec(session -> session.set("n", writes.incrementAndGet()))
                        .exec(
                                http(LoadPlan.SHARE_STORY)
                                        .post(REST + "/failures")
                                        .header("Content-Type", "application/json")
                                        .body(
                                                StringBody(
                                                        "{\"title\":\"Reminder letters under load #{n}\","
                                                                + "\"whatWeTried\":\"A shorter reminder letter\","
                                                                + "\"whatHappened\":\"Residents still called the desk\","
                                                                + "\"whatWeLearned\":\"The letter was not the problem\","
                                                                + "\"whatWeWillDoDifferently\":\"Ask residents first\","
                                                                + "\"factors\":[\"untested-assumption\"],\"impact\":\"low\","
                                                                + "\"experimentIssueKey\":\"#{experimentKey}\","
                                                                + "\"audience\":{\"everyone\":true},\"anonymous\":false}"))
                                        .check(status().is(201)));

        ScenarioBuilder users =
                scenario("Experiment Log users")
                        .feed(listFeeder(p.users()).circular())
                        .exec(logIn)
                        .asLongAs(session -> System.currentTimeMillis() < end)
                        .on(
                                exec(session -> session)
                                        .pause(
                                                Duration.ofSeconds(p.thinkMinSeconds()),
                                                Duration.ofSeconds(p.thinkMaxSeconds()))
                                        .doIf(session -> System.currentTimeMillis() < end)
                                        .then(
                                                randomSwitch()
                                                        .on(
                                                                percent(22).then(viewWithPanel),
                                                                percent(18).then(viewWithoutPanel),
                                                                percent(6).then(recordResult),
                                                                percent(6).then(addLearning),
                                                                percent(5).then(recordMeasurement),
                                                                percent(15).then(searchLibrary),
                                                                percent(10).then(feedAndStory),
                                                                percent(7).then(retrospective),
                                                                percent(6).then(exportReport),
                                                                percent(5).then(shareStory))));

        setUp(users.injectOpen(rampUsers(p.virtualUsers()).during(p.rampSeconds())))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(p.rampSeconds() + p.seconds() + 120L));
    }
}
