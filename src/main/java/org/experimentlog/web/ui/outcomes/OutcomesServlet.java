package org.experimentlog.web.ui.outcomes;

import com.atlassian.annotations.security.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.experimentlog.domain.Coded;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.NotFoundException;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.outcome.OutcomeId;
import org.experimentlog.domain.outcome.OutcomeStatus;
import org.experimentlog.web.ui.PageRenderer;

/**
 * The outcomes page, {@code /plugins/servlet/experiment-log/outcomes}: every outcome with its
 * metric, owner, status and progress from baseline through the latest measurement to the target,
 * filtered by department and status; and {@code /outcomes/{id}}, one outcome with its trend chart,
 * measurement history and, for managers, its forms.
 */
@LicensedOnly
public class OutcomesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient PageRenderer pages;
    private final transient OutcomePageBuilder views;

    @Inject
    public OutcomesServlet(PageRenderer pages, OutcomePageBuilder views) {
        this.pages = pages;
        this.views = views;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (pages.requireUser(request, response).isEmpty()) {
            return;
        }
        String path = request.getPathInfo();
        if (path != null && path.length() > 1) {
            detail(path.substring(1), response);
            return;
        }
        DepartmentId department = null;
        OutcomeStatus status = null;
        try {
            String departmentParameter = request.getParameter("department");
            if (departmentParameter != null && !departmentParameter.isBlank()) {
                department = new DepartmentId(Long.parseLong(departmentParameter.strip()));
            }
            String statusParameter = request.getParameter("status");
            if (statusParameter != null && !statusParameter.isBlank()) {
                status = Coded.fromCode(OutcomeStatus.class, statusParameter.strip(), "status");
            }
        } catch (NumberFormatException | InvalidInputException e) {
            department = null;
            status = null;
        }
        pages.render(response, "templates/outcomes.vm", views.list(department, status));
    }

    /**
     * The page of one outcome, {@code /outcomes/{id}}; a 404 page when there is no such outcome.
     */
    private void detail(String requested, HttpServletResponse response) throws IOException {
        OutcomeDetailView view;
        try {
            view = views.detail(new OutcomeId(Long.parseLong(requested)));
        } catch (IllegalArgumentException | NotFoundException e) {
            pages.render(
                    response,
                    HttpServletResponse.SC_NOT_FOUND,
                    "templates/outcome-missing.vm",
                    new OutcomeMissingView(requested));
            return;
        }
        pages.render(response, "templates/outcome.vm", view);
    }
}
