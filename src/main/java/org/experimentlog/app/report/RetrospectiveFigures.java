package org.experimentlog.app.report;

import java.util.Set;
import java.util.function.Consumer;
import org.experimentlog.domain.ProjectKey;

/**
 * The figures of a retrospective, computed by the database.
 *
 * <p>Implementations aggregate in SQL: the number of statements is fixed whatever the amount of
 * data, and memory does not grow with the number of rows read (a few numbers per concluded
 * experiment at most, for the median).
 */
public interface RetrospectiveFigures {
    /**
     * How many learnings of the period the report lists; {@link
     * RetrospectiveReport#learningsTotal()} counts all.
     */
    int LEARNINGS_LISTED = 50;

    /** How many reused lessons the report lists. */
    int REUSED_LISTED = 10;

    /**
     * The projects that have at least one experiment, so a caller can narrow them to those a reader
     * may browse.
     */
    Set<ProjectKey> projectsWithExperiments();

    /**
     * The report for the query's scope and period, counting only what the query's reader may see.
     */
    RetrospectiveReport report(ReportQuery query);

    /**
     * Every experiment of the report (started, concluded or running in the period), oldest start
     * first, one at a time, for the CSV export; the rows are not collected in memory.
     */
    void experiments(ReportQuery query, Consumer<ReportExperiment> each);
}
