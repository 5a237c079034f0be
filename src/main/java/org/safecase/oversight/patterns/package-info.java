/**
 * Issue #15 item 4: cross-school patterns. The same account, web address or phone number named in
 * reports of several schools of one local authority is shown to its LA admins by matching keyed
 * hashes (HMAC-SHA256 under a key from the server's environment), never by the identifier itself
 * and never with case content: how many schools, which, when first and last, and the case
 * references. Owns {@code pattern_key} and its backfill's progress.
 */
package org.safecase.oversight.patterns;
