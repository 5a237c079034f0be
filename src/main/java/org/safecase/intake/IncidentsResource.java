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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reportIncident", summary = "Report an incident; answers with its case reference", description = "An Idempotency-Key "
            + "header (1-100 of A-Z a-z 0-9 _ . : -) makes the report once: the same key and report again within 24 "
            + "hours answer with the first case (header Idempotent-Replayed: true) and store nothing")
    @APIResponse(responseCode = "201", description = "Recorded and acknowledged (Location: the case)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ReportReceipt")))
    @APIResponse(responseCode = "403", description = "Not a member of a school, or asked with a read-only token")
    @APIResponse(responseCode = "400", description = "Invalid fields or Idempotency-Key; nothing was stored")
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used for a different report")
    public Response report(@jakarta.ws.rs.HeaderParam(IDEMPOTENCY_KEY) String key, ReportRequest request) {
        if (request == null) {
            throw new InvalidInputException(List.of(new FieldProblem("body", "problem.incidentsResource.body")));
        }
        IncidentReport report = request.toReport();
        if (key == null) {
            ReportReceipt receipt = reporting.report(caller, report);
            return Response.created(uriInfo.getBaseUriBuilder().path("cases").path(receipt.reference()).build())
                    .entity(receipt).build();
        }
        IncidentReporting.Submitted submitted = reporting.report(caller, report,
                ReportSubmissions.checked(key, IDEMPOTENCY_KEY));
        ReportReceipt receipt = submitted.receipt();
        return Response.created(uriInfo.getBaseUriBuilder().path("cases").path(receipt.reference()).build())
                .header("Idempotent-Replayed", String.valueOf(submitted.replayed())).entity(receipt).build();
    }
}
