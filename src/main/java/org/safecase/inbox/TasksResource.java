package org.safecase.inbox;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.safecase.identity.Caller;
import org.safecase.workflow.TaskForm;
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
    @Operation(summary = "Open tasks the caller may work on, soonest due first")
    public TaskPage list(@QueryParam("first") @DefaultValue("0") int first,
                         @QueryParam("size") @DefaultValue("20") int size,
                         @QueryParam("order") @DefaultValue("due-asc") String order) {
        return inbox.page(caller, first, size, !"due-desc".equals(order));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One task")
    @APIResponse(responseCode = "404", description = "No such task, or not the caller's to see")
    public TaskSummary get(@PathParam("id") String id) {
        return inbox.find(caller, id);
    }

    @POST
    @Path("{id}/claim")
    @Operation(summary = "Claim a task for the caller")
    @APIResponse(responseCode = "409", description = "Claimed by someone else")
    public TaskSummary claim(@PathParam("id") String id) {
        return inbox.claim(caller, id);
    }

    @GET
    @Path("{id}/help")
    @Operation(summary = "What the task's form can start with (from the report) and the provider directory's entries "
            + "the step needs")
    @APIResponse(responseCode = "404", description = "No such task, or not the caller's")
    public StepHelpView help(@PathParam("id") String id) {
        return inbox.help(caller, id);
    }

    @GET
    @Path("{id}/form")
    @Operation(summary = "The questions a task asks, as its process model declares them")
    public TaskForm form(@PathParam("id") String id) {
        return inbox.form(caller, id);
    }

    @POST
    @Path("{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Complete a task the caller has claimed, with the answers its form asks for "
            + "(a JSON object of field id to text; yes/no as true/false, dates as 2026-11-24)")
    @APIResponse(responseCode = "400", description = "Missing or invalid answers; nothing was stored")
    @APIResponse(responseCode = "409", description = "Not claimed by the caller")
    public TaskSummary complete(@PathParam("id") String id, Map<String, String> answers) {
        return inbox.complete(caller, id, answers == null ? Map.of() : answers);
    }
}
