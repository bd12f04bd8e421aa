package org.experimentlog.web.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.experimentlog.app.report.Collaboration;
import org.experimentlog.app.report.FailureCounts;
import org.experimentlog.app.report.OutcomeMovement;
import org.experimentlog.app.report.ReportExperiment;
import org.experimentlog.app.report.ReportLearning;
import org.experimentlog.app.report.RetrospectiveReport;
import org.experimentlog.app.report.ReusedLesson;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.Period;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.LearningId;
import org.experimentlog.domain.experiment.Method;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.experiment.Verdict;
import org.experimentlog.domain.failure.ContributingFactor;
import org.experimentlog.domain.failure.FailureStoryId;
import org.experimentlog.domain.failure.Impact;
import org.experimentlog.domain.outcome.Direction;
import org.experimentlog.domain.outcome.OutcomeId;
import org.experimentlog.domain.register.DeviationKind;
import org.experimentlog.domain.retrospective.ActionId;
import org.experimentlog.domain.retrospective.RetroAction;
import org.experimentlog.domain.retrospective.Retrospective;
import org.experimentlog.domain.retrospective.RetrospectiveId;
import org.experimentlog.domain.retrospective.Scope;
import org.experimentlog.testing.BundleI18nResolver;
import org.junit.Test;

/** The JSON, Markdown and CSV forms of a computed retrospective. */
public class ReportFormatsTest {
    private static final Period Q3 =
            new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));
    private static final DepartmentId POLICY = new DepartmentId(3);
    private static final DepartmentId LEGAL = new DepartmentId(4);

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private static RetrospectiveReport report() {
        return report(Instant.parse("2026-07-04T08:00:00Z"));
    }

    private static RetrospectiveReport report(Instant learnedAt) {
        return new RetrospectiveReport(
                Scope.project(new ProjectKey("PERMIT")),
                Q3,
                new RetrospectiveReport.ExperimentCounts(4, 3, 1, 6),
                new RetrospectiveReport.VerdictMix(2, 1, 0, 1),
                new RetrospectiveReport.TimeToLearning(3, 20, 15, 30.5, 10, 41),
                new RetrospectiveReport.IterationCounts(6, 17, List.of(1, 1, 1, 1, 0, 2)),
                List.of(
                        new OutcomeMovement(
                                new OutcomeId(7),
                                "Calls | <b>fewer</b>",
                                "%",
                                Direction.LOWER_IS_BETTER,
                                100,
                                90.0,
                                null,
                                60)),
                new FailureCounts(
                        2, Map.of(ContributingFactor.DATA_QUALITY, 2), Map.of(Impact.HIGH, 1)),
                new Collaboration(
                        List.of(
                                new Collaboration.Member(LEGAL, "Legal"),
                                new Collaboration.Member(POLICY, "Policy")),
                        List.of(
                                new Collaboration.Cell(LEGAL, LEGAL, 2),
                                new Collaboration.Cell(LEGAL, POLICY, 1))),
                List.of(new ReusedLesson(new FailureStoryId(9), "Old addresses", 2, 1)),
                List.of(
                        new ReportLearning(
                                new LearningId(5),
                                new IssueRef(1, "PERMIT-1"),
                                "Use *plain* [links](x)",
                                learnedAt,
                                Verdict.VALIDATED)),
                57,
                new RetrospectiveReport.Deviations(
                        3, Map.of(DeviationKind.HYPOTHESIS, 2, DeviationKind.METHOD, 1)));
    }

    @Test
    public void json_shouldCarryEveryFigure_byCodes() throws Exception {
        JsonNode json = new ObjectMapper().valueToTree(ReportJsonMapper.toJson(report()));

        assertEquals("project", json.at("/scope/kind").asText());
        assertEquals("2026-07-01", json.at("/period/from").asText());
        assertEquals(6, json.at("/experiments/running").asInt());
        assertEquals(4, json.at("/verdicts/total").asInt());
        assertEquals(20.0, json.at("/timeToLearning/medianDays").asDouble(), 0.001);
        assertEquals(2, json.at("/iterations/distribution/5").asInt());
        assertEquals("lower-is-better", json.at("/outcomes/0/direction").asText());
        assertTrue(json.at("/outcomes/0/atEnd").isNull());
        assertEquals(2, json.at("/failures/byFactor/data-quality").asInt());
        assertEquals(0, json.at("/failures/byImpact/low").asInt());
        assertEquals(1, json.at("/collaboration/cells/1/experiments").asInt());
        assertEquals(2, json.at("/reused/0/appliedIn").asInt());
        assertEquals("validated", json.at("/learnings/0/verdict").asText());
        assertEquals(57, json.at("/learningsTotal").asInt());
        assertEquals(3, json.at("/deviations/experiments").asInt());
        assertEquals(2, json.at("/deviations/byKind/hypothesis").asInt());
        assertEquals(0, json.at("/deviations/byKind/outcomes").asInt());
        assertFalse(json.toString().contains("author"));
    }

    private static String markdown(Locale reader) {
        return new ReportMarkdown(new BundleI18nResolver(), reader, AMSTERDAM).of(report());
    }

    @Test
    public void markdown_shouldHaveAHeadingPerPanel_andEscapeWhatPeopleWrote() {
        String md = markdown(Locale.ENGLISH);

        for (String heading :
                List.of(
                        "# Retrospective: project PERMIT, Jul 1, 2026 to Sep 30, 2026",
                        "## Experiments",
                        "## Verdicts",
                        "## Time to learning",
                        "## Iterations",
                        "## Outcomes",
                        "## Failures shared",
                        "## Changes to registered plans",
                        "## Collaboration",
                        "## Reused lessons",
                        "## Learnings")) {
            assertTrue(heading, md.contains(heading + "\n"));
        }
        assertTrue(
                md,
                md.contains(
                        "| Calls \\| &lt;b&gt;fewer&lt;/b&gt; | % | 100 | 90 | none yet | 60 |"));
        assertTrue(md, md.contains("Use \\*plain\\* \\[links\\](x)"));
        assertTrue(md, md.contains("| Legal | 2 | 1 |"));
        assertTrue(md, md.contains("| Policy | 1 | 0 |"));
        assertTrue(md, md.contains("57 learnings recorded, the newest 1 listed."));
        assertTrue(md, md.contains("| 20 | 15 | 30.5 |"));
        assertTrue(md, md.contains("3 experiments with a changed registered plan."));
        assertTrue(md, md.contains("| Hypothesis | 2 |"));
        assertFalse(md, md.contains("<b>"));
    }

    @Test
    public void markdown_shouldListTheRetrospectivesHeld_withTheirNotesAndActions() {
        Retrospective held =
                Retrospective.stored(
                        new RetrospectiveId(3),
                        Scope.project(new ProjectKey("PERMIT")),
                        new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)),
                        "Q3 with PERMIT-8",
                        "We tried too much.\n\nNext: one thing.",
                        List.of(
                                new RetroAction(
                                        new ActionId(1),
                                        "Call *three* districts",
                                        null,
                                        LocalDate.of(2026, 10, 15),
                                        true)),
                        new UserRef("pia"),
                        Instant.parse("2026-10-01T10:00:00Z"),
                        Instant.parse("2026-10-01T10:00:00Z"),
                        1);

        String md =
                new ReportMarkdown(new BundleI18nResolver(), Locale.ENGLISH, AMSTERDAM)
                        .of(report(), List.of(held));

        assertTrue(md, md.contains("## Retrospectives held\n\n### Q3 with PERMIT-8\n"));
        assertTrue(md, md.contains("We tried too much.\n\nNext: one thing.\n"));
        assertTrue(md, md.contains("| Call \\*three\\* districts | Oct 15, 2026 | yes |"));
    }

    @Test
    public void markdown_shouldUseTheWordsOfTheVocabularies_notTheStoredCodes_forAnEnglishReader() {
        String md = markdown(Locale.ENGLISH);

        assertTrue(md, md.contains("| Validated | Invalidated | Inconclusive | Abandoned |"));
        assertTrue(md, md.contains("| Data quality | 2 |"));
        assertTrue(md, md.contains("| High | 1 |"));
        assertTrue(md, md.contains("| Jul 4, 2026 | PERMIT-1 | Validated | "));
        assertTrue(md, md.contains("| 0 | 1 | 2 | 3 | 4 | 5 or more |"));
        assertFalse(md, md.contains("data-quality"));
        assertFalse(md, md.contains("experimentlog."));
    }

    @Test
    public void markdown_shouldBeDutch_forADutchReader_withDutchNumbersAndDays() {
        String md = markdown(Locale.forLanguageTag("nl-NL"));

        for (String heading :
                List.of(
                        "# Terugblik: project PERMIT, 1 jul. 2026 tot en met 30 sep. 2026",
                        "## Experimenten",
                        "## Oordelen",
                        "## Tijd tot de les",
                        "## Iteraties",
                        "## Uitkomsten",
                        "## Gedeelde mislukkingen",
                        "## Samenwerking",
                        "## Hergebruikte lessen",
                        "## Lessen")) {
            assertTrue(heading, md.contains(heading + "\n"));
        }
        assertTrue(md, md.contains("| Bevestigd | Weerlegd | Geen uitsluitsel | Gestopt |"));
        assertTrue(md, md.contains("| Bijdragende factor | Verhalen |\n"));
        assertTrue(md, md.contains("| Kwaliteit van gegevens | 2 |\n"));
        assertTrue(md, md.contains("| Hoog | 1 |\n"));
        assertTrue(md, md.contains("| 20 | 15 | 30,5 |"));
        assertTrue(
                md,
                md.contains(
                        "| 4 jul. 2026 | PERMIT-1 | Bevestigd | Use \\*plain\\* \\[links\\](x) |"));
        assertTrue(
                md,
                md.contains(
                        "| Calls \\| &lt;b&gt;fewer&lt;/b&gt; | % | 100 | 90 | nog geen meting | 60 |"));
        assertTrue(md, md.contains("57 lessen vastgelegd; hieronder de nieuwste 1."));
        assertFalse(md, md.contains("Retrospective"));
        assertFalse(md, md.contains("Data quality"));
        assertFalse(md, md.contains("experimentlog."));
    }

    @Test
    public void
            markdown_shouldDateALearningInTheHostsZone_whenItWasRecordedJustAfterMidnightThere() {
        RetrospectiveReport afterMidnight = report(Instant.parse("2026-07-04T22:30:00Z"));

        String amsterdam =
                new ReportMarkdown(new BundleI18nResolver(), Locale.ENGLISH, AMSTERDAM)
                        .of(afterMidnight);
        String utc =
                new ReportMarkdown(new BundleI18nResolver(), Locale.ENGLISH, ZoneOffset.UTC)
                        .of(afterMidnight);

        assertTrue(amsterdam, amsterdam.contains("| Jul 5, 2026 | PERMIT-1 |"));
        assertTrue(utc, utc.contains("| Jul 4, 2026 | PERMIT-1 |"));
    }

    @Test
    public void
            markdown_shouldDateALearningInTheHostsZone_whenItWasRecordedJustBeforeMidnightThere() {
        String md =
                new ReportMarkdown(new BundleI18nResolver(), Locale.ENGLISH, AMSTERDAM)
                        .of(report(Instant.parse("2026-07-04T21:59:59Z")));

        assertTrue(md, md.contains("| Jul 4, 2026 | PERMIT-1 |"));
    }

    @Test
    public void markdown_shouldCountOneLearningInTheSingular_andTwoInThePlural_inEnglishAndDutch() {
        RetrospectiveReport one = withLearningsTotal(1);
        RetrospectiveReport two = withLearningsTotal(2);

        String englishOne =
                new ReportMarkdown(new BundleI18nResolver(), Locale.ENGLISH, AMSTERDAM).of(one);
        String englishTwo =
                new ReportMarkdown(new BundleI18nResolver(), Locale.ENGLISH, AMSTERDAM).of(two);
        String dutchOne =
                new ReportMarkdown(new BundleI18nResolver(), Locale.forLanguageTag("nl"), AMSTERDAM)
                        .of(one);
        String dutchTwo =
                new ReportMarkdown(new BundleI18nResolver(), Locale.forLanguageTag("nl"), AMSTERDAM)
                        .of(two);

        assertTrue(englishOne, englishOne.contains("\n1 learning recorded.\n"));
        assertTrue(englishTwo, englishTwo.contains("2 learnings recorded, the newest 1 listed."));
        assertTrue(dutchOne, dutchOne.contains("\n1 les vastgelegd.\n"));
        assertTrue(dutchTwo, dutchTwo.contains("2 lessen vastgelegd; hieronder de nieuwste 1."));
    }

    private static RetrospectiveReport withLearningsTotal(int total) {
        RetrospectiveReport r = report();
        return new RetrospectiveReport(
                r.scope(),
                r.period(),
                r.experiments(),
                r.verdicts(),
                r.timeToLearning(),
                r.iterations(),
                r.outcomes(),
                r.failures(),
                r.collaboration(),
                r.reused(),
                r.learnings(),
                total);
    }

    @Test
    public void markdown_shouldGroupLargeCounts_asTheReadersLocaleDoes() {
        RetrospectiveReport many =
                new RetrospectiveReport(
                        Scope.everything(),
                        Q3,
                        new RetrospectiveReport.ExperimentCounts(1234, 0, 0, 1234),
                        new RetrospectiveReport.VerdictMix(0, 0, 0, 0),
                        new RetrospectiveReport.TimeToLearning(0, 0, 0, 0, 0, 0),
                        new RetrospectiveReport.IterationCounts(0, 0, List.of(0, 0, 0, 0, 0, 0)),
                        List.of(),
                        new FailureCounts(0, Map.of(), Map.of()),
                        new Collaboration(List.of(), List.of()),
                        List.of(),
                        List.of(),
                        0);

        String dutch =
                new ReportMarkdown(new BundleI18nResolver(), Locale.forLanguageTag("nl"), AMSTERDAM)
                        .of(many);
        String english =
                new ReportMarkdown(new BundleI18nResolver(), Locale.ENGLISH, AMSTERDAM).of(many);

        assertTrue(dutch, dutch.startsWith("# Terugblik: alles, "));
        assertTrue(dutch, dutch.contains("| 1.234 | 0 | 0 | 1.234 |"));
        assertTrue(dutch, dutch.contains("In deze periode is geen experiment afgerond."));
        assertTrue(english, english.startsWith("# Retrospective: everything, "));
        assertTrue(english, english.contains("| 1,234 | 0 | 0 | 1,234 |"));
    }

    @Test
    public void csv_shouldQuoteAndDefuseCells() {
        assertEquals("plain", ReportCsv.cell("plain"));
        assertEquals("\"a, b\"", ReportCsv.cell("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", ReportCsv.cell("say \"hi\""));
        assertEquals("\"two\nlines\"", ReportCsv.cell("two\nlines"));
        assertEquals("'=HYPERLINK(1)", ReportCsv.cell("=HYPERLINK(1)"));
        assertEquals("'+1", ReportCsv.cell("+1"));
        assertEquals("'-1", ReportCsv.cell("-1"));
        assertEquals("'@SUM(A1)", ReportCsv.cell("@SUM(A1)"));
        assertEquals("'\tx", ReportCsv.cell("\tx"));
        assertEquals("\"'\rx\"", ReportCsv.cell("\rx"));
    }

    @Test
    public void csv_shouldWriteAHeaderAndOneLinePerExperiment() {
        StringWriter out = new StringWriter();
        ReportCsv csv = new ReportCsv(out);

        csv.header();
        csv.row(
                new ReportExperiment(
                        new IssueRef(1, "PERMIT-1"),
                        "=cmd|' /C calc'!A0",
                        Method.AB_TEST,
                        Stage.CONCLUDED,
                        Verdict.VALIDATED,
                        LocalDate.of(2026, 7, 1),
                        LocalDate.of(2026, 7, 5),
                        2,
                        List.of("Legal", "Policy"),
                        List.of("Calls, fewer")));
        csv.row(
                new ReportExperiment(
                        new IssueRef(2, "PERMIT-2"),
                        "Shorter form",
                        null,
                        Stage.RUNNING,
                        null,
                        LocalDate.of(2026, 7, 2),
                        null,
                        0,
                        List.of(),
                        List.of()));
        // abandoned while still being designed: no start
        csv.row(
                new ReportExperiment(
                        new IssueRef(3, "PERMIT-3"),
                        "Letter in plain language",
                        null,
                        Stage.ABANDONED,
                        null,
                        null,
                        LocalDate.of(2026, 8, 15),
                        0,
                        List.of("Legal"),
                        List.of()));

        assertEquals(
                "issue,change,method,stage,verdict,started,ended,iterations,departments,outcomes\r\n"
                        + "PERMIT-1,'=cmd|' /C calc'!A0,"
                        + Method.AB_TEST.code()
                        + ",concluded,validated,2026-07-01,2026-07-05,2,Legal; Policy,\"Calls, fewer\"\r\n"
                        + "PERMIT-2,Shorter form,,running,,2026-07-02,,0,,\r\n"
                        + "PERMIT-3,Letter in plain language,,abandoned,,,2026-08-15,0,Legal,\r\n",
                out.toString());
    }

    @Test
    public void format_shouldPreferTheParameter_thenTheAcceptHeader_andNameABadOne() {
        assertEquals("csv", RetrospectiveResource.format("CSV", "application/json"));
        assertEquals("markdown", RetrospectiveResource.format(null, "text/markdown"));
        assertEquals("csv", RetrospectiveResource.format("", "text/csv"));
        assertEquals("json", RetrospectiveResource.format(null, "*/*"));
        assertEquals("json", RetrospectiveResource.format(null, null));
        InvalidInputException bad =
                assertThrows(
                        InvalidInputException.class,
                        () -> RetrospectiveResource.format("pdf", null));
        assertEquals(Optional.of("format"), bad.field());
    }

    @Test
    public void fileName_shouldNameScopeAndPeriod_withSafeCharactersOnly() {
        assertEquals(
                "retrospective-project-PERMIT-2026-07-01-2026-09-30.csv",
                RetrospectiveResource.fileName(Scope.project(new ProjectKey("PERMIT")), Q3, "csv"));
        assertEquals(
                "retrospective-everything-2026-07-01-2026-09-30.md",
                RetrospectiveResource.fileName(Scope.everything(), Q3, "markdown"));
    }
}
