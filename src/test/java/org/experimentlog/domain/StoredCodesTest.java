package org.experimentlog.domain;

import static java.util.Map.entry;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.experimentlog.domain.audit.AuditAction;
import org.experimentlog.domain.audit.AuditKey;
import org.experimentlog.domain.audit.AuditedType;
import org.experimentlog.domain.experiment.Decision;
import org.experimentlog.domain.experiment.ExpectedDirection;
import org.experimentlog.domain.experiment.HypothesisHint;
import org.experimentlog.domain.experiment.Method;
import org.experimentlog.domain.experiment.ResultKind;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.experiment.Verdict;
import org.experimentlog.domain.failure.ContributingFactor;
import org.experimentlog.domain.failure.Impact;
import org.experimentlog.domain.follow.DigestFrequency;
import org.experimentlog.domain.follow.FollowKind;
import org.experimentlog.domain.outcome.Direction;
import org.experimentlog.domain.outcome.MetricKind;
import org.experimentlog.domain.outcome.OutcomeStatus;
import org.experimentlog.domain.register.DeviationKind;
import org.experimentlog.domain.register.Licence;
import org.experimentlog.domain.register.PlanPart;
import org.experimentlog.domain.retrospective.ScopeKind;
import org.experimentlog.domain.settings.HypothesisPart;
import org.junit.Test;

/**
 * Codes are stored in the database and sent over the REST API (STYLE rule 6). Changing one breaks
 * stored data, so each code is written out here: a renamed code, a removed constant or an unpinned
 * new one fails the build.
 */
public class StoredCodesTest {
    private static final Map<Class<?>, Map<String, String>> PINNED = new LinkedHashMap<>();

