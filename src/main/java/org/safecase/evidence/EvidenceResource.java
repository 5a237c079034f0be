package org.safecase.evidence;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.safecase.identity.Caller;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Evidence of a case over REST. */
@Path("cases/{reference}/evidence")
@RequestScoped
@Tag(name = "Evidence")
public class EvidenceResource {
    @Inject
    Evidence evidence;
    @Inject
    Caller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listEvidence", summary = "The case's evidence (files and web addresses), without content")
    @APIResponse(responseCode = "200", description = "The evidence, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "EvidenceViewList")))
    @APIResponse(responseCode = "404", description = "No such case, or not the caller's to see")
    public List<EvidenceView> list(@PathParam("reference") String reference) {
        return evidence.list(caller, reference);
    }

    @POST
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addEvidenceFile",
            summary = "Add a file (the request body); its type is decided by its content; at most 10 MB")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "EvidenceView")))
    @APIResponse(responseCode = "400", description = "Empty, too large, of a type not accepted, or not allowed on this case (the field says why); nothing was stored")
    @APIResponse(responseCode = "404", description = "No such case, or not the caller's to see")
    @APIResponse(responseCode = "409", description = "The case is closed")
    public Response addFile(@PathParam("reference") String reference, @QueryParam("fileName") String fileName,
                            InputStream body) {
        return Response.status(Response.Status.CREATED)
                .entity(evidence.addFile(caller, reference, fileName, readAtMost(body, Evidence.MAX_BYTES + 1))).build();
    }

    @POST
    @Path("web-addresses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addEvidenceWebAddress",
            summary = "Record where material was seen and when it was captured (2026-11-24T16:05)")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "EvidenceView")))
    @APIResponse(responseCode = "400", description = "Invalid fields, named; nothing was stored")
    @APIResponse(responseCode = "404", description = "No such case, or not the caller's to see")
    @APIResponse(responseCode = "409", description = "The case is closed")
    public Response addWebAddress(@PathParam("reference") String reference, WebAddressRequest request) {
        if (request == null) {
            throw new InvalidInputException(List.of(new FieldProblem("body", "problem.evidenceResource.body")));
        }
        return Response.status(Response.Status.CREATED)
                .entity(evidence.addWebAddress(caller, reference, request.webAddress(), parse(request.capturedAt())))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "downloadEvidenceFile", summary = "Download a file")
    @APIResponse(responseCode = "200", description = "The file as it was recorded, as an attachment, of its media type",
            content = @Content(mediaType = MediaType.WILDCARD))
    @APIResponse(responseCode = "404", description = "No such case or file, or not the caller's to see")
    @APIResponse(responseCode = "409", description = "Withheld: a child-protection case's file waits to be destroyed")
    public Response download(@PathParam("reference") String reference, @PathParam("id") Long id) {
        EvidenceFile file = evidence.download(caller, reference, id);
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", ContentDisposition.attachment(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** Reads one byte past the limit at most, so an oversized body is refused without being held. */
    static byte[] readAtMost(InputStream body, int limit) {
        try (InputStream in = body) {
            return in == null ? new byte[0] : in.readNBytes(limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDateTime parse(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(List.of(new FieldProblem("capturedAt", "problem.evidenceResource.capturedAt")));
        }
    }

    /** JSON body of a web-address record. */
    public record WebAddressRequest(String webAddress, String capturedAt) {
    }
}
