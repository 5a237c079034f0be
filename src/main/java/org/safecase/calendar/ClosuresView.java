package org.safecase.calendar;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.safecase.identity.Caller;
import org.safecase.platform.Failures;
import org.safecase.platform.FormProblems;
import org.safecase.platform.NotFoundException;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code calendar/closures.xhtml}: a school's closure dates (R-X-1) under the school's name.
 * Someone who works in a school sees their own school's; an LA admin picks a school of their local
 * authority by name on the page (the first in name order until they pick), and the school shown is
 * kept in the view's state, so no school's id is ever part of the page's address (issue #13 item 3).
 * Whether the caller may see or change a school's dates is decided by {@link Closures} alone.
 */
@Named
@ViewScoped
public class ClosuresView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient Closures closures;
    @Inject
    transient Caller caller;

    private Map<Long, String> choices = Map.of();
    private Long chosenSchool;
    private Long schoolId;
    private String schoolName;
    private List<ClosureView> list = List.of();
    private boolean notFound;
    private LocalDate firstDay;
    private LocalDate lastDay;
    private String reason;
    private final FormProblems problems = new FormProblems();

    public void load() {
        choices = new LinkedHashMap<>(closures.choosableBy(caller));
        schoolId = choices.isEmpty() ? caller.schoolId() : choices.keySet().iterator().next();
        chosenSchool = schoolId;
        try {
            show(closures.ofSchool(caller, schoolId));
        } catch (RuntimeException e) {
            if (!(Failures.rootOf(e) instanceof NotFoundException)) {
                throw e;
            }
            notFound = true;
        }
    }

    /** Shows the school the LA admin picked; a school they may not see is refused in words. */
    public void showChosen() {
        problems.clear();
        try {
            ClosuresOfSchool chosen = closures.ofSchool(caller, chosenSchool);
            schoolId = chosenSchool;
            firstDay = null;
            lastDay = null;
            reason = null;
            show(chosen);
        } catch (RuntimeException e) {
            handle(e);
        }
    }

    private void show(ClosuresOfSchool shown) {
        schoolName = shown.schoolName();
        list = shown.closures();
    }

    public void add() {
        problems.clear();
        try {
            closures.add(caller, schoolId, firstDay, lastDay, reason);
            firstDay = null;
            lastDay = null;
            reason = null;
            show(closures.ofSchool(caller, schoolId));
        } catch (RuntimeException e) {
            handle(e);
        }
    }

    public void remove(Long closureId) {
        try {
            closures.remove(caller, schoolId, closureId);
            show(closures.ofSchool(caller, schoolId));
        } catch (RuntimeException e) {
            handle(e);
        }
    }

    private void handle(RuntimeException e) {
        problems.show(e);
    }

    public String problem(String field) {
        return problems.of(field);
    }

    public List<ClosureView> getList() {
        return list;
    }

    public boolean isNotFound() {
        return notFound;
    }

    /** The schools to pick from, id to name in name order; empty for anyone who works in one school. */
    public Map<Long, String> getChoices() {
        return choices;
    }

    public Long getChosenSchool() {
        return chosenSchool;
    }

    public void setChosenSchool(Long chosenSchool) {
        this.chosenSchool = chosenSchool;
    }

    /** The name of the school whose closures are shown. */
    public String getSchoolName() {
        return schoolName;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public void setFirstDay(LocalDate firstDay) {
        this.firstDay = firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
