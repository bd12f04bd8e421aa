package org.experimentlog.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.java.ao.Query;
import org.experimentlog.app.port.ExperimentFilter;
import org.experimentlog.app.port.ExperimentSelection;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.outcome.OutcomeId;
import org.springframework.stereotype.Component;

/**
 * {@link ExperimentSelection} on Active Objects: each criterion is a condition on the experiment
 * table or a join to the table that records it (departments, outcome links, learning tags), so a
 * selection is one statement that reads only the issue id and key, whatever the number of
 * experiments it matches.
 */
@Component
public final class AoExperimentSelection implements ExperimentSelection {
    /** Active Objects puts the main table's alias before each selected column itself. */
    private static final String ISSUE_COLUMNS =
            AoExperiment.ISSUE_ID + ", " + AoExperiment.ISSUE_KEY;

    private final ActiveObjects ao;

    @Inject
    public AoExperimentSelection(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<IssueRef> issuesMatching(ExperimentFilter filter) {
        Query query = Query.select(ISSUE_COLUMNS).alias(AoExperiment.class, "e");
        if (filter instanceof ExperimentFilter.InStage stage) {
            query = query.where("e." + AoExperiment.STAGE + " = ?", stage.stage().code());
        } else if (filter instanceof ExperimentFilter.WithVerdict verdict) {
            query = query.where("e." + AoExperiment.VERDICT + " = ?", verdict.verdict().code());
        } else if (filter instanceof ExperimentFilter.ForDepartment department) {
            query =
                    query.join(
                                    AoExperimentDepartment.class,
                                    "d." + AoExperimentDepartment.EXPERIMENT_ID + " = e.ID")
                            .alias(AoExperimentDepartment.class, "d")
                            .where(
                                    "d." + AoExperimentDepartment.DEPARTMENT_ID + " = ?",
                                    (int) department.department().value());
        } else if (filter instanceof ExperimentFilter.ForOutcomes outcomes) {
            List<Integer> ids =
                    outcomes.outcomes().stream().map(id -> (int) id.value()).sorted().toList();
            query =
                    query.join(AoOutcomeLink.class, "o." + AoOutcomeLink.EXPERIMENT_ID + " = e.ID")
                            .alias(AoOutcomeLink.class, "o")
                            .where(
                                    InClause.of("o." + AoOutcomeLink.OUTCOME_ID, ids.size()),
                                    InClause.params(ids));
        } else if (filter instanceof ExperimentFilter.WithLearningTag tag) {
            query =
                    query.join(AoLearningTag.class, "t." + AoLearningTag.EXPERIMENT_ID + " = e.ID")
                            .alias(AoLearningTag.class, "t")
                            .where("t." + AoLearningTag.TAG + " = ?", tag.tag().value());
        } else {
            throw new IllegalArgumentException("Unknown filter " + filter);
        }
        // Keyed by issue id: a join repeats an experiment once per matching row (two learnings with
        // the tag), so the
        // map keeps each issue once.
        Map<Long, IssueRef> issues = new LinkedHashMap<>();
        ao.stream(
                AoExperiment.class,
                query.order("e." + AoExperiment.ISSUE_ID),
                row ->
                        issues.putIfAbsent(
                                row.getIssueId(),
                                new IssueRef(row.getIssueId(), row.getIssueKey())));
        return new ArrayList<>(issues.values());
    }

    @Override
    public Set<OutcomeId> outcomesNamed(String idOrTitle) {
        String title = idOrTitle.strip().toLowerCase(Locale.ROOT);
        Long id = wholeNumber(idOrTitle.strip());
        Set<OutcomeId> found = new LinkedHashSet<>();
        // Outcomes are few (tens to hundreds): reading their ids and titles in one statement and
        // comparing here
        // ignores case the same way on every database, which LOWER() on a column does not.
        ao.stream(
                AoOutcome.class,
                Query.select("ID, " + AoOutcome.TITLE).order("ID"),
                row -> {
                    if ((id != null && row.getID() == id)
                            || row.getTitle().strip().toLowerCase(Locale.ROOT).equals(title)) {
                        found.add(new OutcomeId(row.getID()));
                    }
                });
        return found;
    }

    private static Long wholeNumber(String text) {
        if (text.isEmpty()
                || text.length() > 18
                || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Long.parseLong(text);
    }
}
