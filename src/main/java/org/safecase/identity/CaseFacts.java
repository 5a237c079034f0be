package org.safecase.identity;

/** What the authorisation service needs to know about a case to decide who may see it. */
public record CaseFacts(Long schoolId, Long localAuthorityId, Long reporterId, boolean childProtection,
                        boolean handedToHr) {
}
