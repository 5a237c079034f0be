package org.safecase.casefile;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.safecase.identity.Caller;

/** Reading a case over REST. */
@Path("cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
public class CasesResource {
    @Inject
    CaseFiles caseFiles;
    @Inject
    Caller caller;

    @GET
    @Operation(summary = "The caller's own reports, newest first (status hidden for child-protection reports)")
    public CaseList myReports(@QueryParam("first") @DefaultValue("0") int first,
                              @QueryParam("size") @DefaultValue("20") int size) {
        return new CaseList(caseFiles.myReports(caller, first, size), caseFiles.countMyReports(caller));
    }

    @GET
    @Path("{reference}")
    @Operation(summary = "A case the caller may see")
    @APIResponse(responseCode = "404", description = "No such case, or not the caller's to see")
    public CaseView get(@PathParam("reference") String reference) {
        return caseFiles.find(caller, reference);
    }

    @GET
    @Path("{reference}/timeline")
    @Operation(summary = "What happened on the case, by whom and when, and the steps open now")
    @APIResponse(responseCode = "404", description = "No such case, or not the caller's to see in full")
    public CaseTimeline timeline(@PathParam("reference") String reference) {
        return caseFiles.timeline(caller, reference);
    }
}
