package org.safecase.oversight.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.safecase.identity.Caller;
import org.safecase.platform.Paging;

/**
 * Issue #15 item 1 (R-X-3) over REST: an LA admin searches their local authority's audit trail
 * and checks its hash chain ({@link AuditSearch}); anyone else is refused in words (403), audited.
 */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail", description = "Who viewed, listed, exported or changed what, when, for which school, and "
        + "whether it was refused (LA admins; never case content); the hash chain's check")
public class AuditResource {
    @Inject
    AuditSearch search;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "searchAuditTrail", summary = "Your local authority's audit trail (LA admin), newest first: "
            + "user (a user name), school (its id), reference (a case reference or other subject), action (an audit "
            + "action's name), from and to (yyyy-mm-dd, inclusive); paged in the database (size at most 100); audited")
    @APIResponse(responseCode = "200", description = "One page of rows and their total",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AuditPage")))
    @APIResponse(responseCode = "400", description = "A field is wrong (named), or first or size not a whole number within its limits")
    @APIResponse(responseCode = "403", description = "Not an LA admin (the refusal is audited)")
    public AuditPage search(@QueryParam("user") String user, @QueryParam("school") String school,
                            @QueryParam("reference") String reference, @QueryParam("action") String action,
                            @QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("first") String first, @QueryParam("size") String size) {
        return search.search(caller, AuditQuery.of(user, school, reference, action, from, to), Paging.first(first),
                Paging.size(size, 20, AuditSearch.MAX_PAGE));
    }

    @GET
    @Path("chain")
    @Operation(operationId = "checkAuditChain", summary = "Seal the rows not sealed yet, then check your local "
            + "authority's hash chain (and that of rows of no authority) from its first link: intact, or its first "
            + "broken link (place, audit row, why); audited")
    @APIResponse(responseCode = "200", description = "The check's result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ChainCheckResult")))
    @APIResponse(responseCode = "403", description = "Not an LA admin (the refusal is audited)")
    public ChainCheckResult chain() {
        return search.checkChain(caller);
    }
}