    static {
        PINNED.put(
                Decision.class,
                Map.of(
                        "PERSEVERE", "persevere",
                        "PIVOT", "pivot",
                        "SCALE", "scale",
                        "STOP", "stop"));
        PINNED.put(
                ExpectedDirection.class,
                Map.of(
                        "INCREASE", "increase",
                        "DECREASE", "decrease"));
        PINNED.put(
                HypothesisHint.class,
                Map.of(
                        "NO_REASON", "no-reason",
                        "NO_SIGNAL", "no-signal",
                        "NO_THRESHOLD", "no-threshold"));
        PINNED.put(
                Method.class,
                Map.of(
                        "AB_TEST", "ab-test",
                        "PILOT", "pilot",
                        "BEFORE_AFTER", "before-after",
                        "USABILITY_TEST", "usability-test",
                        "INTERVIEWS", "interviews",
                        "SURVEY", "survey",
                        "PROTOTYPE", "prototype",
                        "OTHER", "other"));
        PINNED.put(
                ResultKind.class,
                Map.of(
                        "OBSERVED", "observed",
                        "PROPORTION", "proportion",
                        "MEAN", "mean",
                        "QUALITATIVE", "qualitative"));
        PINNED.put(
                Stage.class,
                Map.of(
                        "DESIGNING", "designing",
                        "RUNNING", "running",
                        "ANALYSING", "analysing",
                        "CONCLUDED", "concluded",
                        "ABANDONED", "abandoned"));
        PINNED.put(
                Verdict.class,
                Map.of(
                        "VALIDATED", "validated",
                        "INVALIDATED", "invalidated",
                        "INCONCLUSIVE", "inconclusive"));
        PINNED.put(
                Direction.class,
                Map.of(
                        "HIGHER_IS_BETTER", "higher-is-better",
                        "LOWER_IS_BETTER", "lower-is-better"));
        PINNED.put(
                MetricKind.class,
                Map.of(
                        "SATISFACTION", "satisfaction",
                        "SPEED_OF_SERVICE", "speed-of-service",
                        "COMPLETION_RATE", "completion-rate",
                        "DIGITAL_TAKE_UP", "digital-take-up",
                        "COST_PER_TRANSACTION", "cost-per-transaction",
                        "ADOPTION", "adoption",
                        "CUSTOM", "custom"));
        PINNED.put(
                OutcomeStatus.class,
                Map.of(
                        "ACTIVE", "active",
                        "ACHIEVED", "achieved",
                        "PAUSED", "paused",
                        "RETIRED", "retired"));
        PINNED.put(
                ContributingFactor.class,
                Map.ofEntries(
                        entry("UNCLEAR_PROBLEM", "unclear-problem"),
                        entry("UNTESTED_ASSUMPTION", "untested-assumption"),
                        entry("USER_NEEDS_MISUNDERSTOOD", "user-needs-misunderstood"),
                        entry("SCOPE_TOO_LARGE", "scope-too-large"),
                        entry("TIME_PRESSURE", "time-pressure"),
                        entry("MISSING_SKILLS_OR_CAPACITY", "missing-skills-or-capacity"),
                        entry("TECHNICAL_CONSTRAINT", "technical-constraint"),
                        entry("DATA_QUALITY", "data-quality"),
                        entry("POLICY_OR_LEGAL_CONSTRAINT", "policy-or-legal-constraint"),
                        entry("DEPENDENCY_OR_SUPPLIER", "dependency-or-supplier"),
                        entry("COMMUNICATION_GAP", "communication-gap"),
                        entry("CHANGING_PRIORITIES", "changing-priorities")));
        PINNED.put(
                Impact.class,
                Map.of(
                        "LOW", "low",
                        "MEDIUM", "medium",
                        "HIGH", "high"));
        PINNED.put(
                ScopeKind.class,
                Map.of(
                        "PROJECT", "project",
                        "DEPARTMENT", "department",
                        "OUTCOME", "outcome",
                        "EVERYTHING", "everything"));
        PINNED.put(
                AuditKey.class,
                Map.ofEntries(
                        entry("EXPERIMENT_OPENED", "experiment-opened"),
                        entry("HYPOTHESIS_EDITED", "hypothesis-edited"),
                        entry("PLAN_EDITED", "plan-edited"),
                        entry("EXPERIMENT_MOVED", "experiment-moved"),
                        entry("EXPERIMENT_CONCLUDED", "experiment-concluded"),
                        entry("EXPERIMENT_CONCLUDED_AS", "experiment-concluded-as"),
                        entry("EXPERIMENT_ABANDONED", "experiment-abandoned"),
                        entry("EXPERIMENT_REOPENED", "experiment-reopened"),
                        entry("EXPERIMENT_DELETED_WITH_ISSUE", "experiment-deleted-with-issue"),
                        entry("PLAN_REGISTERED", "plan-registered"),
                        entry("PLAN_DEVIATED", "plan-deviated"),
                        entry("ITERATION_ADDED", "iteration-added"),
                        entry("ITERATION_EDITED", "iteration-edited"),
                        entry("ITERATION_DECIDED", "iteration-decided"),
                        entry("ITERATION_DELETED", "iteration-deleted"),
                        entry("RESULT_RECORDED", "result-recorded"),
                        entry("RESULT_REVISED", "result-revised"),
                        entry("RESULT_DELETED", "result-deleted"),
                        entry("LEARNING_ADDED", "learning-added"),
                        entry("LEARNING_EDITED", "learning-edited"),
                        entry("LEARNING_DELETED", "learning-deleted"),
                        entry("PUBLISHED", "published"),
                        entry("PUBLISHED_VERSION", "published-version"),
                        entry("PUBLICATION_WITHDRAWN", "publication-withdrawn"),
                        entry(
                                "PUBLICATION_WITHDRAWN_ISSUE_DELETED",
                                "publication-withdrawn-issue-deleted"),
                        entry("REGISTER_SETTINGS_CHANGED", "register-settings-changed"),
                        entry("STORY_SHARED", "story-shared"),
                        entry("STORY_EDITED", "story-edited"),
                        entry("STORY_DELETED", "story-deleted"),
                        entry("STORY_MARKED_HELPFUL", "story-marked-helpful"),
                        entry("STORY_UNMARKED_HELPFUL", "story-unmarked-helpful"),
                        entry("APPLIED_IN_RECORDED", "applied-in-recorded"),
                        entry("APPLIED_IN_RESTORED", "applied-in-restored"),
                        entry("APPLIED_IN_REMOVED", "applied-in-removed"),
                        entry("OUTCOME_DEFINED", "outcome-defined"),
                        entry("OUTCOME_CHANGED", "outcome-changed"),
                        entry("OUTCOME_DELETED", "outcome-deleted"),
                        entry("MEASUREMENT_RECORDED", "measurement-recorded"),
                        entry("MEASUREMENT_RESTORED", "measurement-restored"),
                        entry("MEASUREMENT_CORRECTED", "measurement-corrected"),
                        entry("MEASUREMENT_DELETED", "measurement-deleted"),
                        entry("RETROSPECTIVE_SAVED", "retrospective-saved"),
                        entry("RETROSPECTIVE_DELETED", "retrospective-deleted"),
                        entry("RETROSPECTIVE_ACTION_DONE", "retrospective-action-done"),
                        entry("RETROSPECTIVE_ACTION_REOPENED", "retrospective-action-reopened"),
                        entry("DEPARTMENT_SAVED", "department-saved"),
                        entry("DEPARTMENT_SAVED_WITH_GROUP", "department-saved-with-group"),
                        entry("DEFAULT_DEPARTMENT_CREATED", "default-department-created"),
                        entry("SETTINGS_SAVED", "settings-saved"),
                        entry("PROJECT_OFFERED", "project-offered"),
                        entry("PROJECT_NOT_OFFERED", "project-not-offered"),
                        entry("DATA_EXPORTED", "data-exported"),
                        entry("FOLLOWED", "followed"),
                        entry("UNFOLLOWED", "unfollowed"),
                        entry("DEFAULT_FOLLOW_TURNED_OFF", "default-follow-turned-off"),
                        entry("DEPARTMENT_FOLLOWED_BY_DEFAULT", "department-followed-by-default"),
                        entry(
                                "DEPARTMENT_NOT_FOLLOWED_BY_DEFAULT",
                                "department-not-followed-by-default"),
                        entry("DIGEST_PREFERENCES_SAVED", "digest-preferences-saved"),
                        entry(
                                "DIGEST_PREFERENCES_SAVED_PROFILE_LANGUAGE",
                                "digest-preferences-saved-profile-language"),
                        entry("DIGESTS_SENT", "digests-sent")));
        PINNED.put(
                AuditAction.class,
                Map.ofEntries(
                        entry("CREATED", "created"),
                        entry("UPDATED", "updated"),
                        entry("STAGE_CHANGED", "stage-changed"),
                        entry("DELETED", "deleted"),
                        entry("MARKED", "marked"),
                        entry("UNMARKED", "unmarked"),
                        entry("EXPORTED", "exported"),
                        entry("REGISTERED", "registered"),
                        entry("DEVIATED", "deviated"),
                        entry("PUBLISHED", "published"),
                        entry("WITHDRAWN", "withdrawn"),
                        entry("RESTORED", "restored")));
        PINNED.put(
                AuditedType.class,
                Map.ofEntries(
                        entry("EXPERIMENT", "experiment"),
                        entry("ITERATION", "iteration"),
                        entry("RESULT", "result"),
                        entry("LEARNING", "learning"),
                        entry("OUTCOME", "outcome"),
                        entry("MEASUREMENT", "measurement"),
                        entry("FAILURE_STORY", "failure-story"),
                        entry("DEPARTMENT", "department"),
                        entry("RETROSPECTIVE", "retrospective"),
                        entry("SETTINGS", "settings"),
                        entry("PUBLICATION", "publication"),
                        entry("FOLLOW", "follow"),
                        entry("DIGEST_PREFERENCES", "digest-preferences"),
                        entry("DIGEST_RUN", "digest-run")));
        // Registered plans and the public register
        PINNED.put(
                PlanPart.class,
                Map.of(
                        "CHANGE", "change",
                        "AUDIENCE", "audience",
                        "EXPECTED_RESULT", "expected-result",
                        "REASON", "reason",
                        "SIGNAL", "signal",
                        "METHOD", "method",
                        "METHOD_DETAILS", "method-details",
                        "OUTCOMES", "outcomes",
                        "PLANNED_END", "planned-end",
                        "SAMPLE_SIZE", "sample-size"));
        PINNED.put(
                DeviationKind.class,
                Map.of(
                        "HYPOTHESIS", "hypothesis",
                        "SIGNAL", "signal",
                        "METHOD", "method",
                        "OUTCOMES", "outcomes"));
        PINNED.put(
                Licence.class,
                Map.of(
                        "CC_BY_4_0", "cc-by-4-0",
                        "CC_BY_SA_4_0", "cc-by-sa-4-0",
                        "CC0_1_0", "cc0-1-0"));
        PINNED.put(
                FollowKind.class,
                Map.of(
                        "DEPARTMENT", "department",
                        "OUTCOME", "outcome",
                        "TAG", "tag",
                        "PROJECT", "project"));
        PINNED.put(
                DigestFrequency.class,
                Map.of(
                        "DAILY", "daily",
                        "WEEKLY", "weekly"));
        PINNED.put(
                HypothesisPart.class,
                Map.of(
                        "CHANGE", "change",
                        "AUDIENCE", "audience",
                        "EXPECTED_RESULT", "expected-result",
                        "REASON", "reason",
                        "SIGNAL", "signal"));
    }

