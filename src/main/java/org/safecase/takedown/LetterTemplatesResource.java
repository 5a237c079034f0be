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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
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
    @Operation(operationId = "getRemovalLetterTemplate",
            summary = "The school's wording ({school}, {date}, {address} and {poster} are filled in)")
    @APIResponseSchema(value = String.class, responseCode = "200", responseDescription = "The wording")
    @APIResponse(responseCode = "404", description = "No such school, or not the caller's to see")
    public String template(@PathParam("schoolId") Long schoolId) {
        return letters.template(caller, schoolId);
    }

    @PUT
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(operationId = "changeRemovalLetterTemplate", summary = "Change the school's wording (head teacher or LA admin)")
    @APIResponseSchema(value = String.class, responseCode = "200", responseDescription = "Changed: the wording as stored")
    @APIResponse(responseCode = "400", description = "Empty or too long; nothing was stored")
    @APIResponse(responseCode = "403", description = "Not the school's head teacher or an LA admin, or asked with a read-only token")
    @APIResponse(responseCode = "404", description = "No such school, or not the caller's to see")
    public String changeTemplate(@PathParam("schoolId") Long schoolId, String text) {
        return letters.changeTemplate(caller, schoolId, text);
    }
}
