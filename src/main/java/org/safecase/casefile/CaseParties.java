package org.safecase.casefile;

import org.safecase.identity.CaseAccess;
import org.safecase.identity.CaseFacts;

/**
 * Issue #15 item 2: a case as a feature with rules of its own needs it ({@link CaseFiles#parties}):
 * its id and reference, whose it is, whether it is closed, and how much of it the asking caller may see.
 */
public record CaseParties(Long incidentId, String reference, CaseFacts facts, boolean closed, CaseAccess access) {
}
