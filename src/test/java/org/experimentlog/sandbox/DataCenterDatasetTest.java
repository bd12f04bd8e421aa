package org.experimentlog.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.experimentlog.app.port.LearningQuery;
import org.experimentlog.app.port.LibraryOrder;
import org.experimentlog.app.port.LibraryResult;
import org.experimentlog.app.port.PageRequest;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.experiment.Experiment;
import org.experimentlog.domain.experiment.ExperimentRecord;
import org.experimentlog.domain.experiment.Learning;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.failure.Reader;
import org.experimentlog.domain.outcome.Measurement;
import org.experimentlog.domain.outcome.Outcome;
import org.experimentlog.persistence.AoExperiment;
import org.experimentlog.persistence.AoExperimentRepository;
import org.experimentlog.persistence.AoFailureStory;
import org.experimentlog.persistence.AoHelpedMark;
import org.experimentlog.persistence.AoIteration;
import org.experimentlog.persistence.AoLearning;
import org.experimentlog.persistence.AoLibrarySearch;
import org.experimentlog.persistence.AoMeasurement;
import org.experimentlog.persistence.AoOutcomeRepository;
import org.experimentlog.persistence.AoResult;
import org.experimentlog.testing.ao.AoDatabase;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The Data Center data set at 1/1000 of its size: the counts, and the app reads the rows back as it
 * wrote them.
 */
public class DataCenterDatasetTest {
    private static final DataCenterDataset.Scale SCALE =
            DataCenterDataset.Scale.DATA_CENTER.divided(1000);
    private static AoDatabase database;
    private static String progress;

    @BeforeClass
    public static void generate() {
        database =
                AoDatabase.connect(
                        "jdbc:h2:mem:dataset-test;DB_CLOSE_DELAY=-1",
                        "sa",
                        "",
                        List.of(AoSandboxIssue.class));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        DataCenterDataset.fill(
                database, SCALE, new PrintStream(printed, true, StandardCharsets.UTF_8));
        progress = printed.toString(StandardCharsets.UTF_8);
    }

    @AfterClass
    public static void close() {
        database.close();
    }

    @Test
    public void fill_shouldWriteTheScaledCounts() {
        assertEquals(SCALE.experiments(), database.activeObjects().count(AoExperiment.class));
        assertEquals(SCALE.experiments(), database.activeObjects().count(AoSandboxIssue.class));
        assertEquals(SCALE.iterations(), database.activeObjects().count(AoIteration.class));
        assertEquals(SCALE.results(), database.activeObjects().count(AoResult.class));
        assertEquals(SCALE.learnings(), database.activeObjects().count(AoLearning.class));
        assertEquals(SCALE.stories(), database.activeObjects().count(AoFailureStory.class));
        assertEquals(SCALE.helpedMarks(), database.activeObjects().count(AoHelpedMark.class));
        assertEquals(
                SCALE.measurements() / SCALE.outcomes() * SCALE.outcomes(),
                database.activeObjects().count(AoMeasurement.class));
        assertTrue(DataCenterDataset.isFilled(database));
    }

    @Test
    public void generatedOutcomes_shouldPointAtTheirLatestMeasurement_asTheRepositoryKeepsIt() {
        AoOutcomeRepository repository = new AoOutcomeRepository(database.activeObjects());
        List<Outcome> outcomes = repository.list();

        var latest =
                repository.latestMeasurements(outcomes.stream().map(Outcome::requireId).toList());

        assertEquals(outcomes.size(), latest.size());
        for (Outcome outcome : outcomes) {
            List<Measurement> all = repository.measurementsOf(outcome.requireId());
            assertEquals(all.get(all.size() - 1), latest.get(outcome.requireId()));
        }
    }

    @Test
    public void fill_shouldPrintPercentAndRowsPerSecondPerTable() {
        assertTrue(progress, progress.contains("results"));
        assertTrue(progress, progress.contains("100%"));
        assertTrue(progress, progress.contains("rows/s"));
    }

    @Test
    public void theRepository_shouldLoadTheExperimentWith20Iterations() {
        AoExperimentRepository repository = new AoExperimentRepository(database.activeObjects());
        AoSandboxIssue issue =
                database.activeObjects()
                        .find(
                                AoSandboxIssue.class,
                                AoSandboxIssue.ISSUE_KEY + " = ?",
                                DataCenterDataset.TWENTY_ITERATIONS)[0];

        Experiment experiment = repository.findByIssue(issue.getID()).orElseThrow();
        ExperimentRecord record = repository.recordOf(experiment.requireId()).orElseThrow();

        assertEquals(DataCenterDataset.TWENTY_ITERATIONS, experiment.issue().key());
        assertEquals(20, record.iterations().size());
        assertEquals(20, record.iterations().get(19).number());
        assertFalse(record.results().isEmpty());
    }

    /**
     * A learning the repository writes now copies the same search columns the generator wrote for
     * its siblings.
     */
    @Test
    public void generatedLearnings_shouldCarryTheColumnsTheRepositoryWrites() {
        AoExperimentRepository repository = new AoExperimentRepository(database.activeObjects());
        AoLearning generated =
                database.activeObjects()
                        .find(AoLearning.class, AoLearning.VERDICT + " IS NOT NULL")[0];
        Experiment experiment =
                repository
                        .findByIssue(
                                database.activeObjects()
                                        .get(AoExperiment.class, generated.getExperimentId())
                                        .getIssueId())
                        .orElseThrow();
        assertEquals(Stage.CONCLUDED, experiment.stage());

        Learning added =
                database.activeObjects()
                        .executeInTransaction(
                                () ->
                                        repository.save(
                                                Learning.write(
                                                        experiment,
                                                        null,
                                                        "Added by the repository",
                                                        List.of(),
                                                        new UserRef("dc001"),
                                                        DataCenterDataset.END)));
        AoLearning written =
                database.activeObjects().get(AoLearning.class, (int) added.requireId().value());

        assertEquals(generated.getProjectKey(), written.getProjectKey());
        assertEquals(generated.getVerdict(), written.getVerdict());
        assertEquals(generated.getDepartments(), written.getDepartments());
        assertEquals(generated.getOutcomes(), written.getOutcomes());
    }

    @Test
    public void theLibrary_shouldFindGeneratedLearningsAndStories() {
        AoLibrarySearch search = new AoLibrarySearch(database.activeObjects());
        Set<ProjectKey> all =
                DataCenterDataset.projectKeys(SCALE).stream()
                        .map(ProjectKey::new)
                        .collect(Collectors.toSet());

        LibraryResult found =
                search.search(
                        LearningQuery.all().visibleIn(all),
                        new Reader(new UserRef("admin"), Set.of(), true),
                        LibraryOrder.NEWEST,
                        PageRequest.first(20));

        assertEquals(SCALE.learnings(), found.learnings());
        assertEquals(SCALE.stories(), found.stories());
        assertEquals(
                Math.min(20, SCALE.learnings() + SCALE.stories()), found.page().items().size());
    }
}
