package org.safecase.policy;

import java.time.LocalDate;

/**
 * A new version as the head teacher (or LA admin) gives it: a title, the policy as text or as a
 * PDF (exactly one), the date it is next to be reviewed and an optional note of what changed.
 */
public record PolicyDraft(String title, String text, byte[] document, String documentName, LocalDate reviewDue,
                          String changeNote) {
}
