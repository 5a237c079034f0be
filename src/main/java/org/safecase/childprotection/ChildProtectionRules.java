package org.safecase.childprotection;

import org.safecase.workflow.ChildProtectionIncidentVariables;
import org.safecase.workflow.CaseVariables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flowable.task.service.delegate.DelegateTask;
import org.flowable.variable.api.delegate.VariableScope;
import org.safecase.identity.SchoolStaff;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Rules checked as the DSL's steps complete (called from {@code childProtectionIncident.bpmn20.xml}).
 * A broken rule comes back to the DSL as a field error and nothing is stored.
 */
@Named("childProtectionRules")
@ApplicationScoped
public class ChildProtectionRules {
    /** Pupils in a maintained school are 2 to 19; a count above this is a typing error. */
    static final int MOST_CHILDREN = 40;
    static final int YOUNGEST_PUPIL = 2;
    static final int OLDEST_PUPIL = 19;

    @Inject
    Clock clock;
    @Inject
    SchoolStaff staff;

    public ChildProtectionRules() {
    }

    public ChildProtectionRules(Clock clock, SchoolStaff staff) {
        this.clock = clock;
        this.staff = staff;
    }

    /** R-SX-3: the review names how many children and the youngest's age; both must be believable. */
    public void requirePlausibleReview(DelegateTask task) {
        List<FieldProblem> problems = new ArrayList<>();
        long children = number(task, "childrenInvolved");
        if (children < 1 || children > MOST_CHILDREN) {
            problems.add(new FieldProblem("childrenInvolved",
                    "problem.childProtectionRules.childrenInvolved", MOST_CHILDREN));
        }
        requireAge(task, "youngestAge", problems);
        refuseIfAny(problems);
    }

    /**
     * R-SX-5, R-SX-6: each child's record. Parents are told unless that would put the child at
     * risk; if they are not, the police or social care contact who agreed and a review date are
     * recorded.
     */
    public void requireParentsDecisionReasoned(DelegateTask task) {
        List<FieldProblem> problems = new ArrayList<>();
        requireDateOfBirthOrAge(task, problems);
        if (!Boolean.TRUE.equals(task.getVariable("parentsInformed"))) {
            if (blank(task.getVariable("parentsNotInformedAgreedBy"))) {
                problems.add(new FieldProblem("parentsNotInformedAgreedBy",
                        "problem.childProtectionRules.parentsNotInformedAgreedBy"));
            }
            LocalDate reviewOn = date(task.getVariable("parentsDecisionReviewOn"));
            if (reviewOn == null) {
                problems.add(new FieldProblem("parentsDecisionReviewOn",
                        "problem.childProtectionRules.parentsDecisionReviewOn"));
            } else if (!reviewOn.isAfter(LocalDate.now(clock))) {
                problems.add(new FieldProblem("parentsDecisionReviewOn", "problem.childProtectionRules.reviewNotInFuture"));
            }
        }
        refuseIfAny(problems);
    }

