package org.safecase.oversight.audit;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The columns of one audit row that its link in the chain seals: ids, the action, the subject (a
 * reference) and the outcome, never content. {@code chainId} is its local authority, 0 for none.
 */
record SealedEvent(long id, LocalDateTime occurredAt, Long actorId, Long schoolId, Long localAuthorityId,
                   String action, String subject, String outcome) {
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");

    long chainId() {
        return localAuthorityId == null ? 0L : localAuthorityId;
    }

    /** Every column, each as its length and value (or "-" for none), so no two rows read the same. */
    String canonical() {
        StringBuilder text = new StringBuilder();
        for (Object value : new Object[] {id, occurredAt == null ? null : MICROS.format(occurredAt), actorId, schoolId,
                localAuthorityId, action, subject, outcome}) {
            if (value == null) {
                text.append('-');
            } else {
                String s = value.toString();
                text.append(s.length()).append(':').append(s);
            }
            text.append('|');
        }
        return text.toString();
    }
}
