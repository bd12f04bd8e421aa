package org.experimentlog.web.ui.following;

import com.atlassian.annotations.security.UnrestrictedAccess;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.experimentlog.app.digest.FollowingService;
import org.experimentlog.domain.DomainException;
import org.experimentlog.web.ui.PageRenderer;

/**
 * Where a digest's unsubscribe link leads, {@code
 * /plugins/servlet/experiment-log/unsubscribe?token=…}; no login needed, as the token is signed for
 * one person and one thing they follow. Opening the link only asks (mail scanners open links); the
 * confirming form posts the token back, and one-click unsubscribe from mail programs (RFC 8058)
 * posts it too. The token is the authority here, not a session, so the form needs no XSRF token.
 */
@UnrestrictedAccess
public class UnsubscribeServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/unsubscribe.vm";

    private final transient PageRenderer pages;
    private final transient FollowingService following;

    @Inject
    public UnsubscribeServlet(PageRenderer pages, FollowingService following) {
        this.pages = pages;
        this.following = following;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String token = request.getParameter("token");
        Optional<FollowingService.Followed> named =
                token == null ? Optional.empty() : following.peek(token);
        if (named.isEmpty()) {
            pages.render(
                    response, 400, TEMPLATE, new UnsubscribePageView(false, false, "", "", ""));
            return;
        }
        pages.render(response, TEMPLATE, view(named.get(), token, false));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String token = request.getParameter("token");
        try {
            FollowingService.Followed stopped = following.unsubscribe(token);
            pages.render(response, TEMPLATE, view(stopped, "", true));
        } catch (DomainException e) {
            pages.render(
                    response, 400, TEMPLATE, new UnsubscribePageView(false, false, "", "", ""));
        }
    }

    private static UnsubscribePageView view(
            FollowingService.Followed followed, String token, boolean done) {
        return new UnsubscribePageView(
                true,
                done,
                token,
                "experimentlog.following.kind." + followed.follow().target().kind().code(),
                followed.name());
    }
}