    /**
     * R-SX-9: the removal routes are offered; a case handled in school needs the young people's
     * confirmation that they deleted the images (otherwise: refer it).
     */
    public void requireRemovalHelp(DelegateTask task) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!Boolean.TRUE.equals(task.getVariable("reportRemoveOffered"))
                && !Boolean.TRUE.equals(task.getVariable("takeItDownOffered"))) {
            problems.add(new FieldProblem("reportRemoveOffered",
                    "problem.childProtectionRules.reportRemoveOffered"));
        }
        if (!referred(task) && !Boolean.TRUE.equals(task.getVariable("imagesDeletedConfirmed"))) {
            problems.add(new FieldProblem("imagesDeletedConfirmed",
                    "problem.childProtectionRules.imagesDeletedConfirmed"));
        }
        refuseIfAny(problems);
    }

    /** R-SX-8: sanctions follow school policy where a policy was breached. */
    public void requireSanctionsWhenPolicyBreached(DelegateTask task) {
        if (Boolean.TRUE.equals(task.getVariable("policyBreached")) && blank(task.getVariable("sanctionsApplied"))) {
            refuseIfAny(List.of(new FieldProblem("sanctionsApplied",
                    "problem.childProtectionRules.sanctionsApplied")));
        }
    }

    /**
     * R-SX-7: every incident ends with a complete DSL record. Not while a referral is being made,
     * nor, when the table required referral, before both are recorded (R-SX-4); not before files
     * withheld at re-categorisation are destroyed (R-SX-2); not before a device search is recorded
     * (R-SX-11).
     */
    public void requireRecordComplete(VariableScope caseVariables) {
        List<String> missing = new ArrayList<>();
        if (Boolean.TRUE.equals(caseVariables.getVariable(ChildProtectionIncidentVariables.REFERRAL_IN_PROGRESS))
                || (Boolean.TRUE.equals(caseVariables.getVariable(ChildProtectionIncidentVariables.REFERRAL_REQUIRED)) && !referred(caseVariables))) {
            missing.add(ClosureRefusal.REFERRALS_UNRECORDED);
        }
        if (caseVariables.getVariable(CaseVariables.WITHHELD_FILES) instanceof Number held && held.intValue() > 0
                && !Boolean.TRUE.equals(caseVariables.getVariable(ChildProtectionIncidentVariables.WITHHELD_FILES_DESTROYED))) {
            missing.add(ClosureRefusal.FILES_NOT_DESTROYED);
        }
        if (Boolean.TRUE.equals(caseVariables.getVariable(ChildProtectionIncidentVariables.DEVICE_SEARCHED))
                && !Boolean.TRUE.equals(caseVariables.getVariable(ChildProtectionIncidentVariables.DEVICE_SEARCH_RECORDED))) {
            missing.add(ClosureRefusal.DEVICE_SEARCH_UNRECORDED);
        }
        refuseIfAny(missing.stream().map(why -> new FieldProblem("recordSummary", why)).toList());
    }

    /**
     * R-SX-11: searching a pupil's device without consent is a power schools have in England only;
     * elsewhere the record of a search without consent is refused.
     */
    public void requireLawfulDeviceSearch(DelegateTask task) {
        boolean consent = Boolean.TRUE.equals(task.getVariable("searchConsent"));
        Object nation = task.getVariable(CaseVariables.SCHOOL_NATION);
        if (!consent && !"ENGLAND".equals(nation)) {
            refuseIfAny(List.of(new FieldProblem("searchConsent", "problem.childProtectionRules.searchConsent")));
        }
    }

    /**
     * R-SX-10: viewing is exceptional: only with the head teacher's agreement beforehand, by the
     * school's DSL or a deputy DSL, with a second senior member of the school's staff present who
     * did not view; both named by user name (people, not typed text); the date not in the future.
     */
    public void requireViewingRecord(DelegateTask task) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!Boolean.TRUE.equals(task.getVariable("viewingHeadTeacherAgreed"))) {
            problems.add(new FieldProblem("viewingHeadTeacherAgreed", "problem.childProtectionRules.viewingHeadTeacherAgreed"));
        }
        long school = task.getVariable(CaseVariables.SCHOOL_ID) instanceof Number n ? n.longValue() : -1;
        String viewer = task.getVariable("viewedBy") instanceof String v ? v.strip() : null;
        String witness = task.getVariable("viewingWitness") instanceof String w ? w.strip() : null;
        if (viewer != null && !staff.isSafeguardingLead(viewer, school)) {
            problems.add(new FieldProblem("viewedBy", "problem.childProtectionRules.viewedBy"));
        }
        if (viewer != null && witness != null && viewer.equalsIgnoreCase(witness)) {
            problems.add(new FieldProblem("viewingWitness",
                    "problem.childProtectionRules.viewingWitness"));
        } else if (witness != null && !staff.isSeniorStaff(witness, school)) {
            problems.add(new FieldProblem("viewingWitness", "problem.childProtectionRules.witnessNotSenior"));
        }
        LocalDate viewedOn = date(task.getVariable("viewedOn"));
        if (viewedOn != null && viewedOn.isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("viewedOn", "problem.childProtectionRules.viewedOn"));
        }
        refuseIfAny(problems);
    }

    private static boolean referred(VariableScope variables) {
        return Boolean.TRUE.equals(variables.getVariable(ChildProtectionIncidentVariables.REFERRALS_RECORDED))
                || Boolean.TRUE.equals(variables.getVariable(ChildProtectionIncidentVariables.REFERRAL_IN_PROGRESS));
    }

    /**
     * R-SX-3: a child's date of birth, or the age where the date is not known; a date of birth
     * must be of a pupil (aged {@value #YOUNGEST_PUPIL} to {@value #OLDEST_PUPIL} today), and an
     * age given with it must agree with it.
     */
    private void requireDateOfBirthOrAge(DelegateTask task, List<FieldProblem> problems) {
        LocalDate born = date(task.getVariable("childDateOfBirth"));
        if (born == null) {
            requireAge(task, "childAge", problems);
            return;
        }
        int age = ageOn(born, LocalDate.now(clock));
        if (age < YOUNGEST_PUPIL || age > OLDEST_PUPIL) {
            problems.add(new FieldProblem("childDateOfBirth", "problem.childProtectionRules.childDateOfBirth",
                    YOUNGEST_PUPIL, OLDEST_PUPIL));
        } else if (task.getVariable("childAge") instanceof Number given && given.intValue() != age) {
            problems.add(new FieldProblem("childAge", "problem.childProtectionRules.childAgeDisagrees", born, age));
        }
    }

    /** Age in whole years on a day. */
    static int ageOn(LocalDate born, LocalDate day) {
        return java.time.Period.between(born, day).getYears();
    }

    private static void requireAge(DelegateTask task, String field, List<FieldProblem> problems) {
        long age = number(task, field);
        if (age < YOUNGEST_PUPIL || age > OLDEST_PUPIL) {
            problems.add(new FieldProblem(field, "problem.childProtectionRules.childAge", YOUNGEST_PUPIL, OLDEST_PUPIL));
        }
    }

    private static long number(DelegateTask task, String name) {
        return task.getVariable(name) instanceof Number n ? n.longValue() : -1;
    }

    /** Form dates are parsed at midnight in the server's zone; read them back the same way. */
    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toInstant().atZone(ZoneId.systemDefault()).toLocalDate() : null;
    }

    private static boolean blank(Object value) {
        return !(value instanceof String s) || s.isBlank();
    }

    private static void refuseIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
