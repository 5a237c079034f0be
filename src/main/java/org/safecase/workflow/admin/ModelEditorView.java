package org.safecase.workflow.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.safecase.identity.Authorisation;
import org.safecase.identity.Caller;
import org.safecase.platform.Failures;
import org.safecase.platform.FormProblems;
import org.safecase.platform.InvalidInputException;
import org.safecase.platform.Messages;
import org.safecase.platform.NotFoundException;
import org.safecase.platform.PageMessages;
import org.safecase.platform.Times;

import jakarta.faces.application.FacesMessage;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Backs {@code workflow/editor.xhtml} (issue #14 item 3): an LA admin edits a process model
 * (bpmn-js) or the decision table (dmn-js) in the browser. The page opens the model's draft if
 * there is one, else the version new cases use; the editor's script keeps the model's XML in a
 * hidden field, which every button posts: save or discard the draft, see what changed against
 * the deployed version, check, deploy with a change note. A refused deployment keeps the edited
 * model on the page with its problems, each naming its step. Everything is decided again by
 * {@link ModelLibrary}; this bean only words it.
 */
@Named
@ViewScoped
public class ModelEditorView implements Serializable {
    private static final long serialVersionUID = 1L;
    /** A model's key as the library's addresses carry it: the process's or decision's id. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,63}");

    /** A problem of the model in words, and the element it is about (null for the whole model). */
    public record Problem(String text, String elementId, String elementName) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** One line of "what changed": the element in words, its changed properties in words, the element to show. */
    public record Change(String text, List<String> details, String elementId, String elementName) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    transient ModelLibrary library;
    @Inject
    transient ModelComparison comparison;
    @Inject
    transient Authorisation authorisation;
    @Inject
    transient Caller caller;
    @Inject
    transient Messages messages;
    @Inject
    transient Times times;

    private String model;
    private ModelKind kind;
    private String modelName;
    private int deployedVersion;
    private String xml;
    private String changeNote;
    private String draftNote;
    private String notFound;
    private List<Problem> problems = List.of();
    private boolean checked;
    private List<Change> changes = List.of();
    private boolean compared;
    /** What the page puts the focus on after an action: "problems", "changes" or nothing. */
    private String focus;
    private final FormProblems formProblems = new FormProblems();

    /** Opens the model named by the address: its draft if any, else the version new cases use. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            authorisation.requireMayAdministerWorkflows(caller);
            if (model == null || !KEY.matcher(model).matches()) {
                throw new NotFoundException("refusal.models.unknown");
            }
            ModelFile deployed = library.latest(caller, model);
            kind = deployed.kind();
            deployedVersion = deployed.version();
            modelName = comparison.elementNames(deployed.xml()).getOrDefault(model, model);
            Optional<ModelDraft> draft = library.draft(caller, model);
            xml = draft.map(ModelDraft::xml).orElse(deployed.xml());
            draftNote = draft.map(this::describe).orElse(null);
        } catch (RuntimeException e) {
            refuse(e);
        }
    }

    public void saveDraft() {
        act(() -> {
            ModelDraft draft = library.saveDraft(caller, model, xml);
            draftNote = describe(draft);
            PageMessages.info(messages.get("editor.draftSaved"));
        });
    }

    /** Forgets the draft and opens the deployed version again. */
    public void discardDraft() {
        act(() -> {
            library.discardDraft(caller, model);
            ModelFile deployed = library.latest(caller, model);
            xml = deployed.xml();
            deployedVersion = deployed.version();
            draftNote = null;
            changes = List.of();
            compared = false;
            problems = List.of();
            checked = false;
            PageMessages.info(messages.get("editor.draftDiscarded", deployed.version()));
        });
    }

    /** Lists what the model on the page changes against the version new cases use. */
    public void compare() {
        act(() -> {
            Map<String, String> names = comparison.elementNames(xml);
            changes = comparison.againstDeployed(caller, model, xml).stream().map(change -> worded(change, names)).toList();
            compared = true;
            focus = "changes";
        });
    }

    /** Runs the checks a deployment would, deploying nothing. */
    public void check() {
        act(() -> {
            problems = worded(library.check(caller, model, xml));
            checked = true;
            if (problems.isEmpty()) {
                PageMessages.info(messages.get("editor.noProblems"));
            } else {
                focus = "problems";
            }
        });
    }

    /** Deploys the model as a new version and goes back to its page on the library; a refusal keeps the model here. */
    public void deploy() {
        act(() -> {
            try {
                ModelVersionEntry deployed = library.deploy(caller, model, xml, changeNote);
                PageMessages.infoAfterRedirect(messages.get("editor.deployed", deployed.version()));
                FacesContext.getCurrentInstance().getExternalContext().redirect(
                        FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                                + "/workflow/model.xhtml?key=" + model);
            } catch (ModelRefusedException refused) {
                problems = worded(refused.problems());
                checked = true;
                focus = "problems";
                FacesContext.getCurrentInstance().validationFailed();
                error(messages.get("editor.refused", refused.problems().size()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void act(Runnable action) {
        formProblems.clear();
        focus = null;
        try {
            action.run();
        } catch (RuntimeException e) {
            if (Failures.rootOf(e) instanceof InvalidInputException invalid) {
                invalid.problems().stream().filter(p -> !"changeNote".equals(p.field()))
                        .forEach(p -> error(p.message()));
            }
            formProblems.show(e);
        }
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    private void refuse(RuntimeException failure) {
        if (Failures.rootOf(failure) instanceof NotFoundException missing) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            notFound = missing.getLocalizedMessage();
            return;
        }
        formProblems.refusePage(failure);
    }

    private String describe(ModelDraft draft) {
        return messages.get("editor.draftOpen", draft.savedBy(), times.instant(draft.savedAt()), draft.basedOnVersion());
    }

    private List<Problem> worded(List<ModelProblem> found) {
        Map<String, String> names = comparison.elementNames(xml);
        List<Problem> worded = new ArrayList<>();
        for (ModelProblem problem : found) {
            String element = problem.elementId() == null ? null : names.getOrDefault(problem.elementId(), problem.elementId());
            worded.add(new Problem(messages.get(problem.messageKey(), problem.arguments().toArray()),
                    element == null ? null : problem.elementId(), element));
        }
        return worded;
    }

    private Change worded(ModelChange change, Map<String, String> names) {
        String type = ModelWords.elementType(messages, change.elementType());
        String name = change.elementType().equals("rule") ? messages.get("editor.rule", change.name())
                : change.name() == null ? change.elementId() : change.name();
        String text = messages.get("editor.change." + change.kind().name().toLowerCase(java.util.Locale.ROOT), type, name);
        List<String> details = change.properties().stream().map(property -> messages.get("editor.change.detail",
                ModelWords.property(messages, property.property(), property.argument()),
                property.before().isEmpty() ? messages.get("editor.change.nothing") : property.before(),
                property.after().isEmpty() ? messages.get("editor.change.nothing") : property.after())).toList();
        boolean shown = change.kind() != ModelChange.Kind.REMOVED && kind == ModelKind.PROCESS;
        return new Change(text, details, shown ? change.elementId() : null, shown ? names.getOrDefault(change.elementId(), name) : null);
    }

    /**
     * Whom the SafeCase part of the properties panel offers a step to, in words (JSON): the case
     * variables naming a group or a person, the same ones the checks before deploy accept
     * ({@link ModelVariables#GROUPS}, {@link ModelVariables#USERS}), in the order of their words.
     */
    public String getAudiences() {
        return Json.createObjectBuilder().add("groups", audience(ModelVariables.GROUPS))
                .add("people", audience(ModelVariables.USERS)).build().toString();
    }

    private JsonArrayBuilder audience(java.util.Set<String> variables) {
        JsonArrayBuilder choices = Json.createArrayBuilder();
        variables.stream()
                .map(variable -> Map.entry(variable, messages.find("editor.audience." + variable).orElse(variable)))
                .sorted(Map.Entry.comparingByValue())
                .forEach(choice -> choices.add(Json.createObjectBuilder().add("variable", choice.getKey()).add("label", choice.getValue())));
        return choices;
    }

    /** Every label the editors' scripts show, from the bundle (keys {@code editor.script.*}), as JSON. */
    public String getScriptWords() {
        return ModelWords.scriptWords(messages).toString();
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public boolean isProcess() {
        return kind == ModelKind.PROCESS;
    }

    public boolean isDecision() {
        return kind == ModelKind.DECISION;
    }

    public boolean isOpen() {
        return kind != null && formProblems.pageRefusal() == null && notFound == null;
    }

    public String getModelName() {
        return modelName;
    }

    public int getDeployedVersion() {
        return deployedVersion;
    }

    public String getXml() {
        return xml;
    }

    public void setXml(String xml) {
        this.xml = xml;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }

    public String getFocus() {
        return focus;
    }

    public String getBasedOn() {
        return messages.get("editor.basedOn", deployedVersion);
    }

    public String getChangesHeading() {
        return messages.get("editor.changes.heading", deployedVersion);
    }

    public String getNoteHint() {
        return messages.get("editor.changeNote.hint", ModelLibrary.MAX_NOTE);
    }

    public int getMaxNote() {
        return ModelLibrary.MAX_NOTE;
    }

    public String getDraftNote() {
        return draftNote;
    }

    public List<Problem> getProblems() {
        return problems;
    }

    public boolean isChecked() {
        return checked;
    }

    public List<Change> getChanges() {
        return changes;
    }

    public boolean isCompared() {
        return compared;
    }

    /** The problem of a field ({@code changeNote}), or null. */
    public String problem(String field) {
        return formProblems.of(field);
    }

    /** Why the caller may not use the page (403), or why the model is not found (404), or null. */
    public String getRefused() {
        return formProblems.pageRefusal() != null ? formProblems.pageRefusal() : notFound;
    }
}
