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
    @Operation(summary = "The school's closure dates")
    public List<ClosureView> list(@PathParam("schoolId") Long schoolId) {
        return closures.list(caller, schoolId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a closure (head teacher or LA admin)")
    public Response add(@PathParam("schoolId") Long schoolId, ClosureRequest request) {
        if (request == null) {
            throw new InvalidInputException(List.of(new FieldProblem("body", "problem.closuresResource.body")));
        }
        return Response.status(Response.Status.CREATED)
                .entity(closures.add(caller, schoolId, request.first(), request.last(), request.reason())).build();
    }

    @DELETE
    @Path("{closureId}")
    @Operation(summary = "Remove a closure (head teacher or LA admin)")
    public Response remove(@PathParam("schoolId") Long schoolId, @PathParam("closureId") Long closureId) {
        closures.remove(caller, schoolId, closureId);
        return Response.noContent().build();
    }
}
