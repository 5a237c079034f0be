package org.safecase.oversight.subjectaccess;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Everything held about a staff member as reporter (and victim) of their own cases, as exported: the
 * JSON answer and the PDF's content. Structured fields naming other people or perpetrators hold the
 * redaction mark; free text ({@link Text}) holds the reviewer's copy.
 *
 * @param request  the request's id
 * @param madeAt   when this copy was made
 * @param subject  the staff member's user record
 * @param cases    their cases, oldest first
 * @param tasks    open tasks waiting for them on their cases
 */
public record SubjectExport(long request, LocalDateTime madeAt, Person subject, List<Case> cases, List<Task> tasks) {
    public SubjectExport {
        cases = List.copyOf(cases);
        tasks = List.copyOf(tasks);
    }

    /** The staff member's user record (never a password, token or second-factor secret). */
    public record Person(String username, String displayName, String email, String school, List<String> roles,
                         boolean active) {
        public Person {
            roles = List.copyOf(roles);
        }
    }

    /**
     * One of their cases: its structured facts, its free text, the entries of its record, its evidence
     * list, their own confidential notes on it (R-X-2) and who opened it or was refused (R-X-3). A
     * child-protection case they reported shows only that it was received (R-SX-1).
     */
    public record Case(String reference, String role, Map<String, String> facts, List<Text> text, List<Entry> entries,
                       List<EvidenceEntry> evidence, List<Note> notes, List<Access> accesses) {
        public Case {
            facts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts));
            text = List.copyOf(text);
            entries = List.copyOf(entries);
            evidence = List.copyOf(evidence);
            notes = List.copyOf(notes);
            accesses = List.copyOf(accesses);
        }
    }

    /**
     * One of their confidential notes: its marking in words, when, its text (free text, reviewed like the
     * rest), its files (name, type, size; never the content) and to whom they granted it, redacted.
     */
    public record Note(String marking, LocalDateTime addedAt, Text text, List<EvidenceEntry> files, List<Share> shares) {
        public Note {
            files = List.copyOf(files);
            shares = List.copyOf(shares);
        }
    }

    /** A grant of one of their notes: to whom (redacted: another person), from when, until when (null: it lasts). */
    public record Share(String grantee, LocalDateTime grantedAt, LocalDateTime revokedAt) {
    }

    /** One opening of their case, or a refused attempt: when, what in words, and who (them, or redacted). */
    public record Access(LocalDateTime at, String what, String who, boolean refused) {
    }

    /** An entry of the case record (a step's answers): who recorded it (them, or redacted), its fields. */
    public record Entry(String record, LocalDateTime recordedAt, String recordedBy, Map<String, String> fields,
                        List<Text> text) {
        public Entry {
            fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
            text = List.copyOf(text);
        }
    }

    /** A free-text field: where it comes from, what it is, and its text as the reviewer released it. */
    public record Text(String source, String label, String text) {
    }

    /** An evidence item: a file's name, type and size, or that it is a web address (its address is free text). */
    public record EvidenceEntry(String kind, String fileName, String mediaType, Long sizeBytes, LocalDateTime addedAt,
                                String addedBy) {
    }

    /** A task waiting for them on one of their cases. */
    public record Task(String caseReference, String name, LocalDateTime createdAt, LocalDateTime dueAt) {
    }
}
