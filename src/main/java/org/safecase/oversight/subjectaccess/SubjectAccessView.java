package org.safecase.oversight.subjectaccess;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.safecase.identity.Authorisation;
import org.safecase.identity.Caller;
import org.safecase.platform.FormProblems;
import org.safecase.platform.Messages;
import org.safecase.platform.PageMessages;

import java.io.Serializable;
import java.util.List;

/**
 * Backs {@code oversight/subject-access.xhtml} (issue #15 item 7): a staff member asks for a copy of
 * what is held about them and downloads it once the LA has released it; an LA admin may also ask for
 * a staff member of their LA, and goes on to the review page.
 */
@Named
@ViewScoped
public class SubjectAccessView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int PAGE = 20;

    @Inject
    transient SubjectAccess subjectAccess;
    @Inject
    transient Authorisation authorisation;
    @Inject
    transient Caller caller;
    @Inject
    transient Messages messages;

    private final FormProblems problems = new FormProblems();
    private List<SubjectAccessEntry> requests = List.of();
    private String username;

    public void load() {
        requests = subjectAccess.mine(caller, 0, PAGE).requests();
    }

    public void askForMe() {
        ask(null);
    }

    public void askForStaff() {
        if (username == null || username.isBlank()) {
            PageMessages.showRefusal(new org.safecase.platform.NotFoundException("notFound.user"));
        } else {
            ask(username);
        }
    }

    private void ask(String forUser) {
        try {
            SubjectAccessEntry made = subjectAccess.request(caller, forUser);
            PageMessages.info(messages.get("subjectAccess.requested", made.id()));
            username = null;
        } catch (RuntimeException e) {
            problems.show(e);
        }
        load();
    }

    public List<SubjectAccessEntry> getRequests() {
        return requests;
    }

    /** Whether the caller is the subject of the request (only they download it). */
    public boolean mine(SubjectAccessEntry entry) {
        return entry.subject().equals(caller.username());
    }

    public String state(SubjectAccessEntry entry) {
        return messages.get("subjectAccess.state." + entry.state().name());
    }

    public boolean isReviewer() {
        return authorisation.mayReviewAnySubjectAccess(caller);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }
}
