package org.safecase.takedown;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.safecase.identity.Caller;

/** A school's wording of the removal-request letter over REST. */
@Path("schools/{schoolId}/letter-templates/removal-request")
@RequestScoped
@Tag(name = "Removal letters")
public class LetterTemplatesResource {
    @Inject
    RemovalLetters letters;
    @Inject
    Caller caller;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "The school's wording ({school}, {date}, {address} and {poster} are filled in)")
    public String template(@PathParam("schoolId") Long schoolId) {
        return letters.template(caller, schoolId);
    }

    @PUT
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Change the school's wording (head teacher or LA admin)")
    public String changeTemplate(@PathParam("schoolId") Long schoolId, String text) {
        return letters.changeTemplate(caller, schoolId, text);
    }
}
