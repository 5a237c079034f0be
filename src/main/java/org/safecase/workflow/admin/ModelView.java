package org.safecase.workflow.admin;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.safecase.identity.Caller;
import org.safecase.platform.FormProblems;
import org.safecase.platform.Messages;
import org.safecase.platform.PageMessages;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Backs {@code workflow/model.xhtml?key=} (issue #14 items 2, 5, 6 and 10): one model's versions
 * (who deployed each, when, why, shipped or an admin's, cases running on it, suspended or not),
 * a read-only diagram of the version chosen, a shipped version on offer to adopt or set aside,
 * suspending and activating a version, and the export of a version's file.
 */
@Named
@ViewScoped
public class ModelView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ModelLibrary library;
    @Inject
    transient Caller caller;
    @Inject
    transient Messages messages;

    private String key;
    private Integer version;
    private ModelDetail detail;
    private ModelFile shown;
    private DecisionTableRows decisionTable;
    private List<String> refusedBecause = List.of();
    private final FormProblems problems = new FormProblems();

    /** Opens the model named in the address; an unknown model or version, or anyone but an LA admin, is refused in words. */
    public void load() {
        try {
            refresh();
        } catch (RuntimeException e) {
            if (problems.show(e)) {
                detail = null;
            }
        }
    }

    private void refresh() {
        try {
            detail = library.model(caller, key);
        } catch (org.safecase.platform.NotAllowedException e) {
            problems.refusePage(e);
            return;
        }
        shown = version == null ? library.latest(caller, key) : library.file(caller, key, version);
        decisionTable = null;
    }

    public void suspend(int number) {
        act(() -> library.suspend(caller, key, number), "models.suspended", number);
    }

    public void activate(int number) {
        act(() -> library.activate(caller, key, number), "models.activated", number);
    }

    /** Item 5: deploys the shipped version on offer as the one new cases use. */
    public void adoptShipped() {
        refusedBecause = List.of();
        try {
            ModelVersionEntry adopted = library.adoptShipped(caller, key);
            version = null;
            refresh();
            PageMessages.info(messages.get("models.adopted", adopted.version()));
        } catch (ModelRefusedException refused) {
            refusedBecause = ModelProblemWords.of(refused.problems());
        } catch (RuntimeException e) {
            problems.show(e);
        }
    }

    public void setAsideShipped() {
        act(() -> library.setAsideShipped(caller, key), "models.setAside", 0);
    }

    /** Item 10: the version's file as a download, byte for byte as deployed. */
    public void export(int number) throws IOException {
        ModelFile file;
        try {
            file = library.file(caller, key, number);
        } catch (RuntimeException e) {
            problems.show(e);
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("application/xml; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + exportName(file) + "\"");
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(file.xml().getBytes(StandardCharsets.UTF_8));
        }
        faces.responseComplete();
    }

    /** {@code staffIncident-v3.bpmn20.xml}: the key and version, so two exports never overwrite each other. */
    static String exportName(ModelFile file) {
        String name = file.fileName();
        int dot = name.indexOf('.');
        return name.substring(0, dot) + "-v" + file.version() + name.substring(dot);
    }

    private void act(Runnable action, String doneKey, int number) {
        try {
            action.run();
            refresh();
            PageMessages.info(messages.get(doneKey, number));
        } catch (RuntimeException e) {
            problems.show(e);
        }
    }

    public String originName(ModelVersionEntry entry) {
        return messages.get("models.origin." + entry.origin().name());
    }

    public String versionLabel(String textKey, ModelVersionEntry entry) {
        return messages.get(textKey, entry.version());
    }

    /** Item 2: the decision table shown, read only, as rows (processes are drawn by the viewer instead). */
    public DecisionTableRows getDecisionTable() {
        if (decisionTable == null && shown != null && !isProcess()) {
            decisionTable = DecisionTableRows.of(shown.xml());
        }
        return decisionTable;
    }

    /** Whether the page offers Suspend and Activate for this model ({@link ModelLibrary#isSuspendable}). */
    public boolean isSuspendable() {
        return isProcess() && ModelLibrary.isSuspendable(key);
    }

    public boolean isProcess() {
        return detail != null && detail.kind() == ModelKind.PROCESS;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public ModelDetail getDetail() {
        return detail;
    }

    public ModelFile getShown() {
        return shown;
    }

    public List<String> getRefusedBecause() {
        return refusedBecause;
    }

    public String getRefused() {
        return problems.pageRefusal();
    }
}
