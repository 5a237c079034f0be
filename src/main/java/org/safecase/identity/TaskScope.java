package org.safecase.identity;

import java.util.List;

/**
 * Whose tasks a caller may see: their own (as assignee) and their groups' unclaimed ones.
 * Built by the authorisation service; the inbox never widens it.
 */
public record TaskScope(String userId, List<String> candidateGroups) {
    public TaskScope {
        candidateGroups = List.copyOf(candidateGroups);
    }
}
