package org.experimentlog.app.report;

import java.util.Set;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.retrospective.Scope;

/**
 * What the dashboard items show, computed by the database: a fixed number of statements whatever
 * the amount of data, and only the rows listed are held in memory.
 */
public interface DashboardFigures {
    /** How many learnings and how many concluded experiments "What we learned" lists. */
    int LISTED = 10;

    /**
     * The latest learnings recorded and experiments concluded in the query's period and scope,
     * within the query's projects (those the reader may browse), newest first.
     */
    LearnedSummary learned(ReportQuery query);

    /**
     * How many experiments of the scope are in each stage now, within the projects given (those the
     * reader may browse); an empty set counts nothing.
     */
    StageCounts stages(Scope scope, Set<ProjectKey> projects);
}
