package org.safecase.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.safecase.identity.SchoolFacts;
import org.safecase.identity.Schools;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Builds a school's {@link SchoolCalendar} from its nation and the closures still ahead (its
 * own and the local authority's). School hours are the school's own where an LA admin set them
 * (issue #13 item 3), else configuration.
 */
@ApplicationScoped
public class SchoolCalendars {
    /** Deadlines start from now; closures that ended before this many days ago cannot matter. */
    private static final int PAST_DAYS_CONSIDERED = 31;

    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    Schools schools;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "safecase.calendar.day-start", defaultValue = "08:30")
    String dayStart;
    @Inject
    @ConfigProperty(name = "safecase.calendar.day-end", defaultValue = "16:30")
    String dayEnd;

    public SchoolCalendar forSchool(Long schoolId) {
        SchoolFacts school = schools.facts(schoolId);
        LocalDate from = LocalDate.now(clock).minusDays(PAST_DAYS_CONSIDERED);
        var closures = em.createQuery("""
                        select c from SchoolClosure c
                        where c.localAuthorityId = :la and (c.schoolId = :school or c.schoolId is null)
                          and c.lastDay >= :from""", SchoolClosure.class)
                .setParameter("la", school.localAuthorityId())
                .setParameter("school", schoolId)
                .setParameter("from", from)
                .getResultStream().map(SchoolClosure::period).toList();
        return new SchoolCalendar(school.nation(), closures,
                school.hasOwnDay() ? new SchoolDay(school.dayStarts(), school.dayEnds()) : schoolDay());
    }

    /**
     * Issue #15 item 3: calendars of many schools of one local authority over a past period (a
     * school year), from one read of the closures that overlap it (the LA's and each school's), so
     * that an LA's 500 schools cost one query, not 500.
     */
    public java.util.function.Function<SchoolFacts, SchoolCalendar> forPeriod(Long localAuthorityId, LocalDate from,
                                                                              LocalDate to) {
        var closures = em.createQuery("""
                        select c from SchoolClosure c
                        where c.localAuthorityId = :la and c.lastDay >= :from and c.firstDay <= :to""", SchoolClosure.class)
                .setParameter("la", localAuthorityId).setParameter("from", from).setParameter("to", to)
                .getResultList();
        SchoolDay installation = schoolDay();
        return school -> new SchoolCalendar(school.nation(), closures.stream()
                .filter(c -> c.getSchoolId() == null || c.getSchoolId().equals(school.id()))
                .map(SchoolClosure::period).toList(),
                school.hasOwnDay() ? new SchoolDay(school.dayStarts(), school.dayEnds()) : installation);
    }

    /**
     * The installation's own hours and England's bank holidays, for mail to the local authority's
     * people, who belong to no school (issue #15 item 6: held to working hours, R-X-1a).
     */
    public SchoolCalendar forLocalAuthority() {
        return new SchoolCalendar(org.safecase.identity.Nation.ENGLAND, java.util.List.of(), schoolDay());
    }

    SchoolDay schoolDay() {
        return new SchoolDay(LocalTime.parse(dayStart), LocalTime.parse(dayEnd));
    }
}
