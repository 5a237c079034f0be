/**
 * The case record of an incident (category, what, when, where, who reported it, status) and
 * the queries that read it, always through {@link org.safecase.identity.Authorisation}.
 */
package org.safecase.casefile;
