package org.safecase.policy;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.safecase.identity.Caller;
import org.safecase.platform.Failures;
import org.safecase.platform.FormProblems;
import org.safecase.platform.Messages;
import org.safecase.platform.NotFoundException;
import org.safecase.platform.PageMessages;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Backs {@code policy/policy.xhtml}, the acknowledgement page (R-X-6): the school's online-safety
 * policy in force, its review date and earlier versions; a member of staff who has not
 * acknowledged it ticks that they have read it and acknowledges. An LA admin picks a school by
 * name (kept in the view, never in the address). What the caller may do is {@link Policies}'.
 */
@Named
@ViewScoped
public class PolicyView implements Serializable {
    private static final long serialVersionUID = 1L;

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
    private boolean notFound;
    private boolean haveRead;
    private final FormProblems problems = new FormProblems();

    public void load() {
        try {
            choices = new LinkedHashMap<>(policies.choosableBy(caller));
            schoolId = policies.defaultSchool(caller);
            chosenSchool = schoolId;
            shown = policies.of(caller, schoolId);
        } catch (RuntimeException e) {
            if (!(Failures.rootOf(e) instanceof NotFoundException)) {
                throw e;
            }
            notFound = true;
        }
    }

    /** Shows the school the LA admin picked. */
    public void showChosen() {
        try {
            SchoolPolicy chosen = policies.of(caller, chosenSchool);
            schoolId = chosenSchool;
            shown = chosen;
        } catch (RuntimeException e) {
            problems.show(e);
        }
    }

    /** R-X-6: acknowledges the version shown, once the person has ticked that they have read it. */
    public void acknowledge() {
        problems.clear();
        if (!haveRead) {
            problems.show(new org.safecase.platform.InvalidInputException(java.util.List.of(
                    new org.safecase.platform.FieldProblem("haveRead", "problem.policy.haveRead"))));
            return;
        }
        try {
            policies.acknowledge(caller, schoolId, shown.current().id());
            PageMessages.info(messages.get("policy.acknowledged.done", shown.current().version()));
        } catch (RuntimeException e) {
            problems.show(e);
        }
        shown = policies.of(caller, schoolId);
        haveRead = false;
    }

    public String problem(String field) {
        return problems.of(field);
    }

    public boolean isNotFound() {
        return notFound;
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

    public boolean isHaveRead() {
        return haveRead;
    }

    public void setHaveRead(boolean haveRead) {
        this.haveRead = haveRead;
    }
}
