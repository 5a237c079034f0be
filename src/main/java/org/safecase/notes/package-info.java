/**
 * Confidential notes (issue #15 item 2, R-X-2): notes, with files, that a staff member keeps on their
 * own case, each marked personal or union business, and read by no one else (no role: not the head
 * teacher, the case's lead, a DSL, LA HR or an LA admin) unless the author names a person, a grant
 * recorded with who, when and to whom and revocable at once. The notes are never part of the case
 * record: not on the case or task pages for others, not in the case register, its search or export,
 * and their audit rows hold ids only. Files pass the same screening as evidence
 * ({@code evidence.UploadScreening#accepted}). Everything here is deleted with its case
 * ({@code platform.CaseDestroying}).
 */
package org.safecase.notes;
