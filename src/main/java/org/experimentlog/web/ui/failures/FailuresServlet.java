package org.experimentlog.web.ui.failures;

import com.atlassian.annotations.security.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.experimentlog.app.port.PageRequest;
import org.experimentlog.app.port.StoryFilter;
import org.experimentlog.domain.Coded;
import org.experimentlog.domain.DomainException;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.failure.ContributingFactor;
import org.experimentlog.domain.failure.FailureStoryId;
import org.experimentlog.domain.failure.Impact;
import org.experimentlog.web.ui.PageRenderer;

/**
 * The failures-shared pages, {@code /plugins/servlet/experiment-log/failures}: the feed, a story
 * ({@code /failures/{id}}), the share form ({@code /failures/new}) and the guide to blameless
 * stories ({@code /failures/guide}). A story the user may not see is a 404 page, whether or not it
 * exists.
 */
@LicensedOnly
public class FailuresServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 20;

    private final transient PageRenderer pages;
    private final transient FailurePageBuilder views;

    @Inject
    public FailuresServlet(PageRenderer pages, FailurePageBuilder views) {
        this.pages = pages;
        this.views = views;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (pages.requireUser(request, response).isEmpty()) {
            return;
        }
        String context = request.getContextPath();
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        if (path.equals("/") || path.isEmpty()) {
            pages.render(
                    response,
                    "templates/failures.vm",
                    views.feed(context, filter(request), page(request)));
        } else if (path.equals("/new")) {
            pages.render(
                    response,
                    "templates/failure-share.vm",
                    views.form(
                            context,
                            text(request.getParameter("issueKey")),
                            digits(request.getParameter("iteration"))));
        } else if (path.matches("/\\d{1,18}/edit")) {
            try {
                FailureStoryId id =
                        new FailureStoryId(
                                Long.parseLong(
                                        path.substring(1, path.length() - "/edit".length())));
                pages.render(response, "templates/failure-share.vm", views.editForm(context, id));
            } catch (DomainException e) {
                // not found, not visible or not the author's: "no such story" to the reader
                pages.render(
                        response,
                        HttpServletResponse.SC_NOT_FOUND,
                        "templates/failure-not-found.vm",
                        views.page(context));
            }
        } else if (path.equals("/guide")) {
            pages.render(response, "templates/failure-guide.vm", views.page(context));
        } else {
            try {
                FailureStoryId id = new FailureStoryId(Long.parseLong(path.substring(1)));
                pages.render(response, "templates/failure-story.vm", views.story(context, id));
            } catch (NumberFormatException | DomainException e) {
                // NotFoundException, or an id that cannot exist: both are "no such story" to the
                // reader
                pages.render(
                        response,
                        HttpServletResponse.SC_NOT_FOUND,
                        "templates/failure-not-found.vm",
                        views.page(context));
            }
        }
    }

    /**
     * The feed's filter; a value that cannot be read is ignored, as the form only offers valid
     * ones.
     */
    private static StoryFilter filter(HttpServletRequest request) {
        return new StoryFilter(
                department(request.getParameter("department")),
                code(ContributingFactor.class, request.getParameter("factor")),
                code(Impact.class, request.getParameter("impact")),
                date(request.getParameter("from")),
                date(request.getParameter("to")),
                searchText(request.getParameter("text")));
    }

    private static PageRequest page(HttpServletRequest request) {
        int startAt = number(request.getParameter("startAt"), 0);
        int maxResults = number(request.getParameter("maxResults"), PAGE_SIZE);
        return new PageRequest(
                Math.max(0, startAt), Math.max(1, Math.min(PageRequest.MAX_RESULTS, maxResults)));
    }

    private static DepartmentId department(String value) {
        try {
            return value == null || value.isBlank()
                    ? null
                    : new DepartmentId(Long.parseLong(value.strip()));
        } catch (NumberFormatException | DomainException e) {
            return null;
        }
    }

    private static <T extends Enum<T> & Coded> T code(Class<T> type, String value) {
        try {
            return value == null || value.isBlank()
                    ? null
                    : Coded.fromCode(type, value.strip(), "code");
        } catch (DomainException e) {
            return null;
        }
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static int number(String value, int otherwise) {
        try {
            return value == null || value.isBlank() ? otherwise : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    /**
     * The feed's words, cut to the length the form allows, so a long address still shows a page.
     */
    private static String searchText(String value) {
        String words = text(value);
        return words.length() > StoryFilter.TEXT_MAX
                ? words.substring(0, StoryFilter.TEXT_MAX)
                : words;
    }

    private static String digits(String value) {
        return value != null && value.strip().matches("\\d{1,18}") ? value.strip() : "";
    }
}
