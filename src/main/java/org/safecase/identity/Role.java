package org.safecase.identity;

/** Roles from DOMAIN.md "Who uses it". A user may hold several. */
public enum Role {
    STAFF,
    ONLINE_SAFETY_LEAD,
    DSL,
    DEPUTY_DSL,
    HEAD_TEACHER,
    HR_OFFICER,
    GOVERNOR,
    LA_ADMIN
}
