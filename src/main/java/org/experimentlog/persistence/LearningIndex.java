package org.experimentlog.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import net.java.ao.Query;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.NotFoundException;
import org.experimentlog.domain.StaleVersionException;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.Experiment;
import org.experimentlog.domain.experiment.Learning;
import org.experimentlog.domain.experiment.OutcomeLink;
import org.experimentlog.domain.experiment.Tag;
import org.experimentlog.domain.experiment.Verdict;

/**
 * The search columns of {@link AoLearning}: copies of the experiment attributes the learning
 * library filters on, the tags as a delimited list and the statement in lower case. They are
 * written with the learning and rewritten on each of the experiment's learnings whenever the
 * experiment is saved (an experiment has a handful of learnings).
 */
final class LearningIndex {
    private LearningIndex() {}

    /** The lower-case form of a statement or of a search text; both sides use the same rule. */
    static String searchText(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /**
     * The search terms of the statement and of the tags, each tag's words as words of their own.
     */
    static String terms(Learning learning) {
        return SearchTerms.of(
                learning.statement(),
                String.join(" ", learning.tags().stream().map(Tag::value).toList()));
    }

    /**
     * The columns a new learning copies from its experiment, read as committed.
     *
     * <p>A learning added while someone else saves its experiment must not keep the attributes the
     * experiment had before: the other transaction rewrites the learnings it can see, and the new
     * one is not among them yet. So the new learning takes, for the duration of its transaction,
     * the claim the next save of the experiment needs ({@link VersionClaims}): a concurrent save
     * waits for it and then sees the learning, and a learning that comes second fails with a stale
     * version instead of storing outdated copies.
     *
     * @throws NotFoundException when the experiment was deleted meanwhile
     * @throws StaleVersionException when the experiment is being saved at the same moment
     */
    static Map<String, Object> experimentColumnsForNew(ActiveObjects ao, Learning learning) {
        int experimentId = (int) learning.experimentId().value();
        AoExperiment experiment =
                Rows.byId(ao, AoExperiment.class, experimentId)
                        .orElseThrow(
                                () -> new NotFoundException(ErrorKey.LEARNING_EXPERIMENT_DELETED));
        holdNextVersion(ao, experimentId, experiment.getRowVersion());
        List<Integer> id = List.of(experimentId);
        Map<String, Object> c = new HashMap<>();
        c.put(AoLearning.PROJECT_KEY, experiment.getProjectKey());
        c.put(AoLearning.VERDICT, experiment.getVerdict());
        c.put(
                AoLearning.DEPARTMENTS,
                ids(
                        Rows.whereIn(
                                        ao,
                                        AoExperimentDepartment.class,
                                        AoExperimentDepartment.EXPERIMENT_ID,
                                        id,
                                        "ID")
                                .stream()
                                .map(AoExperimentDepartment::getDepartmentId)
                                .toList()));
        c.put(
                AoLearning.OUTCOMES,
                ids(
                        Rows.whereIn(ao, AoOutcomeLink.class, AoOutcomeLink.EXPERIMENT_ID, id, "ID")
                                .stream()
                                .map(AoOutcomeLink::getOutcomeId)
                                .toList()));
        return c;
    }

    /**
     * Inserts and removes the claim of the experiment's next version: it stays locked until this
     * transaction ends.
     */
    private static void holdNextVersion(ActiveObjects ao, int experimentId, long storedVersion) {
        String objectKey = "experiment:" + experimentId;
        String claim = objectKey + "#" + (storedVersion + 1);
        try {
            ao.create(
                    AoVersionClaim.class,
                    Map.of(AoVersionClaim.OBJECT_KEY, objectKey, AoVersionClaim.CLAIM, claim));
        } catch (RuntimeException e) {
            if (VersionClaims.isUniqueViolation(e)) {
                throw new StaleVersionException("experiment");
            }
            throw e;
        }
        ao.deleteWithSQL(AoVersionClaim.class, AoVersionClaim.CLAIM + " = ?", claim);
    }

    /**
     * Copies the experiment's project, verdict, departments and outcomes onto each of its
     * learnings, writing only the learnings whose copies differ.
     */
    static void follow(ActiveObjects ao, int experimentId, Experiment experiment) {
        Map<String, Object> copies = experimentColumns(experiment);
        String project = (String) copies.get(AoLearning.PROJECT_KEY);
        String verdict = (String) copies.get(AoLearning.VERDICT);
        String departments = (String) copies.get(AoLearning.DEPARTMENTS);
        String outcomes = (String) copies.get(AoLearning.OUTCOMES);
        for (AoLearning row :
                ao.find(
                        AoLearning.class,
                        Query.select().where(AoLearning.EXPERIMENT_ID + " = ?", experimentId))) {
            if (project.equals(row.getProjectKey())
                    && Objects.equals(verdict, row.getVerdict())
                    && departments.equals(row.getDepartments())
                    && outcomes.equals(row.getOutcomes())) {
                continue;
            }
            row.setProjectKey(project);
            row.setVerdict(verdict);
            row.setDepartments(departments);
            row.setOutcomes(outcomes);
            row.save();
        }
    }

    /**
     * The columns a learning copies from its experiment as it stands: what {@link #follow} writes.
     */
    static Map<String, Object> experimentColumns(Experiment experiment) {
        Map<String, Object> c = new HashMap<>();
        c.put(AoLearning.PROJECT_KEY, experiment.issue().projectKey().value());
        c.put(AoLearning.VERDICT, experiment.verdict().map(Verdict::code).orElse(null));
        c.put(
                AoLearning.DEPARTMENTS,
                ids(experiment.departments().stream().map(DepartmentId::value).toList()));
        c.put(
                AoLearning.OUTCOMES,
                ids(
                        experiment.outcomes().stream()
                                .map(OutcomeLink::outcome)
                                .map(o -> o.value())
                                .toList()));
        return c;
    }

    private static String ids(Collection<? extends Number> ids) {
        return StoryCodes.join(
                ids.stream().map(id -> Long.toString(id.longValue())).distinct().toList());
    }
}
