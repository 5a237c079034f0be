package org.safecase.identity;

/**
 * A school as an LA admin types it (issue #13 item 3), every field as text so that the boundary
 * checks it strictly: {@code nation} one of {@link Nation}'s names; {@code dayStarts} and
 * {@code dayEnds} both {@code HH:MM} or both empty (the installation's hours).
 */
public record SchoolForm(String name, String urn, String nation, String dayStarts, String dayEnds) {
}
