package org.experimentlog.sandbox;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.util.RuntimeServicesAware;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.experimentlog.testing.BundleI18nResolver;

/**
 * Velocity set up the way Jira renders plugin templates: every {@code $reference} is HTML-escaped
 * unless its name ends in {@code Html}, and only the methods on the descriptor's {@code
 * <velocity-allowlist>} (plus the JDK's own value types and the host's {@code $i18n}) may be
 * called: any other call fails the render, naming the class, the method, the template and the line.
 * Whitespace and {@code #if} on empty values behave as in Velocity 1.x.
 *
 * <p>Templates are parsed once and kept, as Jira's template renderer keeps them outside development
 * mode: a render merges the cached syntax tree with the context, so timing a rendered page measures
 * rendering, not parsing.
 */
public final class SandboxVelocity {
    private static final String ALLOWLIST = "experimentlog.allowlist";
    private final VelocityEngine engine = new VelocityEngine();

    public SandboxVelocity(Set<String> allowedMethods) {
        Properties settings = new Properties();
        settings.setProperty("resource.loaders", "class");
        settings.setProperty(
                "resource.loader.class.class",
                "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        settings.setProperty("resource.loader.class.cache", "true");
        settings.setProperty("resource.loader.class.modification_check_interval", "-1");
        settings.setProperty("resource.default_encoding", "UTF-8");
        // Jira keeps parsed templates; so does the sandbox (the digests render one per recipient)
        settings.setProperty("resource.loader.class.cache", "true");
        settings.setProperty("parser.space_gobbling", "bc");
        settings.setProperty("directive.if.empty_check", "false");
        settings.setProperty("runtime.strict_mode.enable", "false");
        settings.setProperty("introspector.uberspect.class", AllowlistUberspect.class.getName());
        engine.setApplicationAttribute(ALLOWLIST, Set.copyOf(allowedMethods));
        engine.init(settings);
    }

    /** Renders a classpath template with the context, escaped and allowlisted as in Jira. */
    public String render(String template, Map<String, Object> values) {
        VelocityContext context = new VelocityContext(new HashMap<>(values));
        EventCartridge events = new EventCartridge();
        events.addReferenceInsertionEventHandler(new HtmlEscaping());
        events.attachToContext(context);
        StringWriter out = new StringWriter();
        engine.getTemplate(template).merge(context, out);
        return out.toString();
    }

    /** The parsed template, from the engine's cache after the first use. */
    Object parsed(String template) {
        return engine.getTemplate(template);
    }

    /**
     * Escapes every inserted value unless the reference's last name ends in {@code Html}, as Jira
     * does.
     */
    static final class HtmlEscaping implements ReferenceInsertionEventHandler {
        @Override
        public Object referenceInsert(Context context, String reference, Object value) {
            if (value == null) {
                return null;
            }
            String name = reference.replaceAll("[${}!]", "");
            String last = name.substring(name.lastIndexOf('.') + 1).replaceAll("\\(.*\\)$", "");
            if (last.toLowerCase(Locale.ROOT).endsWith("html")) {
                return value;
            }
            return SandboxPages.Html.escape(value.toString());
        }
    }

    /** Refuses every method call that the allowlist does not name. */
    public static final class AllowlistUberspect extends UberspectImpl
            implements RuntimeServicesAware {
        private Set<String> allowed = Set.of();

        @Override
        @SuppressWarnings("unchecked")
        public void setRuntimeServices(RuntimeServices services) {
            super.setRuntimeServices(services);
            Object list = services.getApplicationAttribute(ALLOWLIST);
            allowed = list == null ? Set.of() : (Set<String>) list;
        }

        @Override
        public VelMethod getMethod(Object target, String methodName, Object[] args, Info info) {
            VelMethod method = super.getMethod(target, methodName, args, info);
            if (method != null) {
                check(target, method.getMethodName(), info);
            }
            return method;
        }

        @Override
        public VelPropertyGet getPropertyGet(Object target, String identifier, Info info) {
            VelPropertyGet getter = super.getPropertyGet(target, identifier, info);
            if (getter != null && getter.getMethodName() != null) {
                check(target, getter.getMethodName(), info);
            }
            return getter;
        }

        private void check(Object target, String method, Info info) {
            Class<?> type = target.getClass();
            String name = type.getName();
            boolean jdkValue =
                    (name.startsWith("java.lang.") || name.startsWith("java.util."))
                            && type != Class.class
                            && !method.equals("getClass");
            boolean host = type == SandboxI18n.class || type == BundleI18nResolver.class;
            if (jdkValue || host || allowed.contains(name + "#" + method + "()")) {
                return;
            }
            throw new VelocityException(
                    "Velocity method allowlist: "
                            + name
                            + "#"
                            + method
                            + "() is not allowed ("
                            + info.getTemplateName()
                            + " line "
                            + info.getLine()
                            + ")");
        }
    }
}
