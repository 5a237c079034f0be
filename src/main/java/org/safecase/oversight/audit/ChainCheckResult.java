package org.safecase.oversight.audit;

/**
 * The chain check as an LA admin reads it: their authority's chain, the chain of rows that belong
 * to no authority, and whether the database refuses the application any change to audit rows
 * (false where migrations and the application share one database user).
 */
public record ChainCheckResult(ChainReport localAuthority, ChainReport unattributed, boolean appendOnlyAtDatabase) {
}
