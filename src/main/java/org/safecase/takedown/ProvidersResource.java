package org.safecase.takedown;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.safecase.platform.Paging;
import org.safecase.identity.Caller;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;

import java.util.List;
import java.util.Locale;

/** The provider directory over REST. */
@Path("providers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Provider directory")
public class ProvidersResource {
    @Inject
    ProviderDirectory directory;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listProviders", summary = "Directory entries, optionally of one kind and matching a name")
    @APIResponse(responseCode = "200", description = "One page of entries, by kind and name",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ProviderViewList")))
    @APIResponse(responseCode = "400", description = "An unknown kind, or first or size out of range")
    public List<ProviderView> find(@QueryParam("kind") String kind, @QueryParam("q") String search,
                                   @QueryParam("first") String first, @QueryParam("size") String size) {
        return directory.find(kind(kind), search, Paging.first(first), Paging.size(size, 50, ProviderDirectory.MAX_PAGE));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addProvider", summary = "Add an entry (LA admin)")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ProviderView")))
    @APIResponse(responseCode = "400", description = "Invalid fields, or the name is taken; nothing was stored")
    @APIResponse(responseCode = "403", description = "Not an LA admin, or asked with a read-only token")
    public Response add(ProviderRequest request) {
        return Response.status(Response.Status.CREATED).entity(directory.add(caller, body(request))).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeProvider", summary = "Change an entry (LA admin)")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ProviderView")))
    @APIResponse(responseCode = "400", description = "Invalid fields, or the name is taken; nothing was stored")
    @APIResponse(responseCode = "403", description = "Not an LA admin, or asked with a read-only token")
    @APIResponse(responseCode = "404", description = "No such entry")
    public ProviderView change(@PathParam("id") Long id, ProviderRequest request) {
        return directory.change(caller, id, body(request));
    }

    private static ProviderRequest body(ProviderRequest request) {
        if (request == null) {
            throw new InvalidInputException(List.of(new FieldProblem("body", "problem.providersResource.body")));
        }
        return request;
    }

    private static ProviderKind kind(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ProviderKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException(List.of(new FieldProblem("kind", "problem.providersResource.unknownKind", value)));
        }
    }
}
