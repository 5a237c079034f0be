package org.safecase.policy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.safecase.identity.Caller;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;
import org.safecase.platform.Paging;

import java.util.List;

/**
 * Issue #15 item 6 (R-X-6) over REST: the school's policy in force, publishing a version as text,
 * acknowledging, who has not acknowledged (paged), reminders, and an LA admin's run of the daily
 * check. {@code school} is a school's id; left out, the caller's own school.
 */
@Path("policy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Online-safety policy", description = "Each school's online-safety policy: versions, every member of staff's acknowledgement, reminders (issue #15 item 6)")
public class PolicyResource {
    static final int MAX_PAGE = 100;

    @Inject
    Policies policies;
    @Inject
    PolicyChecks checks;
    @Inject
    Caller caller;

    @GET
    @Path("current")
    @Operation(operationId = "currentPolicy", summary = "The school's policy in force, its versions, and whether the caller must still acknowledge it")
    @APIResponse(responseCode = "200", description = "The policy (current is absent before the first version)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SchoolPolicy")))
    @APIResponse(responseCode = "400", description = "school is not a whole number")
    @APIResponse(responseCode = "404", description = "No such school, or not the caller's to read")
    public SchoolPolicy current(@QueryParam("school") String school) {
        return policies.of(caller, school(school));
    }

    @POST
    @Path("versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "publishPolicy", summary = "Publish a new version as text (head teacher or LA admin); every member of staff is asked to acknowledge it")
    @APIResponse(responseCode = "201", description = "Published and in force",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PolicyVersionView")))
    @APIResponse(responseCode = "400", description = "Invalid fields, named; nothing was published")
    @APIResponse(responseCode = "403", description = "Not the school's head teacher or an LA admin, or asked with a read-only token")
    @APIResponse(responseCode = "404", description = "No such school, or not the caller's to read")
    @APIResponse(responseCode = "409", description = "Another version was published at the same moment")
    public Response publish(PolicyRequest request) {
        if (request == null) {
            throw new InvalidInputException(List.of(new FieldProblem("body", "problem.policy.body")));
        }
        return Response.status(Response.Status.CREATED)
                .entity(policies.publish(caller, orOwn(request.schoolId()), request.draft())).build();
    }

    @POST
    @Path("acknowledgements")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "acknowledgePolicy", summary = "Acknowledge the version in force (a member of the school's staff, for themselves)")
    @APIResponse(responseCode = "200", description = "Acknowledged, and when",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Acknowledged")))
    @APIResponse(responseCode = "403", description = "Not one of the school's staff, or asked with a read-only token")
    @APIResponse(responseCode = "404", description = "No such school, or no version published")
    @APIResponse(responseCode = "409", description = "versionId is not the version in force: a newer one was published")
    public Acknowledged acknowledge(AcknowledgementRequest request) {
        if (request == null) {
            throw new InvalidInputException(List.of(new FieldProblem("body", "problem.policy.body")));
        }
        return new Acknowledged(policies.acknowledge(caller, orOwn(request.schoolId()), request.versionId()));
    }

    @GET
    @Path("outstanding")
    @Operation(operationId = "policyAcknowledgements", summary = "The school's staff by name with their acknowledgement of the version in force "
            + "(head teacher or LA admin); show: OUTSTANDING (default), ACKNOWLEDGED or ALL; paged in the database (size at most 100)")
    @APIResponse(responseCode = "200", description = "One page and the total",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "StaffAcknowledgementList")))
    @APIResponse(responseCode = "400", description = "A parameter of the wrong type or out of range, named")
    @APIResponse(responseCode = "403", description = "Not the school's head teacher or an LA admin")
    @APIResponse(responseCode = "404", description = "No such school, or not the caller's to read")
    public StaffAcknowledgementList outstanding(@QueryParam("school") String school, @QueryParam("show") String show,
                                                @QueryParam("first") String first, @QueryParam("size") String size) {
        Long schoolId = school(school);
        AcknowledgementFilter filter = filter(show);
        return new StaffAcknowledgementList(policies.staff(caller, schoolId, filter, Paging.first(first),
                Paging.size(size, 20, MAX_PAGE)), policies.countStaff(caller, schoolId, filter));
    }

    @POST
    @Path("reminders")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "remindPolicy", summary = "E-mail a reminder to acknowledge the version in force: userId one person, "
            + "else everyone who has not (head teacher or LA admin); at most once a day each, held to school hours")
    @APIResponse(responseCode = "200", description = "Queued; how many",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Reminded")))
    @APIResponse(responseCode = "403", description = "Not the school's head teacher or an LA admin, or asked with a read-only token")
    @APIResponse(responseCode = "404", description = "No such school or person among its staff, or no version published")
    @APIResponse(responseCode = "409", description = "The person has already acknowledged the version in force")
    public Reminded remind(ReminderRequest request) {
        if (request == null) {
            throw new InvalidInputException(List.of(new FieldProblem("body", "problem.policy.body")));
        }
        return new Reminded(policies.remind(caller, orOwn(request.schoolId()), request.userId()));
    }

    @POST
    @Path("checks")
    @Operation(operationId = "checkPolicies", summary = "Run the daily check now for your local authority (LA admin): passed review dates "
            + "and schools without an online-safety lead or DSL, mailed to head teachers and LA admins once a week")
    @APIResponse(responseCode = "200", description = "What the check found and how many mails it queued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CheckResult")))
    @APIResponse(responseCode = "403", description = "Not an LA admin, or asked with a read-only token")
    public PolicyChecks.CheckResult check() {
        return checks.runNow(caller);
    }

    private Long school(String school) {
        if (school == null || school.isEmpty()) {
            return policies.defaultSchool(caller);
        }
        if (!school.matches("[0-9]{1,18}")) {
            throw new InvalidInputException(List.of(new FieldProblem("school", "problem.policy.school")));
        }
        return Long.valueOf(school);
    }

    private Long orOwn(Long schoolId) {
        return schoolId == null ? policies.defaultSchool(caller) : schoolId;
    }

    private static AcknowledgementFilter filter(String show) {
        if (show == null || show.isEmpty()) {
            return AcknowledgementFilter.OUTSTANDING;
        }
        try {
            return AcknowledgementFilter.valueOf(show);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(List.of(new FieldProblem("show", "problem.policy.show")));
        }
    }
}
