package org.safecase.workflow.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Issue #14 over REST, for LA admins: the model library (item 2), deploying a changed model
 * (item 3), shipped versions on offer (item 5), suspending versions and moving running cases
 * to another version (item 6), export and import (item 10). A model that fails its checks (item 4) is answered 400 with each problem in words
 * and nothing is deployed; anyone else is refused in words.
 */
@Path("models")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Workflow administration")
public class ModelsResource {
    @Inject
    ModelLibrary library;
    @Inject
    CaseMigrations migrations;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listModels", summary = "Every process model and decision table, its newest version and running cases (LA admin)")
    @APIResponse(responseCode = "200", description = "The models",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ModelSummary", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(responseCode = "403", description = "Not an LA admin")
    public List<ModelSummary> list() {
        return library.models(caller);
    }

    @GET
    @Path("{key}")
    @Operation(operationId = "getModel", summary = "One model: every version (who deployed it, when, why, shipped or an admin's, "
            + "running cases, suspended), the shipped version on offer and the draft, if any (LA admin)")
    @APIResponse(responseCode = "200", description = "The model",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ModelDetail")))
    @APIResponse(responseCode = "403", description = "Not an LA admin")
    @APIResponse(responseCode = "404", description = "No such model")
    public ModelDetail get(@PathParam("key") String key) {
        return library.model(caller, key);
    }

    @GET
    @Path("{key}/versions/{version}/file")
    @Produces(MediaType.APPLICATION_XML)
    @Operation(operationId = "exportModel", summary = "Export one version's file, byte for byte as deployed (LA admin)")
    @APIResponse(responseCode = "200", description = "The BPMN or DMN file", content = @Content(mediaType = MediaType.APPLICATION_XML))
    @APIResponse(responseCode = "403", description = "Not an LA admin")
    @APIResponse(responseCode = "404", description = "No such model or version")
    public Response export(@PathParam("key") String key, @PathParam("version") int version) {
        ModelFile file = library.file(caller, key, version);
        return Response.ok(file.xml().getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_XML_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + ModelView.exportName(file) + "\"").build();
    }

    @POST
    @Path("{key}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "deployModel", summary = "Deploy a changed file as the model's next version, which new cases use; "
            + "running cases stay on theirs. file: the BPMN or DMN XML (at most 2 MB); changeNote: why (at most 2,000 characters). "
            + "The file must pass SafeCase's checks; audited")
    @APIResponse(responseCode = "201", description = "Deployed: the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ModelVersionEntry")))
    @APIResponse(responseCode = "400", description = "Missing or too large file or note, or the model fails its checks: each problem in words; nothing was deployed")
    @APIResponse(responseCode = "403", description = "Not an LA admin, or asked with a read-only token")
    @APIResponse(responseCode = "404", description = "No such model")
    public Response deploy(@PathParam("key") String key, ModelUpload upload) {
        ModelUpload body = body(upload);
        return Response.status(Response.Status.CREATED).entity(checked(() -> library.deploy(caller, key, body.file(), body.changeNote()))).build();
    }

