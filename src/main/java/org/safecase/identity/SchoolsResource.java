package org.safecase.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
 * Issue #13 item 3 over REST: an LA admin lists, reads, adds and changes their local authority's
 * schools ({@link SchoolRegister}); anyone else is refused in words, and a school of another
 * local authority is not found.
 */
@Path("schools")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Schools and users")
public class SchoolsResource {
    static final int MAX_PAGE = 100;

    @Inject
    SchoolRegister register;
    @Inject
    Caller caller;
    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listSchools", summary = "Your local authority's schools (LA admin), by name; text: part "
            + "of the name, any case; paged in the database (size at most 100)")
    @APIResponse(responseCode = "200", description = "One page of the schools and their total",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SchoolList")))
    @APIResponse(responseCode = "400", description = "text too long, or first or size not a whole number within its limits")
    @APIResponse(responseCode = "403", description = "Not an LA admin")
    public SchoolList list(@QueryParam("text") String text, @QueryParam("first") String first,
                           @QueryParam("size") String size) {
        String search = AdministrationQuery.schoolText(text);
        return new SchoolList(register.list(caller, search, Paging.first(first), Paging.size(size, 20, MAX_PAGE)),
                register.count(caller, search));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSchool", summary = "One school of your local authority (LA admin)")
    @APIResponse(responseCode = "200", description = "The school",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SchoolEntry")))
    @APIResponse(responseCode = "403", description = "Not an LA admin")
    @APIResponse(responseCode = "404", description = "No such school of your local authority")
    public SchoolEntry get(@PathParam("id") Long id) {
        return register.one(caller, id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSchool", summary = "Add a school to your local authority (LA admin): name, urn "
            + "(the DfE's unique reference number, 6 to 8 digits), nation (ENGLAND, WALES, SCOTLAND, NORTHERN_IRELAND), "
            + "and dayStarts and dayEnds (HH:MM, both or neither: the installation's hours apply when neither); audited")
    @APIResponse(responseCode = "201", description = "Added (Location: the school)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SchoolEntry")))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named; nothing was stored")
    @APIResponse(responseCode = "403", description = "Not an LA admin, or asked with a read-only token")
    @APIResponse(responseCode = "409", description = "Another school has this urn")
    public Response create(SchoolForm form) {
        SchoolEntry school = register.create(caller, body(form));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(school.id())).build())
                .entity(school).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeSchool", summary = "Change a school of your local authority (LA admin): every field "
            + "as when adding it (leave dayStarts and dayEnds out for the installation's hours); audited")
    @APIResponse(responseCode = "200", description = "Changed: the school as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SchoolEntry")))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named; nothing was stored")
    @APIResponse(responseCode = "403", description = "Not an LA admin, or asked with a read-only token")
    @APIResponse(responseCode = "404", description = "No such school of your local authority")
    @APIResponse(responseCode = "409", description = "Another school has this urn")
    public SchoolEntry change(@PathParam("id") Long id, SchoolForm form) {
        return register.change(caller, id, body(form));
    }

    private static SchoolForm body(SchoolForm form) {
        if (form == null) {
            throw new InvalidInputException(List.of(new FieldProblem("body", "problem.schoolsResource.body")));
        }
        return form;
    }
}
