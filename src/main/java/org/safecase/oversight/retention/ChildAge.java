package org.safecase.oversight.retention;

import java.time.LocalDate;

/**
 * What a child's record says of their age (R-SX-3): a date of birth when the DSL recorded one,
 * else the age on the incident date.
 *
 * @param birthDate the date of birth, or null
 * @param age       the age in whole years on the incident date
 */
public record ChildAge(LocalDate birthDate, int age) {
}
