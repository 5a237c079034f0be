package org.safecase.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.safecase.identity.Authorisation;
import org.safecase.identity.Caller;
import org.safecase.identity.PolicyStaff;
import org.safecase.notification.PersonMails;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * R-X-6's daily check (issue #15 item 6): a school whose policy's review date has passed, or
 * that has nobody as its online-safety lead or as its DSL, is mailed to its head teachers (one
 * mail per school and matter, once a week while it lasts); each LA admin gets one weekly summary
 * of their schools instead of a mail per school. The keys of {@link PolicyRules} make a second run
 * on the same day (another node, a restart) send nothing twice.
 */
@ApplicationScoped
public class PolicyChecks {
    /** Schools read per batch: the 500 schools of a large LA are two reads of identity's table. */
    static final int BATCH = 250;

    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    PolicyStaff staff;
    @Inject
    PersonMails mails;
    @Inject
    Authorisation authorisation;
    @Inject
    Clock clock;

    /** What a check found and queued. */
    public record CheckResult(int reviewsPassed, int schoolsWithVacancies, int mailsQueued) {
    }

    /**
     * Claims today's run for this node: true for the first node of the cluster to ask today (the
     * day's row is inserted once), false for every later ask.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claimToday() {
        LocalDateTime now = LocalDateTime.now(clock);
        return em.createNativeQuery("INSERT IGNORE INTO policy_check_day (check_date, started_at) VALUES (?, ?)")
                .setParameter(1, now.toLocalDate()).setParameter(2, now).executeUpdate() == 1;
    }

    /** The check over every school of the installation (the daily run). */
    @Transactional
    public CheckResult runForAll() {
        return run(null);
    }

    /** An LA admin's "check now": the same check over their own local authority's schools. */
    @Transactional
    public CheckResult runNow(Caller caller) {
        authorisation.requireLocalAuthorityAdministration(caller);
        return run(caller.localAuthorityId());
    }

    private CheckResult run(Long onlyLocalAuthority) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, Long> overdue = reviewsPassed(today);
        int reviews = 0;
        int vacancies = 0;
        int queued = 0;
        Map<Long, Integer> perAuthority = new HashMap<>();
        for (int first = 0; ; first += BATCH) {
            List<PolicyStaff.SchoolEntry> batch = staff.schools(first, BATCH);
            List<PolicyStaff.SchoolEntry> schools = batch.stream()
                    .filter(s -> onlyLocalAuthority == null || onlyLocalAuthority.equals(s.localAuthorityId())).toList();
            for (PolicyStaff.SchoolEntry school : schools) {
                Long version = overdue.get(school.schoolId());
                if (version != null) {
                    reviews++;
                    perAuthority.merge(school.localAuthorityId(), 1, Integer::sum);
                    for (Long head : staff.headTeachers(school.schoolId())) {
                        queued += mail(PolicyRules.reviewKey(version, head, today), head, school.schoolId(),
                                "policy.reviewPassed", school.name());
                    }
                }
            }
            for (PolicyStaff.Vacancy vacancy : staff.vacancies(schools)) {
                vacancies++;
                Long authority = schools.stream().filter(s -> s.schoolId().equals(vacancy.schoolId())).findFirst()
                        .map(PolicyStaff.SchoolEntry::localAuthorityId).orElseThrow();
                if (!overdue.containsKey(vacancy.schoolId())) {
                    perAuthority.merge(authority, 1, Integer::sum);
                }
                for (Long head : staff.headTeachers(vacancy.schoolId())) {
                    if (vacancy.leadVacant()) {
                        queued += mail(PolicyRules.vacancyKey(vacancy.schoolId(), "lead", head, today), head,
                                vacancy.schoolId(), "policy.leadVacant", vacancy.schoolName());
                    }
                    if (vacancy.dslVacant()) {
                        queued += mail(PolicyRules.vacancyKey(vacancy.schoolId(), "dsl", head, today), head,
                                vacancy.schoolId(), "policy.dslVacant", vacancy.schoolName());
                    }
                }
            }
            if (batch.size() < BATCH) {
                break;
            }
        }
        for (Map.Entry<Long, Integer> authority : perAuthority.entrySet()) {
            for (Long admin : staff.laAdmins(authority.getKey())) {
                queued += mail(PolicyRules.summaryKey(authority.getKey(), admin, today), admin, null,
                        "policy.summary", String.valueOf(authority.getValue()));
            }
        }
        return new CheckResult(reviews, vacancies, queued);
    }

    private int mail(String key, Long to, Long schoolId, String messageKey, String argument) {
        return mails.queue(key, to, schoolId, messageKey, Policies.MANAGE_PAGE, argument) ? 1 : 0;
    }

    /** The schools whose version in force was due for review before today, to that version, by the indexed review date. */
    private Map<Long, Long> reviewsPassed(LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT school_id, version_id FROM policy_current WHERE review_due < ?")
                .setParameter(1, today).getResultList();
        Map<Long, Long> found = new HashMap<>();
        rows.forEach(row -> found.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return found;
    }
}
