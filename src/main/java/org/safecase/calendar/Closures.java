package org.safecase.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.safecase.identity.Authorisation;
import org.safecase.identity.Caller;
import org.safecase.identity.SchoolFacts;
import org.safecase.identity.Schools;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;
import org.safecase.platform.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A school's closure dates, kept by its head teacher or an LA admin of its local authority.
 * Deadlines set after a change count the new closures; running deadlines keep their dates.
 */
@ApplicationScoped
@Transactional
public class Closures {
    static final int MAX_REASON = 200;
    static final int MAX_DAYS = 366;

    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    Authorisation authorisation;
    @Inject
    Schools schools;
    @Inject
    Clock clock;

    public List<ClosureView> list(Caller caller, Long schoolId) {
        return closuresOf(schools.visibleTo(caller, schoolId));
    }

    /** As {@link #list}, with the school's name, for the page that says whose calendar it shows. */
    public ClosuresOfSchool ofSchool(Caller caller, Long schoolId) {
        SchoolFacts school = schools.visibleTo(caller, schoolId);
        return new ClosuresOfSchool(school.name(), closuresOf(school));
    }

    /**
     * The schools whose calendars the caller picks by name on the calendar page, id to name in name
     * order: an LA admin's are every school of their local authority. Empty for anyone who works in
     * one school, whose calendar is their own school's.
     */
    public Map<Long, String> choosableBy(Caller caller) {
        return schools.visibleChoicesFor(caller);
    }

    private List<ClosureView> closuresOf(SchoolFacts school) {
        return em.createQuery("select c from SchoolClosure c where c.schoolId = :school order by c.firstDay",
                        SchoolClosure.class)
                .setParameter("school", school.id())
                .getResultStream().map(ClosureView::of).toList();
    }

    public ClosureView add(Caller caller, Long schoolId, LocalDate firstDay, LocalDate lastDay, String reason) {
        SchoolFacts school = schools.visibleTo(caller, schoolId);
        authorisation.requireMayManageSchoolCalendar(caller, school);
        List<FieldProblem> problems = new ArrayList<>();
        if (firstDay == null) {
            problems.add(new FieldProblem("firstDay", "problem.closures.firstDay"));
        }
        if (lastDay == null) {
            problems.add(new FieldProblem("lastDay", "problem.closures.lastDay"));
        }
        LocalDate today = LocalDate.now(clock);
        inRange("firstDay", firstDay, today, problems);
        inRange("lastDay", lastDay, today, problems);
        if (firstDay != null && lastDay != null) {
            if (lastDay.isBefore(firstDay)) {
                problems.add(new FieldProblem("lastDay", "problem.closures.lastBeforeFirst"));
            } else if (ChronoUnit.DAYS.between(firstDay, lastDay) >= MAX_DAYS) {
                problems.add(new FieldProblem("lastDay", "problem.closures.longerThanAYear"));
            }
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            problems.add(new FieldProblem("reason", "problem.closures.reason"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        SchoolClosure closure = new SchoolClosure(school.localAuthorityId(), school.id(),
                new ClosurePeriod(firstDay, lastDay), why);
        em.persist(closure);
        em.flush();
        return ClosureView.of(closure);
    }

    /** A closure's day is from a year ago (a term just gone, recorded late) to two years ahead (next year's terms). */
    private static void inRange(String field, LocalDate day, LocalDate today, List<FieldProblem> problems) {
        if (day != null && (day.isBefore(today.minusYears(1)) || day.isAfter(today.plusYears(2)))) {
            problems.add(new FieldProblem(field, "problem.closures.dayInRange", today.minusYears(1),
                    today.plusYears(2)));
        }
    }

    public void remove(Caller caller, Long schoolId, Long closureId) {
        SchoolFacts school = schools.visibleTo(caller, schoolId);
        authorisation.requireMayManageSchoolCalendar(caller, school);
        SchoolClosure closure = closureId == null ? null : em.find(SchoolClosure.class, closureId);
        if (closure == null || !school.id().equals(closure.getSchoolId())) {
            throw new NotFoundException("notFound.closure");
        }
        em.remove(closure);
    }
}
