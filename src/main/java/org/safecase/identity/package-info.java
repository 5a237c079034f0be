/**
 * Local authorities, schools, users and roles; sign-in (form for pages, HTTP Basic for the
 * API) against our own user table; and {@link org.safecase.identity.Authorisation}, the one
 * place that decides what a caller may see or do.
 */
package org.safecase.identity;
