package org.safecase.policy;

import java.util.List;

/** One page of a school's staff with their acknowledgement of the version in force, and the total for the filter. */
public record StaffAcknowledgementList(List<StaffAcknowledgement> staff, long total) {
}
