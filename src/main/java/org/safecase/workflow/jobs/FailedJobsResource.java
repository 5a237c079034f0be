package org.safecase.workflow.jobs;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.safecase.identity.Caller;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;
import org.safecase.platform.Paging;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Issue #14 item 9 over REST: the failed-jobs console for LA admins ({@link FailedJobs}). Anyone
 * else is refused in words; a job that is no longer waiting is not found, in words.
 */
@Path("failed-jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Workflow administration")
public class FailedJobsResource {
    private static final String NOT_AN_ADMIN = "Not an LA admin";

    @Inject
    FailedJobs failedJobs;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listFailedJobs", summary = "Failed jobs, newest first: state=dead-letter (out of retries, "
            + "the default) or retrying (waiting for their next automatic try); each with its case, step, error in words "
            + "and retries left; paged in the database (size at most 100)")
    @APIResponse(responseCode = "200", description = "One page of the jobs and their total",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FailedJobList")))
    @APIResponse(responseCode = "400", description = "A parameter of the wrong kind or out of range, named")
    @APIResponse(responseCode = "403", description = NOT_AN_ADMIN)
    public FailedJobList list(@QueryParam("state") String state, @QueryParam("first") String first,
                              @QueryParam("size") String size) {
        FailedJobState chosen = state(state);
        return failedJobs.list(caller, chosen, Paging.first(first), Paging.size(size, 20, FailedJobs.MAX_PAGE));
    }

    @POST
    @Path("{id}/retry")
    @Operation(operationId = "retryFailedJob", summary = "Run a failed job that waits for its next automatic try now")
    @APIResponse(responseCode = "200", description = "The job as it was before it was run again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FailedJob")))
    @APIResponse(responseCode = "403", description = NOT_AN_ADMIN + ", or asked with a read-only token")
    @APIResponse(responseCode = "404", description = "No failed job waits with that id (it has run again or its case ended)")
    @APIResponse(responseCode = "409", description = "The job has no retries left (move it back), or changed at the same moment")
    public FailedJob retry(@PathParam("id") String id) {
        return failedJobs.retryNow(caller, id);
    }

    @POST
    @Path("{id}/move-back")
    @Operation(operationId = "moveBackFailedJob", summary = "Move a dead-letter job back to run again now, with "
            + FailedJobs.RETRIES_AFTER_MOVE_BACK + " automatic retries")
    @APIResponse(responseCode = "200", description = "The job as it was before it was moved back",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FailedJob")))
    @APIResponse(responseCode = "403", description = NOT_AN_ADMIN + ", or asked with a read-only token")
    @APIResponse(responseCode = "404", description = "No dead-letter job has that id (it was moved back or its case ended)")
    @APIResponse(responseCode = "409", description = "The job still has retries left (retry it), or changed at the same moment")
    public FailedJob moveBack(@PathParam("id") String id) {
        return failedJobs.moveBack(caller, id);
    }

    private static FailedJobState state(String word) {
        if (word == null || word.isEmpty()) {
            return FailedJobState.DEAD_LETTER;
        }
        return FailedJobState.ofWord(word).orElseThrow(() -> new InvalidInputException(List.of(new FieldProblem("state",
                "problem.chooseOneOf", Arrays.stream(FailedJobState.values()).map(FailedJobState::word)
                .collect(Collectors.joining(", "))))));
    }
}
