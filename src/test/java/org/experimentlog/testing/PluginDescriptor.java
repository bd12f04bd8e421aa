package org.experimentlog.testing;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.annotations.security.AdminOnly;
import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.annotations.security.UnrestrictedAccess;
import com.atlassian.plugin.web.ContextProvider;
import jakarta.servlet.http.HttpServlet;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import net.java.ao.RawEntity;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The plugin descriptor as the sandbox reads it: the built {@code atlassian-plugin.xml} from the
 * classpath. Every class and resource it names must exist, or the sandbox does not start, as Jira
 * would not enable the plugin.
 */
public final class PluginDescriptor {
    /**
     * A {@code <rest>} module: served under {@code /rest/<path>/<version>/}, resources from its
     * packages.
     */
    public record RestModule(String key, String path, String version, List<String> packages) {
        public String mountPoint() {
            return "/rest" + path + "/" + version;
        }
    }

    /** A {@code <servlet>} module: served under {@code /plugins/servlet} plus each URL pattern. */
    /** The access levels of {@code com.atlassian.annotations.security} the app's servlets use. */
    private static final List<Class<? extends Annotation>> SERVLET_ACCESS_LEVELS =
            List.of(LicensedOnly.class, AdminOnly.class, UnrestrictedAccess.class);

    public record ServletModule(String key, Class<?> servletClass, List<String> urlPatterns) {}

    /**
     * A {@code <web-panel>} module: where it shows, its context provider, conditions and Velocity
     * template.
     */
    public record WebPanelModule(
            String key,
            String location,
            int weight,
            Class<?> contextProvider,
            List<String> conditions,
            String template) {}

    /**
     * A {@code <web-resource>} module: downloadable files (JavaScript, CSS, images) and the
     * contexts that load them.
     */
    public record WebResourceModule(
            String key,
            List<String> dependencies,
            Map<String, String> resources,
            List<String> contexts) {}

    /**
     * A {@code <web-section>} module: a group of web items at a location, with its label key and
     * conditions.
     */
    public record WebSectionModule(
            String key, String location, int weight, String labelKey, List<String> conditions) {}

    /** A {@code <web-item>} module: a link in a section, with its label key and conditions. */
    public record WebItemModule(
            String key,
            String section,
            int weight,
            String labelKey,
            String link,
            List<String> conditions) {}

    /**
     * A {@code <dashboard-item>} module: its name and description keys, the AMD module that draws
     * it, its thumbnail and whether viewers may configure it.
     */
    public record DashboardItemModule(
            String key,
            String nameKey,
            String titleKey,
            String descriptionKey,
            String amdModule,
            String thumbnail,
            boolean configurable) {}

    /** The web-resource context Jira loads on its dashboards. */
    public static final String DASHBOARD_CONTEXT = "atl.dashboard";

    private final String pluginKey;
    private final List<DashboardItemModule> dashboardItems = new ArrayList<>();
    private final List<RestModule> restModules = new ArrayList<>();
    private final List<ServletModule> servlets = new ArrayList<>();
    private final List<WebPanelModule> webPanels = new ArrayList<>();
    private final List<WebResourceModule> webResources = new ArrayList<>();
    private final List<String> allowedMethods = new ArrayList<>();
    private final List<WebItemModule> webItems = new ArrayList<>();
    private final List<WebSectionModule> webSections = new ArrayList<>();
    private final List<Class<? extends RawEntity<?>>> entities = new ArrayList<>();
    private final List<ActiveObjectsUpgradeTask> upgradeTasks = new ArrayList<>();
    private final List<String> i18nBundles = new ArrayList<>();
    private final List<WorkflowModule> workflowModules;
    private final List<String> moduleKeys = new ArrayList<>();

