package org.safecase.calendar;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.safecase.identity.Caller;
import org.safecase.platform.ConflictException;
import org.safecase.platform.Failures;
import org.safecase.platform.InvalidInputException;
import org.safecase.platform.NotAllowedException;
import org.safecase.platform.NotFoundException;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code calendar/closures.xhtml}: a school's closure dates (R-X-1), the caller's own
 * school unless an LA admin names one with {@code ?school=}.
 */
@Named
@ViewScoped
public class ClosuresView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient Closures closures;
    @Inject
    transient Caller caller;

    private Long schoolId;
    private List<ClosureView> list = List.of();
    private boolean notFound;
    private LocalDate firstDay;
    private LocalDate lastDay;
    private String reason;
    private final Map<String, String> problems = new HashMap<>();

    public void load() {
        if (schoolId == null) {
            schoolId = caller.schoolId();
        }
        try {
            list = closures.list(caller, schoolId);
        } catch (RuntimeException e) {
            if (!(Failures.rootOf(e) instanceof NotFoundException)) {
                throw e;
            }
            notFound = true;
        }
    }

    public void add() {
        problems.clear();
        try {
            closures.add(caller, schoolId, firstDay, lastDay, reason);
            firstDay = null;
            lastDay = null;
            reason = null;
            list = closures.list(caller, schoolId);
        } catch (RuntimeException e) {
            handle(e);
        }
    }

    public void remove(Long closureId) {
        try {
            closures.remove(caller, schoolId, closureId);
            list = closures.list(caller, schoolId);
        } catch (RuntimeException e) {
            handle(e);
        }
    }

    private void handle(RuntimeException e) {
        Throwable cause = Failures.rootOf(e);
        if (cause instanceof InvalidInputException invalid) {
            invalid.problems().forEach(p -> problems.put(p.field(), p.message()));
            FacesContext.getCurrentInstance().validationFailed();
        } else if (cause instanceof NotAllowedException || cause instanceof NotFoundException
                || cause instanceof ConflictException) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_WARN, cause.getLocalizedMessage(), null));
        } else {
            throw e;
        }
    }

    public String problem(String field) {
        return problems.get(field);
    }

    public List<ClosureView> getList() {
        return list;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
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
