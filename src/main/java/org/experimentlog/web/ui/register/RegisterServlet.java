package org.experimentlog.web.ui.register;

import com.atlassian.annotations.security.UnrestrictedAccess;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import org.experimentlog.app.RegisterService;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.NotFoundException;

/**
 * The public register, {@code /plugins/servlet/experiment-log/register}: the list of published
 * experiments with its filters, each experiment's page at {@code /register/{number}} and the Atom
 * feed at {@code /register/feed}. Open to everyone, logged in or not, while publishing is on; 404
 * when it is off. It never creates a session, so anonymous readers leave no trace on the server,
 * and it needs no JavaScript.
 */
@UnrestrictedAccess
public class RegisterServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient RegisterPageBuilder views;
    private final transient RegisterPages pages;
    private final transient RegisterService register;

    @Inject
    public RegisterServlet(
            RegisterPageBuilder views, RegisterPages pages, RegisterService register) {
        this.views = views;
        this.pages = pages;
        this.register = register;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Locale locale =
                RegisterPageBuilder.language(
                        request.getParameter("lang"), request.getHeader("Accept-Language"));
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String context = request.getContextPath();
        try {
            if (path.isEmpty() || path.equals("/")) {
                pages.render(
                        response,
                        200,
                        "templates/register.vm",
                        views.list(request::getParameter, locale, context),
                        true);
            } else if (path.equals("/feed")) {
                feed(request, response, locale);
            } else if (path.matches("/[1-9][0-9]{0,17}")) {
                pages.render(
                        response,
                        200,
                        "templates/register-entry.vm",
                        views.entry(
                                Long.parseLong(path.substring(1)),
                                request.getParameter("version"),
                                locale,
                                context),
                        true);
            } else {
                throw new NotFoundException(ErrorKey.REGISTER_ENTRY_NOT_FOUND, path);
            }
        } catch (NotFoundException e) {
            notFound(response);
        }
    }

    private void feed(HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws IOException {
        var events = register.feed();
        var terms = register.publicTerms();
        response.setContentType("application/atom+xml;charset=UTF-8");
        response.setHeader("Cache-Control", RegisterPages.CACHE_CONTROL);
        response.setHeader("Vary", "Accept-Language");
        String url = request.getRequestURL().toString();
        String base =
                url.substring(
                        0,
                        url.indexOf(request.getContextPath() + "/plugins/")
                                + request.getContextPath().length());
        try {
            RegisterFeed.write(response.getWriter(), events, terms, base, locale, views);
        } catch (XMLStreamException e) {
            throw new IOException("Could not write the register's feed", e);
        }
    }

    /**
     * The same plain 404 whether publishing is off or nothing was published under the address:
     * nothing to learn.
     */
    private static void notFound(HttpServletResponse response) throws IOException {
        response.setStatus(404);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("Not found / Niet gevonden\n");
    }
}
