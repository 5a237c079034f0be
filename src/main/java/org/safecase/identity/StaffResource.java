package org.safecase.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;
import org.safecase.platform.Paging;

import java.util.List;

/**
 * Issue #13 item 3 over REST: people's accounts as {@link StaffAdministration} allows. An LA admin
 * makes users (a welcome link to set a password is mailed), corrects them, deactivates and
 * reactivates them and sends password links; a head teacher lists their own school's staff and
 * gives and takes away the school's roles below their own. Anyone else is refused in words; a user
 * the caller does not look after is not found.
 */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Schools and users")
public class StaffResource {
    static final int MAX_PAGE = 100;
    private static final String NOT_FOUND = "No such user among those you look after";

    @Inject
    StaffAdministration staff;
    @Inject
    Caller caller;
    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listUsers", summary = "The users you look after (LA admin: your local authority's; head "
            + "teacher: your school's), by name; school: one school's id; text: part of the name or e-mail, any case; "
            + "inactive=true: deactivated users too; paged in the database (size at most 100)")
    @APIResponse(responseCode = "200", description = "One page of the users and their total",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "StaffList")))
    @APIResponse(responseCode = "400", description = "A parameter of the wrong type or out of range, named")
    @APIResponse(responseCode = "403", description = "Neither an LA admin nor a head teacher")
    public StaffList list(@QueryParam("school") String school, @QueryParam("text") String text,
                          @QueryParam("inactive") String inactive, @QueryParam("first") String first,
                          @QueryParam("size") String size) {
        StaffAdministration.Filter filter = AdministrationQuery.staffFilter(school, text, inactive);
        return new StaffList(staff.list(caller, filter, Paging.first(first), Paging.size(size, 20, MAX_PAGE)),
                staff.count(caller, filter));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getUser", summary = "One user you look after")
    @APIResponse(responseCode = "200", description = "The user (never a password, second factor or case)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "StaffEntry")))
    @APIResponse(responseCode = "403", description = "Neither an LA admin nor a head teacher")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public StaffEntry get(@PathParam("id") Long id) {
        return staff.one(caller, id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createUser", summary = "Make a user of your local authority (LA admin): name, email, "
            + "schoolId (null for the local authority's own people) and roles (at least one; school roles for a "
            + "school's people, HR_OFFICER or LA_ADMIN for the local authority's). The user name is the e-mail in "
            + "lower case; a link to choose a password is mailed to it. Audited")
    @APIResponse(responseCode = "201", description = "Made (Location: the user); the welcome mail is on its way",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "StaffEntry")))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named (a school not of your local authority "
            + "too); nothing was stored")
    @APIResponse(responseCode = "403", description = "Not an LA admin, or asked with a read-only token")
    @APIResponse(responseCode = "409", description = "Another account has this e-mail address")
    public Response create(StaffForm form) {
        StaffEntry user = staff.create(caller, body(form));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(user.id())).build())
                .entity(user).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeUser", summary = "Correct a user's name, email, schoolId and roles (LA admin), "
            + "every field as when making them; a new school or new roles end the user's sessions. Audited")
    @APIResponse(responseCode = "200", description = "Corrected: the user as they are now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "StaffEntry")))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named; nothing was stored")
    @APIResponse(responseCode = "403", description = "Not an LA admin, or asked with a read-only token")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Another account has this e-mail address")
    public StaffEntry change(@PathParam("id") Long id, StaffForm form) {
        return staff.change(caller, id, body(form));
    }

    @PUT
    @Path("{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeUserRoles", summary = "Set the roles a user holds: {\"roles\": [\"STAFF\", "
            + "\"DEPUTY_DSL\"]}, all of them. An LA admin gives any role that fits the user; a head teacher gives and "
            + "takes away their own staff's school roles below head teacher. The user's sessions end. Audited")
    @APIResponse(responseCode = "200", description = "Set: the user as they are now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "StaffEntry")))
    @APIResponse(responseCode = "400", description = "No role, an unknown role, or a role that does not fit the user "
            + "(a school's or the local authority's); nothing was changed")
    @APIResponse(responseCode = "403", description = "A role the caller may not give or take away, or asked with a "
            + "read-only token; nothing was changed")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public StaffEntry changeRoles(@PathParam("id") Long id, RolesRequest request) {
        if (request == null) {
            throw new InvalidInputException(List.of(new FieldProblem("body", "problem.staffResource.rolesBody")));
        }
        return staff.changeRoles(caller, id, request.roles());
    }

    @POST
    @Path("{id}/deactivation")
    @Operation(operationId = "deactivateUser", summary = "Deactivate a user (LA admin; never yourself): their sessions "
            + "and API tokens end at once, their cases stay. Audited")
    @APIResponse(responseCode = "200", description = "Deactivated (or already): the user as they are now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "StaffEntry")))
    @APIResponse(responseCode = "403", description = "Not an LA admin, or asked with a read-only token")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Your own account")
    public StaffEntry deactivate(@PathParam("id") Long id) {
        return staff.deactivate(caller, id);
    }

    @DELETE
    @Path("{id}/deactivation")
    @Operation(operationId = "reactivateUser", summary = "Make a deactivated user active again (LA admin): they sign "
            + "in with their password, or with a new link (password-link). Audited")
    @APIResponse(responseCode = "200", description = "Active (or already): the user as they are now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "StaffEntry")))
    @APIResponse(responseCode = "403", description = "Not an LA admin, or asked with a read-only token")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Another account has taken the user's e-mail address meanwhile")
    public StaffEntry reactivate(@PathParam("id") Long id) {
        return staff.reactivate(caller, id);
    }

    @POST
    @Path("{id}/password-link")
    @Operation(operationId = "sendPasswordLink", summary = "Mail an active user a one-time link to choose a new password "
            + "(LA admin); any earlier link stops working. Audited")
    @APIResponse(responseCode = "202", description = "The link will be mailed within moments")
    @APIResponse(responseCode = "403", description = "Not an LA admin, or asked with a read-only token")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The user is deactivated")
    public Response sendPasswordLink(@PathParam("id") Long id) {
        staff.sendPasswordLink(caller, id);
        return Response.accepted().build();
    }

    @DELETE
    @Path("{id}/second-factor")
    @Operation(operationId = "removeSecondFactor", summary = "Remove a user's second factor and recovery codes (LA "
            + "admin), for someone who lost both: their sessions end, and where your local authority requires a second "
            + "factor they set one up again at their next sign-in. Audited")
    @APIResponse(responseCode = "200", description = "Removed: the user as they are now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "StaffEntry")))
    @APIResponse(responseCode = "403", description = "Not an LA admin, or asked with a read-only token")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The user has no second factor")
    public StaffEntry removeSecondFactor(@PathParam("id") Long id) {
        return staff.resetSecondFactor(caller, id);
    }

    private static StaffForm body(StaffForm form) {
        if (form == null) {
            throw new InvalidInputException(List.of(new FieldProblem("body", "problem.staffResource.body")));
        }
        return form;
    }
}
