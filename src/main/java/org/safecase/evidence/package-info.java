/**
 * Evidence for staff cases (R-ST-2, R-ST-6): uploaded files, whose type is decided by their
 * content, never by their name, with a SHA-256 recorded; and records of where material was seen
 * (web address, time). Read and downloaded only through the authorisation service. Nothing is
 * ever accepted on a child-protection case (R-SX-2), nor on a closed case. Evidence added while a
 * staff report is still being written is held with the reporter's draft ({@code StagedEvidence})
 * and moved to the case when the report is sent.
 */
package org.safecase.evidence;
