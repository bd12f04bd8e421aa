package org.experimentlog.benchmark.load;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What one load run does: the nodes it spreads the virtual users over, how many users for how long,
 * the think time between actions, and the data each user works on (one row per data-set user: the
 * user's name, an Experiment issue of one of their projects with its latest iteration, a plain
 * issue of the same project, a failure story they may read).
 *
 * @param baseUrls the nodes, e.g. {@code http://127.0.0.1:8150/jira}; users are spread over them in
 *     turn
 * @param virtualUsers concurrent virtual users
 * @param rampSeconds the time over which they start
 * @param seconds how long they act after the ramp
 * @param thinkMinSeconds shortest pause between two actions of a user
 * @param thinkMaxSeconds longest pause
 * @param users one map per data-set user (keys {@code user}, {@code project}, {@code
 *     experimentKey}, {@code iterationId}, {@code plainKey}, {@code storyId})
 * @param outcomeIds the outcomes measurements are recorded on
 * @param firstMeasurementDay the newest day this run records measurements on, going back one day
 *     per round over the outcomes, so no two measurements of an outcome share a day
 * @param retrospectiveFrom the start of the retrospective's and the export's period
 * @param retrospectiveTo its end
 */
public record LoadPlan(
        List<String> baseUrls,
        int virtualUsers,
        int rampSeconds,
        int seconds,
        int thinkMinSeconds,
        int thinkMaxSeconds,
        List<Map<String, Object>> users,
        List<Long> outcomeIds,
        LocalDate firstMeasurementDay,
        LocalDate retrospectiveFrom,
        LocalDate retrospectiveTo) {

    /** The request names, as the report lists them. */
    public static final String VIEW_WITH_PANEL = "view an Experiment issue (with the panel)";

    public static final String VIEW_WITHOUT_PANEL = "view an issue without the panel";
    public static final String RECORD_RESULT = "record a result";
    public static final String ADD_LEARNING = "add a learning";
    public static final String RECORD_MEASUREMENT = "record a measurement";
    public static final String SEARCH_LIBRARY = "search the library";
    public static final String OPEN_FEED = "open the failures feed";
    public static final String OPEN_STORY = "open a story";
    public static final String OPEN_RETROSPECTIVE = "open the retrospective";
    public static final String EXPORT_REPORT = "export a report";
    public static final String SHARE_STORY = "share a story";
    public static final String LOG_IN = "log in";

    /** The order of the summary table. */
    public static final List<String> ORDER =
            List.of(
                    LOG_IN,
                    VIEW_WITH_PANEL,
                    VIEW_WITHOUT_PANEL,
                    RECORD_RESULT,
                    ADD_LEARNING,
                    RECORD_MEASUREMENT,
                    SEARCH_LIBRARY,
                    OPEN_FEED,
                    OPEN_STORY,
                    OPEN_RETROSPECTIVE,
                    EXPORT_REPORT,
                    SHARE_STORY);

    /** The audited type each write request creates, for the check after the run. */
    public static final Map<String, String> WRITES =
            Map.of(
                    RECORD_RESULT, "result",
                    ADD_LEARNING, "learning",
                    RECORD_MEASUREMENT, "measurement",
                    SHARE_STORY, "failure-story");

    public LoadPlan {
        baseUrls = List.copyOf(baseUrls);
        users = List.copyOf(users);
        outcomeIds = List.copyOf(outcomeIds);
    }

    /** The day the {@code n}-th measurement of the run is recorded on, and its outcome. */
    public LocalDate measurementDay(long n) {
        return firstMeasurementDay.minusDays(n / outcomeIds.size());
    }

    public long measurementOutcome(long n) {
        return outcomeIds.get((int) (n % outcomeIds.size()));
    }
}
