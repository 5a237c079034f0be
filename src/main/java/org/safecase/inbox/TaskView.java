package org.safecase.inbox;

import org.safecase.casefile.CaseFiles;
import org.safecase.casefile.CaseView;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.safecase.identity.Caller;
import org.safecase.platform.ConflictException;
import org.safecase.platform.Failures;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;
import org.safecase.platform.Messages;
import org.safecase.platform.NotFoundException;
import org.safecase.workflow.TaskForm;
import org.safecase.workflow.TaskSummary;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * Backs {@code inbox/task.xhtml}: one task with the questions its process model asks, answered
 * and completed. Problems are shown beside the field they concern; nothing is stored until all
 * answers are acceptable.
 */
@Named
@ViewScoped
public class TaskView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient InboxWork inbox;
    @Inject
    transient Caller caller;
    @Inject
    transient Messages messages;
    @Inject
    transient CaseFiles caseFiles;
    @Inject
    transient StepHelp help;
    @Inject
    transient org.safecase.identity.CallerDirectory directory;

    private String taskId;
    private TaskForm form;
    private CaseView caseSoFar;
    private java.util.List<org.safecase.takedown.ProviderView> directoryHelp = java.util.List.of();
    private java.util.List<String> providerNames = java.util.List.of();
    private boolean notFound;
    private String reassignTo;
    private Map<String, String> reassignChoices;
    private final Map<String, String> answers = new HashMap<>();
    private final Map<String, String> problems = new HashMap<>();
    /**
     * The steps whose completion closes the case (or may, by the answer given): completing one
     * takes a second, confirming request (issue #11 item 3). A closed case cannot be reopened.
     */
    static final java.util.Set<String> CLOSING_STEPS = java.util.Set.of("completeDslRecord",
            "headTeacherReviewsHandling", "staffSatisfaction");
    /** Set on the server by the first "complete" of a closing step. */
    private boolean confirmingClose;

    /** Loads the task, and the case so far as the caller may see it (the report and its record), to work from. */
    public void load() {
        try {
            form = inbox.form(caller, taskId);
            // A task of no case (an LA admin's notice of a failed job, issue #14 item 9) has no case to show.
            caseSoFar = form.task().caseReference() == null ? null : caseFiles.find(caller, form.task().caseReference());
            StepHelpView stepHelp = help.forStep(form.task().taskKey(),
                    form.fields().stream().map(org.safecase.workflow.FormField::id).toList(),
                    caseSoFar == null ? null : caseSoFar.details());
            directoryHelp = stepHelp.directory();
            providerNames = stepHelp.providerNames();
            stepHelp.suggested().forEach(answers::putIfAbsent);
        } catch (RuntimeException e) {
            if (!(Failures.rootOf(e) instanceof NotFoundException)) {
                throw e;
            }
            notFound = true;
        }
    }

    public void claim() {
        try {
            inbox.claim(caller, taskId);
            form = inbox.form(caller, taskId);
        } catch (RuntimeException e) {
            warnIfExpected(e);
        }
    }

    /** Completes the step; a closing step only asks to confirm, with its consequence in words. */
    public void complete() throws IOException {
        if (isClosingStep()) {
            problems.clear();
            confirmingClose = true;
            return;
        }
        completeNow();
    }

    /** The confirming request for a closing step: refused unless {@link #complete} asked first. */
    public void confirmComplete() throws IOException {
        if (!confirmingClose || !isClosingStep()) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("task.closes.first"), null));
            return;
        }
        confirmingClose = false;
        completeNow();
    }

    public void cancelComplete() {
        confirmingClose = false;
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get("task.closes.cancelled"), null));
    }

    public boolean isClosingStep() {
        return form != null && CLOSING_STEPS.contains(form.task().taskKey());
    }

    public boolean isConfirmingClose() {
        return confirmingClose;
    }

    private void completeNow() throws IOException {
        problems.clear();
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            TaskSummary done = inbox.complete(caller, taskId, answers);
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    doneWith("inbox.completed", done), null));
            ExternalContext external = faces.getExternalContext();
            external.redirect(external.getRequestContextPath() + afterCompleting(done));
        } catch (RuntimeException e) {
            if (Failures.rootOf(e) instanceof InvalidInputException invalid) {
                for (FieldProblem problem : invalid.problems()) {
                    problems.put(problem.field(), problem.message());
                }
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("task.fixErrors"), null));
                faces.validationFailed();
            } else {
                warnIfExpected(e);
            }
        }
    }

    /**
     * Where a person goes once a step is done: to the same case's next step they can work on
     * (claimed for them), else back to the inbox; a reporter, who has no inbox of groups, to their
     * case, where what happens next (and any advice) is shown.
     */
    private String afterCompleting(TaskSummary done) {
        java.util.Optional<String> next = inbox.next(caller, done.caseReference());
        if (next.isPresent()) {
            inbox.open(caller, next.get());
            return "/inbox/task.xhtml?id=" + java.net.URLEncoder.encode(next.get(), java.nio.charset.StandardCharsets.UTF_8);
        }
        if (!inbox.worksForGroups(caller)) {
            return "/casefile/case.xhtml?ref=" + done.caseReference();
        }
        return "/inbox/inbox.xhtml";
    }

    public void unclaim() throws IOException {
        try {
            TaskSummary given = inbox.unclaim(caller, taskId);
            backToInbox(doneWith("task.unclaimed", given));
        } catch (RuntimeException e) {
            warnIfExpected(e);
        }
    }

    /** A member of the task's group takes it over from whoever holds it (a deputy DSL from the DSL). */
    public void takeOver() {
        try {
            TaskSummary taken = inbox.takeOver(caller, taskId, form.task().assignee());
            form = inbox.form(caller, taskId);
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    doneWith("task.takenOver", taken), null));
        } catch (RuntimeException e) {
            warnIfExpected(e);
        }
    }

    public void reassign() throws IOException {
        try {
            TaskSummary handed = inbox.reassign(caller, taskId, form.task().assignee(), reassignTo);
            backToInbox(doneWith("task.reassigned", handed));
        } catch (RuntimeException e) {
            warnIfExpected(e);
        }
    }

    /** What was done to a task, named by its case, or by its name when it belongs to no case ({@code <key>.noCase}). */
    private String doneWith(String key, TaskSummary task) {
        return task.caseReference() != null ? messages.get(key, task.caseReference())
                : messages.get(key + ".noCase", task.name());
    }

    private void backToInbox(String message) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/inbox/inbox.xhtml");
    }

    /** Whom the task may be handed to (the members of its groups but the one holding it), name to user id. */
    public Map<String, String> getReassignChoices() {
        if (reassignChoices == null) {
            reassignChoices = new java.util.LinkedHashMap<>();
            if (form != null) {
                try {
                    inbox.candidates(caller, taskId).forEach((user, name) -> {
                        if (!user.equals(form.task().assignee())) {
                            reassignChoices.put(name, user);
                        }
                    });
                } catch (RuntimeException e) {
                    warnIfExpected(e);
                }
            }
        }
        return reassignChoices;
    }

    /** Who holds the task, by name; null when nobody does. */
    public String getHolder() {
        if (form == null || !form.task().isClaimed()) {
            return null;
        }
        return directory.displayNames(java.util.List.of(form.task().assignee())).getOrDefault(form.task().assignee(),
                messages.get("inbox.claimedBySomeone"));
    }

    /** Whether someone other than the caller holds the task. */
    public boolean isHeldByOther() {
        return form != null && form.task().isClaimed()
                && !form.task().assignee().equals(org.safecase.identity.Authorisation.workflowUserId(caller));
    }

    public String getReassignTo() {
        return reassignTo;
    }

    public void setReassignTo(String reassignTo) {
        this.reassignTo = reassignTo;
    }

    private void warnIfExpected(RuntimeException e) {
        Throwable cause = Failures.rootOf(e);
        if (!(cause instanceof ConflictException) && !(cause instanceof NotFoundException)
                && !(cause instanceof org.safecase.platform.NotAllowedException)) {
            throw e;
        }
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_WARN, cause.getLocalizedMessage(), null));
    }

    /** Directory entries the step needs (R-ST-6, R-ST-7, R-ST-8). */
    public java.util.List<org.safecase.takedown.ProviderView> getDirectoryHelp() {
        return directoryHelp;
    }

    /** The directory's names, offered when the step asks for the provider. */
    public java.util.List<String> getProviderNames() {
        return providerNames;
    }

    public CaseView getCaseSoFar() {
        return caseSoFar;
    }

    /** The most a person may type in this field: the width of the column its answer is kept in. */
    public int maxLength(org.safecase.workflow.FormField field) {
        return org.safecase.workflow.TaskAnswers.maxLength(field);
    }

    public String problem(String field) {
        return problems.get(field);
    }

    public boolean isMine() {
        return form != null && form.task().isClaimed()
                && form.task().assignee().equals(org.safecase.identity.Authorisation.workflowUserId(caller));
    }

    public TaskForm getForm() {
        return form;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }
}
