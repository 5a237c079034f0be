package org.safecase.identity;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.safecase.platform.Failures;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;
import org.safecase.platform.Messages;
import org.safecase.platform.PageMessages;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/**
 * Backs {@code identity/import.xhtml} (issue #13 item 3): an LA admin chooses a staff CSV file,
 * sees every line with its problems ({@link StaffImport#preview}), and imports the good lines
 * ({@link StaffImport#importGood}, which checks the file again). The file previewed is kept with
 * the page until it is imported, so that Import takes exactly what was shown without choosing the
 * file a second time; the boundary asks {@link Authorisation} on every action, as the REST door does.
 * A problem with the whole file is shown next to the file chooser.
 */
@Named
@ViewScoped
public class StaffImportView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FILE = "file";

    @Inject
    transient StaffImport staffImport;
    @Inject
    transient Authorisation authorisation;
    @Inject
    transient Caller caller;
    @Inject
    transient Messages messages;

    private transient Part upload;
    private byte[] file;
    private ImportPreview preview;
    private ImportPreview result;
    private String fileProblem;

    /** Only LA admins import: anyone else is refused in words before seeing the page. */
    public void load() {
        authorisation.requireLocalAuthorityAdministration(caller);
    }

    /** Reads the chosen file (one byte past the limit at most) and shows what it holds; nothing is stored. */
    public void preview() throws IOException {
        fileProblem = null;
        preview = null;
        result = null;
        file = null;
        byte[] chosen = new byte[0];
        if (upload != null) {
            try (InputStream in = upload.getInputStream()) {
                chosen = in.readNBytes(StaffImport.MAX_BYTES + 1);
            }
        }
        try {
            preview = staffImport.preview(caller, chosen);
            file = chosen;
        } catch (RuntimeException e) {
            refused(e);
        }
    }

    /** Imports the good lines of the file previewed; the answer replaces the preview. */
    public void importGood() {
        fileProblem = null;
        if (file == null) {
            fileProblem = messages.get("staffImport.chooseFirst");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            result = staffImport.importGood(caller, file);
            preview = null;
            file = null;
        } catch (RuntimeException e) {
            refused(e);
        }
    }

    private void refused(RuntimeException e) {
        if (Failures.rootOf(e) instanceof InvalidInputException invalid) {
            fileProblem = invalid.problems().stream().filter(p -> FILE.equals(p.field())).map(FieldProblem::message)
                    .findFirst().orElseGet(() -> invalid.problems().get(0).message());
            preview = null;
            file = null;
            FacesContext.getCurrentInstance().validationFailed();
        } else {
            PageMessages.showRefusal(e);
        }
    }

    /** What the table shows: the import's answer once imported, else the preview (null before either). */
    public ImportPreview getShown() {
        return result != null ? result : preview;
    }

    /** "3 people can be imported; 2 lines have problems and will be left out". */
    public String getSummary() {
        if (preview == null) {
            return null;
        }
        return preview.rows().isEmpty() ? messages.get("staffImport.summaryEmpty")
                : messages.get("staffImport.summary", preview.good(), preview.bad());
    }

    /** The Import button's words, with how many people it imports. */
    public String getImportLabel() {
        return preview == null ? null : messages.get("staffImport.importButton", preview.good());
    }

    /** "3 people imported; each will get an e-mail to choose a password", and what was left out. */
    public String getResultText() {
        return result == null ? null : messages.get("staffImport.result", result.imported(), result.bad());
    }

    /** Import is offered only for a file just previewed that has good lines. */
    public boolean isImportable() {
        return preview != null && file != null && preview.good() > 0;
    }

    public boolean isImported() {
        return result != null;
    }

    public String getFileProblem() {
        return fileProblem;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }
}