    @POST
    @Path("imports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importModel", summary = "Import a model file shared by another LA: it becomes the next version of the "
            + "model whose id it holds, after the same checks as any deployment; audited")
    @APIResponse(responseCode = "201", description = "Deployed: the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ModelVersionEntry")))
    @APIResponse(responseCode = "400", description = "Not one of SafeCase's models, or it fails its checks: each problem in words; nothing was deployed")
    @APIResponse(responseCode = "403", description = "Not an LA admin, or asked with a read-only token")
    public Response importFile(ModelUpload upload) {
        ModelUpload body = body(upload);
        return Response.status(Response.Status.CREATED).entity(checked(() -> library.importFile(caller, body.file(), body.changeNote()))).build();
    }

    @PUT
    @Path("{key}/versions/{version}/suspension")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "suspendModelVersion", summary = "Suspend (suspended: true) or activate (false) a process version: a "
            + "suspended version starts no new cases, the newest active one does; running cases carry on; audited")
    @APIResponse(responseCode = "200", description = "The version as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ModelVersionEntry")))
    @APIResponse(responseCode = "400", description = "suspended missing or not true or false")
    @APIResponse(responseCode = "403", description = "Not an LA admin, or asked with a read-only token")
    @APIResponse(responseCode = "404", description = "No such model or version")
    @APIResponse(responseCode = "409", description = "A decision table, or a model other models call (only the staff and child-protection case models can be suspended)")
    public ModelVersionEntry suspension(@PathParam("key") String key, @PathParam("version") int version, SuspensionRequest request) {
        if (request == null || request.suspended() == null) {
            throw new InvalidInputException(List.of(new FieldProblem("suspended", "problem.models.suspendedMissing")));
        }
        return request.suspended() ? library.suspend(caller, key, version) : library.activate(caller, key, version);
    }

    @POST
    @Path("{key}/shipped/adoption")
    @Operation(operationId = "adoptShippedModel", summary = "Deploy the version shipped with this SafeCase, on offer because an "
            + "admin's version is in use, as the next version; audited")
    @APIResponse(responseCode = "201", description = "Deployed: the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ModelVersionEntry")))
    @APIResponse(responseCode = "400", description = "The shipped file fails the checks: each problem in words; nothing was deployed")
    @APIResponse(responseCode = "403", description = "Not an LA admin, or asked with a read-only token")
    @APIResponse(responseCode = "404", description = "No such model")
    @APIResponse(responseCode = "409", description = "No shipped version is on offer")
    public Response adoptShipped(@PathParam("key") String key) {
        return Response.status(Response.Status.CREATED).entity(checked(() -> library.adoptShipped(caller, key))).build();
    }

    @DELETE
    @Path("{key}/shipped")
    @Operation(operationId = "setAsideShippedModel", summary = "Keep the admin's version and stop offering the shipped one; audited")
    @APIResponse(responseCode = "204", description = "Set aside")
    @APIResponse(responseCode = "403", description = "Not an LA admin, or asked with a read-only token")
    @APIResponse(responseCode = "404", description = "No such model")
    @APIResponse(responseCode = "409", description = "No shipped version is on offer")
    public Response setAsideShipped(@PathParam("key") String key) {
        library.setAsideShipped(caller, key);
        return Response.noContent().build();
    }

    @GET
    @Path("{key}/versions/{version}/migration-preview")
    @Operation(operationId = "previewCaseMigration", summary = "What moving the running cases of a process version to another "
            + "version (to; the newest when not given) would do: each case, the steps it is on and where each lands, whether it "
            + "can move and why not, in words; paged (first, size at most 50), oldest case first (LA admin)")
    @APIResponse(responseCode = "200", description = "The preview",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MigrationPreview")))
    @APIResponse(responseCode = "400", description = "to, first or size not a whole number in range")
    @APIResponse(responseCode = "403", description = "Not an LA admin")
    @APIResponse(responseCode = "404", description = "No such model or version")
    @APIResponse(responseCode = "409", description = "A decision table, the same version, or a model with one version only")
    public MigrationPreview migrationPreview(@PathParam("key") String key, @PathParam("version") int version,
                                             @QueryParam("to") String to, @QueryParam("first") String first,
                                             @QueryParam("size") String size) {
        Integer target = to == null || to.isEmpty() ? null : versionNumber(to);
        return migrations.preview(caller, key, version, target, Paging.first(first), Paging.size(size, CaseMigrations.BATCH,
                CaseMigrations.BATCH));
    }

    @POST
    @Path("{key}/versions/{version}/migration")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "migrateCases", summary = "Move the running cases of a process version to version to: every case "
            + "that can move, or only those named in cases (references, at most 1,000). Each case moves on its own, keeping its "
            + "due dates; the move is recorded in its timeline and audited; cases that cannot move stay, with the reason in words")
    @APIResponse(responseCode = "200", description = "What was done: the cases moved, not moved and failed (each with why)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MigrationResult")))
    @APIResponse(responseCode = "400", description = "to missing or not a whole number, cases empty, too many or not references")
    @APIResponse(responseCode = "403", description = "Not an LA admin, or asked with a read-only token")
    @APIResponse(responseCode = "404", description = "No such model or version")
    @APIResponse(responseCode = "409", description = "A decision table, or the same version")
    public MigrationResult migrate(@PathParam("key") String key, @PathParam("version") int version, MigrationRequest request) {
        if (request == null) {
            throw new InvalidInputException(List.of(new FieldProblem("to", "problem.migrate.toMissing")));
        }
        return migrations.migrate(caller, key, version, request.to(), request.cases());
    }

    private static int versionNumber(String value) {
        if (!value.matches("[0-9]{1,6}")) {
            throw new InvalidInputException(List.of(new FieldProblem("to", "problem.wholeNumberBetween", 1, 999999)));
        }
        return Integer.parseInt(value);
    }

    private static ModelUpload body(ModelUpload upload) {
        if (upload == null) {
            throw new InvalidInputException(List.of(new FieldProblem("body", "problem.models.body")));
        }
        return upload;
    }

    /** A model refused by its checks answers 400 with one field per problem ({@code file}, or {@code file:<element id>}). */
    private static ModelVersionEntry checked(java.util.function.Supplier<ModelVersionEntry> deploy) {
        try {
            return deploy.get();
        } catch (ModelRefusedException refused) {
            throw new InvalidInputException(refused.problems().stream()
                    .map(problem -> new FieldProblem(problem.elementId() == null ? "file" : "file:" + problem.elementId(),
                            problem.messageKey(), problem.arguments().toArray()))
                    .toList());
        }
    }
}
