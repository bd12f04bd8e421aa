package org.experimentlog.web.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.experimentlog.app.AdministrationService;
import org.experimentlog.domain.department.DepartmentId;
import org.springframework.stereotype.Component;

/**
 * The departments: every logged-in user reads the list; administrators create and change them.
 *
 * <p>Statuses: 200/201 done; 400 invalid input, a name already taken or an unknown group (the field
 * is named); 401 not logged in; 403 not an administrator; 404 no such department; 409 stale
 * version.
 */
@Component
@Path("departments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class DepartmentResource {
    private final AdministrationService administration;

    @Inject
    public DepartmentResource(AdministrationService administration) {
        this.administration = administration;
    }

    /** Every department. 200. */
    @GET
    public ValuesJson<DepartmentJson> list() {
        return new ValuesJson<>(
                administration.departments().stream()
                        .map(AdministrationJsonMapper::toJson)
                        .toList());
    }

    /** Creates a department. 201 with the department; 400; 403. */
    @POST
    @AdminOnly
    public Response create(DepartmentJson body) {
        DepartmentJson json = JsonInput.required(body, "body");
        DepartmentJson created =
                AdministrationJsonMapper.toJson(
                        administration.saveDepartment(AdministrationJsonMapper.create(json)));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /**
     * Renames a department or maps it to another group; needs the version the client read. 200;
     * 400; 403; 404; 409.
     */
    @PUT
    @Path("{id}")
    @AdminOnly
    public DepartmentJson change(@PathParam("id") long id, DepartmentJson body) {
        DepartmentJson json = JsonInput.required(body, "body");
        return AdministrationJsonMapper.toJson(
                administration.saveDepartment(
                        AdministrationJsonMapper.change(new DepartmentId(id), json)));
    }
}
