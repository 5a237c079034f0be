package org.safecase.notes;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.safecase.evidence.Evidence;
import org.safecase.identity.Caller;
import org.safecase.platform.Failures;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;
import org.safecase.platform.NotFoundException;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The confidential notes section of {@code casefile/case.xhtml} (R-X-2): shown to the case's
 * reporter, who adds notes and says who else may read each, and to the people a note is shared with,
 * who read only that note (on this page when they may see the case; otherwise on
 * {@code notes/shared.xhtml}). Everyone else sees no trace of it.
 */
@Named
@ViewScoped
public class CaseNotesView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ConfidentialNotes notes;
    @Inject
    transient Caller caller;

    private String reference;
    private boolean author;
    private List<NoteEntry> shown = List.of();
    private String marking;
    private String text;
    private transient Part upload;
    private final Map<String, String> problems = new HashMap<>();
    private final Map<Long, String> grantTo = new HashMap<>();
    private final Map<Long, String> grantProblems = new HashMap<>();

    /** Called by {@code f:viewAction} once the reference parameter is set. */
    public void load() {
        try {
            author = notes.mayKeepNotes(caller, reference);
            if (author || notes.maySeeCase(caller, reference)) {
                shown = notes.list(caller, reference).notes();
            }
        } catch (RuntimeException e) {
            if (!(Failures.rootOf(e) instanceof NotFoundException)) {
                throw e;
            }
            shown = List.of();
        }
    }

    /** The author adds a note (with a file if one was chosen); on success the page is shown afresh. */
    public void add() throws IOException {
        problems.clear();
        byte[] content = null;
        String fileName = null;
        if (upload != null && upload.getSize() > 0) {
            try (InputStream in = upload.getInputStream()) {
                content = in.readNBytes(Evidence.MAX_BYTES + 1);
            }
            fileName = upload.getSubmittedFileName();
        }
        try {
            notes.add(caller, reference, marking, text, fileName, content);
        } catch (RuntimeException e) {
            if (!(Failures.rootOf(e) instanceof InvalidInputException invalid)) {
                throw e;
            }
            invalid.problems().forEach(p -> problems.putIfAbsent(p.field(), p.message()));
            return;
        }
        reload("notesHeading");
    }

    /** The author lets the person named in this note's field read it. */
    public void grant(Long noteId) throws IOException {
        grantProblems.clear();
        try {
            notes.grant(caller, reference, noteId, grantTo.get(noteId));
        } catch (RuntimeException e) {
            if (!(Failures.rootOf(e) instanceof InvalidInputException invalid)) {
                throw e;
            }
            grantProblems.put(noteId, invalid.problems().stream().map(FieldProblem::message).findFirst().orElse(null));
            return;
        }
        reload("note-" + noteId);
    }

    /** The author takes a person's access back; it ends at once. */
    public void revoke(Long noteId, Long grantId) throws IOException {
        notes.revoke(caller, reference, noteId, grantId);
        reload("note-" + noteId);
    }

    private void reload(String anchor) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/casefile/case.xhtml?ref="
                + URLEncoder.encode(reference, StandardCharsets.UTF_8) + "#" + anchor);
    }

    /** Whether the section is there at all: for the author, or someone a note is shared with. */
    public boolean isShown() {
        return author || !shown.isEmpty();
    }

    public boolean isAuthor() {
        return author;
    }

    public List<NoteEntry> getNotes() {
        return shown;
    }

    public List<NoteMarking> getMarkings() {
        return List.of(NoteMarking.values());
    }

    public int getMaxText() {
        return ConfidentialNotes.MAX_TEXT;
    }

    /** The problem of a field of the add form ({@code marking}, {@code text}, {@code file}), or null. */
    public String problem(String field) {
        return problems.get(field);
    }

    /** The problem of a note's grant field, or null. */
    public String grantProblem(Long noteId) {
        return grantProblems.get(noteId);
    }

    public Map<Long, String> getGrantTo() {
        return grantTo;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getMarking() {
        return marking;
    }

    public void setMarking(String marking) {
        this.marking = marking;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }
}
