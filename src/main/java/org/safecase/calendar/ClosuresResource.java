package org.safecase.calendar;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.safecase.identity.Caller;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;

import java.util.List;

/** A school's closure dates (R-X-1) over REST. */
@Path("schools/{schoolId}/closures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "School calendar")
public class ClosuresResource {
    @Inject
    Closures closures;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listClosures", summary = "The school's closure dates")
    @APIResponse(responseCode = "200", description = "The closures, earliest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ClosureViewList")))
    @APIResponse(responseCode = "404", description = "No such school, or not the caller's to see")
    public List<ClosureView> list(@PathParam("schoolId") Long schoolId) {
        return closures.list(caller, schoolId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addClosure", summary = "Add a closure (head teacher or LA admin)")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ClosureView")))
    @APIResponse(responseCode = "400", description = "Invalid fields, named; nothing was stored")
    @APIResponse(responseCode = "403", description = "Not the school's head teacher or an LA admin, or asked with a read-only token")
    @APIResponse(responseCode = "404", description = "No such school, or not the caller's to see")
    public Response add(@PathParam("schoolId") Long schoolId, ClosureRequest request) {
        if (request == null) {
            throw new InvalidInputException(List.of(new FieldProblem("body", "problem.closuresResource.body")));
        }
        return Response.status(Response.Status.CREATED)
                .entity(closures.add(caller, schoolId, request.first(), request.last(), request.reason())).build();
    }

    @DELETE
    @Path("{closureId}")
    @Operation(operationId = "removeClosure", summary = "Remove a closure (head teacher or LA admin)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Not the school's head teacher or an LA admin, or asked with a read-only token")
    @APIResponse(responseCode = "404", description = "No such school or closure, or not the caller's to see")
    public Response remove(@PathParam("schoolId") Long schoolId, @PathParam("closureId") Long closureId) {
        closures.remove(caller, schoolId, closureId);
        return Response.noContent().build();
    }
}
