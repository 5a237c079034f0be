package org.safecase.oversight.patterns;

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

/** Issue #15 item 4 over REST: an LA admin's cross-school patterns ({@link PatternKeys}); anyone else is refused in words. */
@Path("oversight/patterns")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Oversight", description = "LA admins: what no single school can see, as aggregates and keyed matches, "
        + "never case content (issue #15)")
public class PatternsResource {
    @Inject
    PatternKeys patterns;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listPatterns", summary = "Accounts, web addresses and phone numbers named by cases of two or "
            + "more schools of your LA, most recently seen first: kind, a tag (never the identifier), how many schools and "
            + "which, first and last recorded, and the case references (no case content); paged in the database (size at "
            + "most 100)")
    @APIResponse(responseCode = "200", description = "One page of the patterns and their total",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PatternList")))
    @APIResponse(responseCode = "400", description = "A parameter of the wrong kind or out of range, named")
    @APIResponse(responseCode = "403", description = "Not an LA admin")
    public PatternList list(@QueryParam("first") String first, @QueryParam("size") String size) {
        return patterns.list(caller, Paging.first(first), Paging.size(size, 20, PatternKeys.MAX_PAGE));
    }
}
