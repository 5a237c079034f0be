package org.safecase.oversight.subjectaccess;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.safecase.identity.Caller;
import org.safecase.platform.FormProblems;
import org.safecase.platform.Messages;
import org.safecase.platform.PageMessages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code oversight/subject-access-review.xhtml} (issue #15 item 7): the LA reviewer's queue, and
 * for one request ({@code ?id=}) each flagged free-text passage in an editor; saving a passage redacts
 * the export copy (never the case) and marks it reviewed; release once all are. LA admins of the staff
 * member's LA only: anyone else is refused in words.
 */
@Named
@ViewScoped
public class SubjectAccessReviewView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int PAGE = 20;

    @Inject
    transient SubjectAccess subjectAccess;
    @Inject
    transient Caller caller;
    @Inject
    transient Messages messages;

    private final FormProblems problems = new FormProblems();
    private String id;
    private List<SubjectAccessEntry> queue = List.of();
    private SubjectAccessReview review;
    private final Map<Long, String> edits = new HashMap<>();

    public void load() {
        try {
            queue = subjectAccess.queue(caller, 0, PAGE).requests();
            review = null;
            if (id != null && id.matches("[0-9]{1,18}")) {
                review = subjectAccess.review(caller, Long.parseLong(id));
                edits.clear();
                review.passages().forEach(p -> edits.put(p.id(), p.text()));
            }
        } catch (RuntimeException e) {
            if (!(org.safecase.platform.Failures.rootOf(e) instanceof org.safecase.platform.NotAllowedException)) {
                problems.show(e);
                return;
            }
            problems.refusePage(e);
        }
    }

    public void save(long passageId) {
        try {
            subjectAccess.redact(caller, Long.parseLong(id), passageId, edits.get(passageId));
            PageMessages.info(messages.get("subjectAccess.review.saved"));
        } catch (RuntimeException e) {
            problems.show(e);
        }
        load();
    }

    public void release() {
        try {
            subjectAccess.release(caller, Long.parseLong(id));
            PageMessages.info(messages.get("subjectAccess.review.released"));
        } catch (RuntimeException e) {
            problems.show(e);
        }
        load();
    }

    public String getRefused() {
        return problems.pageRefusal();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public List<SubjectAccessEntry> getQueue() {
        return queue;
    }

    public SubjectAccessReview getReview() {
        return review;
    }

    /** The editors' texts, by passage id. */
    public Map<Long, String> getEdits() {
        return edits;
    }

    public String state(SubjectAccessEntry entry) {
        return messages.get("subjectAccess.state." + entry.state().name());
    }

    public String passageLabel(SubjectAccessPassage passage) {
        return messages.get("subjectAccess.review.passageLabel", passage.label(), passage.caseReference());
    }
}
