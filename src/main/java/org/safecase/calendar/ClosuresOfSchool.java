package org.safecase.calendar;

import java.util.List;

/** One school's closures with its name, as the calendar page shows them under the school's name. */
public record ClosuresOfSchool(String schoolName, List<ClosureView> closures) {
}