    private PluginDescriptor(Document document) {
        Element root = document.getDocumentElement();
        pluginKey = required(root, "key");
        workflowModules = WorkflowModule.parse(root);
        for (Element module : children(root, null)) {
            if (!module.getAttribute("key").isBlank()) {
                moduleKeys.add(module.getAttribute("key"));
            }
        }
        for (Element rest : children(root, "rest")) {
            List<String> packages =
                    children(rest, "package").stream()
                            .map(e -> e.getTextContent().strip())
                            .toList();
            if (packages.isEmpty()) {
                throw new IllegalStateException(
                        "The <rest> module " + required(rest, "key") + " names no <package>");
            }
            restModules.add(
                    new RestModule(
                            required(rest, "key"),
                            required(rest, "path"),
                            required(rest, "version"),
                            packages));
        }
        for (Element ao : children(root, "ao")) {
            for (Element entity : children(ao, "entity")) {
                entities.add(entityClass(entity.getTextContent().strip()));
            }
            for (Element task : children(ao, "upgradeTask")) {
                upgradeTasks.add(upgradeTask(task.getTextContent().strip()));
            }
        }
        for (Element servlet : children(root, "servlet")) {
            String key = required(servlet, "key");
            Class<?> type = moduleClass(required(servlet, "class"), "servlet " + key);
            if (!HttpServlet.class.isAssignableFrom(type)) {
                throw new IllegalStateException(
                        "The servlet " + key + " (" + type.getName() + ") is not an HttpServlet");
            }
            long accessLevels =
                    SERVLET_ACCESS_LEVELS.stream().filter(type::isAnnotationPresent).count();
            if (accessLevels != 1) {
                // Jira 10+ enforces these on plugin servlets; an unannotated one gets a default we
                // could not verify.
                throw new IllegalStateException(
                        "The servlet "
                                + key
                                + " ("
                                + type.getName()
                                + ") must declare exactly "
                                + "one access level of com.atlassian.annotations.security, not "
                                + accessLevels);
            }
            List<String> patterns =
                    children(servlet, "url-pattern").stream()
                            .map(e -> e.getTextContent().strip())
                            .toList();
            if (patterns.isEmpty()) {
                throw new IllegalStateException("The servlet " + key + " has no <url-pattern>");
            }
            servlets.add(new ServletModule(key, type, patterns));
        }
        for (Element panel : children(root, "web-panel")) {
            String key = required(panel, "key");
            Class<?> provider =
                    children(panel, "context-provider").stream()
                            .findFirst()
                            .map(e -> moduleClass(required(e, "class"), "web-panel " + key))
                            .orElse(null);
            List<String> conditions = conditions(panel, "web-panel " + key);
            String template =
                    children(panel, "resource").stream()
                            .filter(r -> "velocity".equals(r.getAttribute("type")))
                            .map(r -> requiredResource(required(r, "location"), "web-panel " + key))
                            .findFirst()
                            .orElseThrow(
                                    () ->
                                            new IllegalStateException(
                                                    "The web-panel "
                                                            + key
                                                            + " has no velocity resource"));
            webPanels.add(
                    new WebPanelModule(
                            key,
                            required(panel, "location"),
                            panel.getAttribute("weight").isBlank()
                                    ? 100
                                    : Integer.parseInt(panel.getAttribute("weight")),
                            provider,
                            conditions,
                            template));
        }
        for (Element resources : children(root, "web-resource")) {
            String key = required(resources, "key");
            Map<String, String> files = new LinkedHashMap<>();
            for (Element resource : children(resources, "resource")) {
                files.put(
                        required(resource, "name"),
                        requiredResource(required(resource, "location"), "web-resource " + key));
            }
            webResources.add(
                    new WebResourceModule(
                            key,
                            children(resources, "dependency").stream()
                                    .map(e -> e.getTextContent().strip())
                                    .toList(),
                            files,
                            children(resources, "context").stream()
                                    .map(e -> e.getTextContent().strip())
                                    .toList()));
        }
        for (WebResourceModule module : webResources) {
            for (String dependency : module.dependencies()) {
                if (dependency.startsWith(pluginKey + ":") && webResource(dependency).isEmpty()) {
                    throw new IllegalStateException(
                            "The web-resource "
                                    + module.key()
                                    + " depends on "
                                    + dependency
                                    + ", which does not exist");
                }
            }
        }
        for (Element item : children(root, "web-item")) {
            String key = required(item, "key");
            String label =
                    children(item, "label").stream()
                            .map(e -> required(e, "key"))
                            .findFirst()
                            .orElseThrow(
                                    () ->
                                            new IllegalStateException(
                                                    "The web-item " + key + " has no <label key>"));
            String link =
                    children(item, "link").stream()
                            .map(e -> e.getTextContent().strip())
                            .findFirst()
                            .orElseThrow(
                                    () ->
                                            new IllegalStateException(
                                                    "The web-item " + key + " has no <link>"));
            webItems.add(
                    new WebItemModule(
                            key,
                            required(item, "section"),
                            item.getAttribute("weight").isBlank()
                                    ? 100
                                    : Integer.parseInt(item.getAttribute("weight")),
                            label,
                            link,
                            conditions(item, "web-item " + key)));
        }
        for (Element section : children(root, "web-section")) {
            String key = required(section, "key");
            String label =
                    children(section, "label").stream()
                            .map(e -> required(e, "key"))
                            .findFirst()
                            .orElseThrow(
                                    () ->
                                            new IllegalStateException(
                                                    "The web-section "
                                                            + key
                                                            + " has no <label key>"));
            webSections.add(
                    new WebSectionModule(
                            key,
                            required(section, "location"),
                            section.getAttribute("weight").isBlank()
                                    ? 100
                                    : Integer.parseInt(section.getAttribute("weight")),
                            label,
                            conditions(section, "web-section " + key)));
        }
        for (Element item : children(root, "dashboard-item")) {
            dashboardItems.add(dashboardItem(item));
        }
        for (Element allowlist : children(root, "velocity-allowlist")) {
            for (Element method : children(allowlist, "method")) {
                allowedMethods.add(allowedMethod(method.getTextContent().strip()));
            }
        }
        for (Element resource : children(root, "resource")) {
            if ("i18n".equals(resource.getAttribute("type"))) {
                String location = required(resource, "location");
                for (Locale locale : List.of(Locale.ROOT, Locale.forLanguageTag("nl"))) {
                    ResourceBundle bundle =
                            ResourceBundle.getBundle(location.replace('/', '.'), locale);
                    if (bundle.keySet().isEmpty()) {
                        throw new IllegalStateException(
                                "The i18n bundle " + location + " is empty");
                    }
                }
                i18nBundles.add(location);
            }
        }
        for (DashboardItemModule item : dashboardItems) {
            for (String key : List.of(item.nameKey(), item.titleKey(), item.descriptionKey())) {
                for (String location : i18nBundles) {
                    for (Locale locale : List.of(Locale.ROOT, Locale.forLanguageTag("nl"))) {
                        if (!ResourceBundle.getBundle(location.replace('/', '.'), locale)
                                .containsKey(key)) {
                            throw new IllegalStateException(
                                    "The dashboard-item "
                                            + item.key()
                                            + " names the i18n key "
                                            + key
                                            + ", which the bundle "
                                            + location
                                            + " lacks");
                        }
                    }
                }
            }
        }
    }

