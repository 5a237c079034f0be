package org.safecase.workflow;

import java.util.Locale;

/**
 * What a person narrows their inbox to. Every part is optional; {@link #NONE} shows everything
 * they may see.
 *
 * @param reference part of a case reference (any case, any position)
 * @param category  a report category's code
 * @param urgentOnly urgent tasks only
 * @param overdueOnly tasks whose deadline has passed
 * @param dueThisWeek tasks due before the end of this week (Sunday, school time), overdue ones included
 * @param claim     anyone's, claimed by the caller, or not yet claimed
 * @param schoolId  one school's tasks (for LA HR, who see the whole LA)
 */
public record InboxFilter(String reference, String category, boolean urgentOnly, boolean overdueOnly,
                          boolean dueThisWeek, Claim claim, Long schoolId) {
    public static final InboxFilter NONE = new InboxFilter(null, null, false, false, false, Claim.ANY, null);
    public static final int MAX_REFERENCE = 20;

    public enum Claim { ANY, MINE, UNCLAIMED }

    public InboxFilter {
        reference = reference == null || reference.isBlank() ? null : reference.strip().toUpperCase(Locale.ROOT);
        category = category == null || category.isBlank() ? null : category.strip();
        claim = claim == null ? Claim.ANY : claim;
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}
