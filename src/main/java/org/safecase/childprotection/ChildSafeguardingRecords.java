package org.safecase.childprotection;

import org.safecase.workflow.CaseVariables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.flowable.task.service.delegate.DelegateTask;
import org.flowable.engine.delegate.TaskListener;
import org.safecase.casefile.CaseFiles;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

/**
 * Keeps each child's record when the DSL completes that child's step (the age from the date of
 * birth when it is known; vulnerable when the child has SEN or is known to social care), in the same transaction
 * as the step; and reads them back for the case page (callers are checked by the caller of
 * {@link #of}).
 */
@Named("childSafeguardingRecords")
@ApplicationScoped
public class ChildSafeguardingRecords implements TaskListener {
    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    CaseFiles caseFiles;
    @Inject
    Clock clock;

    @Override
    public void notify(DelegateTask task) {
        int childNumber = ((Number) task.getVariable(CaseVariables.LOOP_COUNTER)).intValue() + 1;
        LocalDate born = day(task.getVariable("childDateOfBirth"));
        int age = born != null ? ChildProtectionRules.ageOn(born, LocalDate.now(clock))
                : ((Number) task.getVariable("childAge")).intValue();
        Boolean sen = task.getVariable("childHasSen") instanceof Boolean b ? b : null;
        Boolean socialCare = task.getVariable("childKnownToSocialCare") instanceof Boolean b ? b : null;
        boolean vulnerable = sen == null && socialCare == null ? Boolean.TRUE.equals(task.getVariable("childIsVulnerable"))
                : Boolean.TRUE.equals(sen) || Boolean.TRUE.equals(socialCare);
        ChildSafeguarding answers = new ChildSafeguarding(childNumber, text(task, "childLabel"), born, age, sen,
                socialCare, vulnerable, text(task, "riskAssessment"),
                text(task, "safeguards"), Boolean.TRUE.equals(task.getVariable("parentsInformed")),
                text(task, "parentsDecisionRationale"), text(task, "parentsNotInformedAgreedBy"),
                day(task.getVariable("parentsDecisionReviewOn")));
        String reference = (String) task.getVariable(CaseVariables.CASE_REFERENCE);
        long incidentId = caseFiles.idOf(reference);
        em.persist(new ChildRecord(incidentId, childNumber, answers, task.getAssignee(), LocalDateTime.now(clock)));
    }

    /** The children's records of a case, in the order they were numbered. */
    public List<ChildSafeguarding> of(long incidentId) {
        return em.createQuery("select c from ChildRecord c where c.incidentId = :incident order by c.childNumber",
                        ChildRecord.class)
                .setParameter("incident", incidentId).setMaxResults(ChildProtectionRules.MOST_CHILDREN)
                .getResultStream().map(ChildRecord::answers).toList();
    }

    private static LocalDate day(Object value) {
        return value instanceof Date d ? d.toInstant().atZone(ZoneId.systemDefault()).toLocalDate() : null;
    }

    private static String text(DelegateTask task, String name) {
        return task.getVariable(name) instanceof String s && !s.isBlank() ? s.strip() : null;
    }
}
