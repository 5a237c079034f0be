package org.safecase.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.safecase.platform.AuditAction;
import org.safecase.platform.AuditTrail;
import org.safecase.platform.ConflictException;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;
import org.safecase.platform.LikePattern;
import org.safecase.platform.NotFoundException;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Issue #13 item 3: an LA admin keeps their local authority's schools: name, DfE unique reference
 * number, nation (its bank holidays) and, where it differs from the installation's, its school day
 * (working-time deadlines and the hold on e-mails follow it). Closure dates are kept on the
 * calendar page. Schools are listed and chosen by name; every change is audited.
 */
@ApplicationScoped
public class SchoolRegister {
    static final int MAX_NAME = 200;
    private static final String URN = "[0-9]{6,8}";
    private static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]";

    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    Authorisation authorisation;
    @Inject
    AuditTrail audit;

    /** The caller's local authority's schools whose name contains {@code text} (any case), by name. */
    public List<SchoolEntry> list(Caller caller, String text, int first, int size) {
        authorisation.requireLocalAuthorityAdministration(caller);
        return em.createQuery("select s from School s where s.localAuthorityId = :la and lower(s.name) like :text "
                        + "escape '!' order by s.name, s.id", School.class)
                .setParameter("la", caller.localAuthorityId()).setParameter("text", pattern(text))
                .setFirstResult(first).setMaxResults(size).getResultStream().map(SchoolEntry::of).toList();
    }

    /** How many schools {@link #list} would find in all. */
    public long count(Caller caller, String text) {
        authorisation.requireLocalAuthorityAdministration(caller);
        return em.createQuery("select count(s) from School s where s.localAuthorityId = :la "
                        + "and lower(s.name) like :text escape '!'", Long.class)
                .setParameter("la", caller.localAuthorityId()).setParameter("text", pattern(text)).getSingleResult();
    }

    public SchoolEntry one(Caller caller, Long schoolId) {
        return SchoolEntry.of(own(caller, schoolId));
    }

    @Transactional
    public SchoolEntry create(Caller caller, SchoolForm form) {
        authorisation.requireLocalAuthorityAdministration(caller);
        Checked checked = check(form);
        requireUnusedUrn(checked.urn(), null);
        School school = new School(caller.localAuthorityId(), checked.name(), checked.urn(), checked.nation());
        school.change(checked.name(), checked.urn(), checked.nation(), checked.dayStarts(), checked.dayEnds());
        em.persist(school);
        UniqueKeys.flushOrConflict(em, "conflict.school.urnUsed", checked.urn());
        audit.record(caller.userId(), school.getId(), AuditAction.SCHOOL_CREATED, "school:" + school.getId());
        return SchoolEntry.of(school);
    }

    @Transactional
    public SchoolEntry change(Caller caller, Long schoolId, SchoolForm form) {
        School school = own(caller, schoolId);
        Checked checked = check(form);
        requireUnusedUrn(checked.urn(), school.getId());
        school.change(checked.name(), checked.urn(), checked.nation(), checked.dayStarts(), checked.dayEnds());
        UniqueKeys.flushOrConflict(em, "conflict.school.urnUsed", checked.urn());
        audit.record(caller.userId(), school.getId(), AuditAction.SCHOOL_CHANGED, "school:" + school.getId());
        return SchoolEntry.of(school);
    }

    /** A school of the caller's local authority, for an LA admin; anything else is refused or not found. */
    private School own(Caller caller, Long schoolId) {
        authorisation.requireLocalAuthorityAdministration(caller);
        School school = schoolId == null ? null : em.find(School.class, schoolId);
        if (school == null || !school.getLocalAuthorityId().equals(caller.localAuthorityId())) {
            throw new NotFoundException("notFound.school");
        }
        return school;
    }

    private void requireUnusedUrn(String urn, Long except) {
        boolean used = em.createQuery("select s.id from School s where s.urn = :urn", Long.class)
                .setParameter("urn", urn).getResultStream().anyMatch(id -> !id.equals(except));
        if (used) {
            throw new ConflictException("conflict.school.urnUsed", urn);
        }
    }

    record Checked(String name, String urn, Nation nation, LocalTime dayStarts, LocalTime dayEnds) {
    }

    static Checked check(SchoolForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = strip(form.name());
        if (name.isEmpty() || name.length() > MAX_NAME) {
            problems.add(new FieldProblem("name", "problem.school.name", MAX_NAME));
        }
        String urn = strip(form.urn());
        if (!urn.matches(URN)) {
            problems.add(new FieldProblem("urn", "problem.school.urn"));
        }
        Nation nation = Arrays.stream(Nation.values()).filter(n -> n.name().equals(strip(form.nation())))
                .findFirst().orElse(null);
        if (nation == null) {
            problems.add(new FieldProblem("nation", "problem.school.nation"));
        }
        LocalTime starts = time(form.dayStarts(), "dayStarts", problems);
        LocalTime ends = time(form.dayEnds(), "dayEnds", problems);
        boolean startsTyped = !strip(form.dayStarts()).isEmpty();
        if (startsTyped != !strip(form.dayEnds()).isEmpty()) {
            problems.add(new FieldProblem(startsTyped ? "dayEnds" : "dayStarts", "problem.school.dayBoth"));
        } else if (starts != null && ends != null && !ends.isAfter(starts)) {
            problems.add(new FieldProblem("dayEnds", "problem.school.dayOrder"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(name, urn, nation, starts, ends);
    }

    private static LocalTime time(String value, String field, List<FieldProblem> problems) {
        String text = strip(value);
        if (text.isEmpty()) {
            return null;
        }
        try {
            if (text.matches(TIME)) {
                return LocalTime.parse(text);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problems.add(new FieldProblem(field, "problem.school.time"));
        return null;
    }

    private static String pattern(String text) {
        return LikePattern.containing(strip(text).toLowerCase(java.util.Locale.ROOT));
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
