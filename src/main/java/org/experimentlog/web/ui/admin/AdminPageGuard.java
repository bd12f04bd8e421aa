package org.experimentlog.web.ui.admin;

import com.atlassian.sal.api.websudo.WebSudoManager;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.experimentlog.app.AdministrationService;
import org.experimentlog.domain.AccessDeniedException;
import org.experimentlog.web.ui.PageRenderer;
import org.experimentlog.web.ui.failures.FailurePageView;
import org.springframework.stereotype.Component;

/**
 * Lets only administrators with web sudo onto the administration page: a visitor who is not logged
 * in goes to the login page, a user who is not an administrator gets "not permitted" (403), and an
 * administrator without a web sudo session goes to the host's page that asks for the password
 * again, which comes back here afterwards.
 */
@Component
public class AdminPageGuard {
    private final PageRenderer pages;
    private final AdministrationService administration;
    private final WebSudoManager webSudo;

    @Inject
    public AdminPageGuard(
            PageRenderer pages, AdministrationService administration, WebSudoManager webSudo) {
        this.pages = pages;
        this.administration = administration;
        this.webSudo = webSudo;
    }

    /** Whether the request may go ahead; when not, the response has been answered already. */
    public boolean admit(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (pages.requireUser(request, response).isEmpty()) {
            return false;
        }
        try {
            administration.checkAdministrator();
        } catch (AccessDeniedException e) {
            pages.render(
                    response,
                    HttpServletResponse.SC_FORBIDDEN,
                    "templates/admin-denied.vm",
                    new FailurePageView(request.getContextPath() + "/"));
            return false;
        }
        if (!webSudo.canExecuteRequest(request)) {
            webSudo.enforceWebSudoProtection(request, response);
            return false;
        }
        webSudo.willExecuteWebSudoRequest(request);
        return true;
    }
}
