package org.experimentlog.app;

import java.util.List;
import java.util.Map;
import org.experimentlog.domain.department.Department;
import org.experimentlog.domain.experiment.ExperimentRecord;
import org.experimentlog.domain.failure.FailureStory;
import org.experimentlog.domain.failure.FailureStoryId;
import org.experimentlog.domain.outcome.Measurement;
import org.experimentlog.domain.outcome.Outcome;
import org.experimentlog.domain.retrospective.Retrospective;
import org.experimentlog.domain.settings.AppSettings;

/**
 * Where an export writes the app's data, one object at a time, so a large export never sits in
 * memory. The export calls it in this order: {@link #settings}, {@link #departments}, every {@link
 * #outcome} (by id), every {@link #experiment}, every page of {@link #stories}, every page of
 * {@link #retrospectives}, then {@link #finish} once.
 */
public interface ExportSink {
    void settings(AppSettings settings);

    void departments(List<Department> departments);

    void outcome(Outcome outcome, List<Measurement> measurements);

    /**
     * An experiment with its iterations, results and learnings; figures at the configured
     * confidence level.
     */
    void experiment(ExperimentRecord record, double confidenceLevel);

    /**
     * A page of failure stories with how many readers each one helped. A story's author is written
     * only through {@link FailureStory#shownAuthor()}: anonymous authors are never exported.
     */
    void stories(List<FailureStory> stories, Map<FailureStoryId, Integer> helpedCounts);

    /** A page of retrospectives teams held, with their notes and actions. */
    void retrospectives(List<Retrospective> retrospectives);

    void finish();
}
