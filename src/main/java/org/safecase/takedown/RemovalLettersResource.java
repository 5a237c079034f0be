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
    @Operation(summary = "The removal-request letter for the case's poster, as a PDF")
    public Response letter(@PathParam("reference") String reference, @QueryParam("poster") String poster,
                           @QueryParam("address") String address) {
        return Response.ok(letters.letter(caller, reference, poster, address))
                .header("Content-Disposition", "attachment; filename=\"removal-request.pdf\"")
                .build();
    }
}
