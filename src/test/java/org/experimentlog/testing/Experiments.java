package org.experimentlog.testing;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.Experiment;
import org.experimentlog.domain.experiment.ExperimentId;
import org.experimentlog.domain.experiment.Hypothesis;
import org.experimentlog.domain.experiment.Method;
import org.experimentlog.domain.experiment.OutcomeLink;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.experiment.Verdict;

/**
 * Builds stored experiments: by default experiment {@value #ID} on PERMIT-12, in design, with a
 * complete hypothesis, so that every stage can be reached from it. The stage methods set a
 * consistent timeline.
 */
public final class Experiments {
    public static final long ID = 41;
    public static final IssueRef ISSUE = new IssueRef(10012, "PERMIT-12");
    public static final Instant CREATED_AT = Instant.parse("2025-03-03T09:00:00Z");
    public static final Instant STARTED_AT = Instant.parse("2025-03-10T08:30:00Z");
    public static final Instant CLOSED_AT = Instant.parse("2025-04-07T15:00:00Z");
    public static final String CONCLUSION_NOTE =
            "Renewals took four minutes less with the pre-filled form.";
    public static final String ABANDON_REASON =
            "The permit system supplier could not deliver the lookup in time.";

    private long id = ID;
    private long version = 1;
    private IssueRef issue = ISSUE;
    private Hypothesis hypothesis = Hypotheses.aHypothesis().build();
    private Method method = Method.AB_TEST;
    private String methodDetails = "Half of the renewal reminders link to the pre-filled form.";
    private Stage stage = Stage.DESIGNING;
    private Verdict verdict;
    private String closingNote;
    private Set<DepartmentId> departments = Set.of(Departments.PRODUCT, Departments.OPERATIONS);
    private List<OutcomeLink> outcomes = List.of();
    private UserRef createdBy = Users.MARIA;
    private Instant startedAt;
    private Instant closedAt;

    private Experiments() {}

    public static Experiments anExperiment() {
        return new Experiments();
    }

    public Experiments designing() {
        return inStage(Stage.DESIGNING, null, null, null, null);
    }

    public Experiments running() {
        return inStage(Stage.RUNNING, null, null, STARTED_AT, null);
    }

    public Experiments analysing() {
        return inStage(Stage.ANALYSING, null, null, STARTED_AT, null);
    }

    public Experiments concluded() {
        return concludedAs(Verdict.VALIDATED);
    }

    public Experiments concludedAs(Verdict value) {
        return inStage(Stage.CONCLUDED, value, CONCLUSION_NOTE, STARTED_AT, CLOSED_AT);
    }

    /** Abandoned while it was running. */
    public Experiments abandoned() {
        return inStage(Stage.ABANDONED, null, ABANDON_REASON, STARTED_AT, CLOSED_AT);
    }

    private Experiments inStage(
            Stage value, Verdict verdictValue, String note, Instant started, Instant closed) {
        stage = value;
        verdict = verdictValue;
        closingNote = note;
        startedAt = started;
        closedAt = closed;
        return this;
    }

    public Experiments withId(long value) {
        id = value;
        return this;
    }

    public Experiments withVersion(long value) {
        version = value;
        return this;
    }

    public Experiments onIssue(long issueId, String issueKey) {
        issue = new IssueRef(issueId, issueKey);
        return this;
    }

    public Experiments withHypothesis(Hypothesis value) {
        hypothesis = value;
        return this;
    }

    public Experiments withMethod(Method value, String details) {
        method = value;
        methodDetails = details;
        return this;
    }

    public Experiments inDepartments(DepartmentId... values) {
        departments = Set.of(values);
        return this;
    }

    public Experiments aimingAt(OutcomeLink... values) {
        outcomes = List.of(values);
        return this;
    }

    public Experiments createdBy(UserRef value) {
        createdBy = value;
        return this;
    }

    /** Overrides the start of the first run that the stage methods set. */
    public Experiments startedAt(Instant value) {
        startedAt = value;
        return this;
    }

    public Experiment build() {
        return Experiment.stored(new ExperimentId(id), version)
                .issue(issue)
                .hypothesis(hypothesis)
                .method(method, methodDetails)
                .stage(stage, verdict, closingNote)
                .departments(departments)
                .outcomes(outcomes)
                .created(createdBy, CREATED_AT)
                .timeline(startedAt, closedAt)
                .build();
    }
}
