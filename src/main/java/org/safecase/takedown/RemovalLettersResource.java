package org.safecase.takedown;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.safecase.identity.Caller;

/** The removal-request letter of a case over REST. */
@Path("cases/{reference}/removal-letter")
@RequestScoped
@Tag(name = "Removal letters")
public class RemovalLettersResource {
    @Inject
    RemovalLetters letters;
    @Inject
    Caller caller;

    @GET
    @Produces("application/pdf")
    @Operation(operationId = "getRemovalLetter", summary = "The removal-request letter for the case's poster, as a PDF")
    @APIResponse(responseCode = "200", description = "removal-request.pdf, as an attachment",
            content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "403", description = "Not the school's online-safety lead or head teacher")
    @APIResponse(responseCode = "404", description = "No such case, not the caller's to see, or a child-protection case")
    public Response letter(@PathParam("reference") String reference, @QueryParam("poster") String poster,
                           @QueryParam("address") String address) {
        return Response.ok(letters.letter(caller, reference, poster, address))
                .header("Content-Disposition", "attachment; filename=\"removal-request.pdf\"")
                .build();
    }
}
