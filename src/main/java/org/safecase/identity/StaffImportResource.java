package org.safecase.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Issue #13 item 3 over REST: an LA admin posts a staff CSV ({@link StaffCsv}: name, email,
 * school, roles) to see every row with its problems ({@code preview=true}, nothing stored) or to
 * import the good rows ({@code preview=false}), as {@link StaffImport} does for the page.
 *
 * <p>Both answer 200 with the {@link ImportPreview}: an import makes no one resource to point a
 * {@code Location} at, may make no one at all (every row has a problem, or the file was imported
 * before), and says what it did in {@code imported}. {@code preview} has no default: a client that
 * forgets it should neither import by surprise nor believe it imported. The body is read up to one
 * byte past {@link StaffImport#MAX_BYTES}, so an oversized file is refused without being held.
 */
@Path("staff-imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Schools and users")
public class StaffImportResource {
    static final String CSV = "text/csv";

    @Inject
    StaffImport staffImport;
    @Inject
    Caller caller;

    @POST
    @Consumes(CSV)
    @Operation(operationId = "importStaff", summary = "Preview or import staff from a CSV file (LA admin)",
            description = "The body is a CSV file in UTF-8 of at most 1 MB (1,048,576 bytes) and 2,000 people. Its first "
                    + "line names the columns name, email, school and roles in any order; school is a school of your "
                    + "local authority by name or unique reference number (empty for someone who works for the local "
                    + "authority); roles are role names separated by ; or |. preview=true answers every row with its "
                    + "problems in words and stores nothing; preview=false makes a user for each row without problems "
                    + "(checked again), mails each a link to choose a password, and answers the same rows with how "
                    + "many were imported. A row with a problem is never imported.")
    @RequestBody(required = true, description = "The CSV file, for example:\n\nname,email,school,roles\n"
            + "Sam Example,sam.example@school.org.uk,Riverside Primary School,STAFF",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "200", description = "Every row of the file with its problems (none: good), how many "
            + "are good and bad, and how many people were imported (always 0 for a preview)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ImportPreview")))
    @APIResponse(responseCode = "400", description = "preview is not true or false, or the file as a whole cannot be "
            + "read (empty or over 1 MB, not UTF-8, a missing, unknown or repeated column, more than 2,000 people, "
            + "a quote never closed): the field (preview or file) says why; nothing was stored")
    @APIResponse(responseCode = "403", description = "Not an LA administrator, or asked with a read-only token")
    @APIResponse(responseCode = "415", description = "The body is not sent as text/csv")
    public ImportPreview importStaff(
            @Parameter(description = "true: only show what the file holds; false: import its good rows",
                    required = true, schema = @Schema(type = SchemaType.STRING, enumeration = {"true", "false"}))
            @QueryParam("preview") String preview,
            InputStream body) {
        boolean onlyPreview = previewOf(preview);
        byte[] file = readAtMost(body, StaffImport.MAX_BYTES + 1);
        return onlyPreview ? staffImport.preview(caller, file) : staffImport.importGood(caller, file);
    }

    /** {@code preview}: exactly {@code true} or {@code false}; anything else, or nothing, is refused naming it. */
    static boolean previewOf(String value) {
        if ("true".equals(value)) {
            return true;
        }
        if ("false".equals(value)) {
            return false;
        }
        throw new InvalidInputException(List.of(new FieldProblem("preview", "problem.staffImport.preview")));
    }

    private static byte[] readAtMost(InputStream body, int limit) {
        try (InputStream in = body) {
            return in == null ? new byte[0] : in.readNBytes(limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