    /**
     * Reads {@code atlassian-plugin.xml} from the classpath (the build copies it there, filtered).
     */
    public static PluginDescriptor load() {
        try (InputStream in = PluginDescriptor.class.getResourceAsStream("/atlassian-plugin.xml")) {
            if (in == null) {
                throw new IllegalStateException(
                        "atlassian-plugin.xml is not on the classpath; run the Maven build first");
            }
            return parse(in);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "atlassian-plugin.xml could not be read: " + e.getMessage(), e);
        }
    }

    /** Reads a descriptor; every class and resource it names must exist. */
    public static PluginDescriptor parse(InputStream in) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new PluginDescriptor(factory.newDocumentBuilder().parse(in));
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(
                    "atlassian-plugin.xml could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * A dashboard item as Jira's "Dashboard item module" page describes it: a key, an i18n name, a
     * {@code <definition>} with a title key, a description key, and what draws it. The sandbox
     * draws only items with an {@code <amd-module>}, which one of the descriptor's web resources in
     * the dashboard's context must define; a context provider must be a {@code ContextProvider};
     * the thumbnail must be one of the descriptor's downloadable resources; {@code configurable} is
     * {@code true} or {@code false}.
     */
    private DashboardItemModule dashboardItem(Element item) {
        String key = required(item, "key");
        String name = "dashboard-item " + key;
        String nameKey = required(item, "i18n-name-key");
        Element definition =
                children(item, "definition").stream()
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "The " + name + " has no <definition>"));
        String titleKey =
                children(definition, "title").stream()
                        .map(e -> required(e, "key"))
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "The " + name + " has no <definition><title key>"));
        if (children(definition, "categories").stream()
                .flatMap(c -> children(c, "category").stream())
                .findAny()
                .isEmpty()) {
            throw new IllegalStateException(
                    "The " + name + " has no <definition><categories><category>");
        }
        String thumbnail =
                children(definition, "thumbnail").stream()
                        .map(e -> required(e, "location"))
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "The "
                                                        + name
                                                        + " has no <definition><thumbnail"
                                                        + " location>"));
        String prefix = "/download/resources/" + pluginKey + ":";
        int slash = thumbnail.indexOf('/', prefix.length());
        if (!thumbnail.startsWith(prefix)
                || slash < 0
                || webResource(pluginKey + ":" + thumbnail.substring(prefix.length(), slash))
                        .filter(m -> m.resources().containsKey(thumbnail.substring(slash + 1)))
                        .isEmpty()) {
            throw new IllegalStateException(
                    "The "
                            + name
                            + "'s thumbnail "
                            + thumbnail
                            + " is not a resource of one of the plugin's web resources");
        }
        String descriptionKey =
                children(item, "description").stream()
                        .map(e -> required(e, "key"))
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "The " + name + " has no <description key>"));
        String configurable = item.getAttribute("configurable");
        if (!configurable.isEmpty()
                && !configurable.equals("true")
                && !configurable.equals("false")) {
            throw new IllegalStateException(
                    "The "
                            + name
                            + " has configurable=\""
                            + configurable
                            + "\", not true or false");
        }
        for (Element provider : children(item, "context-provider")) {
            Class<?> type = moduleClass(required(provider, "class"), name);
            if (!ContextProvider.class.isAssignableFrom(type)) {
                throw new IllegalStateException(
                        "The "
                                + name
                                + "'s context provider "
                                + type.getName()
                                + " is not a com.atlassian.plugin.web.ContextProvider");
            }
        }
        String amd =
                children(item, "amd-module").stream()
                        .map(e -> e.getTextContent().strip())
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "The "
                                                        + name
                                                        + " has no <amd-module>; the sandbox draws"
                                                        + " dashboard items by their AMD module"));
        String defines = "define('" + amd + "'";
        boolean defined =
                webResources.stream()
                        .filter(m -> m.contexts().contains(DASHBOARD_CONTEXT))
                        .flatMap(m -> m.resources().values().stream())
                        .filter(location -> location.endsWith(".js"))
                        .anyMatch(location -> resourceText(location).contains(defines));
        if (!defined) {
            throw new IllegalStateException(
                    "The "
                            + name
                            + "'s AMD module "
                            + amd
                            + " is defined by no web resource in the context "
                            + DASHBOARD_CONTEXT);
        }
        return new DashboardItemModule(
                key,
                nameKey,
                titleKey,
                descriptionKey,
                amd,
                thumbnail,
                !"false".equals(configurable));
    }

    private static String resourceText(String location) {
        try (InputStream in =
                PluginDescriptor.class.getClassLoader().getResourceAsStream(location)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("The resource " + location + " cannot be read", e);
        }
    }

    /**
     * The condition classes of a module; the plugin's own must exist (the host provides Jira's).
     */
    private static List<String> conditions(Element module, String name) {
        List<String> conditions = new ArrayList<>();
        for (Element condition : descendants(module, "condition")) {
            String type = required(condition, "class");
            if (!type.startsWith("com.atlassian.")) {
                moduleClass(type, name);
            }
            conditions.add(type);
        }
        return conditions;
    }

    private static Class<?> moduleClass(String name, String module) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(
                    "The " + module + " names the class " + name + ", which does not exist", e);
        }
    }

    private static String requiredResource(String location, String module) {
        String path = location.startsWith("/") ? location.substring(1) : location;
        if (PluginDescriptor.class.getClassLoader().getResource(path) == null) {
            throw new IllegalStateException(
                    "The " + module + " names the resource " + location + ", which does not exist");
        }
        return path;
    }

    /**
     * {@code com.example.View#getTitle()}: the class must exist and have that public method without
     * arguments.
     */
    private static String allowedMethod(String entry) {
        int hash = entry.indexOf('#');
        if (hash < 0 || !entry.endsWith("()")) {
            throw new IllegalStateException(
                    "The velocity-allowlist entry " + entry + " is not Class#method()");
        }
        Class<?> type = moduleClass(entry.substring(0, hash), "velocity-allowlist");
        String method = entry.substring(hash + 1, entry.length() - 2);
        try {
            type.getMethod(method);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(
                    "The velocity-allowlist entry " + entry + " names no public method", e);
        }
        return entry;
    }

    private static List<Element> descendants(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(name);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
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

    private static String required(Element element, String attribute) {
        String value = element.getAttribute(attribute);
        if (value.isBlank()) {
            throw new IllegalStateException(
                    "<" + element.getTagName() + "> in atlassian-plugin.xml lacks " + attribute);
        }
        return value;
    }

    private static ActiveObjectsUpgradeTask upgradeTask(String name) {
        try {
            Class<?> type = Class.forName(name);
            if (!ActiveObjectsUpgradeTask.class.isAssignableFrom(type)) {
                throw new IllegalStateException(
                        "The <ao> upgradeTask " + name + " is not an ActiveObjectsUpgradeTask");
            }
            return (ActiveObjectsUpgradeTask) type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "The <ao> upgradeTask " + name + " cannot be created", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<?>> entityClass(String name) {
        try {
            Class<?> type = Class.forName(name);
            if (!RawEntity.class.isAssignableFrom(type)) {
                throw new IllegalStateException(
                        "The <ao> entity " + name + " is not an Active Objects entity");
            }
            return (Class<? extends RawEntity<?>>) type;
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The <ao> entity " + name + " does not exist", e);
        }
    }

    public List<DashboardItemModule> dashboardItems() {
        return List.copyOf(dashboardItems);
    }

    public String pluginKey() {
        return pluginKey;
    }

    public List<RestModule> restModules() {
        return List.copyOf(restModules);
    }

    public List<Class<? extends RawEntity<?>>> entities() {
        return List.copyOf(entities);
    }

    /**
     * The {@code <ao>} module's upgrade tasks, created as Active Objects creates them, in the
     * descriptor's order.
     */
    public List<ActiveObjectsUpgradeTask> upgradeTasks() {
        return List.copyOf(upgradeTasks);
    }

    public List<ServletModule> servlets() {
        return List.copyOf(servlets);
    }

    /** The web items, by weight. */
    public List<WebSectionModule> webSections() {
        return webSections.stream()
                .sorted(Comparator.comparingInt(WebSectionModule::weight))
                .toList();
    }

    public List<WebItemModule> webItems() {
        return webItems.stream().sorted(Comparator.comparingInt(WebItemModule::weight)).toList();
    }

    public List<WebPanelModule> webPanels() {
        return List.copyOf(webPanels);
    }

    public List<WebResourceModule> webResources() {
        return List.copyOf(webResources);
    }

    /**
     * The plugin's own web resource a {@code <dependency>} names ({@code
     * <plugin-key>:<module-key>}), if any.
     */
    public Optional<WebResourceModule> webResource(String completeKey) {
        return webResources.stream()
                .filter(r -> completeKey.equals(pluginKey + ":" + r.key()))
                .findFirst();
    }

    /** Every {@code Class#method()} the templates may call. */
    public List<String> allowedMethods() {
        return List.copyOf(allowedMethods);
    }

    /** The keys of all modules, in the descriptor's order (what UPM lists). */
    public List<String> moduleKeys() {
        return List.copyOf(moduleKeys);
    }

    /**
     * The {@code workflow-validator} and {@code workflow-condition} modules, checked as Jira checks
     * them.
     */
    public List<WorkflowModule> workflowModules() {
        return workflowModules;
    }

    public List<String> i18nBundles() {
        return List.copyOf(i18nBundles);
    }
}
