package org.safecase.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.flowable.task.service.delegate.DelegateTask;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;

import java.util.List;

/** Rules checked as police steps complete (called from {@code policeReferral.bpmn20.xml}). */
@Named("policeRules")
@ApplicationScoped
public class PoliceRules {
    /** R-ST-10: police involvement is considered after liaising with the staff member. */
    public void requireStaffMemberConsulted(DelegateTask task) {
        if (!Boolean.TRUE.equals(task.getVariable("staffMemberConsulted"))) {
            throw new InvalidInputException(List.of(new FieldProblem("staffMemberConsulted",
                    "problem.policeRules.staffMemberConsulted")));
        }
    }
}
