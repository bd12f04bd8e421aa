package org.experimentlog.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.experimentlog.jira.ExperimentClosedCondition;
import org.experimentlog.jira.ExperimentClosedFactory;
import org.experimentlog.jira.ExperimentClosedValidator;
import org.experimentlog.testing.PluginDescriptor;
import org.experimentlog.testing.WorkflowModule;
import org.junit.Test;

/**
 * The sandbox refuses a descriptor that declares a workflow validator or condition wrongly, as Jira
 * would.
 */
public class WorkflowModuleTest {
    private static final String FACTORY = ExperimentClosedFactory.class.getName();
    private static final String VIEW =
            "<resource type=\"velocity\" name=\"view\" location=\"templates/workflow/experiment-closed-view.vm\"/>";
    private static final String EDIT =
            "<resource type=\"velocity\" name=\"input-parameters\" location=\"templates/workflow/experiment-closed-edit.vm\"/>"
                    + "<resource type=\"velocity\" name=\"edit-parameters\" location=\"templates/workflow/experiment-closed-edit.vm\"/>";

    private static PluginDescriptor parse(String modules) {
        String xml =
                "<atlassian-plugin key=\"org.experimentlog.experiment-log\" name=\"t\" plugins-version=\"2\">"
                        + modules
                        + "</atlassian-plugin>";
        return PluginDescriptor.parse(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String validator(String factory, String validatorClass, String resources) {
        return "<workflow-validator key=\"v\" name=\"V\" i18n-name-key=\"experimentlog.workflow.validator.name\" class=\""
                + factory
                + "\"><validator-class>"
                + validatorClass
                + "</validator-class>"
                + resources
                + "</workflow-validator>";
    }

    private static String refusal(String modules) {
        return assertThrows(IllegalStateException.class, () -> parse(modules)).getMessage();
    }

    @Test
    public void load_shouldReadTheGateAsValidatorAndCondition() {
        List<WorkflowModule> target = PluginDescriptor.load().workflowModules();

        assertEquals(
                List.of(
                        "workflow-validator experiment-closed-validator "
                                + ExperimentClosedValidator.class.getName(),
                        "workflow-condition experiment-closed-condition "
                                + ExperimentClosedCondition.class.getName()),
                target.stream()
                        .map(m -> m.kind() + " " + m.key() + " " + m.moduleClass().getName())
                        .toList());
        assertEquals(
                Map.of(
                        "view",
                        "templates/workflow/experiment-closed-view.vm",
                        "input-parameters",
                        "templates/workflow/experiment-closed-edit.vm",
                        "edit-parameters",
                        "templates/workflow/experiment-closed-edit.vm"),
                target.get(0).templates());
    }

    @Test
    public void parse_shouldRefuseAValidatorClassThatIsNotAValidator() {
        assertEquals(
                "The workflow-validator v names the validator-class "
                        + ExperimentClosedCondition.class.getName()
                        + ", which is not a com.opensymphony.workflow.Validator",
                refusal(
                        validator(
                                FACTORY, ExperimentClosedCondition.class.getName(), VIEW + EDIT)));
    }

    @Test
    public void parse_shouldRefuseAConditionDeclaredWithTheValidatorsElement() {
        assertEquals(
                "The workflow-condition c has no <condition-class>",
                refusal(
                        "<workflow-condition key=\"c\" name=\"C\" i18n-name-key=\"k\" class=\""
                                + FACTORY
                                + "\"><validator-class>"
                                + ExperimentClosedValidator.class.getName()
                                + "</validator-class>"
                                + VIEW
                                + "</workflow-condition>"));
    }

    @Test
    public void parse_shouldRefuseAFactoryThatIsNotAWorkflowPluginFactory() {
        assertEquals(
                "The workflow-validator v has the class "
                        + ExperimentClosedValidator.class.getName()
                        + ", which is not a com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory",
                refusal(
                        validator(
                                ExperimentClosedValidator.class.getName(),
                                ExperimentClosedValidator.class.getName(),
                                VIEW)));
    }

    @Test
    public void parse_shouldRefuseAModuleWithoutItsViewTemplate() {
        assertEquals(
                "The workflow-validator v has no velocity resource named view",
                refusal(validator(FACTORY, ExperimentClosedValidator.class.getName(), EDIT)));
    }

    @Test
    public void parse_shouldRefuseAnEditTemplateWithoutTheInputTemplate() {
        assertEquals(
                "The workflow-validator v needs both input-parameters and edit-parameters, or neither",
                refusal(
                        validator(
                                FACTORY,
                                ExperimentClosedValidator.class.getName(),
                                VIEW
                                        + "<resource type=\"velocity\" name=\"edit-parameters\" location=\"templates/workflow/experiment-closed-edit.vm\"/>")));
    }

    @Test
    public void parse_shouldRefuseATemplateThatDoesNotExist() {
        assertEquals(
                "The workflow-validator v names the resource templates/workflow/nope.vm, which does not exist",
                refusal(
                        validator(
                                FACTORY,
                                ExperimentClosedValidator.class.getName(),
                                "<resource type=\"velocity\" name=\"view\" location=\"templates/workflow/nope.vm\"/>")));
    }

    @Test
    public void parse_shouldRefuseAModuleWithoutAnI18nName() {
        assertEquals(
                "The workflow-validator v needs a name and an i18n-name-key for the workflow editor",
                refusal(
                        "<workflow-validator key=\"v\" name=\"V\" class=\""
                                + FACTORY
                                + "\"><validator-class>"
                                + ExperimentClosedValidator.class.getName()
                                + "</validator-class>"
                                + VIEW
                                + "</workflow-validator>"));
    }

    @Test
    public void parse_shouldRefuseAClassThatDoesNotExist() {
        assertEquals(
                "The workflow-validator v names the class org.experimentlog.jira.Nope, which does not exist",
                refusal(validator(FACTORY, "org.experimentlog.jira.Nope", VIEW)));
    }
}
