package org.experimentlog.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import net.java.ao.RawEntity;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The plugin descriptor as the sandbox reads it: the built {@code atlassian-plugin.xml} from the classpath. Every
 * class and resource it names must exist, or the sandbox does not start, as Jira would not enable the plugin.
 */
public final class PluginDescriptor {
    /** A {@code <rest>} module: served under {@code /rest/<path>/<version>/}, resources from its packages. */
    public record RestModule(String key, String path, String version, List<String> packages) {
        public String mountPoint() {
            return "/rest" + path + "/" + version;
        }
    }

    private final String pluginKey;
    private final List<RestModule> restModules = new ArrayList<>();
    private final List<Class<? extends RawEntity<?>>> entities = new ArrayList<>();
    private final List<String> i18nBundles = new ArrayList<>();

    private PluginDescriptor(Document document) {
        Element root = document.getDocumentElement();
        pluginKey = required(root, "key");
        for (Element rest : children(root, "rest")) {
            List<String> packages = children(rest, "package").stream().map(e -> e.getTextContent().strip()).toList();
            if (packages.isEmpty()) {
                throw new IllegalStateException("The <rest> module " + required(rest, "key") + " names no <package>");
            }
            restModules.add(new RestModule(required(rest, "key"), required(rest, "path"), required(rest, "version"), packages));
        }
        for (Element ao : children(root, "ao")) {
            for (Element entity : children(ao, "entity")) {
                entities.add(entityClass(entity.getTextContent().strip()));
            }
        }
        for (Element resource : children(root, "resource")) {
            if ("i18n".equals(resource.getAttribute("type"))) {
                String location = required(resource, "location");
                for (Locale locale : List.of(Locale.ROOT, Locale.forLanguageTag("nl"))) {
                    ResourceBundle bundle = ResourceBundle.getBundle(location.replace('/', '.'), locale);
                    if (bundle.keySet().isEmpty()) {
                        throw new IllegalStateException("The i18n bundle " + location + " is empty");
                    }
                }
                i18nBundles.add(location);
            }
        }
    }

    /** Reads {@code atlassian-plugin.xml} from the classpath (the build copies it there, filtered). */
    public static PluginDescriptor load() {
        try (InputStream in = PluginDescriptor.class.getResourceAsStream("/atlassian-plugin.xml")) {
            if (in == null) {
                throw new IllegalStateException("atlassian-plugin.xml is not on the classpath; run the Maven build first");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new PluginDescriptor(factory.newDocumentBuilder().parse(in));
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("atlassian-plugin.xml could not be read: " + e.getMessage(), e);
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static String required(Element element, String attribute) {
        String value = element.getAttribute(attribute);
        if (value.isBlank()) {
            throw new IllegalStateException("<" + element.getTagName() + "> in atlassian-plugin.xml lacks " + attribute);
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<?>> entityClass(String name) {
        try {
            Class<?> type = Class.forName(name);
            if (!RawEntity.class.isAssignableFrom(type)) {
                throw new IllegalStateException("The <ao> entity " + name + " is not an Active Objects entity");
            }
            return (Class<? extends RawEntity<?>>) type;
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The <ao> entity " + name + " does not exist", e);
        }
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

    public List<String> i18nBundles() {
        return List.copyOf(i18nBundles);
    }
}
