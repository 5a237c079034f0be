package org.safecase.policy;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A version of a school's online-safety policy as pages and the API show it.
 *
 * @param text           the policy's text, or null when it is a PDF
 * @param document       whether it is a PDF (downloaded from {@code policy/document?version=<id>})
 * @param reviewOverdue  its review date has passed (R-X-6: the head and LA admins are reminded)
 */
public record PolicyVersionView(Long id, Long schoolId, int version, String title, String text, boolean document,
                                String documentName, String documentSha256, String changeNote, LocalDate reviewDue,
                                LocalDateTime publishedAt, boolean reviewOverdue) {
}
