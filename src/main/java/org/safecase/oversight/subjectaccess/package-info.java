/**
 * Issue #15 item 7: subject access. A staff member (or an LA admin for them) asks for everything held
 * about them as the reporter, and so the victim, of their own cases: their user record, each case's
 * record, its evidence list and the tasks waiting for them on it. Other users' and perpetrators' names
 * in structured fields are redacted as the export is made; free text is copied into the request for an
 * LA reviewer, who redacts the copy (never the case) and releases it; only then can the staff member
 * download it, as PDF or JSON. Nothing of another staff member's cases is read. Owns
 * {@code subject_access_request} and {@code subject_access_passage}.
 */
package org.safecase.oversight.subjectaccess;
