package org.safecase.childprotection;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.safecase.identity.Caller;

import java.util.List;
import java.util.Map;

/** The DSL's actions on a child-protection case over REST. */
@Path("cases/{reference}/child-protection")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Child protection")
public class ChildProtectionResource {
    @Inject
    ChildProtectionCases cases;
    @Inject
    Caller caller;

    @POST
    @Path("referral")
    @Operation(operationId = "referChildProtectionCase", summary = "Refer to the police and children's social care now (R-SX-4); DSL or deputy DSL")
    @APIResponse(responseCode = "202", description = "The referral steps are open")
    @APIResponse(responseCode = "403", description = "Not the school's DSL or deputy DSL, or asked with a read-only token")
    @APIResponse(responseCode = "404", description = "No such case, or not the caller's to see")
    @APIResponse(responseCode = "409", description = "Already referred, or closed")
    public Response referNow(@PathParam("reference") String reference) {
        cases.referNow(caller, reference);
        return Response.accepted().build();
    }

    @POST
    @Path("closure")
    @Operation(operationId = "getChildProtectionClosingStep", summary = "The step that closes the case (complete it to close), or 409 with why it cannot close yet")
    @APIResponseSchema(value = Map.class, responseCode = "200", responseDescription = "taskId: the closing step's task")
    @APIResponse(responseCode = "403", description = "Not the school's DSL or deputy DSL, or asked with a read-only token")
    @APIResponse(responseCode = "404", description = "No such case, or not the caller's to see")
    @APIResponse(responseCode = "409", description = "A referral is unrecorded or steps are still open")
    public Map<String, String> closingStep(@PathParam("reference") String reference) {
        return Map.of("taskId", cases.closingStep(caller, reference));
    }

    @GET
    @Path("children")
    @Operation(operationId = "listChildProtectionChildren",
            summary = "Each child's record: age, vulnerability, parents decision, risk assessment, safeguards")
    @APIResponse(responseCode = "200", description = "One record per child",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ChildSafeguardingList")))
    @APIResponse(responseCode = "403", description = "Not the school's DSL or deputy DSL")
    @APIResponse(responseCode = "404", description = "No such case, or not the caller's to see")
    public List<ChildSafeguarding> children(@PathParam("reference") String reference) {
        return cases.children(caller, reference);
    }
}
