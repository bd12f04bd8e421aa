package org.experimentlog.testing;

import com.atlassian.jira.plugin.workflow.WorkflowPluginConditionFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.opensymphony.workflow.Condition;
import com.opensymphony.workflow.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A {@code <workflow-validator>} or {@code <workflow-condition>} module as the sandbox reads it
 * from the descriptor, checked as Jira checks it when it enables the plugin: the {@code class} is
 * the module's factory and implements {@code WorkflowPluginValidatorFactory} (or {@code
 * ...ConditionFactory}); {@code <validator-class>} implements OSWorkflow's {@code Validator}
 * ({@code <condition-class>}: {@code Condition}); a {@code view} Velocity resource exists, and
 * {@code input-parameters} and {@code edit-parameters} come together (the editor needs both to
 * configure the module). Jira's own module shape: {@code <workflow-condition key name i18n-name-key
 * class>} with {@code <description key>}, {@code <condition-class>} and {@code <resource
 * type="velocity" name="view">} (Jira's AbstractWorkflowModuleDescriptor test, Jira 6 source).
 *
 * @param kind {@code workflow-validator} or {@code workflow-condition}
 * @param nameKey the i18n key of the name the workflow editor lists it under
 * @param factoryClass the module's {@code class}
 * @param moduleClass the validator or condition class Jira instantiates and calls
 * @param templates Velocity resources by name ({@code view}, {@code input-parameters}, {@code
 *     edit-parameters})
 */
public record WorkflowModule(
        String kind,
        String key,
        String nameKey,
        Class<?> factoryClass,
        Class<?> moduleClass,
        Map<String, String> templates) {
    public static final String VALIDATOR = "workflow-validator";
    public static final String CONDITION = "workflow-condition";

    public boolean validator() {
        return VALIDATOR.equals(kind);
    }

    /** The workflow modules of a descriptor, or an exception naming what is declared wrongly. */
    static List<WorkflowModule> parse(Element root) {
        List<WorkflowModule> modules = new ArrayList<>();
        for (Element element : children(root, null)) {
            String kind = element.getTagName();
            if (!kind.equals(VALIDATOR) && !kind.equals(CONDITION)) {
                continue;
            }
            boolean validator = kind.equals(VALIDATOR);
            String key = required(element, "key", kind);
            String name = kind + " " + key;
            String nameKey = element.getAttribute("i18n-name-key");
            if (nameKey.isBlank() || element.getAttribute("name").isBlank()) {
                throw new IllegalStateException(
                        "The "
                                + name
                                + " needs a name and an i18n-name-key for the workflow editor");
            }
            Class<?> factory = load(required(element, "class", kind), name);
            Class<?> factoryType =
                    validator
                            ? WorkflowPluginValidatorFactory.class
                            : WorkflowPluginConditionFactory.class;
            if (!factoryType.isAssignableFrom(factory)) {
                throw new IllegalStateException(
                        "The "
                                + name
                                + " has the class "
                                + factory.getName()
                                + ", which is not a "
                                + factoryType.getName());
            }
            String classElement = validator ? "validator-class" : "condition-class";
            String moduleClassName =
                    children(element, classElement).stream()
                            .map(e -> e.getTextContent().strip())
                            .findFirst()
                            .orElseThrow(
                                    () ->
                                            new IllegalStateException(
                                                    "The "
                                                            + name
                                                            + " has no <"
                                                            + classElement
                                                            + ">"));
            Class<?> moduleClass = load(moduleClassName, name);
            Class<?> moduleType = validator ? Validator.class : Condition.class;
            if (!moduleType.isAssignableFrom(moduleClass)) {
                throw new IllegalStateException(
                        "The "
                                + name
                                + " names the "
                                + classElement
                                + " "
                                + moduleClass.getName()
                                + ", which is not a "
                                + moduleType.getName());
            }
            Map<String, String> templates = new LinkedHashMap<>();
            for (Element resource : children(element, "resource")) {
                if ("velocity".equals(resource.getAttribute("type"))) {
                    String location = required(resource, "location", kind);
                    String path = location.startsWith("/") ? location.substring(1) : location;
                    if (WorkflowModule.class.getClassLoader().getResource(path) == null) {
                        throw new IllegalStateException(
                                "The "
                                        + name
                                        + " names the resource "
                                        + location
                                        + ", which does not exist");
                    }
                    templates.put(required(resource, "name", kind), path);
                }
            }
            if (!templates.containsKey("view")) {
                throw new IllegalStateException(
                        "The " + name + " has no velocity resource named view");
            }
            if (templates.containsKey("input-parameters")
                    != templates.containsKey("edit-parameters")) {
                throw new IllegalStateException(
                        "The "
                                + name
                                + " needs both input-parameters and edit-parameters, or neither");
            }
            modules.add(
                    new WorkflowModule(
                            kind, key, nameKey, factory, moduleClass, Map.copyOf(templates)));
        }
        return modules;
    }

    /** The factory, built as the plugin framework builds module classes. */
    public WorkflowPluginFactory factory(AutowireCapableBeanFactory beans) {
        return (WorkflowPluginFactory) beans.createBean(factoryClass);
    }

    private static Class<?> load(String name, String module) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(
                    "The " + module + " names the class " + name + ", which does not exist", e);
        }
    }

    private static String required(Element element, String attribute, String kind) {
        String value = element.getAttribute(attribute);
        if (value.isBlank()) {
            throw new IllegalStateException(
                    "<" + element.getTagName() + "> of a " + kind + " lacks " + attribute);
        }
        return value;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e
                    && (name == null || e.getTagName().equals(name))) {
                found.add(e);
            }
        }
        return found;
    }
}
