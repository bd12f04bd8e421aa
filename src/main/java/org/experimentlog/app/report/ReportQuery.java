package org.experimentlog.app.report;

import static java.util.Objects.requireNonNull;

import java.time.ZoneId;
import java.util.Set;
import org.experimentlog.domain.Period;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.failure.Reader;
import org.experimentlog.domain.retrospective.Scope;

/**
 * What a retrospective covers, already narrowed to what its reader may see.
 *
 * @param scope the project, department, outcome or everything
 * @param period the days it reviews, in {@code zone}
 * @param zone the time zone that turns stored instants into days
 * @param projects the projects whose experiments count: those the reader may browse (for a project
 *     scope, that one project); an empty set means no experiment counts
 * @param reader the reader, who decides which failure stories count
 */
public record ReportQuery(
        Scope scope, Period period, ZoneId zone, Set<ProjectKey> projects, Reader reader) {
    public ReportQuery {
        requireNonNull(scope, "scope");
        requireNonNull(period, "period");
        requireNonNull(zone, "zone");
        projects = Set.copyOf(projects);
        requireNonNull(reader, "reader");
    }
}
