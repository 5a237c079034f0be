package org.safecase.oversight.patterns;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One identifier named by cases of two or more schools of an LA, as its LA admin sees it: what kind
 * it is, a tag (the start of its keyed hash, to tell patterns apart; never the identifier), how
 * many schools and which, when it was first and last recorded, and the references of the cases. No
 * case content.
 */
public record Pattern(String tag, IdentifierKind kind, int schoolCount, List<String> schools,
                      LocalDateTime firstRecorded, LocalDateTime lastRecorded, List<String> caseReferences) {
    public Pattern {
        schools = List.copyOf(schools);
        caseReferences = List.copyOf(caseReferences);
    }
}
