package org.safecase.oversight.subjectaccess;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.safecase.casefile.CaseRecordTables;
import org.safecase.casefile.RecordColumn;
import org.safecase.casefile.RecordTable;
import org.safecase.notes.ConfidentialNotes;
import org.safecase.notes.NoteEntry;
import org.safecase.platform.AuditEntry;
import org.safecase.platform.AuditTrail;
import org.safecase.platform.Messages;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Reads what is held about one staff member and makes it an export ({@link SubjectExport}). Only
 * cases they reported are read ({@code incident.reporter_id}: a staff case is reported by the staff
 * member it is about, so reporter and victim are one person); nothing of another staff member's
 * cases. With each case go their own confidential notes on it and the case's access log (who opened
 * it or was refused, at most {@link #MAX_ACCESSES} per case). As it reads, it redacts other people
 * and perpetrators in structured fields: who recorded an entry or added evidence when it was not
 * them, the perpetrator's name, account and phone number, and
 * the record columns that name a person (the officer, the contact, whom the poster was asked by...).
 * Free text (descriptions, outcomes, reasons, web addresses of the material) is handed to
 * {@code freeText}, which gives the text to export: the original when the request is made (to be
 * copied for the reviewer), the reviewer's copy when it is downloaded.
 * Joins the caller's transaction.
 */
@ApplicationScoped
class SubjectExports {
    /** Record columns whose text names a person: redacted automatically. */
    static final Set<String> NAME_COLUMNS = Set.of("asked_whom", "officer", "contact", "searched_by", "viewed_by",
            "witness", "perpetrator_name", "told");
    /** Record columns whose text names an organisation or a reference, not a person: exported as they are. */
    static final Set<String> REFERENCE_COLUMNS = Set.of("provider_name", "provider_reference", "term_broken",
            "complaint_reference", "network", "network_reference", "police_force", "crime_reference", "reference",
            "school_name", "platform", "watched_step", "searched_where", "severity", "answer", "status",
            "procedure_kind", "route", "agency");

    /** Most access-log rows exported per case (newest kept): years of daily views fit well within it. */
    static final int MAX_ACCESSES = 10_000;

    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    Instance<CaseRecordTables> owners;
    @Inject
    ConfidentialNotes notes;
    @Inject
    AuditTrail audit;
    @Inject
    Messages messages;

    SubjectExport build(long request, long subjectId, LocalDateTime now, UnaryOperator<SubjectExport.Text> freeText) {
        String redacted = messages.get("subjectAccess.redacted");
        String self = "user:" + subjectId;
        Object[] user = (Object[]) em.createNativeQuery("SELECT u.username, u.display_name, u.email, s.name, u.active "
                + "FROM app_user u LEFT JOIN school s ON s.id = u.school_id WHERE u.id = ?")
                .setParameter(1, subjectId).getSingleResult();
        List<String> roles = ((List<?>) em.createNativeQuery("SELECT role FROM user_role WHERE user_id = ? ORDER BY role")
                .setParameter(1, subjectId).getResultList()).stream().map(String::valueOf).toList();
        String subjectName = (String) user[1];
        SubjectExport.Person person = new SubjectExport.Person((String) user[0], subjectName, (String) user[2],
                (String) user[3], roles, flag(user[4]));

        List<SubjectExport.Case> cases = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> incidents = em.createNativeQuery("SELECT id, reference, category, status, reported_at, occurred_at, "
                        + "closed_at, platform, perpetrator_kind, perpetrator_name, account_name, phone_number, "
                        + "immediate_danger, police_wanted, reporter_satisfied, description, evidence_held, location_url "
                        + "FROM incident WHERE reporter_id = ? ORDER BY reported_at, id")
                .setParameter(1, subjectId).getResultList();
        List<String> references = new ArrayList<>();
        for (Object[] incident : incidents) {
            long id = ((Number) incident[0]).longValue();
            String reference = (String) incident[1];
            references.add(reference);
            String category = (String) incident[2];
            Map<String, String> facts = new LinkedHashMap<>();
            facts.put("category", messages.find("category." + category).orElse(category));
            facts.put("reportedAt", text(incident[4]));
            if ("NUDE_IMAGES".equals(category)) {
                // R-SX-1: the reporter of a child-protection case learns only that it was received.
                facts.put("childProtection", messages.get("subjectAccess.childProtectionReceiptOnly"));
                cases.add(new SubjectExport.Case(reference, "reporter", facts, List.of(), List.of(), List.of(), List.of(),
                        List.of()));
                continue;
            }
            facts.put("status", messages.find("status." + incident[3]).orElse(String.valueOf(incident[3])));
            facts.put("occurredAt", text(incident[5]));
            facts.put("closedAt", text(incident[6]));
            facts.put("platform", text(incident[7]));
            facts.put("perpetratorKind", messages.find("perpetrator." + incident[8]).orElse(String.valueOf(incident[8])));
            facts.put("perpetratorName", incident[9] == null ? null : redacted);
            facts.put("accountName", incident[10] == null ? null : redacted);
            facts.put("phoneNumber", incident[11] == null ? null : redacted);
            facts.put("immediateDanger", text(flag(incident[12])));
            facts.put("policeWanted", text(flag(incident[13])));
            facts.put("satisfied", incident[14] == null ? null : text(flag(incident[14])));
            facts.values().removeIf(java.util.Objects::isNull);
            List<SubjectExport.Text> caseText = new ArrayList<>();
            addText(caseText, freeText, "incident:" + id + ":description", "subjectAccess.field.description", incident[15]);
            addText(caseText, freeText, "incident:" + id + ":evidence_held", "subjectAccess.field.evidenceHeld", incident[16]);
            addText(caseText, freeText, "incident:" + id + ":location_url", "subjectAccess.field.locationUrl", incident[17]);
            evidenceAddresses(id).stream().map(freeText).forEach(caseText::add);
            cases.add(new SubjectExport.Case(reference, "reporter", facts, caseText,
                    entries(id, self, subjectName, redacted, freeText), evidence(id, subjectId, subjectName, redacted, freeText),
                    notes(subjectId, id, reference, redacted, freeText), accesses(reference, subjectId, subjectName, redacted)));
        }
        return new SubjectExport(request, now, person, cases, tasks(subjectId, references));
    }

    private List<SubjectExport.Entry> entries(long incidentId, String self, String subjectName, String redacted,
                                              UnaryOperator<SubjectExport.Text> freeText) {
        List<SubjectExport.Entry> entries = new ArrayList<>();
        for (CaseRecordTables owner : owners) {
            for (RecordTable table : owner.tables()) {
                String columns = table.columns().stream().map(RecordColumn::column).collect(Collectors.joining(", "));
                @SuppressWarnings("unchecked")
                List<Object[]> rows = em.createNativeQuery("SELECT id, recorded_by, recorded_at"
                                + (columns.isEmpty() ? "" : ", " + columns) + " FROM " + table.name()
                                + " WHERE incident_id = ? ORDER BY recorded_at, id")
                        .setParameter(1, incidentId).getResultList();
                for (Object[] row : rows) {
                    Map<String, String> fields = new LinkedHashMap<>();
                    List<SubjectExport.Text> text = new ArrayList<>();
                    for (int i = 0; i < table.columns().size(); i++) {
                        RecordColumn column = table.columns().get(i);
                        Object value = row[3 + i];
                        if (value == null) {
                            continue;
                        }
                        String label = messages.find(column.labelKey(table.name())).orElse(column.column());
                        if (column.kind() != RecordColumn.Kind.TEXT || REFERENCE_COLUMNS.contains(column.column())) {
                            fields.put(column.column(), column.kind() == RecordColumn.Kind.CHOICE
                                    ? messages.find("record.choice." + column.column() + "." + value).orElse(String.valueOf(value))
                                    : text(value));
                        } else if (NAME_COLUMNS.contains(column.column())) {
                            fields.put(column.column(), redacted);
                        } else {
                            text.add(freeText.apply(new SubjectExport.Text(table.name() + ":" + row[0] + ":" + column.column(),
                                    label, String.valueOf(value))));
                        }
                    }
                    String by = (String) row[1];
                    entries.add(new SubjectExport.Entry(messages.find(table.titleKey()).orElse(table.name()),
                            localDateTime(row[2]), by == null ? null : self.equals(by) ? subjectName : redacted, fields, text));
                }
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> answers = em.createNativeQuery("SELECT a.id, r.step_name, r.recorded_by, r.recorded_at, a.label, "
                        + "a.value_text, a.value_flag, a.value_number, a.value_date FROM step_answer_record r "
                        + "JOIN step_answer a ON a.record_id = r.id WHERE r.incident_id = ? ORDER BY r.recorded_at, a.id")
                .setParameter(1, incidentId).getResultList();
        for (Object[] answer : answers) {
            Map<String, String> fields = new LinkedHashMap<>();
            List<SubjectExport.Text> text = new ArrayList<>();
            String label = (String) answer[4];
            if (answer[5] != null) {
                text.add(freeText.apply(new SubjectExport.Text("step_answer:" + answer[0], label, (String) answer[5])));
            } else {
                Object value = answer[6] != null ? flag(answer[6]) : answer[7] != null ? answer[7] : answer[8];
                fields.put(label, text(value));
            }
            String by = (String) answer[2];
            entries.add(new SubjectExport.Entry((String) answer[1], localDateTime(answer[3]),
                    by == null ? null : self.equals(by) ? subjectName : redacted, fields, text));
        }
        entries.sort(java.util.Comparator.comparing(SubjectExport.Entry::recordedAt,
                java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        return entries;
    }

    private List<SubjectExport.EvidenceEntry> evidence(long incidentId, long subjectId, String subjectName, String redacted,
                                                       UnaryOperator<SubjectExport.Text> freeText) {
        List<SubjectExport.EvidenceEntry> items = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, kind, file_name, media_type, size_bytes, added_at, added_by "
                        + "FROM evidence_item WHERE incident_id = ? ORDER BY added_at, id")
                .setParameter(1, incidentId).getResultList();
        for (Object[] row : rows) {
            long addedBy = ((Number) row[6]).longValue();
            items.add(new SubjectExport.EvidenceEntry((String) row[1], (String) row[2], (String) row[3],
                    row[4] == null ? null : ((Number) row[4]).longValue(), localDateTime(row[5]),
                    addedBy == subjectId ? subjectName : redacted));
        }
        return items;
    }

    /** R-X-2: their own confidential notes on the case; the text is free text, the grantees other people. */
    private List<SubjectExport.Note> notes(long subjectId, long incidentId, String reference, String redacted,
                                           UnaryOperator<SubjectExport.Text> freeText) {
        List<SubjectExport.Note> exported = new ArrayList<>();
        for (NoteEntry note : notes.writtenFor(subjectId, incidentId, reference)) {
            SubjectExport.Text text = freeText.apply(new SubjectExport.Text("confidential_note:" + note.id() + ":body",
                    messages.get("subjectAccess.field.note"), note.text()));
            List<SubjectExport.EvidenceEntry> files = note.files().stream()
                    .map(f -> new SubjectExport.EvidenceEntry("FILE", f.fileName(), f.mediaType(), f.sizeBytes(), f.addedAt(),
                            null)).toList();
            List<SubjectExport.Share> shares = note.grants().stream()
                    .map(g -> new SubjectExport.Share(redacted, g.grantedAt(), g.revokedAt())).toList();
            exported.add(new SubjectExport.Note(messages.find("notes.marking." + note.marking().name())
                    .orElse(note.marking().name()), note.addedAt(), text, files, shares));
        }
        return exported;
    }

    /** R-X-3: who opened the case or was refused, oldest first; anyone but them redacted. */
    private List<SubjectExport.Access> accesses(String reference, long subjectId, String subjectName, String redacted) {
        List<AuditEntry> rows = new ArrayList<>(audit.accessesTo(reference, MAX_ACCESSES));
        java.util.Collections.reverse(rows);
        return rows.stream().map(r -> new SubjectExport.Access(r.occurredAt(),
                messages.find("audit." + r.action().name()).orElse(r.action().name()),
                r.actorId() == null ? null : r.actorId() == subjectId ? subjectName : redacted,
                r.action() == org.safecase.platform.AuditAction.ACCESS_REFUSED)).toList();
    }

    /** The web addresses kept as evidence on a case: free text, as they may name a perpetrator's account. */
    private List<SubjectExport.Text> evidenceAddresses(long incidentId) {
        List<SubjectExport.Text> text = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, web_address FROM evidence_item "
                + "WHERE incident_id = ? AND web_address IS NOT NULL ORDER BY added_at, id").setParameter(1, incidentId)
                .getResultList();
        for (Object[] row : rows) {
            text.add(new SubjectExport.Text("evidence_item:" + row[0] + ":web_address",
                    messages.get("subjectAccess.field.evidenceAddress"), (String) row[1]));
        }
        return text;
    }

    private List<SubjectExport.Task> tasks(long subjectId, List<String> references) {
        if (references.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT DISTINCT t.case_reference, t.name, t.created_at, t.due_at, t.task_id "
                        + "FROM inbox_task t JOIN inbox_task_audience a ON a.task_id = t.task_id "
                        + "WHERE a.audience = ? ORDER BY t.created_at, t.task_id")
                .setParameter(1, "user:" + subjectId).getResultList();
        List<SubjectExport.Task> tasks = new ArrayList<>();
        for (Object[] row : rows) {
            if (references.contains((String) row[0])) {
                tasks.add(new SubjectExport.Task((String) row[0], (String) row[1], localDateTime(row[2]),
                        row[3] == null ? null : localDateTime(row[3])));
            }
        }
        return tasks;
    }

    private void addText(List<SubjectExport.Text> text, UnaryOperator<SubjectExport.Text> freeText, String source,
                         String labelKey, Object value) {
        if (value != null && !String.valueOf(value).isBlank()) {
            text.add(freeText.apply(new SubjectExport.Text(source, messages.get(labelKey), String.valueOf(value))));
        }
    }

    private static boolean flag(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().toString();
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (value instanceof LocalDate || value instanceof LocalDateTime) {
            return value.toString();
        }
        return String.valueOf(value);
    }

    private static LocalDateTime localDateTime(Object value) {
        if (value instanceof LocalDateTime l) {
            return l;
        }
        return value == null ? null : ((Timestamp) value).toLocalDateTime();
    }
}
