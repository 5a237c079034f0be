package org.safecase.inbox;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.safecase.platform.Paging;
import org.safecase.identity.Caller;
import jakarta.json.JsonObject;
import org.safecase.workflow.InboxCounts;
import org.safecase.workflow.TaskForm;
import org.safecase.workflow.TaskInbox;
import org.safecase.workflow.TaskPage;

import java.util.Map;
import org.safecase.workflow.TaskSummary;

/** The caller's task inbox over REST. */
@Path("tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inbox")
public class TasksResource {
    @Inject
    InboxWork inbox;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listTasks", summary = "Open tasks the caller may see: urgent first, then by deadline (overdue first), then those "
            + "without one, then the oldest; filtered and paged in the database")
    @APIResponse(responseCode = "200", description = "One page of tasks and the total, counted up to 1,001 "
            + "(1,001 means more than 1,000: narrow the filter)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TaskPage")))
    @APIResponse(responseCode = "400", description = "A parameter of the wrong type or out of range, named")
    public TaskPage list(@QueryParam("first") String first, @QueryParam("size") String size,
                         @QueryParam("reference") String reference, @QueryParam("category") String category,
                         @QueryParam("urgent") String urgent, @QueryParam("overdue") String overdue,
                         @QueryParam("dueThisWeek") String dueThisWeek, @QueryParam("claim") String claim,
                         @QueryParam("school") String school) {
        return inbox.page(caller, InboxQueryParameters.filter(reference, category, urgent, overdue, dueThisWeek, claim,
                        school), Paging.first(first),
                Paging.size(size, 20, TaskInbox.MAX_PAGE_SIZE));
    }

    @GET
    @Path("counts")
    @Operation(operationId = "countTasks", summary = "How many tasks wait for the caller, how many are urgent and "
            + "how many overdue, each counted up to 1,001 (more than 1,000)")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "InboxCounts")))
    public InboxCounts counts() {
        return inbox.counts(caller);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getTask", summary = "One task")
    @APIResponse(responseCode = "200", description = "The task",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TaskSummary")))
    @APIResponse(responseCode = "404", description = "No such task, or not the caller's to see")
    public TaskSummary get(@PathParam("id") String id) {
        return inbox.find(caller, id);
    }

    @POST
    @Path("{id}/claim")
    @Operation(operationId = "claimTask", summary = "Claim a task for the caller")
    @APIResponse(responseCode = "200", description = "Claimed: the task as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TaskSummary")))
    @APIResponse(responseCode = "404", description = "No such task, or not the caller's to see")
    @APIResponse(responseCode = "409", description = "Claimed by someone else")
    public TaskSummary claim(@PathParam("id") String id) {
        return inbox.claim(caller, id);
    }

    @POST
    @Path("{id}/open")
    @Operation(operationId = "openTask", summary = "Open a task in one step: claimed for the caller if nobody holds it yet")
    @APIResponse(responseCode = "200", description = "The task as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TaskSummary")))
    @APIResponse(responseCode = "404", description = "No such task, or not the caller's to see")
    @APIResponse(responseCode = "409", description = "Completed meanwhile")
    public TaskSummary open(@PathParam("id") String id) {
        return inbox.open(caller, id);
    }

    @POST
    @Path("{id}/unclaim")
    @Operation(operationId = "unclaimTask", summary = "Give a task the caller holds back to its groups")
    @APIResponse(responseCode = "200", description = "Given back: the task as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TaskSummary")))
    @APIResponse(responseCode = "404", description = "No such task, or not the caller's to see")
    @APIResponse(responseCode = "409", description = "Not held by the caller, or changed meanwhile")
    public TaskSummary unclaim(@PathParam("id") String id) {
        return inbox.unclaim(caller, id);
    }

    @GET
    @Path("{id}/candidates")
    @Operation(operationId = "listTaskCandidates", summary = "Whom the task may be handed to: the active members of "
            + "its own groups (user id to name)")
    @APIResponseSchema(value = Map.class, responseCode = "200",
            responseDescription = "Each property: a user id, its value the person's name")
    @APIResponse(responseCode = "404", description = "No such task, or not the caller's to see")
    public Map<String, String> candidates(@PathParam("id") String id) {
        return inbox.candidates(caller, id);
    }

    @POST
    @Path("{id}/reassign")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reassignTask", summary = "Hand a task to another member of its own groups: {\"to\": user id, \"holder\": user id "
            + "of whoever the caller saw holding it, or null}; {\"to\"} being the caller takes it over")
    @APIResponse(responseCode = "200", description = "Handed on: the task as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TaskSummary")))
    @APIResponse(responseCode = "400", description = "No user id, or not a number")
    @APIResponse(responseCode = "403", description = "The caller may not, the person is not in the task's groups, "
            + "or asked with a read-only token")
    @APIResponse(responseCode = "404", description = "No such task, or not the caller's to see")
    @APIResponse(responseCode = "409", description = "Changed or completed meanwhile")
    public TaskSummary reassign(@PathParam("id") String id, JsonObject body) {
        Long to = Reassignment.userId(body, "to", true);
        if (body != null && body.containsKey("holder")) {
            return inbox.reassign(caller, id, workflowUser(Reassignment.userId(body, "holder", false)), workflowUser(to));
        }
        return inbox.reassignFromCurrentHolder(caller, id, workflowUser(to));
    }

    private static String workflowUser(Long userId) {
        return userId == null ? null : org.safecase.identity.Authorisation.workflowUserId(userId);
    }

    @GET
    @Path("{id}/help")
    @Operation(operationId = "getTaskHelp", summary = "What the task's form can start with (from the report) and the provider directory's entries "
            + "the step needs")
    @APIResponse(responseCode = "200", description = "Suggested answers and directory entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "StepHelpView")))
    @APIResponse(responseCode = "404", description = "No such task, or not the caller's")
    public StepHelpView help(@PathParam("id") String id) {
        return inbox.help(caller, id);
    }

    @GET
    @Path("{id}/form")
    @Operation(operationId = "getTaskForm", summary = "The questions a task asks, as its process model declares them")
    @APIResponse(responseCode = "200", description = "The task, its guidance and its fields",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TaskForm")))
    @APIResponse(responseCode = "404", description = "No such task, or not the caller's to see")
    public TaskForm form(@PathParam("id") String id) {
        return inbox.form(caller, id);
    }

    @POST
    @Path("{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "completeTask", summary = "Complete a task the caller has claimed, with the answers its form asks for "
            + "(a JSON object of field id to answer: yes/no as true or false, whole numbers as numbers, text, "
            + "choices and dates (2026-11-24) as strings)")
    @APIResponse(responseCode = "200", description = "Completed: the task as it was completed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TaskSummary")))
    @APIResponse(responseCode = "400", description = "Missing, invalid or wrongly typed answers, named; nothing was stored")
    @APIResponse(responseCode = "404", description = "No such task, or not the caller's to see")
    @APIResponse(responseCode = "409", description = "Not claimed by the caller")
    public TaskSummary complete(@PathParam("id") String id, JsonObject answers) {
        return inbox.complete(caller, id, answers);
    }
}
