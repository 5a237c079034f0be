package org.safecase.notes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.safecase.evidence.ContentDisposition;
import org.safecase.evidence.Evidence;
import org.safecase.identity.Caller;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * R-X-2 (issue #15 item 2) over REST: a staff member's confidential notes on their own case, their
 * files, and the named people allowed to read each. Anyone else is answered as for a note that does
 * not exist.
 */
@Path("cases/{reference}/notes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Confidential notes", description = "R-X-2: notes marked personal or union business, read by their author "
        + "and the people the author names, no one else")
public class NotesResource {
    @Inject
    ConfidentialNotes notes;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listNotes", summary = "The case's confidential notes the caller may read: their own "
            + "(with everyone each is shared with), or those shared with them; none for anyone else")
    @APIResponse(responseCode = "200", description = "The notes, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "NoteList")))
    @APIResponse(responseCode = "404", description = "No such case, or not the caller's to see and no note of it shared with them")
    public NoteList list(@PathParam("reference") String reference) {
        return notes.list(caller, reference);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addNote", summary = "Add a confidential note to your own case, marked PERSONAL or UNION_BUSINESS")
    @APIResponse(responseCode = "201", description = "Kept; only you can read it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "NoteEntry")))
    @APIResponse(responseCode = "400", description = "Invalid fields, named; nothing was kept")
    @APIResponse(responseCode = "403", description = "Not your own case: notes are kept by the staff member who reported it")
    @APIResponse(responseCode = "404", description = "No such case, or not the caller's to see")
    public Response add(@PathParam("reference") String reference, NoteRequest request) {
        if (request == null) {
            throw new InvalidInputException(List.of(new FieldProblem("body", "problem.notes.body")));
        }
        return Response.status(Response.Status.CREATED)
                .entity(notes.add(caller, reference, request.marking(), request.text())).build();
    }

    @POST
    @Path("{id}/files")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(operationId = "addNoteFile", summary = "Add a file (the request body) to your note; checked as evidence is; at most 10 MB")
    @APIResponse(responseCode = "201", description = "Kept",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "NoteFileEntry")))
    @APIResponse(responseCode = "400", description = "Empty, too large, of a type not accepted, or too many files (the field says why); nothing was kept")
    @APIResponse(responseCode = "404", description = "No such note of yours on this case")
    public Response addFile(@PathParam("reference") String reference, @PathParam("id") Long id,
                            @QueryParam("fileName") String fileName, InputStream body) {
        return Response.status(Response.Status.CREATED)
                .entity(notes.addFile(caller, reference, id, fileName, readAtMost(body, Evidence.MAX_BYTES + 1))).build();
    }

    @GET
    @Path("{id}/files/{fileId}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadNoteFile", summary = "Download a note's file: its author and the people it is shared with only")
    @APIResponse(responseCode = "200", description = "The file as kept, as an attachment, of its media type",
            content = @Content(mediaType = MediaType.WILDCARD))
    @APIResponse(responseCode = "404", description = "No such file, or not the caller's to read")
    public Response download(@PathParam("reference") String reference, @PathParam("id") Long id,
                             @PathParam("fileId") Long fileId) {
        NoteDownload file = notes.download(caller, reference, id, fileId);
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", ContentDisposition.attachment(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("{id}/grants")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "grantNoteAccess", summary = "Let a named person (their user name) read your note, until you revoke it")
    @APIResponse(responseCode = "201", description = "Granted (or already granted): who, since when",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "NoteGrantEntry")))
    @APIResponse(responseCode = "400", description = "No active user of that name in the case's local authority, or yourself")
    @APIResponse(responseCode = "404", description = "No such note of yours on this case")
    public Response grant(@PathParam("reference") String reference, @PathParam("id") Long id, GrantRequest request) {
        if (request == null) {
            throw new InvalidInputException(List.of(new FieldProblem("body", "problem.notes.body")));
        }
        return Response.status(Response.Status.CREATED).entity(notes.grant(caller, reference, id, request.username())).build();
    }

    @DELETE
    @Path("{id}/grants/{grantId}")
    @Operation(operationId = "revokeNoteAccess", summary = "Take a person's access to your note back: it ends at once")
    @APIResponse(responseCode = "200", description = "Revoked (or already revoked): the grant, with when it ended",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "NoteGrantEntry")))
    @APIResponse(responseCode = "404", description = "No such grant on a note of yours on this case")
    public NoteGrantEntry revoke(@PathParam("reference") String reference, @PathParam("id") Long id,
                                 @PathParam("grantId") Long grantId) {
        return notes.revoke(caller, reference, id, grantId);
    }

    /** Reads one byte past the limit at most, so an oversized body is refused without being held. */
    private static byte[] readAtMost(InputStream body, int limit) {
        try (InputStream in = body) {
            return in == null ? new byte[0] : in.readNBytes(limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON body of a new note: {@code marking} PERSONAL or UNION_BUSINESS, and its text. */
    public record NoteRequest(String marking, String text) {
    }

    /** JSON body of a grant: the user name of the person to let read the note. */
    public record GrantRequest(String username) {
    }
}
