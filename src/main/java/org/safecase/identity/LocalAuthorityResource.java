package org.safecase.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;

import java.util.List;

/** The caller's local authority's own settings, kept by its LA admins: whether a second factor is required (issue #13 item 2). */
@Path("local-authority")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Schools and users")
public class LocalAuthorityResource {
    @Inject
    StaffAdministration staff;
    @Inject
    Caller caller;

    @GET
    @Path("second-factor")
    @Operation(operationId = "getSecondFactorSetting", summary = "Whether your local authority requires a second factor "
            + "of the local accounts of its DSLs, deputy DSLs, head teachers, HR officers and LA admins (LA admin)")
    @APIResponse(responseCode = "200", description = "The setting",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SecondFactorSetting")))
    @APIResponse(responseCode = "403", description = "Not an LA admin")
    public SecondFactorSetting secondFactor() {
        return new SecondFactorSetting(staff.secondFactorRequired(caller));
    }

    @PUT
    @Path("second-factor")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setSecondFactorSetting", summary = "Require a second factor, or stop requiring it (LA admin): "
            + "those who need one and have none set it up at their next sign-in, and their HTTP Basic is refused (use an API "
            + "token). Audited")
    @APIResponse(responseCode = "200", description = "The setting as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SecondFactorSetting")))
    @APIResponse(responseCode = "400", description = "required is missing or not true or false")
    @APIResponse(responseCode = "403", description = "Not an LA admin, or asked with a read-only token")
    public SecondFactorSetting setSecondFactor(SecondFactorSetting setting) {
        if (setting == null || setting.required() == null) {
            throw new InvalidInputException(List.of(new FieldProblem("required", "problem.trueOrFalse")));
        }
        staff.requireSecondFactor(caller, setting.required());
        return new SecondFactorSetting(staff.secondFactorRequired(caller));
    }
}