    @Test
    public void hypothesisPart_shouldKeepStoredCodes_whenRead() {
        assertPinned(HypothesisPart.class);
    }

    @Test
    public void decision_shouldKeepStoredCodes_whenRead() {
        assertPinned(Decision.class);
    }

    @Test
    public void expectedDirection_shouldKeepStoredCodes_whenRead() {
        assertPinned(ExpectedDirection.class);
    }

    @Test
    public void hypothesisHint_shouldKeepStoredCodes_whenRead() {
        assertPinned(HypothesisHint.class);
    }

    @Test
    public void method_shouldKeepStoredCodes_whenRead() {
        assertPinned(Method.class);
    }

    @Test
    public void resultKind_shouldKeepStoredCodes_whenRead() {
        assertPinned(ResultKind.class);
    }

    @Test
    public void stage_shouldKeepStoredCodes_whenRead() {
        assertPinned(Stage.class);
    }

    @Test
    public void verdict_shouldKeepStoredCodes_whenRead() {
        assertPinned(Verdict.class);
    }

    @Test
    public void direction_shouldKeepStoredCodes_whenRead() {
        assertPinned(Direction.class);
    }

    @Test
    public void metricKind_shouldKeepStoredCodes_whenRead() {
        assertPinned(MetricKind.class);
    }

