package org.experimentlog.sandbox;

import com.atlassian.mail.queue.MailQueue;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.java.ao.RawEntity;
import org.experimentlog.app.port.IssueSummary;
import org.experimentlog.domain.UserRef;
import org.experimentlog.jira.JiraMailOutbox;
import org.experimentlog.jira.JiraSettingsCache;
import org.experimentlog.persistence.AoSettingsRepository;
import org.experimentlog.testing.BundleI18nResolver;
import org.experimentlog.testing.PluginDescriptor;
import org.experimentlog.testing.ao.AoDatabase;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.ClassPathBeanDefinitionScanner;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/**
 * The plugin's components as the sandbox wires them, without the HTTP server: Spring builds them
 * from their annotations over real Active Objects, with the sandbox's stand-ins for the host's
 * services. The sandbox serves them; benchmarks call the same code paths its pages call.
 */
public final class SandboxComponents implements AutoCloseable {
    private final PluginDescriptor descriptor;
    private final AnnotationConfigApplicationContext spring;
    private final SandboxIssueGateway issues;
    private final SandboxAccessPolicy access;
    private WebPanels panels;

    private SandboxComponents(
            PluginDescriptor descriptor,
            AnnotationConfigApplicationContext spring,
            SandboxIssueGateway issues,
            SandboxAccessPolicy access) {
        this.descriptor = descriptor;
        this.spring = spring;
        this.issues = issues;
        this.access = access;
    }

    /**
     * Wires the components on a database whose schema is migrated.
     *
     * @param lazy whether each component is built only when first asked for (benchmarks build only
     *     what they time)
     */
    static SandboxComponents wire(
            PluginDescriptor descriptor,
            SandboxDirectory directory,
            AoDatabase database,
            SandboxClock clock,
            boolean lazy) {
        return wire(
                descriptor, directory, database, clock, lazy, new SandboxMailQueue("localhost", 0));
    }

    /**
     * Wires the components with the mail queue their digests go through (the sandbox's, flushed to
     * its SMTP server).
     */
    static SandboxComponents wire(
            PluginDescriptor descriptor,
            SandboxDirectory directory,
            AoDatabase database,
            SandboxClock clock,
            boolean lazy,
            MailQueue mailQueue) {
        SandboxIssueGateway issues = new SandboxIssueGateway(database.activeObjects(), directory);
        SandboxAccessPolicy access = new SandboxAccessPolicy(directory);
        AnnotationConfigApplicationContext spring = new AnnotationConfigApplicationContext();
        ConfigurableListableBeanFactory beans = spring.getBeanFactory();
        beans.registerSingleton("activeObjects", database.activeObjects());
        beans.registerSingleton("userDirectory", new SandboxUserDirectory(directory));
        beans.registerSingleton("accessPolicy", access);
        beans.registerSingleton("issueGateway", issues);
        beans.registerSingleton("clock", clock);
        SandboxVelocity velocity = new SandboxVelocity(Set.copyOf(descriptor.allowedMethods()));
        beans.registerSingleton("templateRenderer", new SandboxTemplateRenderer(velocity));
        beans.registerSingleton("pageBuilderService", new SandboxPageBuilderService());
        beans.registerSingleton("i18nResolver", new BundleI18nResolver(CurrentUser::locale));
        beans.registerSingleton("webSudoManager", new SandboxWebSudoManager());
        beans.registerSingleton("experimentProjects", new SandboxExperimentProjects(directory));
        // Following and digests: the host's users as recipients, its base URL, its cluster lock,
        // and the plugin's
        // own Jira mail adapter over the sandbox's mail queue, so the mail takes the path it takes
        // in Jira.
        beans.registerSingleton("recipients", new SandboxRecipients(directory));
        beans.registerSingleton("siteLinks", new SandboxSiteLinks());
        beans.registerSingleton("exclusiveRuns", new SandboxExclusiveRuns());
        beans.registerSingleton("mailOutbox", new JiraMailOutbox(mailQueue));
        // the plugin's own Jira adapter for its cached settings over the sandbox's cache manager
        beans.registerSingleton(
                "settingsCache",
                new JiraSettingsCache(
                        new AoSettingsRepository(database.activeObjects()),
                        new SandboxCacheManager()));
        // Spring Scanner registers the classes marked with Spring's @Component (fidelity audit D3);
        // so does the sandbox, and nothing else: a class marked only with jakarta.inject.Named,
        // which
        // Spring's default scan would also pick up, is not wired here either.
        ClassPathBeanDefinitionScanner scanner = new ClassPathBeanDefinitionScanner(spring, false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        scanner.scan(
                "org.experimentlog.app", "org.experimentlog.persistence", "org.experimentlog.web");
        if (lazy) {
            spring.addBeanFactoryPostProcessor(
                    factory -> {
                        for (String name : factory.getBeanDefinitionNames()) {
                            factory.getBeanDefinition(name).setLazyInit(true);
                        }
                    });
        }
        spring.refresh();
        return new SandboxComponents(descriptor, spring, issues, access);
    }

    /**
     * The components on a database with the sandbox's schema ({@link AoSandboxIssue} included), for
     * a directory, each built when first used.
     */
    public static SandboxComponents wire(SandboxDirectory directory, AoDatabase database) {
        PluginDescriptor descriptor = PluginDescriptor.load();
        database.activeObjects().migrate(entityArray(descriptor.entities()));
        return wire(descriptor, directory, database, new SandboxClock(), true);
    }

    /** A component of the plugin, e.g. a service or a view builder. */
    public <T> T component(Class<T> type) {
        return spring.getBean(type);
    }

    /**
     * The HTML of the issue page's panels for an issue the current user may browse, rendered as the
     * sandbox's issue page renders them: conditions, context providers and templates; empty when
     * the issue is missing or hidden.
     */
    public String issuePanels(String issueKey, Locale locale) {
        Optional<IssueSummary> issue =
                issues.findByKey(issueKey)
                        .filter(
                                i ->
                                        CurrentUser.name()
                                                .map(
                                                        user ->
                                                                access.canBrowse(
                                                                        new UserRef(user), i.ref()))
                                                .orElse(false));
        if (issue.isEmpty()) {
            return "";
        }
        SandboxI18n text = new SandboxI18n(locale);
        return panels().render(
                        "atl.jira.view.issue.left.context",
                        Map.of(
                                "issue",
                                new SandboxJiraIssue(issue.get()),
                                "i18n",
                                text,
                                "locale",
                                locale));
    }

    synchronized WebPanels panels() {
        if (panels == null) {
            panels = new WebPanels(descriptor, spring);
        }
        return panels;
    }

    AnnotationConfigApplicationContext spring() {
        return spring;
    }

    SandboxIssueGateway issues() {
        return issues;
    }

    SandboxAccessPolicy access() {
        return access;
    }

    @Override
    public void close() {
        spring.close();
    }

    @SuppressWarnings(
            "unchecked") // the descriptor lists entity classes, which ActiveObjects takes as
    // generic varargs
    private static Class<? extends RawEntity<?>>[] entityArray(
            List<Class<? extends RawEntity<?>>> entities) {
        return (Class<? extends RawEntity<?>>[]) entities.toArray(new Class<?>[0]);
    }
}
