package org.safecase.oversight.retention;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;

/**
 * R-X-5 (issue #15 item 5): the retention periods, as dates ({@code java.time}, never a Flowable
 * timer: its job tables end in 2038, while a record of a child born in 2020 is due in 2045).
 * <ul>
 * <li>Child-protection records: kept to the child's date of birth plus 25 years, then reviewed by
 * the DSL. With several children, the youngest decides (the latest date). Where only an age was
 * recorded, the latest date of birth that age allows on the incident date is taken (a child aged
 * 10 on 5 May 2024 was born at the latest on 5 May 2014), so that nothing is destroyed early.</li>
 * <li>Staff cases: a set number of years (an LA setting) after the case was closed.</li>
 * </ul>
 * A period that ends on 29 February in a year without one ends on 1 March, the day a person born on
 * 29 February comes of that age in the UK: a record is never due a day early.
 */
public final class RetentionRules {
    /** Child-protection records are kept to the child's 25th birthday. */
    public static final int CHILD_PROTECTION_YEARS = 25;

    private RetentionRules() {
    }

    /**
     * @param incidentOn the day of the incident
     * @param children   each child's record; none when the DSL recorded no child
     */
    public static RetentionDue childProtection(LocalDate incidentOn, List<ChildAge> children) {
        RetentionDue latest = new RetentionDue(RecordType.CHILD_PROTECTION, RetentionRule.INCIDENT_DATE,
                CHILD_PROTECTION_YEARS, anniversary(incidentOn, CHILD_PROTECTION_YEARS));
        if (children.isEmpty()) {
            return latest;
        }
        latest = null;
        for (ChildAge child : children) {
            RetentionRule rule = child.birthDate() != null ? RetentionRule.CHILD_BIRTH_DATE : RetentionRule.CHILD_AGE;
            LocalDate born = child.birthDate() != null ? child.birthDate() : latestBirthDate(child.age(), incidentOn);
            LocalDate due = anniversary(born, CHILD_PROTECTION_YEARS);
            if (latest == null || due.isAfter(latest.dueOn())) {
                latest = new RetentionDue(RecordType.CHILD_PROTECTION, rule, CHILD_PROTECTION_YEARS, due);
            }
        }
        return latest;
    }

    /** A staff case: {@code years} after the day it was closed. */
    public static RetentionDue staffCase(LocalDate closedOn, int years) {
        if (years < 1) {
            throw new IllegalArgumentException("A staff case is kept at least a year after closure, not " + years);
        }
        return new RetentionDue(RecordType.STAFF_CASE, RetentionRule.CLOSURE_DATE, years, anniversary(closedOn, years));
    }

    /**
     * The latest date of birth of a child who was {@code age} on {@code on}: they turned that age on
     * that day at the latest. A child aged 10 on 29 February 2024 was born by 28 February 2014 (one
     * born on 1 March 2014 was still 9).
     */
    public static LocalDate latestBirthDate(int age, LocalDate on) {
        if (age < 0) {
            throw new IllegalArgumentException("An age cannot be negative: " + age);
        }
        return on.minusYears(age);
    }

    /** The day {@code years} after {@code from}; from 29 February to a year without one, 1 March. */
    public static LocalDate anniversary(LocalDate from, int years) {
        LocalDate same = from.plusYears(years);
        if (from.getMonth() == Month.FEBRUARY && from.getDayOfMonth() == 29 && same.getDayOfMonth() == 28) {
            return same.plusDays(1);
        }
        return same;
    }
}
