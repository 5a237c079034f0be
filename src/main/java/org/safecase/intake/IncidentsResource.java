package org.safecase.intake;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.safecase.identity.Caller;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;

import java.util.List;

/** Reporting an incident over REST. */
@Path("incidents")
@RequestScoped
@Tag(name = "Reporting")
public class IncidentsResource {
    @Inject
    IncidentReporting reporting;
    @Inject
    Caller caller;
    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report an incident; answers with its case reference")
    @APIResponse(responseCode = "201", description = "Recorded and acknowledged")
    @APIResponse(responseCode = "400", description = "Invalid fields; nothing was stored")
    public Response report(ReportRequest request) {
        if (request == null) {
            throw new InvalidInputException(List.of(new FieldProblem("body", "Send the report as a JSON object.")));
        }
        ReportReceipt receipt = reporting.report(caller, request.toReport());
        return Response.created(uriInfo.getBaseUriBuilder().path("cases").path(receipt.reference()).build())
                .entity(receipt).build();
    }
}