    @Test
    public void outcomeStatus_shouldKeepStoredCodes_whenRead() {
        assertPinned(OutcomeStatus.class);
    }

    @Test
    public void contributingFactor_shouldKeepStoredCodes_whenRead() {
        assertPinned(ContributingFactor.class);
    }

    @Test
    public void impact_shouldKeepStoredCodes_whenRead() {
        assertPinned(Impact.class);
    }

    @Test
    public void scopeKind_shouldKeepStoredCodes_whenRead() {
        assertPinned(ScopeKind.class);
    }

    @Test
    public void auditKey_shouldKeepStoredCodes_whenRead() {
        assertPinned(AuditKey.class);
    }

    @Test
    public void auditAction_shouldKeepStoredCodes_whenRead() {
        assertPinned(AuditAction.class);
    }

    @Test
    public void auditedType_shouldKeepStoredCodes_whenRead() {
        assertPinned(AuditedType.class);
    }

    @Test
    public void planPart_shouldKeepStoredCodes_whenRead() {
        assertPinned(PlanPart.class);
    }

    @Test
    public void deviationKind_shouldKeepStoredCodes_whenRead() {
        assertPinned(DeviationKind.class);
    }

    @Test
    public void licence_shouldKeepStoredCodes_whenRead() {
        assertPinned(Licence.class);
    }

    @Test
    public void codedEnums_shouldAllBePinned_whenFoundInTheDomain() {
        Set<String> found =
                codedEnumsInDomain().stream().map(Class::getName).collect(Collectors.toSet());

        Set<String> pinned =
                PINNED.keySet().stream().map(Class::getName).collect(Collectors.toSet());

        assertEquals("every Coded enum needs its codes pinned here", pinned, found);
    }

    @Test
    public void codes_shouldBeUniqueWithinEachEnum_whenStored() {
        for (Class<?> type : codedEnumsInDomain()) {
            Coded[] constants = (Coded[]) type.getEnumConstants();

            long distinct = Arrays.stream(constants).map(Coded::code).distinct().count();

            assertEquals("duplicate code in " + type.getSimpleName(), constants.length, distinct);
        }
    }

    @Test
    public void codes_shouldBeLowerCaseWordsJoinedByHyphens_whenStored() {
        for (Class<?> type : codedEnumsInDomain()) {
            for (Coded constant : (Coded[]) type.getEnumConstants()) {
                String code = constant.code();

                boolean wellFormed = code.matches("[a-z0-9]+(-[a-z0-9]+)*");

                assertTrue(type.getSimpleName() + " has code \"" + code + "\"", wellFormed);
            }
        }
    }

    private static void assertPinned(Class<? extends Enum<?>> type) {
        Map<String, String> actual = new TreeMap<>();
        for (Enum<?> constant : type.getEnumConstants()) {
            actual.put(constant.name(), ((Coded) constant).code());
        }

        assertEquals(type.getSimpleName(), new TreeMap<>(PINNED.get(type)), actual);
    }

    /**
     * Every enum under org.experimentlog.domain that implements Coded, found in the compiled main
     * classes.
     */
    private static List<Class<?>> codedEnumsInDomain() {
        Path root;
        try {
            root = Path.of(Coded.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Path domain = root.resolve("org/experimentlog/domain");
        try (Stream<Path> files = Files.walk(domain)) {
            List<Class<?>> enums =
                    files.map(root::relativize)
                            .map(Path::toString)
                            .filter(name -> name.endsWith(".class"))
                            .map(
                                    name ->
                                            name.substring(0, name.length() - ".class".length())
                                                    .replace('/', '.'))
                            .map(StoredCodesTest::load)
                            .filter(type -> type.isEnum() && Coded.class.isAssignableFrom(type))
                            .collect(Collectors.toList());
            if (enums.isEmpty()) {
                throw new IllegalStateException("No Coded enums found under " + domain);
            }
            return enums;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, StoredCodesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
