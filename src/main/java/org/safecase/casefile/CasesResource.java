package org.safecase.casefile;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.safecase.identity.Caller;
import org.safecase.platform.Paging;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Reading a case over REST, and the case register (search, CSV export). */
@Path("cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
public class CasesResource {
    @Inject
    CaseFiles caseFiles;
    @Inject
    CaseRegister register;
    @Inject
    Caller caller;
    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listMyReports",
            summary = "The caller's own reports, newest first (status hidden for child-protection reports)")
    @APIResponse(responseCode = "200", description = "One page of the reports and their total",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CaseList")))
    @APIResponse(responseCode = "400", description = "first or size is not a whole number within its limits")
    public CaseList myReports(@QueryParam("first") String first, @QueryParam("size") String size) {
        return new CaseList(caseFiles.myReports(caller, Paging.first(first), Paging.size(size, 20, CaseFiles.MAX_PAGE)),
                caseFiles.countMyReports(caller));
    }

    @GET
    @Path("search")
    @Operation(operationId = "searchCases", summary = "The case register: cases the caller may list (own school by role, or handed to HR), "
            + "newest first, paged in the database (size at most 100); reference: whole or part (e.g. 000042); "
            + "mention: part of the platform, account, web address or phone number the report names")
    @APIResponse(responseCode = "200", description = "One page of matching cases and their total",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CaseList")))
    @APIResponse(responseCode = "400", description = "A criterion is malformed; the fields say which and why")
    public CaseList search(@QueryParam("reference") String reference, @QueryParam("mention") String mention,
                           @QueryParam("category") String category,
                           @QueryParam("status") String status, @QueryParam("from") String from,
                           @QueryParam("to") String to,
                           @QueryParam("first") String first, @QueryParam("size") String size) {
        return register.search(caller, CaseSearch.of(reference, mention, category, status, from, to),
                Paging.first(first), Paging.size(size, 20, CaseRegister.MAX_PAGE));
    }

    @GET
    @Path("export")
    @Produces("text/csv; charset=UTF-8")
    @Operation(operationId = "exportCases", summary = "The case register as CSV (reference, category, status, reported_at): every matching case, "
            + "newest first; each export is audited")
    @APIResponse(responseCode = "200", description = "cases.csv, streamed",
            content = @Content(mediaType = "text/csv"))
    @APIResponse(responseCode = "400", description = "A criterion is malformed; the fields say which and why")
    public Response export(@QueryParam("reference") String reference, @QueryParam("mention") String mention,
                           @QueryParam("category") String category,
                           @QueryParam("status") String status, @QueryParam("from") String from,
                           @QueryParam("to") String to) {
        CaseSearch search = CaseSearch.of(reference, mention, category, status, from, to);
        Caller exporter = caller;
        StreamingOutput csv = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            register.export(exporter, search, writer);
            writer.flush();
        };
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"cases.csv\"")
                .build();
    }

    @GET
    @Path("{reference}")
    @Operation(operationId = "getCase", summary = "A case the caller may see")
    @APIResponse(responseCode = "200", description = "The case as the caller may see it, with links to the steps open to the caller",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CaseView")))
    @APIResponse(responseCode = "404", description = "No such case, or not the caller's to see")
    public CaseView get(@PathParam("reference") String reference) {
        return caseFiles.find(caller, reference).linkingStepsWith(
                taskId -> uriInfo.getBaseUriBuilder().path("tasks").path(taskId).build().toString());
    }

    @GET
    @Path("{reference}/access-log")
    @Operation(operationId = "getCaseAccessLog", summary = "R-X-3: who opened the case and who was refused, newest first (the latest 100)")
    @APIResponse(responseCode = "200", description = "The latest entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AccessLog")))
    @APIResponse(responseCode = "404", description = "No such case, or not the caller's to see")
    public AccessLog accessLog(@PathParam("reference") String reference) {
        return new AccessLog(caseFiles.accessLog(caller, reference));
    }

    @GET
    @Path("{reference}/timeline")
    @Operation(operationId = "getCaseTimeline", summary = "What happened on the case, by whom and when, and the steps open now")
    @APIResponse(responseCode = "200", description = "The timeline",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CaseTimeline")))
    @APIResponse(responseCode = "404", description = "No such case, or not the caller's to see in full")
    public CaseTimeline timeline(@PathParam("reference") String reference) {
        return caseFiles.timeline(caller, reference);
    }
}
