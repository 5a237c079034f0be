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

    private String taskId;
    private TaskForm form;
    private CaseView caseSoFar;
    private java.util.List<org.safecase.takedown.ProviderView> directoryHelp = java.util.List.of();
    private java.util.List<String> providerNames = java.util.List.of();
    private boolean notFound;
    private final Map<String, String> answers = new HashMap<>();
    private final Map<String, String> problems = new HashMap<>();

    /** Loads the task, and the case so far as the caller may see it (the report and its record), to work from. */
    public void load() {
        try {
            form = inbox.form(caller, taskId);
            caseSoFar = caseFiles.find(caller, form.task().caseReference());
            StepHelpView stepHelp = help.forStep(form.task().taskKey(),
                    form.fields().stream().map(org.safecase.workflow.FormField::id).toList(), caseSoFar.details());
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

    public void complete() throws IOException {
        problems.clear();
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            TaskSummary done = inbox.complete(caller, taskId, answers);
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get("inbox.completed", done.caseReference()), null));
            ExternalContext external = faces.getExternalContext();
            external.redirect(external.getRequestContextPath() + "/casefile/case.xhtml?ref=" + done.caseReference());
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

    private void warnIfExpected(RuntimeException e) {
        Throwable cause = Failures.rootOf(e);
        if (!(cause instanceof ConflictException) && !(cause instanceof NotFoundException)) {
            throw e;
        }
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_WARN, cause.getMessage(), null));
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

    public String problem(String field) {
        return problems.get(field);
    }

    public boolean isMine() {
        return form != null && form.task().isClaimed();
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
