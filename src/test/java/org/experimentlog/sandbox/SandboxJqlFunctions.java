package org.experimentlog.sandbox;

import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.plugin.jql.function.JqlFunction;
import com.atlassian.jira.plugin.jql.function.JqlFunctionModuleDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The descriptor's {@code <jql-function>} modules, as the sandbox's search loads them: each class
 * built by the plugin's Spring container (as Jira builds a module class of a Spring Scanner
 * plugin), initialised with its module descriptor, and registered under its {@code <fname>}. A
 * module declared wrongly stops the sandbox with a message, where Jira would leave the function out
 * without one: {@code fname} or {@code list} given as attributes instead of child elements, a class
 * that is no {@code JqlFunction}, a name or list flag the class disagrees with, a function that
 * does not yield issues, or two functions with one name.
 */
final class SandboxJqlFunctions {
    /** One declared module, before its class is built. */
    record Declared(
            String key, String functionName, boolean list, Class<? extends JqlFunction> type) {}

    /**
     * The module descriptor handed to {@link JqlFunction#init}; the functions read nothing from it.
     */
    private record ModuleDescriptor(Declared module) implements JqlFunctionModuleDescriptor {}

    private final Map<String, JqlFunction> byName;

    private SandboxJqlFunctions(Map<String, JqlFunction> byName) {
        this.byName = byName;
    }

    /** The functions of the built descriptor on the classpath, built by this bean factory. */
    static SandboxJqlFunctions load(AutowireCapableBeanFactory beans) {
        try (InputStream in =
                SandboxJqlFunctions.class.getResourceAsStream("/atlassian-plugin.xml")) {
            if (in == null) {
                throw new IllegalStateException(
                        "atlassian-plugin.xml is not on the classpath; run the Maven build first");
            }
            return build(parse(in), beans);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "atlassian-plugin.xml could not be read: " + e.getMessage(), e);
        }
    }

    /** Builds, initialises and checks each declared function. */
    static SandboxJqlFunctions build(List<Declared> declared, AutowireCapableBeanFactory beans) {
        Map<String, JqlFunction> byName = new LinkedHashMap<>();
        for (Declared module : declared) {
            JqlFunction function = beans.createBean(module.type());
            function.init(new ModuleDescriptor(module));
            String name = "The jql-function " + module.key() + " (" + module.type().getName() + ")";
            if (!module.functionName().equals(function.getFunctionName())) {
                throw new IllegalStateException(
                        name
                                + " declares <fname>"
                                + module.functionName()
                                + "</fname> but its class answers getFunctionName() = "
                                + function.getFunctionName());
            }
            if (module.list() != function.isList()) {
                throw new IllegalStateException(
                        name
                                + " declares <list>"
                                + module.list()
                                + "</list> but its class answers isList() = "
                                + function.isList());
            }
            if (!function.isList() || function.getDataType() != JiraDataTypes.ISSUE) {
                throw new IllegalStateException(
                        name
                                + " must yield a list of issues for \"issue in "
                                + module.functionName()
                                + "(…)\": isList() = "
                                + function.isList()
                                + ", getDataType() = "
                                + function.getDataType());
            }
            if (byName.putIfAbsent(module.functionName().toLowerCase(Locale.ROOT), function)
                    != null) {
                throw new IllegalStateException(
                        "Two jql-function modules are named " + module.functionName());
            }
        }
        return new SandboxJqlFunctions(byName);
    }

    /**
     * The {@code <jql-function>} modules of a descriptor, checked for what Jira's descriptor needs.
     */
    static List<Declared> parse(InputStream in) {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            document = factory.newDocumentBuilder().parse(in);
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(
                    "atlassian-plugin.xml could not be read: " + e.getMessage(), e);
        }
        List<Declared> declared = new ArrayList<>();
        NodeList modules = document.getDocumentElement().getChildNodes();
        for (int i = 0; i < modules.getLength(); i++) {
            if (modules.item(i) instanceof Element module
                    && module.getTagName().equals("jql-function")) {
                declared.add(declared(module));
            }
        }
        return declared;
    }

    private static Declared declared(Element module) {
        String key = module.getAttribute("key");
        if (key.isBlank()) {
            throw new IllegalStateException("A <jql-function> in atlassian-plugin.xml lacks a key");
        }
        for (String attribute : List.of("fname", "list")) {
            if (module.hasAttribute(attribute)) {
                throw new IllegalStateException(
                        "The jql-function "
                                + key
                                + " gives "
                                + attribute
                                + " as an attribute; "
                                + "Jira reads <"
                                + attribute
                                + "> as a child element and would ignore it");
            }
        }
        String functionName =
                child(module, "fname")
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "The jql-function " + key + " has no <fname>"));
        if (!functionName.matches("[A-Za-z][A-Za-z0-9]*")) {
            throw new IllegalStateException(
                    "The jql-function "
                            + key
                            + " has the name \""
                            + functionName
                            + "\", which is no JQL function name");
        }
        String list = child(module, "list").orElse("false");
        if (!list.equals("true") && !list.equals("false")) {
            throw new IllegalStateException(
                    "The jql-function " + key + " has <list>" + list + "</list>; true or false");
        }
        String className = module.getAttribute("class");
        Class<?> type;
        try {
            type = Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(
                    "The jql-function "
                            + key
                            + " names the class "
                            + className
                            + ", which does not exist",
                    e);
        }
        if (!JqlFunction.class.isAssignableFrom(type)) {
            throw new IllegalStateException(
                    "The jql-function " + key + " (" + className + ") is not a JqlFunction");
        }
        return new Declared(
                key, functionName, Boolean.parseBoolean(list), type.asSubclass(JqlFunction.class));
    }

    private static Optional<String> child(Element parent, String name) {
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
                return Optional.of(e.getTextContent().strip());
            }
        }
        return Optional.empty();
    }

    /** The function with this name, ignoring case as JQL does. */
    Optional<JqlFunction> named(String functionName) {
        return Optional.ofNullable(byName.get(functionName.toLowerCase(Locale.ROOT)));
    }

    /** The names of the loaded functions, as declared. */
    List<String> names() {
        return byName.values().stream().map(JqlFunction::getFunctionName).toList();
    }
}
