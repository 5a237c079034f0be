/**
 * The case record of an incident (category, what, when, where, who reported it, status) and
 * the queries that read it, always through {@link org.safecase.identity.Authorisation}. The
 * {@code Incident} is created here too, for intake, by {@link org.safecase.casefile.CaseOpening}.
 */
package org.safecase.casefile;
