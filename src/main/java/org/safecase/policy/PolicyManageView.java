package org.safecase.policy;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.safecase.evidence.Evidence;
import org.safecase.identity.Caller;
import org.safecase.platform.FormProblems;
import org.safecase.platform.ListPage;
import org.safecase.platform.Messages;
import org.safecase.platform.PageMessages;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code policy/manage.xhtml} (R-X-6), for the head teacher and LA admins: publish a new
 * version (text or a PDF, a review date); the school's staff, paged by name, with who has and who
 * has not acknowledged the version in force; remind one person or everyone outstanding. Refused in
 * words, with a 403, for anyone else.
 */
@Named
@ViewScoped
public class PolicyManageView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int PAGE = 20;

    @Inject
    transient Policies policies;
    @Inject
    transient Caller caller;
    @Inject
    transient Messages messages;

    private Map<Long, String> choices = Map.of();
    private Long chosenSchool;
    private Long schoolId;
    private SchoolPolicy shown;
    private AcknowledgementFilter filter = AcknowledgementFilter.OUTSTANDING;
    private final ListPage<StaffAcknowledgement> page = new ListPage<>(PAGE);
    private String title;
    private String text;
    private transient Part upload;
    private LocalDate reviewDue;
    private String changeNote;
    private final FormProblems problems = new FormProblems();

    public void load() {
        try {
            choices = new LinkedHashMap<>(policies.choosableBy(caller));
            schoolId = policies.defaultSchool(caller);
            chosenSchool = schoolId;
            refresh();
        } catch (RuntimeException e) {
            if (org.safecase.platform.Failures.rootOf(e) instanceof org.safecase.platform.NotFoundException) {
                problems.refusePage(new org.safecase.platform.NotAllowedException("refusal.policy.headOrAdmin"));
                return;
            }
            problems.refusePage(e);
        }
    }

    public void showChosen() {
        Long before = schoolId;
        schoolId = chosenSchool;
        page.restart();
        try {
            refresh();
        } catch (RuntimeException e) {
            schoolId = before;
            problems.show(e);
        }
    }

    private void refresh() {
        shown = policies.of(caller, schoolId);
        if (!shown.mayManage()) {
            throw new org.safecase.platform.NotAllowedException("refusal.policy.headOrAdmin");
        }
        page.load(() -> policies.countStaff(caller, schoolId, filter),
                (first, size) -> policies.staff(caller, schoolId, filter, first, size));
    }

    /** Publishes the new version; everyone is asked to acknowledge it. */
    public void publish() throws IOException {
        problems.clear();
        byte[] document = null;
        String documentName = null;
        if (upload != null && upload.getSize() > 0) {
            try (InputStream in = upload.getInputStream()) {
                document = in.readNBytes(Evidence.MAX_BYTES + 1);
            }
            documentName = upload.getSubmittedFileName();
        }
        try {
            PolicyVersionView published = policies.publish(caller, schoolId,
                    new PolicyDraft(title, text, document, documentName, reviewDue, changeNote));
            title = null;
            text = null;
            reviewDue = null;
            changeNote = null;
            page.restart();
            PageMessages.info(messages.get("policy.published", published.version()));
        } catch (RuntimeException e) {
            problems.show(e);
        }
        refresh();
    }

    public void showFilter() {
        page.restart();
        refresh();
    }

    public void remind(Long userId) {
        try {
            int queued = policies.remind(caller, schoolId, userId);
            PageMessages.info(messages.get(queued == 0 ? "policy.remind.alreadyToday" : "policy.remind.queued", queued));
        } catch (RuntimeException e) {
            problems.show(e);
        }
        refresh();
    }

    public void remindAll() {
        remind(null);
    }

    public void next() {
        page.next();
        refresh();
    }

    public void previous() {
        page.previous();
        refresh();
    }

    public String problem(String field) {
        return problems.of(field);
    }

    public String getRefused() {
        return problems.pageRefusal();
    }

    public String status(StaffAcknowledgement row) {
        return row.acknowledged() ? messages.get("policy.staff.acknowledgedOn",
                row.acknowledgedAt().format(java.time.format.DateTimeFormatter.ofPattern(messages.get("format.dateTime"),
                        org.safecase.platform.Locales.current())))
                : messages.get("policy.staff.outstanding");
    }

    public String label(String key, StaffAcknowledgement row) {
        return messages.get(key, row.name());
    }

    public List<StaffAcknowledgement> getList() {
        return page.rows();
    }

    public String getRange() {
        return page.range(messages);
    }

    public long getTotal() {
        return page.total();
    }

    public boolean isPaged() {
        return page.paged();
    }

    public boolean isFirstPage() {
        return page.firstPage();
    }

    public boolean isLastPage() {
        return page.lastPage();
    }

    public AcknowledgementFilter[] getFilters() {
        return AcknowledgementFilter.values();
    }

    public SchoolPolicy getShown() {
        return shown;
    }

    public Map<Long, String> getChoices() {
        return choices;
    }

    public Long getChosenSchool() {
        return chosenSchool;
    }

    public void setChosenSchool(Long chosenSchool) {
        this.chosenSchool = chosenSchool;
    }

    public AcknowledgementFilter getFilter() {
        return filter;
    }

    public void setFilter(AcknowledgementFilter filter) {
        this.filter = filter == null ? AcknowledgementFilter.OUTSTANDING : filter;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
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

    public LocalDate getReviewDue() {
        return reviewDue;
    }

    public void setReviewDue(LocalDate reviewDue) {
        this.reviewDue = reviewDue;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }
}
