package org.safecase.evidence;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.safecase.identity.Caller;
import org.safecase.platform.Messages;
import org.safecase.platform.Failures;
import org.safecase.platform.InvalidInputException;
import org.safecase.platform.NotFoundException;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The evidence section of {@code casefile/case.xhtml}: the list, and adding a file. */
@Named
@ViewScoped
public class CaseEvidenceView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient Evidence evidence;
    @Inject
    transient Caller caller;

    private String reference;
    private List<EvidenceView> items = List.of();
    private boolean shown;
    private transient Part upload;
    private String problem;

    /** Shown only to those who may see the whole case. */
    public void load() {
        try {
            items = evidence.list(caller, reference);
            shown = true;
        } catch (RuntimeException e) {
            if (!(Failures.rootOf(e) instanceof NotFoundException)) {
                throw e;
            }
        }
    }

    /** Adds the chosen file; on success the page is shown afresh (post, redirect, get). */
    public void addFile() throws IOException {
        problem = null;
        if (upload == null || upload.getSize() == 0) {
            problem = Messages.text("problem.evidence.chooseFile");
            return;
        }
        byte[] content;
        try (InputStream in = upload.getInputStream()) {
            content = in.readNBytes(Evidence.MAX_BYTES + 1);
        }
        try {
            evidence.addFile(caller, reference, upload.getSubmittedFileName(), content);
        } catch (RuntimeException e) {
            Throwable root = Failures.rootOf(e);
            if (root instanceof org.safecase.platform.ConflictException closed) {
                problem = closed.getLocalizedMessage();
                return;
            }
            if (!(root instanceof InvalidInputException invalid)) {
                throw e;
            }
            problem = invalid.problems().get(0).message();
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/casefile/case.xhtml?ref="
                + URLEncoder.encode(reference, StandardCharsets.UTF_8));
    }

    public boolean isShown() {
        return shown;
    }

    public List<EvidenceView> getItems() {
        return items;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public String getProblem() {
        return problem;
    }
}
