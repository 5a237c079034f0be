package org.safecase.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;

import java.util.List;

/** API tokens over REST (item 1 of issue #12): make one (its secret answered once), list, revoke. */
@Path("tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API tokens")
public class TokensResource {
    @Inject
    ApiTokens tokens;
    @Inject
    Caller caller;
    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createApiToken", summary = "Make an API token; its secret is in this answer only",
            description = "For yourself, or (LA admin) for an active user of your local authority named by "
                    + "username. expiresInDays is required (1-365); readOnly tokens may only GET. A token cannot "
                    + "make tokens: sign in with your password for this.")
    @APIResponse(responseCode = "201", description = "Made; the secret (token) is never shown again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "IssuedToken")))
    @APIResponse(responseCode = "400", description = "Invalid fields; nothing was made")
    @APIResponse(responseCode = "403", description = "Asked with a token")
    @APIResponse(responseCode = "404", description = "No such user of your local authority")
    @APIResponse(responseCode = "409", description = "The user has too many usable tokens")
    public Response create(TokenRequest body) {
        if (body == null) {
            throw new InvalidInputException(List.of(new FieldProblem("body", "problem.token.body")));
        }
        return Response.status(Response.Status.CREATED)
                .entity(tokens.create(caller, body, request.getAttribute(SignInMechanism.TOKEN_HOLDER) != null)).build();
    }

    @GET
    @Operation(operationId = "listApiTokens", summary = "Your tokens (an LA admin's: also those of your local "
            + "authority's users), newest first, without their secrets")
    @APIResponse(responseCode = "200", description = "The tokens",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TokenEntryList")))
    public List<TokenEntry> list() {
        return tokens.list(caller);
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "revokeApiToken", summary = "Revoke a token: it stops working at once")
    @APIResponse(responseCode = "204", description = "Revoked (or already revoked)")
    @APIResponse(responseCode = "403", description = "Asked with a read-only token")
    @APIResponse(responseCode = "404", description = "No such token of yours (or of your local authority's users)")
    public Response revoke(@PathParam("id") Long id) {
        tokens.revoke(caller, id);
        return Response.noContent().build();
    }
}
