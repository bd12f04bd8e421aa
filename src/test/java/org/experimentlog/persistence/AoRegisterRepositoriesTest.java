package org.experimentlog.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.experimentlog.app.port.Page;
import org.experimentlog.app.port.PageRequest;
import org.experimentlog.app.port.RegisterFilter;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.StaleVersionException;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.ExpectedDirection;
import org.experimentlog.domain.experiment.Experiment;
import org.experimentlog.domain.experiment.ExperimentId;
import org.experimentlog.domain.experiment.Hypothesis;
import org.experimentlog.domain.experiment.Method;
import org.experimentlog.domain.experiment.OutcomeLink;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.experiment.Verdict;
import org.experimentlog.domain.outcome.OutcomeId;
import org.experimentlog.domain.register.Deviation;
import org.experimentlog.domain.register.DeviationKind;
import org.experimentlog.domain.register.Licence;
import org.experimentlog.domain.register.PlanPart;
import org.experimentlog.domain.register.PublicRecord;
import org.experimentlog.domain.register.Publication;
import org.experimentlog.domain.register.PublishingSettings;
import org.experimentlog.domain.register.RegisteredPlan;
import org.junit.Before;
import org.junit.Test;

/**
 * The registered plans, deviations, publications and register settings on real Active Objects (H2
 * and PostgreSQL).
 */
public class AoRegisterRepositoriesTest extends RepositoryContract {
    private static final UserRef ALICE = new UserRef("alice");

    private AoExperimentRepository experiments;
    private AoRegistrationRepository registrations;
    private AoPublicationRepository publications;
    private AoPublishingSettingsRepository settings;

    @Before
    public void setUp() {
        experiments = new AoExperimentRepository(ao);
        registrations = new AoRegistrationRepository(ao);
        publications = new AoPublicationRepository(ao);
        settings = new AoPublishingSettingsRepository(ao);
    }

    private Experiment running(long issueId) {
        Experiment e =
                experiments.save(
                        Experiment.open(new IssueRef(issueId, "PERMIT-" + issueId), ALICE, NOW)
                                .withHypothesis(
                                        new Hypothesis(
                                                "a one-page form",
                                                "residents",
                                                "more finished applications",
                                                "the old form asked twice",
                                                "completion rises from 61% to 75%"))
                                .withMethod(Method.AB_TEST, "50/50 split")
                                .withOutcomes(
                                        List.of(
                                                new OutcomeLink(
                                                        new OutcomeId(7),
                                                        ExpectedDirection.INCREASE))));
        return experiments.save(e.moveTo(Stage.RUNNING, NOW));
    }

    @Test
    public void register_shouldStoreEveryPartOfThePlan_whenRead() {
        Experiment e = running(10_001);
        RegisteredPlan plan = RegisteredPlan.register(e, LocalDate.parse("2026-04-30"), ALICE, NOW);

        registrations.register(plan);

        assertEquals(plan, registrations.planOf(e.requireId()).orElseThrow());
    }

    @Test
    public void register_shouldStoreThePlannedSampleSize_asTheExperimentDoes() {
        Experiment e = experiments.save(running(10_001).withPlannedSampleSize(1_200L));

        registrations.register(RegisteredPlan.register(e, null, ALICE, NOW));

        assertEquals(
                Optional.of(1_200L),
                experiments.findByIssue(10_001).orElseThrow().plannedSampleSize());
        assertEquals(
                Long.valueOf(1_200),
                registrations.planOf(e.requireId()).orElseThrow().content().sampleSize());
        assertEquals(
                Optional.empty(),
                experiments
                        .save(
                                experiments
                                        .findByIssue(10_001)
                                        .orElseThrow()
                                        .withPlannedSampleSize(null))
                        .plannedSampleSize());
    }

    @Test
    public void register_shouldRefuseASecondPlan_forTheSameExperiment() {
        Experiment e = running(10_001);
        registrations.register(RegisteredPlan.register(e, null, ALICE, NOW));

        assertThrows(
                RuntimeException.class,
                () -> registrations.register(RegisteredPlan.register(e, null, ALICE, NOW)));
    }

    @Test
    public void deviationsOf_shouldListThemByPlanVersion_andDeviationKindsGroupThemPerExperiment() {
        Experiment e = running(10_001);
        Experiment other = running(10_002);
        registrations.add(
                new Deviation(
                        e.requireId(),
                        3,
                        PlanPart.OUTCOMES,
                        "7:increase",
                        null,
                        "Dropped.",
                        ALICE,
                        NOW));
        registrations.add(
                new Deviation(
                        e.requireId(),
                        2,
                        PlanPart.SIGNAL,
                        "old",
                        "new",
                        "Not measurable.",
                        ALICE,
                        NOW));
        registrations.add(
                new Deviation(
                        e.requireId(),
                        2,
                        PlanPart.CHANGE,
                        "a",
                        "b",
                        "Not measurable.",
                        ALICE,
                        NOW));

        List<Deviation> read = registrations.deviationsOf(e.requireId());
        Map<ExperimentId, Set<DeviationKind>> kinds =
                registrations.deviationKinds(List.of(e.requireId(), other.requireId()));

        assertEquals(List.of(2, 2, 3), read.stream().map(Deviation::planVersion).toList());
        assertEquals(PlanPart.SIGNAL, read.get(0).part());
        assertEquals("Not measurable.", read.get(0).reason());
        assertEquals(
                Map.of(
                        e.requireId(),
                        Set.of(
                                DeviationKind.SIGNAL,
                                DeviationKind.HYPOTHESIS,
                                DeviationKind.OUTCOMES)),
                kinds);
    }

