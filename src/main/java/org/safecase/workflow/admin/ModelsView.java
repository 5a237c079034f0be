package org.safecase.workflow.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.safecase.identity.Caller;
import org.safecase.platform.FormProblems;
import org.safecase.platform.Messages;
import org.safecase.platform.PageMessages;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Backs {@code workflow/models.xhtml} (issue #14 items 2 and 10): the LA admin's list of process
 * models and decision tables, and the import of a model file shared by another LA, which passes
 * the same checks as any deployment. Anyone else is refused in words on the page.
 */
@Named
@ViewScoped
public class ModelsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ModelLibrary library;
    @Inject
    transient Caller caller;
    @Inject
    transient Messages messages;

    private List<ModelSummary> models = List.of();
    private transient Part upload;
    private String changeNote;
    private List<String> refusedBecause = List.of();
    private final FormProblems problems = new FormProblems();

    public void load() {
        try {
            models = library.models(caller);
        } catch (RuntimeException e) {
            problems.refusePage(e);
        }
    }

    /** Item 10: deploys the chosen file as a new version of the model it is, when it passes the checks. */
    public void importFile() {
        problems.clear();
        refusedBecause = List.of();
        try {
            ModelVersionEntry imported = library.importFile(caller, read(), changeNote);
            changeNote = null;
            models = library.models(caller);
            PageMessages.info(messages.get("models.imported", imported.version()));
        } catch (ModelRefusedException refused) {
            refusedBecause = ModelProblemWords.of(refused.problems());
        } catch (RuntimeException e) {
            problems.show(e);
        }
    }

    private String read() {
        if (upload == null) {
            return null;
        }
        try (InputStream in = upload.getInputStream()) {
            byte[] file = in.readNBytes(ModelLibrary.MAX_FILE_BYTES + 1);
            return new String(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String kindName(ModelSummary model) {
        return messages.get("models.kind." + model.kind().name());
    }

    public String originName(ModelSummary model) {
        return messages.get("models.origin." + model.latestOrigin().name());
    }

    public String openLabel(ModelSummary model) {
        return messages.get("models.openLabel", model.name());
    }

    public List<ModelSummary> getModels() {
        return models;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }

    public List<String> getRefusedBecause() {
        return refusedBecause;
    }

    public String problem(String field) {
        return problems.of(field);
    }

    public String getRefused() {
        return problems.pageRefusal();
    }
}
