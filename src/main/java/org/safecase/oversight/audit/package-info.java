/**
 * Issue #15 item 1 (R-X-3): the audit trail as LA admins see it. The rows are written by every
 * feature through {@link org.safecase.platform.AuditTrail} (an insert only); here they are sealed
 * into a hash chain per local authority ({@link AuditSealing}, one runner at a time under a database
 * lock, so no view waits on another's write), the chain is checked for the first broken link
 * ({@link ChainWalk}), and LA admins search their authority's rows ({@link AuditSearch}, the page
 * {@code oversight/audit.xhtml} and {@code /api/audit}) without any case content.
 */
package org.safecase.oversight.audit;
