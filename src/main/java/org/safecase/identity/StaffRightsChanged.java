package org.safecase.identity;

/**
 * Fired, inside the change's transaction, when a user's roles or school change or they are
 * deactivated (issue #13 item 3), so that work they hold can follow: the inbox gives back the
 * tasks they may no longer work on.
 *
 * @param user    the user as they are now (roles, school)
 * @param active  false when they were deactivated: they hold nothing any more
 * @param actorId who made the change
 */
public record StaffRightsChanged(Caller user, boolean active, Long actorId) {
}
