package org.experimentlog.sandbox;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Servlet;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.RawEntity;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.experimentlog.app.ExperimentService;
import org.experimentlog.testing.PluginDescriptor;
import org.experimentlog.testing.ao.AoDatabase;
import org.experimentlog.web.rest.BodySizeLimit;
import org.experimentlog.web.rest.DomainExceptionMapper;
import org.experimentlog.web.rest.JsonInputExceptionMapper;
import org.experimentlog.web.rest.ObjectMapperResolver;
import org.experimentlog.web.rest.WebApplicationExceptionMapper;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * The sandbox host: the plugin running outside Jira, on Jetty 12 (Servlet 6), Jersey 3.1 and Spring
 * 6, the stack of Jira 11. It reads the plugin descriptor and wires what it declares, builds the
 * plugin's components with Spring from their {@code @Component}/{@code @Inject} annotations,
 * implements the host ports with its own stand-ins, and persists with real Active Objects. It is a
 * test and evaluation host, labelled as such, not Jira.
 */
public final class Sandbox implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Sandbox.class);

    /**
     * The data set name that fills a new database with {@link DataCenterDataset} instead of the
     * demo data.
     */
    public static final String DATA_CENTER = "datacenter";

    /**
     * Where and on what it runs.
     *
     * @param demoData whether a new database gets the demo data
     * @param dataset {@code demo}, or {@value #DATA_CENTER} for the Data Center data set (and its
     *     users and projects) instead of the demo data
     */
    public record Settings(
            String host,
            int port,
            String jdbcUrl,
            String jdbcUser,
            String jdbcPassword,
            boolean demoData,
            String dataset) {
        public Settings(
                String host,
                int port,
                String jdbcUrl,
                String jdbcUser,
                String jdbcPassword,
                boolean demoData) {
            this(host, port, jdbcUrl, jdbcUser, jdbcPassword, demoData, "demo");
        }
    }

    private final Settings settings;
    private final AoDatabase database;
    private final SandboxComponents components;
    private final AnnotationConfigApplicationContext spring;
    private final Server server;
    private final SandboxClock clock = new SandboxClock();
    private final LoginThrottle throttle = new LoginThrottle(Clock.systemUTC());
    private final SandboxDigests digests = new SandboxDigests();
    private final SandboxDashboard dashboard;

    private Sandbox(Settings settings) throws Exception {
        this.settings = settings;
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        PluginDescriptor descriptor = PluginDescriptor.load();
        boolean dataCenter = DATA_CENTER.equals(settings.dataset());
        SandboxDirectory directory =
                dataCenter
                        ? DataCenterDataset.directory(
                                SandboxDirectory.load(), DataCenterDataset.Scale.DATA_CENTER)
                        : SandboxDirectory.load();

        database =
                AoDatabase.connect(
                        settings.jdbcUrl(),
                        settings.jdbcUser(),
                        settings.jdbcPassword(),
                        List.of(AoSandboxIssue.class));
        database.activeObjects().migrate(entityArray(descriptor.entities()));
        UpgradeTasks.run(descriptor.upgradeTasks(), database.activeObjects(), LOG::info);
        components =
                SandboxComponents.wire(
                        descriptor, directory, database, clock, false, digests.mail().queue());
        spring = components.spring();
        SandboxIssueGateway issues = components.issues();
        SandboxAccessPolicy access = components.access();
        SandboxExperimentProjects experimentProjects =
                spring.getBean(SandboxExperimentProjects.class);

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/jira");
        // Jira's session cookie: not readable by scripts, not sent along with cross-site requests,
        // only over HTTPS when
        // the request came over HTTPS (Jetty's secure-request-only default)
        context.getSessionHandler().setHttpOnly(true);
        context.getSessionHandler().setSameSite(HttpCookie.SameSite.LAX);
        context.getSessionHandler().setSecureRequestOnly(true);
        context.setErrorHandler(new PlainErrorPages());
        context.addFilter(
                new FilterHolder(new SecurityHeaders()), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(
                new FilterHolder(new SandboxAuthFilter(directory, throttle)),
                "/*",
                EnumSet.of(DispatcherType.REQUEST));
        WebFragmentConditions fragments = new WebFragmentConditions(descriptor, spring);
        context.addFilter(
                new FilterHolder(new SandboxDecorator(descriptor, fragments)),
                "/plugins/servlet/*",
                EnumSet.of(DispatcherType.REQUEST));
        for (PluginDescriptor.RestModule module : descriptor.restModules()) {
            ResourceConfig rest = restApplication(directory);
            registerResources(
                    rest,
                    spring.getBeansWithAnnotation(Path.class).values().stream()
                            .filter(bean -> inPackages(bean, module.packages()))
                            .toList());
            for (Object bean : spring.getBeansWithAnnotation(Provider.class).values()) {
                if (inPackages(bean, module.packages())) {
                    rest.register(bean);
                }
            }
            context.addServlet(
                    new ServletHolder(module.key(), new ServletContainer(rest)),
                    module.mountPoint() + "/*");
        }
        ResourceConfig sandboxRest = restApplication(directory);
        registerResources(
                sandboxRest,
                List.of(
                        new SandboxIssueResource(
                                issues,
                                spring.getBean(ExperimentService.class),
                                experimentProjects),
                        new SandboxCreateResource(directory, issues, experimentProjects)));
        sandboxRest
                .register(spring.getBean(DomainExceptionMapper.class))
                .register(spring.getBean(JsonInputExceptionMapper.class))
                .register(spring.getBean(WebApplicationExceptionMapper.class))
                .register(spring.getBean(ObjectMapperResolver.class))
                .register(spring.getBean(BodySizeLimit.class));
        digests.start(spring, context, sandboxRest, directory);
        context.addServlet(
                new ServletHolder("sandbox-rest", new ServletContainer(sandboxRest)),
                "/rest/sandbox/1.0/*");
        // Jira's issue search with the descriptor's JQL functions: the REST resource and the issue
        // navigator.
        SandboxJql jql =
                new SandboxJql(
                        SandboxJqlFunctions.load(spring.getAutowireCapableBeanFactory()),
                        database.activeObjects(),
                        directory,
                        access);
        context.addServlet(
                new ServletHolder("jira-search", new SandboxSearchResource(jql)),
                "/rest/api/2/search");
        for (PluginDescriptor.ServletModule servlet : descriptor.servlets()) {
            Object instance =
                    spring.getAutowireCapableBeanFactory().createBean(servlet.servletClass());
            ServletHolder holder = new ServletHolder(servlet.key(), (Servlet) instance);
            for (String pattern : servlet.urlPatterns()) {
                context.addServlet(holder, "/plugins/servlet" + pattern);
            }
        }
        context.addServlet(
                new ServletHolder(
                        "web-resources",
                        new WebResourceServlet(descriptor, SandboxAui.fromBuild())),
                "/download/resources/*");
        SandboxPickers pickers = new SandboxPickers(directory);
        context.addServlet(
                new ServletHolder("jira-user-picker", pickers), "/rest/api/2/user/picker");
        context.addServlet(
                new ServletHolder("jira-group-picker", pickers), "/rest/api/2/groups/picker");
        context.addServlet(
                new ServletHolder("jira-user-avatars", new SandboxAvatars(directory)),
                SandboxAvatars.PATH);
        context.addServlet(
                new ServletHolder(
                        "issue-navigator", new SandboxIssueNavigator(jql, descriptor, fragments)),
                "/issues/*");
        // Jira's workflow: statuses, transitions and the descriptor's validators and conditions
        // (SandboxWorkflow)
        SandboxWorkflow workflow =
                new SandboxWorkflow(
                        descriptor,
                        database.activeObjects(),
                        spring.getAutowireCapableBeanFactory());
        ResourceConfig issueRest = restApplication(directory);
        registerResources(
                issueRest,
                List.of(
                        new SandboxTransitionResource(issues, access, workflow),
                        new SandboxJiraRestResources.Issues(
                                issues,
                                access,
                                directory,
                                experimentProjects,
                                spring.getBean(ExperimentService.class))));
        context.addServlet(
                new ServletHolder("jira-issue-rest", new ServletContainer(issueRest)),
                "/rest/api/2/issue/*");
        ResourceConfig issueTypeRest = restApplication(directory);
        registerResources(issueTypeRest, List.of(new SandboxJiraRestResources.IssueTypes()));
        context.addServlet(
                new ServletHolder("jira-issuetype-rest", new ServletContainer(issueTypeRest)),
                "/rest/api/2/issuetype");
        ResourceConfig upmRest = restApplication(directory);
        registerResources(
                upmRest, List.of(new SandboxJiraRestResources.Upm(descriptor, directory)));
        context.addServlet(
                new ServletHolder("upm-rest", new ServletContainer(upmRest)),
                "/rest/plugins/1.0/*");
        // Jira's dashboard with the descriptor's dashboard items, and where it keeps their
        // preferences (SandboxDashboard)
        dashboard = new SandboxDashboard(descriptor, fragments);
        context.addServlet(new ServletHolder("jira-dashboard", dashboard), SandboxDashboard.PAGE);
        context.addServlet(
                new ServletHolder("jira-dashboard-preferences", dashboard),
                SandboxDashboard.PREFERENCES);
        // Jira's project page with the project sidebar and the web panel its app item selects
        context.addServlet(
                new ServletHolder(
                        "jira-project-page",
                        new SandboxProjectPage(
                                directory,
                                access,
                                issues,
                                components.panels(),
                                descriptor,
                                fragments)),
                SandboxProjectPage.PATH);
        SandboxWorkflowPages workflowPages =
                new SandboxWorkflowPages(
                        issues, access, workflow, directory, descriptor, fragments);
        context.addServlet(new ServletHolder(workflowPages), SandboxWorkflowPages.DISPATCHER);
        context.addServlet(new ServletHolder(workflowPages), SandboxWorkflowPages.WORKFLOW_PAGE);
        SandboxPages pages =
                new SandboxPages(
                        directory,
                        issues,
                        access,
                        components.panels(),
                        descriptor,
                        fragments,
                        throttle,
                        workflowPages);
        for (String path :
                List.of("/login.jsp", "/logout", "/browse/*", SandboxWebSudoManager.PAGE, "")) {
            context.addServlet(new ServletHolder(pages), path);
        }

        server = new Server();
        server.setErrorHandler(new PlainErrorPages());
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(
                false); // no "Server: Jetty(12…)" telling an attacker what to look up
        http.setSendXPoweredBy(false);
        // behind a TLS proxy (X-Forwarded-Proto: https) the request counts as secure, so the
        // session cookie is Secure
        http.addCustomizer(new ForwardedRequestCustomizer());
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        server.addConnector(connector);
        server.setHandler(context);
        server.setStopAtShutdown(true);
        server.start();
        digests.servedAt(spring, baseUrl());

        if (dataCenter) {
            if (!DataCenterDataset.isFilled(database)) {
                DataCenterDataset.fill(database, DataCenterDataset.Scale.DATA_CENTER, System.out);
            }
        } else if (settings.demoData()) {
            new DemoData(spring, issues, clock).loadIfEmpty();
        }
    }

    private ResourceConfig restApplication(SandboxDirectory directory) {
        return new ResourceConfig()
                .register(JacksonFeature.withoutExceptionMappers())
                .register(new RestSecurityFeature(directory))
                .property(ServerProperties.WADL_FEATURE_DISABLE, true);
    }

    /**
     * Registers resource classes whose instances come from Spring: Jersey asks HK2 for each class,
     * and one binder hands out the Spring beans, so the plugin's components are built once, by
     * Spring, as in Jira. (One binder for all: Jersey keeps a single instance of a binder class.)
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void registerResources(ResourceConfig rest, List<Object> beans) {
        for (Object bean : beans) {
            rest.register(bean.getClass());
        }
        rest.register(
                new AbstractBinder() {
                    @Override
                    protected void configure() {
                        for (Object bean : beans) {
                            bind(bean).to((Class) bean.getClass());
                        }
                    }
                });
    }

    private static boolean inPackages(Object bean, List<String> packages) {
        String name = bean.getClass().getPackageName();
        return packages.stream().anyMatch(p -> name.equals(p) || name.startsWith(p + "."));
    }

    /** Starts a sandbox; it serves until {@link #close()}. */
    public static Sandbox start(Settings settings) throws Exception {
        return new Sandbox(settings);
    }

    /** The port it listens on (useful when it was started on port 0). */
    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    public String baseUrl() {
        return "http://" + settings.host() + ":" + port() + "/jira";
    }

    /** The plugin's components, for tests that look behind the API. */
    public <T> T component(Class<T> type) {
        return spring.getBean(type);
    }

    /** The preferences a user stored for a dashboard item on the sandbox dashboard. */
    public Map<String, String> dashboardPreferences(String user, String itemKey) {
        return dashboard.preferences(user, itemKey);
    }

    /** The SMTP server and mail queue the plugin's mail goes through. */
    public SandboxMail mail() {
        return digests.mail();
    }

    /** The scheduler that runs the plugin's jobs. */
    public SandboxScheduler scheduler() {
        return digests.scheduler();
    }

    public AoDatabase database() {
        return database;
    }

    /** The wrong-password limit, so a test that trips it can clear it for the tests after it. */
    public LoginThrottle loginThrottle() {
        return throttle;
    }

    /** The demo users and what they may do, for the start-up log and the README. */
    public static Map<String, String> demoUsers() {
        Map<String, String> users = new LinkedHashMap<>();
        for (SandboxDirectory.User user : SandboxDirectory.load().users()) {
            users.put(user.name(), user.displayName());
        }
        return users;
    }

    @Override
    public void close() throws IOException {
        List<Exception> failures = new ArrayList<>();
        try {
            server.stop();
        } catch (Exception e) {
            failures.add(e);
        }
        digests.close();
        components.close();
        database.close();
        LOG.info("Sandbox stopped");
        if (!failures.isEmpty()) {
            throw new IOException("The sandbox's web server did not stop", failures.get(0));
        }
    }

    @SuppressWarnings(
            "unchecked") // the descriptor lists entity classes, which ActiveObjects takes as
    // generic varargs
    private static Class<? extends RawEntity<?>>[] entityArray(
            List<Class<? extends RawEntity<?>>> entities) {
        return (Class<? extends RawEntity<?>>[]) entities.toArray(new Class<?>[0]);
    }
}
