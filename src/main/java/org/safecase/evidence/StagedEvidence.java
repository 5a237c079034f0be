package org.safecase.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.safecase.identity.Authorisation;
import org.safecase.identity.Caller;
import org.safecase.platform.AuditAction;
import org.safecase.platform.AuditTrail;
import org.safecase.platform.WebAddresses;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Evidence a reporter adds while still writing a staff report (issue #11 item 4): held with their
 * draft ({@code report_draft_evidence}, V21) so that a reload or a session cut short loses
 * nothing, with the same checks as the case page (the content decides the type, whatever the
 * name says; at most {@link Evidence#MAX_BYTES}; {@link UploadScreening}). Sending the report moves it to the new case in
 * the same transaction; discarding the draft deletes it. Nothing here ever holds a file for a
 * child-protection report (R-SX-2): the form offers no upload and {@link #discardFiles} runs as
 * soon as that category is chosen.
 */
@ApplicationScoped
@Transactional
public class StagedEvidence {
    /** More than this is a case for the case page, after sending. */
    public static final int MAX_ITEMS = 20;

    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    Authorisation authorisation;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    UploadScreening screening;

    /** One piece of evidence held with a draft, as the form lists it. */
    public record Item(Long id, String kind, String fileName, Long sizeBytes, String sha256, String webAddress)
            implements java.io.Serializable {
        public boolean isFile() {
            return "FILE".equals(kind);
        }
    }

    @SuppressWarnings("unchecked")
    public List<Item> list(Caller caller) {
        List<Object[]> rows = em.createNativeQuery("SELECT id, kind, file_name, size_bytes, sha256, web_address "
                + "FROM report_draft_evidence WHERE reporter_id = ? ORDER BY added_at, id")
                .setParameter(1, caller.userId()).getResultList();
        return rows.stream().map(r -> new Item(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                r[3] == null ? null : ((Number) r[3]).longValue(), (String) r[4], (String) r[5])).toList();
    }

    /**
     * Holds a file with the caller's draft (which must exist: the form keeps the draft first). The
     * same file twice (by SHA-256, a resent form say) is held once.
     */
    public Item stageFile(Caller caller, String fileName, byte[] content) {
        authorisation.requireMayReport(caller);
        requireStaffDraft(caller, "evidenceFile");
        if (content == null || content.length == 0) {
            throw Evidence.problem("evidenceFile", "report.evidence.problem.chooseFile");
        }
        if (content.length > Evidence.MAX_BYTES) {
            throw Evidence.problem("evidenceFile", "report.evidence.problem.tooLarge", Evidence.MAX_BYTES / (1024 * 1024));
        }
        EvidenceType type = EvidenceType.of(content)
                .orElseThrow(() -> Evidence.problem("evidenceFile", "report.evidence.problem.notAllowed"));
        byte[] kept = screening.screened(type, content, "evidenceFile");
        String sha256 = Evidence.sha256(kept);
        Optional<Item> same = list(caller).stream().filter(i -> sha256.equals(i.sha256())).findFirst();
        if (same.isPresent()) {
            return same.get();
        }
        requireRoom(caller, "evidenceFile");
        String name = Evidence.safeName(fileName, type);
        em.createNativeQuery("INSERT INTO report_draft_evidence (reporter_id, kind, file_name, media_type, size_bytes, "
                        + "sha256, content, added_at) VALUES (?, 'FILE', ?, ?, ?, ?, ?, ?)")
                .setParameter(1, caller.userId()).setParameter(2, name).setParameter(3, type.mediaType())
                .setParameter(4, (long) kept.length).setParameter(5, sha256).setParameter(6, kept)
                .setParameter(7, Timestamp.valueOf(LocalDateTime.now(clock))).executeUpdate();
        return list(caller).stream().filter(i -> sha256.equals(i.sha256())).findFirst().orElseThrow();
    }

    /** R-ST-6: where the material is; recorded as captured when the reporter adds it. */
    public Item stageWebAddress(Caller caller, String url) {
        authorisation.requireMayReport(caller);
        requireStaffDraft(caller, "evidenceWebAddress");
        String address = url == null ? "" : url.strip();
        if (!WebAddresses.isWebAddress(address) || address.length() > 2048) {
            throw Evidence.problem("evidenceWebAddress", "report.evidence.problem.webAddress");
        }
        Optional<Item> same = list(caller).stream().filter(i -> address.equals(i.webAddress())).findFirst();
        if (same.isPresent()) {
            return same.get();
        }
        requireRoom(caller, "evidenceWebAddress");
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        em.createNativeQuery("INSERT INTO report_draft_evidence (reporter_id, kind, web_address, captured_at, added_at) "
                        + "VALUES (?, 'WEB_ADDRESS', ?, ?, ?)")
                .setParameter(1, caller.userId()).setParameter(2, address).setParameter(3, now).setParameter(4, now)
                .executeUpdate();
        return list(caller).stream().filter(i -> address.equals(i.webAddress())).findFirst().orElseThrow();
    }

    /** Takes one piece off the caller's draft (another reporter's id does nothing). */
    public void remove(Caller caller, Long id) {
        em.createNativeQuery("DELETE FROM report_draft_evidence WHERE id = ? AND reporter_id = ?")
                .setParameter(1, id).setParameter(2, caller.userId()).executeUpdate();
    }

    /** R-SX-2: the report is now about nude images of a pupil; no file it held is kept. */
    public void discardFiles(Caller caller) {
        em.createNativeQuery("DELETE FROM report_draft_evidence WHERE reporter_id = ? AND kind = 'FILE'")
                .setParameter(1, caller.userId()).executeUpdate();
    }

    /**
     * Moves the pieces the reporter was shown ({@code ids}) to the case just made, in the
     * reporting transaction, and lets go of them here. Each is audited as evidence added (R-X-3).
     *
     * @return how many were attached
     */
    public int attach(Caller caller, long incidentId, String reference, Long schoolId, Collection<Long> ids) {
        int attached = 0;
        for (Long id : ids) {
            attached += em.createNativeQuery("INSERT INTO evidence_item (incident_id, kind, file_name, media_type, "
                            + "size_bytes, sha256, content, web_address, captured_at, added_by, added_at) "
                            + "SELECT ?, kind, file_name, media_type, size_bytes, sha256, content, web_address, captured_at, "
                            + "reporter_id, ? FROM report_draft_evidence WHERE id = ? AND reporter_id = ?")
                    .setParameter(1, incidentId).setParameter(2, Timestamp.valueOf(LocalDateTime.now(clock)))
                    .setParameter(3, id).setParameter(4, caller.userId()).executeUpdate();
            remove(caller, id);
        }
        for (int i = 0; i < attached; i++) {
            audit.record(caller.userId(), schoolId, AuditAction.EVIDENCE_ADDED, reference);
        }
        return attached;
    }

    /**
     * R-SX-2, asked of the draft itself (the form keeps it first): nothing is held for a report
     * about nude images of a pupil, and nothing without a draft to go with.
     */
    @SuppressWarnings("unchecked")
    private void requireStaffDraft(Caller caller, String field) {
        List<Object> category = em.createNativeQuery("SELECT category FROM report_draft WHERE reporter_id = ?")
                .setParameter(1, caller.userId()).getResultList();
        if (category.isEmpty()) {
            throw Evidence.problem(field, "report.evidence.problem.noDraft");
        }
        boolean childProtection = java.util.Arrays.stream(org.safecase.casefile.IncidentCategory.values())
                .anyMatch(c -> c.isChildProtection() && c.name().equals(category.get(0)));
        if (childProtection) {
            throw Evidence.problem(field, "report.evidence.problem.childProtection");
        }
    }

    private void requireRoom(Caller caller, String field) {
        Number held = (Number) em.createNativeQuery("SELECT COUNT(*) FROM report_draft_evidence WHERE reporter_id = ?")
                .setParameter(1, caller.userId()).getSingleResult();
        if (held.intValue() >= MAX_ITEMS) {
            throw Evidence.problem(field, "report.evidence.problem.tooMany", MAX_ITEMS);
        }
    }
}
