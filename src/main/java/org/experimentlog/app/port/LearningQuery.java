package org.experimentlog.app.port;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.Tag;
import org.experimentlog.domain.experiment.Verdict;
import org.experimentlog.domain.outcome.OutcomeId;

/**
 * What to look for in the learning library. Every criterion is optional; together they narrow the
 * result.
 *
 * @param text words the statement contains, ignoring case; blank for any
 * @param tag learnings with this tag
 * @param department learnings of experiments that involve this department
 * @param outcome learnings of experiments that aim at this outcome
 * @param verdict learnings of experiments concluded with this verdict
 * @param from learnings written on or after this day
 * @param to learnings written on or before this day
 * @param zone the time zone in which {@code from} and {@code to} are days
 * @param visibleProjects only learnings of experiments in these projects; null for every project
 */
public record LearningQuery(
        String text,
        Tag tag,
        DepartmentId department,
        OutcomeId outcome,
        Verdict verdict,
        LocalDate from,
        LocalDate to,
        ZoneId zone,
        Set<ProjectKey> visibleProjects) {
    public static final int TEXT_MAX = 200;

    public LearningQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > TEXT_MAX) {
            throw new InvalidInputException("q", ErrorKey.SEARCH_TEXT_TOO_LONG, TEXT_MAX);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("to", ErrorKey.SEARCH_PERIOD_ORDER);
        }
        requireNonNull(zone, "zone");
        visibleProjects = visibleProjects == null ? null : Set.copyOf(visibleProjects);
    }

    /**
     * Learnings matching these criteria, in every project, with days in UTC until {@link
     * #in(ZoneId)} says otherwise.
     */
    public static LearningQuery matching(
            String text,
            Tag tag,
            DepartmentId department,
            OutcomeId outcome,
            Verdict verdict,
            LocalDate from,
            LocalDate to) {
        return new LearningQuery(
                text, tag, department, outcome, verdict, from, to, ZoneOffset.UTC, null);
    }

    /** Every learning. */
    public static LearningQuery all() {
        return matching(null, null, null, null, null, null, null);
    }

    /** The same criteria with the days taken in this time zone. */
    public LearningQuery in(ZoneId dayZone) {
        return new LearningQuery(
                text, tag, department, outcome, verdict, from, to, dayZone, visibleProjects);
    }

    /** The same criteria, restricted to learnings of experiments in these projects. */
    public LearningQuery visibleIn(Set<ProjectKey> projects) {
        return new LearningQuery(
                text,
                tag,
                department,
                outcome,
                verdict,
                from,
                to,
                zone,
                requireNonNull(projects, "projects"));
    }

    public Optional<String> textIfAny() {
        return Optional.ofNullable(text);
    }

    /** The projects to search in; empty when every project may be searched. */
    public Optional<Set<ProjectKey>> visibleProjectsIfRestricted() {
        return Optional.ofNullable(visibleProjects);
    }
}
