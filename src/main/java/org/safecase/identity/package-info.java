/**
 * Local authorities, schools, users and roles; sign-in (form for pages, HTTP Basic for the
 * API) against our own user table; and {@link org.safecase.identity.Authorisation}, the one
 * place that decides what a caller may see or do (a {@link org.safecase.identity.CaseRights} per
 * case). Other features learn about schools through {@link org.safecase.identity.Schools}, never
 * from the {@code School} entity.
 */
package org.safecase.identity;
