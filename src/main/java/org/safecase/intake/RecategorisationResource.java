package org.safecase.intake;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.safecase.identity.Caller;

import java.util.Map;

/** Re-categorising a staff case as child protection over REST. */
@Path("cases/{reference}/recategorisation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
public class RecategorisationResource {
    @Inject
    Recategorisation recategorisation;
    @Inject
    Caller caller;

    @POST
    @Operation(operationId = "recategoriseAsChildProtection", summary = "The case is about nude images of a pupil: hand it to the DSL as child protection "
            + "(R-SX-1); its files are withheld until the DSL has them destroyed (R-SX-2)")
    @APIResponseSchema(value = Map.class, responseCode = "200",
            responseDescription = "Handed to the DSL: withheldFiles, how many files are now withheld")
    @APIResponse(responseCode = "403", description = "Not the school's online-safety lead or head teacher, "
            + "or asked with a read-only token")
    @APIResponse(responseCode = "404", description = "No such case, or not the caller's to see")
    @APIResponse(responseCode = "409", description = "Already child protection, or closed")
    public Map<String, Integer> toChildProtection(@PathParam("reference") String reference) {
        return Map.of("withheldFiles", recategorisation.toChildProtection(caller, reference));
    }
}
