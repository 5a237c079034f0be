package org.safecase.inbox;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.safecase.identity.Caller;
import org.safecase.workflow.InboxDriftReport;

/** For an LA admin: does the inbox's read model match the engine's open tasks? */
@Path("admin/inbox-check")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class InboxDriftResource {
    @Inject
    InboxCheck check;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "checkInbox", summary = "Compare the inbox with the engine's open tasks and report any task missing, left over or "
            + "kept differently")
    @APIResponse(responseCode = "200", description = "The comparison; inStep is true when nothing differs",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "InboxDriftReport")))
    @APIResponse(responseCode = "403", description = "Not an LA admin")
    public InboxDriftReport check() {
        return check.run(caller);
    }

    @jakarta.ws.rs.POST
    @Path("repair")
    @Operation(operationId = "repairInbox", summary = "Rewrite from the engine every inbox task the check finds missing, left over or different")
    @APIResponse(responseCode = "200", description = "The check made after the repair",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "InboxDriftReport")))
    @APIResponse(responseCode = "403", description = "Not an LA admin, or asked with a read-only token")
    public InboxDriftReport repair() {
        return check.repair(caller);
    }
}
