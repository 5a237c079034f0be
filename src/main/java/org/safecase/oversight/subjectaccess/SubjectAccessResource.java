package org.safecase.oversight.subjectaccess;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.safecase.identity.Caller;
import org.safecase.platform.NotFoundException;
import org.safecase.platform.Paging;

/**
 * Issue #15 item 7 over REST ({@link SubjectAccess}): a staff member asks for their own export (an LA
 * admin for one of their LA's staff), LA admins review, redact and release it, and the staff member
 * downloads it as JSON or PDF once released. Refusals in words.
 */
@Path("subject-access")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subject access", description = "A staff member asks for everything held about them as reporter or victim; "
        + "an LA admin reviews, redacts and releases it (issue #15 item 7)")
public class SubjectAccessResource {
    private static final String NOT_FOUND = "No such request that you may see";

    @Inject
    SubjectAccess subjectAccess;
    @Inject
    Caller caller;
    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestSubjectAccess", summary = "Ask for everything held about you as reporter or victim "
            + "(no body, or no username); an LA admin may name a staff member of their LA by username")
    @APIResponse(responseCode = "201", description = "The request, waiting for review",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SubjectAccessEntry")))
    @APIResponse(responseCode = "404", description = "No such user that you may ask for")
    public Response request(SubjectAccessAsk body) {
        SubjectAccessEntry made = subjectAccess.request(caller, body == null ? null : body.username());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(made.id())).build())
                .entity(made).build();
    }

    @GET
    @Operation(operationId = "listMySubjectAccess", summary = "Your requests (about you or made by you), newest first, paged")
    @APIResponse(responseCode = "200", description = "One page of requests and their total",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SubjectAccessList")))
    @APIResponse(responseCode = "400", description = "A parameter of the wrong kind or out of range, named")
    public SubjectAccessList mine(@QueryParam("first") String first, @QueryParam("size") String size) {
        return subjectAccess.mine(caller, Paging.first(first), Paging.size(size, 20, SubjectAccess.MAX_PAGE));
    }

    @GET
    @Path("reviews")
    @Operation(operationId = "listSubjectAccessReviews", summary = "LA admins: the requests of your LA waiting for review, oldest first, paged")
    @APIResponse(responseCode = "200", description = "One page of requests and their total",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SubjectAccessList")))
    @APIResponse(responseCode = "400", description = "A parameter of the wrong kind or out of range, named")
    @APIResponse(responseCode = "403", description = "Not an LA admin")
    public SubjectAccessList reviews(@QueryParam("first") String first, @QueryParam("size") String size) {
        return subjectAccess.queue(caller, Paging.first(first), Paging.size(size, 20, SubjectAccess.MAX_PAGE));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSubjectAccess", summary = "A request's state (no content)")
    @APIResponse(responseCode = "200", description = "The request",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SubjectAccessEntry")))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public SubjectAccessEntry find(@PathParam("id") String id) {
        return subjectAccess.find(caller, id(id));
    }

    @GET
    @Path("{id}/review")
    @Operation(operationId = "reviewSubjectAccess", summary = "LA admins: the request's free-text passages to redact")
    @APIResponse(responseCode = "200", description = "The request and its passages (the export copy's text)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SubjectAccessReview")))
    @APIResponse(responseCode = "403", description = "Not an LA admin of the staff member's LA")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public SubjectAccessReview review(@PathParam("id") String id) {
        return subjectAccess.review(caller, id(id));
    }

    @PUT
    @Path("{id}/passages/{passage}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "redactSubjectAccessPassage", summary = "LA admins: the passage as it is to be released "
            + "(the export copy changes, never the case); saving it marks it reviewed")
    @APIResponse(responseCode = "200", description = "The passage as saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SubjectAccessPassage")))
    @APIResponse(responseCode = "400", description = "No text, or too long")
    @APIResponse(responseCode = "403", description = "Not an LA admin of the staff member's LA")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Already released")
    public SubjectAccessPassage redact(@PathParam("id") String id, @PathParam("passage") String passage,
                                       PassageRedaction body) {
        return subjectAccess.redact(caller, id(id), id(passage), body == null ? null : body.text());
    }

    @POST
    @Path("{id}/release")
    @Operation(operationId = "releaseSubjectAccess", summary = "LA admins: release the export to the staff member, once "
            + "every passage has been reviewed")
    @APIResponse(responseCode = "200", description = "The request, released",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SubjectAccessEntry")))
    @APIResponse(responseCode = "403", description = "Not an LA admin of the staff member's LA")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Passages not yet reviewed, or already released")
    public SubjectAccessEntry release(@PathParam("id") String id) {
        return subjectAccess.release(caller, id(id));
    }

    @GET
    @Path("{id}/export")
    @Operation(operationId = "exportSubjectAccess", summary = "The staff member's released export as JSON")
    @APIResponse(responseCode = "200", description = "Everything held about them, redacted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SubjectExport")))
    @APIResponse(responseCode = "403", description = "Not the staff member the request is about")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not released yet")
    public SubjectExport export(@PathParam("id") String id) {
        return subjectAccess.export(caller, id(id));
    }

    @GET
    @Path("{id}/export.pdf")
    @Produces("application/pdf")
    @Operation(operationId = "exportSubjectAccessPdf", summary = "The staff member's released export as PDF")
    @APIResponse(responseCode = "200", description = "subject-access.pdf, as an attachment",
            content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "403", description = "Not the staff member the request is about")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not released yet")
    public Response exportPdf(@PathParam("id") String id) {
        return Response.ok(subjectAccess.exportPdf(caller, id(id)), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"subject-access.pdf\"").build();
    }

    private static long id(String id) {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            throw new NotFoundException("notFound.subjectAccess");
        }
        return Long.parseLong(id);
    }
}
