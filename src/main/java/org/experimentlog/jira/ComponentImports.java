package org.experimentlog.jira;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.cache.CacheManager;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.avatar.AvatarService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.UserLocaleStore;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;

/**
 * The one place where Jira's services enter the plugin (STYLE.md rule 4). Atlassian Spring Scanner
 * reads these {@code @ComponentImport} fields when the plugin is built and imports each type as an
 * OSGi service of Jira, so every component, here or in {@code persistence}, takes the service in
 * its {@code @Inject} constructor like any other bean. The class is never instantiated and its
 * fields stay null: it is a list, not a holder. A new host service is added here, or {@code
 * ComponentImportsTest} fails.
 */
@SuppressWarnings("unused")
final class ComponentImports {
    /**
     * For the repositories in {@code persistence}; the one host service used outside this package.
     */
    @ComponentImport private ActiveObjects activeObjects;

    @ComponentImport private IssueManager issueManager;
    @ComponentImport private IssueTypeManager issueTypeManager;
    @ComponentImport private ProjectManager projectManager;
    @ComponentImport private IssueTypeSchemeManager issueTypeSchemeManager;
    @ComponentImport private PermissionManager permissionManager;
    @ComponentImport private GlobalPermissionManager globalPermissionManager;
    @ComponentImport private JiraAuthenticationContext jiraAuthenticationContext;

    /**
     * Jira's own user manager; named apart from SAL's {@code UserManager}, should that ever be
     * imported too.
     */
    @ComponentImport("jiraUserManager")
    private UserManager userManager;

    @ComponentImport private GroupManager groupManager;
    @ComponentImport private AvatarService avatarService;
    @ComponentImport private TimeZoneManager timeZoneManager;
    @ComponentImport private ClusterLockService clusterLockService;
    @ComponentImport private EventPublisher eventPublisher;

    /**
     * The pages render their templates, web resources and translations through these (see
     * web.ui.PageRenderer).
     */
    @ComponentImport private TemplateRenderer templateRenderer;

    @ComponentImport private PageBuilderService pageBuilderService;
    @ComponentImport private I18nResolver i18nResolver;

    /**
     * The administration page asks for the administrator's password again through it
     * (web.ui.AdminPageGuard).
     */
    @ComponentImport private WebSudoManager webSudoManager;

    /**
     * The digests: Jira's outgoing mail queue, its scheduler, each user's language and the base URL
     * for links.
     */
    @ComponentImport private MailQueue mailQueue;

    @ComponentImport private SchedulerService schedulerService;
    @ComponentImport private UserLocaleStore userLocaleStore;
    @ComponentImport private ApplicationProperties applicationProperties;
    @ComponentImport private CacheManager cacheManager;

    private ComponentImports() {}
}
