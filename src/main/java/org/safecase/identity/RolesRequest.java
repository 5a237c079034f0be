package org.safecase.identity;

import java.util.List;

/**
 * The roles a user is to hold from now on (issue #13 item 3), by name ({@link Role}): all of
 * them, not a change; a head teacher may give and take away only their own staff's school roles
 * below their own ({@link Authorisation#requireMayChangeRoles}).
 */
public record RolesRequest(List<String> roles) {
}