    private static PublicRecord record(
            String title, String stage, String verdict, String closedOn, String learning) {
        return new PublicRecord(
                1,
                title,
                stage,
                verdict,
                null,
                List.of(new PublicRecord.Ref(2, "Design")),
                "2026-01-05",
                closedOn,
                new PublicRecord.Hypothesis(
                        "a shorter form", "residents", "faster", null, "under 5 minutes"),
                "ab-test",
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(new PublicRecord.Lesson(learning, List.of("forms"))),
                List.of(),
                List.of(),
                0.95);
    }

    @Test
    public void save_shouldKeepEachVersion_andListOnlyTheLatest_withTheSnapshotAsPublished() {
        ExperimentId id = running(10_001).requireId();
        PublicRecord first =
                record(
                        "Shorter form",
                        "concluded",
                        "validated",
                        "2026-02-01",
                        "People finish short forms.");
        publications.save(
                Publication.publish(
                        id,
                        1,
                        first,
                        Set.of(new DepartmentId(2)),
                        Set.of(new OutcomeId(7)),
                        ALICE,
                        NOW));
        PublicRecord second =
                record(
                        "Shorter permit form",
                        "concluded",
                        "validated",
                        "2026-02-01",
                        "Short forms work.");
        publications.save(
                Publication.publish(
                        id,
                        2,
                        second,
                        Set.of(new DepartmentId(2)),
                        Set.of(),
                        ALICE,
                        NOW.plusSeconds(5)));

        List<Publication> versions = publications.versionsOf(id);
        Page<Publication> listed =
                publications.latest(RegisterFilter.everything(), PageRequest.first(10));

        assertEquals(List.of(1, 2), versions.stream().map(Publication::version).toList());
        assertEquals(first, versions.get(0).record());
        assertEquals(1, listed.total());
        assertEquals(second, listed.items().get(0).record());
    }

    @Test
    public void latest_shouldFilterByWordsDepartmentOutcomeVerdictAndPeriod() {
        ExperimentId a = running(10_001).requireId();
        ExperimentId b = running(10_002).requireId();
        publications.save(
                Publication.publish(
                        a,
                        1,
                        record(
                                "Shorter form",
                                "concluded",
                                "invalidated",
                                "2026-02-01",
                                "Reminders did not help."),
                        Set.of(new DepartmentId(2)),
                        Set.of(new OutcomeId(7)),
                        ALICE,
                        NOW));
        publications.save(
                Publication.publish(
                        b,
                        1,
                        record(
                                "Chat assistant",
                                "abandoned",
                                null,
                                "2026-05-01",
                                "Suppliers need time."),
                        Set.of(new DepartmentId(12)),
                        Set.of(),
                        ALICE,
                        NOW));

        assertEquals(
                1,
                total(new RegisterFilter("reminders HELP", null, null, null, false, null, null)));
        assertEquals(
                1,
                total(
                        new RegisterFilter(
                                null, new DepartmentId(2), null, null, false, null, null)));
        assertEquals(
                0,
                total(
                        new RegisterFilter(
                                null, new DepartmentId(1), null, null, false, null, null)));
        assertEquals(
                1,
                total(new RegisterFilter(null, null, new OutcomeId(7), null, false, null, null)));
        assertEquals(
                1,
                total(
                        new RegisterFilter(
                                null, null, null, Verdict.INVALIDATED, false, null, null)));
        assertEquals(1, total(new RegisterFilter(null, null, null, null, true, null, null)));
        assertEquals(
                1,
                total(
                        new RegisterFilter(
                                null,
                                null,
                                null,
                                null,
                                false,
                                LocalDate.parse("2026-03-01"),
                                null)));
        assertEquals(0, total(new RegisterFilter("100%_", null, null, null, false, null, null)));
    }

    private int total(RegisterFilter filter) {
        return publications.latest(filter, PageRequest.first(10)).total();
    }

    @Test
    public void save_shouldRecordTheWithdrawal_andFeedListsItAmongTheWithdrawn() {
        ExperimentId id = running(10_001).requireId();
        Publication published =
                publications.save(
                        Publication.publish(
                                id,
                                1,
                                record("Form", "concluded", "validated", "2026-02-01", "x"),
                                Set.of(),
                                Set.of(),
                                ALICE,
                                NOW));

        publications.save(published.withdraw("Figures were wrong.", ALICE, NOW.plusSeconds(60)));

        Publication read = publications.versionsOf(id).get(0);
        assertEquals("Figures were wrong.", read.withdrawal().reason());
        assertEquals(NOW.plusSeconds(60), read.withdrawal().at());
        assertEquals(List.of(read), publications.recentlyWithdrawn(10));
        assertEquals(List.of(read), publications.recentlyPublished(10));
    }

    @Test
    public void settings_shouldStartOff_andStoreEveryField() {
        assertEquals(PublishingSettings.defaults(), settings.load());
        PublishingSettings on =
                new PublishingSettings(
                        true,
                        Licence.CC0_1_0,
                        "Gemeente Voorbeeld",
                        "Voorbeeld",
                        Set.of(new DepartmentId(1), new DepartmentId(3)),
                        true,
                        0);

        PublishingSettings saved = settings.save(on);

        assertEquals(on.atVersion(1), saved);
        assertEquals(on.atVersion(1), settings.load());
        assertThrows(StaleVersionException.class, () -> settings.save(on));
    }
}
