package org.experimentlog.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.sal.api.message.I18nResolver;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.loader.ConditionDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.experimentlog.app.ClosingGate;
import org.experimentlog.app.port.ExperimentRepository;
import org.experimentlog.testing.BundleI18nResolver;
import org.experimentlog.testing.Experiments;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

/**
 * The validator, the condition and their factory, over the real gate and the real message bundles.
 */
public class ExperimentClosedGateTest {
    private static final long ISSUE = 10012;

    @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock private ExperimentRepository experiments;
    @Mock private Issue issue;
    @Mock private IssueType type;

    private final Map<String, Object> vars = new HashMap<>();
    private final Map<String, Object> args = new HashMap<>();

    @Before
    public void setUp() {
        when(issue.getId()).thenReturn(ISSUE);
        when(issue.getIssueType()).thenReturn(type);
        when(type.getName()).thenReturn("Experiment");
        vars.put("issue", issue);
        vars.put("originalissueobject", issue);
        when(experiments.findByIssue(ISSUE))
                .thenReturn(Optional.of(Experiments.anExperiment().abandoned().build()));
    }

    private ExperimentClosedValidator validator() {
        return new ExperimentClosedValidator(
                new ClosingGate(experiments), new BundleI18nResolver());
    }

    private ExperimentClosedCondition condition() {
        return new ExperimentClosedCondition(new ClosingGate(experiments));
    }

    @Test
    public void validate_shouldPass_whenTheExperimentWasAbandoned() throws Exception {
        validator().validate(vars, args, null);
    }

    @Test
    public void validate_shouldRefuseNamingTheStage_whenTheExperimentIsRunning() {
        when(experiments.findByIssue(ISSUE))
                .thenReturn(Optional.of(Experiments.anExperiment().running().build()));

        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class, () -> validator().validate(vars, args, null));

        assertEquals(
                "This issue cannot be resolved yet: its experiment is still at the stage Running. Conclude it with a "
                        + "verdict and at least one learning, or abandon it with a reason, first.",
                e.getMessage());
    }

    @Test
    public void validate_shouldRefuseInDutch_whenTheUserReadsDutch() {
        when(experiments.findByIssue(ISSUE))
                .thenReturn(Optional.of(Experiments.anExperiment().running().build()));
        I18nResolver dutch = new BundleI18nResolver(() -> Locale.forLanguageTag("nl"));
        ExperimentClosedValidator target =
                new ExperimentClosedValidator(new ClosingGate(experiments), dutch);

        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> target.validate(vars, args, null));

        assertTrue(
                e.getMessage(),
                e.getMessage()
                        .startsWith(
                                "Dit issue kan nog niet worden opgelost: het experiment staat "
                                        + "nog in de fase Uitvoering."));
    }

    @Test
    public void validate_shouldRefuseAnAbandonedExperiment_whenConfiguredForConcludedOnly() {
        args.put(ExperimentClosedFactory.ACCEPT_ABANDONED, "false");

        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class, () -> validator().validate(vars, args, null));

        assertTrue(e.getMessage(), e.getMessage().contains("accepts only concluded experiments"));
    }

    @Test
    public void validate_shouldNotLookAtOtherIssueTypes() throws Exception {
        when(type.getName()).thenReturn("Task");

        validator().validate(vars, args, null);

        verifyNoInteractions(experiments);
    }

    @Test
    public void passesCondition_shouldFollowTheGate() {
        assertTrue(condition().passesCondition(vars, args, null));
        args.put(ExperimentClosedFactory.ACCEPT_ABANDONED, "false");
        assertFalse(condition().passesCondition(vars, args, null));
    }

    @Test
    public void passesCondition_shouldReadTheOriginalIssue_asJiraConditionsDo() {
        vars.remove("issue");
        when(experiments.findByIssue(ISSUE)).thenReturn(Optional.empty());

        assertFalse(condition().passesCondition(vars, args, null));
    }

    @Test
    public void getDescriptorParams_shouldStoreTheChoice_fromJirasArrayForm() {
        ExperimentClosedFactory target = new ExperimentClosedFactory(new BundleI18nResolver());

        assertEquals(
                Map.of("acceptAbandoned", "false"),
                target.getDescriptorParams(Map.of("acceptAbandoned", new String[] {"false"})));
        assertEquals(Map.of("acceptAbandoned", "true"), target.getDescriptorParams(Map.of()));
    }

    @Test
    public void getDescriptorParams_shouldRefuseAnythingElse() {
        ExperimentClosedFactory target = new ExperimentClosedFactory(new BundleI18nResolver());

        for (Object bad :
                new Object[] {
                    new String[] {"yes"}, new String[] {"true", "false"}, new String[0], 1
                }) {
            assertThrows(
                    IllegalArgumentException.class,
                    () -> target.getDescriptorParams(Map.of("acceptAbandoned", bad)));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    public void getVelocityParams_shouldGiveEachTemplateTheStoredChoice() {
        ExperimentClosedFactory target = new ExperimentClosedFactory(new BundleI18nResolver());
        ValidatorDescriptor validator = new ValidatorDescriptor();
        validator.getArgs().put("acceptAbandoned", "false");
        ConditionDescriptor condition = new ConditionDescriptor();

        assertEquals(
                "true", target.getVelocityParams("input-parameters", null).get("acceptAbandoned"));
        assertEquals(
                "false",
                target.getVelocityParams("edit-parameters", validator).get("acceptAbandoned"));
        assertEquals("false", target.getVelocityParams("view", validator).get("acceptAbandoned"));
        assertEquals("true", target.getVelocityParams("view", condition).get("acceptAbandoned"));
        assertTrue(
                target.getVelocityParams("view", condition).get("i18n")
                        instanceof BundleI18nResolver);
    }
}
