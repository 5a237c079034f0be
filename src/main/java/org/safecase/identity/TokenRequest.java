package org.safecase.identity;

/**
 * A request for an API token (item 1 of issue #12): a name saying what it is for, its life in
 * days (required, 1 to {@value ApiTokens#MAX_DAYS}), whether it may only read, and, for an LA
 * admin making one for a user of their local authority, that user's name.
 */
public record TokenRequest(String name, Integer expiresInDays, Boolean readOnly, String username) {
}
