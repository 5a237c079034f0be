package org.safecase.oversight.retention;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.safecase.identity.Caller;
import org.safecase.platform.FormProblems;
import org.safecase.platform.ListPage;
import org.safecase.platform.Messages;
import org.safecase.platform.PageMessages;

import java.io.Serializable;
import java.util.List;

/**
 * Backs {@code oversight/retention.xhtml} (issue #15 item 5, R-X-5): the records due (reference,
 * kind, rule, due date; never content), each destroyed after a second, explicit confirmation, or
 * all of them in a background run whose progress the page polls; legal holds (LA admins); the
 * latest lines of the destruction log. A school's DSL sees their school's child-protection records,
 * an LA admin every record of their local authority; anyone else is refused in words.
 */
@Named
@ViewScoped
public class RetentionView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int PAGE = 20;
    static final int LOG_LINES = 20;

    @Inject
    transient Retention retention;
    @Inject
    transient Caller caller;
    @Inject
    transient Messages messages;

    private final ListPage<DueRecord> due = new ListPage<>(PAGE);
    private final FormProblems problems = new FormProblems();
    private String chosen;
    private boolean allChosen;
    private DestructionProgress progress;
    private List<HeldRecord> holds = List.of();
    private List<DestroyedRecord> destroyed = List.of();
    private boolean mayHold;
    private String holdReference;
    private String holdReason;
    private String reviewing;
    private java.time.LocalDate reviewAgainOn;
    private String reviewReason;

    public void load() {
        try {
            mayHold = retention.mayHold(caller);
            progress = retention.latestRun(caller);
            refresh();
        } catch (RuntimeException e) {
            problems.refusePage(e);
        }
    }

    /** First step of destroying one record: the page asks again, naming it. */
    public void choose(String reference) {
        chosen = reference;
        allChosen = false;
    }

    public void chooseAll() {
        allChosen = true;
        chosen = null;
    }

    public void cancel() {
        chosen = null;
        allChosen = false;
        reviewing = null;
    }

    /** First step of keeping a record due (the DSL review): the page asks when to review it again and why. */
    public void review(String reference) {
        reviewing = reference;
        chosen = null;
        allChosen = false;
    }

    public void keepForReview() {
        try {
            retention.keepForReview(caller, reviewing, reviewAgainOn, reviewReason);
            PageMessages.info(messages.get("retention.kept", reviewing, reviewAgainOn.toString()));
            reviewing = null;
            reviewAgainOn = null;
            reviewReason = null;
        } catch (RuntimeException e) {
            problems.show(e);
        }
        refresh();
    }

    public void destroyChosen() {
        String reference = chosen;
        chosen = null;
        try {
            retention.confirm(caller, reference);
            PageMessages.info(messages.get("retention.destroyed", reference));
        } catch (RuntimeException e) {
            problems.show(e);
        }
        refresh();
    }

    public void destroyAll() {
        allChosen = false;
        try {
            DestructionProgress started = retention.confirmAllDue(caller);
            if (started == null) {
                PageMessages.info(messages.get("retention.noneToDestroy"));
            } else {
                progress = started;
            }
        } catch (RuntimeException e) {
            problems.show(e);
        }
        refresh();
    }

    /** The poll's listener while a run is under way. */
    public void refreshProgress() {
        progress = retention.latestRun(caller);
        if (progress != null && progress.finished()) {
            refresh();
        }
    }

    public void hold() {
        try {
            retention.hold(caller, holdReference, holdReason);
            PageMessages.info(messages.get("retention.held", holdReference.strip()));
            holdReference = null;
            holdReason = null;
        } catch (RuntimeException e) {
            problems.show(e);
        }
        refresh();
    }

    public void lift() {
        try {
            retention.lift(caller, holdReference, holdReason);
            PageMessages.info(messages.get("retention.lifted", holdReference.strip()));
            holdReference = null;
            holdReason = null;
        } catch (RuntimeException e) {
            problems.show(e);
        }
        refresh();
    }

    public void next() {
        due.next();
        refresh();
    }

    public void previous() {
        due.previous();
        refresh();
    }

    private void refresh() {
        due.load(() -> retention.dueCount(caller), (first, size) -> retention.due(caller, first, size));
        destroyed = retention.destroyed(caller, LOG_LINES);
        holds = mayHold ? retention.holds(caller, PAGE) : List.of();
    }

    public String type(RecordType type) {
        return messages.get("retention.type." + type.name());
    }

    public String rule(RetentionRule rule, int years) {
        return messages.get("retention.rule." + rule.name(), years);
    }

    /** The review button's accessible name: its text and the record it keeps. */
    public String reviewLabel(DueRecord record) {
        return messages.get("retention.reviewLaterLabel", record.reference());
    }

    public String getReviewQuestion() {
        return reviewing == null ? null : messages.get("retention.review.question", reviewing);
    }

    /** The destroy button's accessible name: its text and the record it destroys. */
    public String destroyLabel(DueRecord record) {
        return messages.get("retention.destroyLabel", record.reference());
    }

    public String getConfirmQuestion() {
        return chosen == null ? null : messages.get("retention.confirmOne", chosen);
    }

    public String getConfirmAllQuestion() {
        return messages.get("retention.confirmAll", due.total());
    }

    public String getProgressText() {
        if (progress == null) {
            return null;
        }
        return messages.get(progress.finished() ? "retention.run.finished" : "retention.run.progress",
                progress.done(), progress.total(), progress.destroyed(), progress.skipped(), progress.failed());
    }

    public boolean isRunning() {
        return progress != null && !progress.finished();
    }

    public String problem(String field) {
        return problems.of(field);
    }

    public String getRefused() {
        return problems.pageRefusal();
    }

    public List<DueRecord> getDue() {
        return due.rows();
    }

    public long getDueTotal() {
        return due.total();
    }

    public String getDueRange() {
        return due.range(messages);
    }

    public boolean isDuePaged() {
        return due.paged();
    }

    public boolean isFirstPage() {
        return due.firstPage();
    }

    public boolean isLastPage() {
        return due.lastPage();
    }

    public String getChosen() {
        return chosen;
    }

    public boolean isAllChosen() {
        return allChosen;
    }

    public DestructionProgress getProgress() {
        return progress;
    }

    public List<HeldRecord> getHolds() {
        return holds;
    }

    public List<DestroyedRecord> getDestroyed() {
        return destroyed;
    }

    public boolean isMayHold() {
        return mayHold;
    }

    public String getReviewing() {
        return reviewing;
    }

    public java.time.LocalDate getReviewAgainOn() {
        return reviewAgainOn;
    }

    public void setReviewAgainOn(java.time.LocalDate reviewAgainOn) {
        this.reviewAgainOn = reviewAgainOn;
    }

    public String getReviewReason() {
        return reviewReason;
    }

    public void setReviewReason(String reviewReason) {
        this.reviewReason = reviewReason;
    }

    public String getHoldReference() {
        return holdReference;
    }

    public void setHoldReference(String holdReference) {
        this.holdReference = holdReference;
    }

    public String getHoldReason() {
        return holdReason;
    }

    public void setHoldReason(String holdReason) {
        this.holdReason = holdReason;
    }
}
