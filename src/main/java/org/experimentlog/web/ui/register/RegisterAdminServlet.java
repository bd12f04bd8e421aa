package org.experimentlog.web.ui.register;

import com.atlassian.annotations.security.AdminOnly;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import org.experimentlog.app.AdministrationService;
import org.experimentlog.app.RegisterService;
import org.experimentlog.domain.register.Licence;
import org.experimentlog.domain.register.PublishingSettings;
import org.experimentlog.web.ui.OptionView;
import org.experimentlog.web.ui.PageRenderer;
import org.experimentlog.web.ui.admin.AdminPageGuard;

/**
 * The public register's settings, {@code /plugins/servlet/experiment-log/admin/register}: for Jira
 * administrators with web sudo, like the app's administration page. The form saves through the REST
 * API.
 */
@AdminOnly
public class RegisterAdminServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient AdminPageGuard guard;
    private final transient PageRenderer pages;
    private final transient RegisterService register;
    private final transient AdministrationService administration;

    @Inject
    public RegisterAdminServlet(
            AdminPageGuard guard,
            PageRenderer pages,
            RegisterService register,
            AdministrationService administration) {
        this.guard = guard;
        this.pages = pages;
        this.register = register;
        this.administration = administration;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!guard.admit(request, response)) {
            return;
        }
        PublishingSettings s = register.settings();
        response.setHeader("Cache-Control", "no-store");
        pages.render(
                response,
                "templates/register-admin.vm",
                new RegisterAdminView(
                        s.enabled(),
                        Arrays.stream(Licence.values())
                                .map(l -> OptionView.named(l.code(), l.title(), l == s.licence()))
                                .toList(),
                        s.organisation(),
                        s.logoText(),
                        administration.departments().stream()
                                .map(
                                        d ->
                                                OptionView.named(
                                                        d.requireId().toString(),
                                                        d.name(),
                                                        s.departments().contains(d.requireId())))
                                .toList(),
                        s.namesAllowed(),
                        s.version(),
                        request.getContextPath() + "/plugins/servlet/experiment-log/register"));
    }
}
