package org.safecase.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.safecase.casefile.CaseFiles;
import org.safecase.casefile.OpenCase;
import org.safecase.identity.Caller;
import org.safecase.platform.AuditAction;
import org.safecase.platform.AuditTrail;
import org.safecase.platform.ClockProducer;
import org.safecase.platform.ConflictException;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;
import org.safecase.platform.WebAddresses;
import org.safecase.platform.NotFoundException;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;

/**
 * Adds, lists and hands out evidence, only for those who may see the whole case. Every upload
 * and download is audited (R-X-3).
 */
@ApplicationScoped
@Transactional
public class Evidence {
    /** Screen captures and e-mail exports are small; a video is not evidence we keep. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_ITEMS_LISTED = 200;

    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    CaseFiles caseFiles;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    org.safecase.platform.Messages messages;
    @Inject
    UploadScreening screening;
    @Inject
    jakarta.enterprise.event.Event<org.safecase.platform.CaseIdentifiersRecorded> identifiersRecorded;

    public EvidenceView addFile(Caller caller, String reference, String fileName, byte[] content) {
        if (caseFiles.isReceiptOnlyFor(caller, reference)) {
            // R-SX-2: the reporter of a child-protection case learns nothing of it, but is told why not.
            throw problem("file", "problem.evidence.noFilesOnThisReport");
        }
        OpenCase open = caseFiles.openWhole(caller, reference);
        requireOpen(open);
        if (open.childProtection()) {
            // R-SX-2: possessing or copying indecent images of children is an offence; nothing is kept.
            throw problem("file", "problem.evidence.noFilesChildProtection");
        }
        if (content == null || content.length == 0) {
            throw problem("file", "problem.evidence.chooseFile");
        }
        if (content.length > MAX_BYTES) {
            throw problem("file", "problem.evidence.tooLarge");
        }
        EvidenceType type = EvidenceType.of(content).orElseThrow(() -> problem("file",
                "problem.evidence.unknownType"));
        byte[] kept = screening.screened(type, content, "file");
        EvidenceItem item = EvidenceItem.file(open.incidentId(), safeName(fileName, type), type, kept, sha256(kept),
                caller.userId(), LocalDateTime.now(clock));
        em.persist(item);
        em.flush();
        audit.record(caller.userId(), open.schoolId(), AuditAction.EVIDENCE_ADDED, open.reference());
        return item.view();
    }

    /** R-ST-6: where the material was seen, and when it was captured. */
    public EvidenceView addWebAddress(Caller caller, String reference, String url, LocalDateTime capturedAt) {
        OpenCase open = caseFiles.openWhole(caller, reference);
        requireOpen(open);
        String address = url == null ? "" : url.strip();
        if (!WebAddresses.isWebAddress(address) || address.length() > 2048) {
            throw problem("webAddress", "problem.evidence.webAddress");
        }
        if (capturedAt == null || capturedAt.isAfter(LocalDateTime.now(clock).plusMinutes(5))
                || capturedAt.getYear() < ClockProducer.FIRST_YEAR) {
            throw problem("capturedAt", "problem.evidence.capturedAt", ClockProducer.FIRST_YEAR);
        }
        EvidenceItem item = EvidenceItem.webAddress(open.incidentId(), address, capturedAt, caller.userId(),
                LocalDateTime.now(clock));
        em.persist(item);
        em.flush();
        audit.record(caller.userId(), open.schoolId(), AuditAction.EVIDENCE_ADDED, open.reference());
        identifiersRecorded.fire(new org.safecase.platform.CaseIdentifiersRecorded(open.incidentId()));
        return item.view();
    }

    public List<EvidenceView> list(Caller caller, String reference) {
        OpenCase open = caseFiles.openWhole(caller, reference);
        audit.record(caller.userId(), open.schoolId(), AuditAction.EVIDENCE_LISTED, open.reference());
        return em.createQuery("select new org.safecase.evidence.EvidenceView(e.id, e.kind, e.fileName, e.mediaType, "
                        + "e.sizeBytes, e.sha256, e.webAddress, e.capturedAt, e.addedAt, e.withheld, e.destroyedAt) "
                        + "from EvidenceItem e "
                        + "where e.incidentId = :incident order by e.addedAt, e.id", EvidenceView.class)
                .setParameter("incident", open.incidentId()).setMaxResults(MAX_ITEMS_LISTED).getResultList();
    }

    public EvidenceFile download(Caller caller, String reference, Long id) {
        OpenCase open = caseFiles.openWhole(caller, reference);
        EvidenceItem item = id == null ? null : em.find(EvidenceItem.class, id);
        if (item == null || !item.getIncidentId().equals(open.incidentId())) {
            throw new NotFoundException("notFound.evidence");
        }
        if (item.isWithheld()) {
            throw new ConflictException("conflict.evidenceWithheld");
        }
        if (item.getContent() == null) {
            throw new NotFoundException("notFound.evidence");
        }
        audit.record(caller.userId(), open.schoolId(), AuditAction.EVIDENCE_DOWNLOADED, open.reference());
        EvidenceView view = item.view();
        return new EvidenceFile(view.fileName(), view.mediaType(), item.getContent());
    }

    /**
     * R-SX-2: when a case becomes child protection, every file it holds is withheld at once.
     *
     * @return how many files are now waiting for the DSL to have them destroyed
     */
    public int withholdFiles(long incidentId) {
        return em.createQuery("update EvidenceItem e set e.withheld = true where e.incidentId = :incident "
                        + "and e.kind = 'FILE' and e.destroyedAt is null")
                .setParameter("incident", incidentId).executeUpdate();
    }

    /** R-SX-2: destroys the withheld files of a case (the content is gone) and records who, when and with whom. */
    public int destroyWithheldFiles(long incidentId, String destroyedBy, String witness, String note) {
        return em.createQuery("update EvidenceItem e set e.content = null, e.destroyedAt = :now, "
                        + "e.destroyedBy = :by, e.destructionWitness = :witness, e.destructionNote = :note "
                        + "where e.incidentId = :incident and e.withheld = true and e.destroyedAt is null")
                .setParameter("now", LocalDateTime.now(clock)).setParameter("by", destroyedBy)
                .setParameter("witness", witness).setParameter("note", note)
                .setParameter("incident", incidentId).executeUpdate();
    }

    /** Issue #11 item 3: nothing is added to a closed case. */
    private void requireOpen(OpenCase open) {
        if (caseFiles.isClosed(open)) {
            throw new ConflictException("case.closed.refused");
        }
    }

    /** No path, no control characters, and the extension its content deserves. */
    static String safeName(String fileName, EvidenceType type) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        if (stem.isBlank()) {
            stem = "evidence";
        }
        if (stem.length() > 200) {
            stem = stem.substring(0, 200);
        }
        return stem + "." + type.extension();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }


    /** A refused piece of evidence: the form's field and why, as a key with its arguments. */
    static InvalidInputException problem(String field, String key, Object... arguments) {
        return new InvalidInputException(List.of(new FieldProblem(field, key, arguments)));
    }
}
