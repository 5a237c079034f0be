package org.safecase.oversight.subjectaccess;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.safecase.identity.Authorisation;
import org.safecase.identity.Caller;
import org.safecase.platform.AuditAction;
import org.safecase.platform.AuditTrail;
import org.safecase.platform.CaseDestroying;
import org.safecase.platform.ConflictException;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;
import org.safecase.platform.Messages;
import org.safecase.platform.NotFoundException;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue #15 item 7, the boundary: subject access requests are made (by the staff member, or an LA admin
 * for them), reviewed and released by an LA admin of the staff member's LA, and downloaded by the staff
 * member only once released. When a request is made, its export's free text is copied into
 * {@code subject_access_passage}; the reviewer edits those copies (never the case) and cannot release
 * until each has been saved. Requests, reviews, releases and downloads are audited by request id, never
 * with content.
 */
@ApplicationScoped
@Transactional
public class SubjectAccess {
    static final int MAX_PAGE = 100;
    static final int MAX_TEXT = 20_000;

    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    Authorisation authorisation;
    @Inject
    AuditTrail audit;
    @Inject
    SubjectExports exports;
    @Inject
    Messages messages;
    @Inject
    Clock clock;

    /**
     * A new request for everything held about the staff member named by {@code username} (blank: the
     * caller). Its free text is copied for review now.
     */
    public SubjectAccessEntry request(Caller caller, String username) {
        long subjectId;
        Long subjectLocalAuthority;
        if (username == null || username.isBlank()) {
            subjectId = caller.userId();
            subjectLocalAuthority = caller.localAuthorityId();
        } else {
            List<?> found = em.createNativeQuery("SELECT id, local_authority_id FROM app_user WHERE username = ?")
                    .setParameter(1, username.strip()).getResultList();
            if (found.isEmpty()) {
                throw new NotFoundException("notFound.user");
            }
            Object[] user = (Object[]) found.get(0);
            subjectId = ((Number) user[0]).longValue();
            subjectLocalAuthority = ((Number) user[1]).longValue();
        }
        authorisation.requireMayRequestSubjectAccess(caller, subjectId, subjectLocalAuthority);
        LocalDateTime now = LocalDateTime.now(clock);
        em.createNativeQuery("INSERT INTO subject_access_request (local_authority_id, requester_id, subject_user_id, state, "
                        + "created_at) VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, subjectLocalAuthority).setParameter(2, caller.userId()).setParameter(3, subjectId)
                .setParameter(4, SubjectAccessState.REQUESTED.name()).setParameter(5, Timestamp.valueOf(now))
                .executeUpdate();
        long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        SubjectExport export = exports.build(id, subjectId, now, text -> text);
        for (SubjectExport.Case exported : export.cases()) {
            Long incidentId = incidentId(exported.reference());
            List<SubjectExport.Text> passages = new ArrayList<>(exported.text());
            exported.entries().forEach(entry -> passages.addAll(entry.text()));
            exported.notes().forEach(note -> passages.add(note.text()));
            for (SubjectExport.Text passage : passages) {
                em.createNativeQuery("INSERT INTO subject_access_passage (request_id, incident_id, case_reference, source, "
                                + "label, text) VALUES (?, ?, ?, ?, ?, ?)")
                        .setParameter(1, id).setParameter(2, incidentId).setParameter(3, exported.reference())
                        .setParameter(4, passage.source()).setParameter(5, cut(passage.label(), 300))
                        .setParameter(6, passage.text()).executeUpdate();
            }
        }
        audit.record(caller.userId(), null, AuditAction.SUBJECT_ACCESS_REQUESTED, subject(id));
        return entry(id);
    }

    /** The caller's own requests (about them, or made by them), newest first, paged in the database. */
    public SubjectAccessList mine(Caller caller, int first, int size) {
        Number total = (Number) em.createNativeQuery("SELECT COUNT(*) FROM subject_access_request "
                + "WHERE subject_user_id = ? OR requester_id = ?").setParameter(1, caller.userId())
                .setParameter(2, caller.userId()).getSingleResult();
        List<?> ids = em.createNativeQuery("SELECT id FROM subject_access_request WHERE subject_user_id = ? "
                        + "UNION SELECT id FROM subject_access_request WHERE requester_id = ? ORDER BY id DESC LIMIT ? OFFSET ?")
                .setParameter(1, caller.userId()).setParameter(2, caller.userId())
                .setParameter(3, pageSize(size)).setParameter(4, Math.max(first, 0)).getResultList();
        return new SubjectAccessList(ids.stream().map(id -> entry(((Number) id).longValue())).toList(), total.longValue());
    }

    /** The requests of the reviewer's LA not yet released, oldest first, paged in the database. LA admins only. */
    public SubjectAccessList queue(Caller caller, int first, int size) {
        authorisation.requireMayReviewSubjectAccess(caller, caller.localAuthorityId());
        Number total = (Number) em.createNativeQuery("SELECT COUNT(*) FROM subject_access_request "
                        + "WHERE local_authority_id = ? AND state IN ('REQUESTED', 'IN_REVIEW')")
                .setParameter(1, caller.localAuthorityId()).getSingleResult();
        List<?> ids = em.createNativeQuery("SELECT id FROM subject_access_request WHERE local_authority_id = ? "
                        + "AND state IN ('REQUESTED', 'IN_REVIEW') ORDER BY created_at, id LIMIT ? OFFSET ?")
                .setParameter(1, caller.localAuthorityId()).setParameter(2, pageSize(size))
                .setParameter(3, Math.max(first, 0)).getResultList();
        return new SubjectAccessList(ids.stream().map(id -> entry(((Number) id).longValue())).toList(), total.longValue());
    }

    /** A request as its subject, requester or reviewers see it (state only, no content). */
    public SubjectAccessEntry find(Caller caller, long id) {
        Object[] request = requestRow(id);
        authorisation.requireMaySeeSubjectAccess(caller, number(request[1]), number(request[2]), number(request[0]));
        return entry(id);
    }

    /** The request's free-text passages, for an LA reviewer of the subject's LA (audited). */
    public SubjectAccessReview review(Caller caller, long id) {
        requireReviewer(caller, id);
        audit.record(caller.userId(), null, AuditAction.SUBJECT_ACCESS_REVIEW_OPENED, subject(id));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, case_reference, label, text, reviewed_at FROM "
                + "subject_access_passage WHERE request_id = ? ORDER BY id").setParameter(1, id).getResultList();
        List<SubjectAccessPassage> passages = rows.stream().map(row -> new SubjectAccessPassage(((Number) row[0]).longValue(),
                (String) row[1], (String) row[2], (String) row[3], row[4] != null)).toList();
        return new SubjectAccessReview(entry(id), passages);
    }

    /**
     * The reviewer's redaction of one passage: the export copy's text becomes {@code text} (the case is
     * untouched), and the passage counts as reviewed. Not after release.
     */
    public SubjectAccessPassage redact(Caller caller, long id, long passageId, String text) {
        Object[] request = requireReviewer(caller, id);
        if (SubjectAccessState.RELEASED.name().equals(request[3])) {
            throw new ConflictException("conflict.subjectAccess.alreadyReleased");
        }
        if (text == null || text.length() > MAX_TEXT) {
            throw new InvalidInputException(List.of(new FieldProblem("text", "problem.subjectAccess.text", MAX_TEXT)));
        }
        int changed = em.createNativeQuery("UPDATE subject_access_passage SET text = ?, reviewed_by = ?, reviewed_at = ? "
                        + "WHERE id = ? AND request_id = ?")
                .setParameter(1, text).setParameter(2, caller.userId()).setParameter(3, Timestamp.valueOf(LocalDateTime.now(clock)))
                .setParameter(4, passageId).setParameter(5, id).executeUpdate();
        if (changed == 0) {
            throw new NotFoundException("notFound.subjectAccessPassage");
        }
        em.createNativeQuery("UPDATE subject_access_request SET state = ?, version = version + 1 WHERE id = ?")
                .setParameter(1, SubjectAccessState.IN_REVIEW.name()).setParameter(2, id).executeUpdate();
        audit.record(caller.userId(), null, AuditAction.SUBJECT_ACCESS_REVIEWED, subject(id));
        Object[] row = (Object[]) em.createNativeQuery("SELECT case_reference, label, text FROM subject_access_passage "
                + "WHERE id = ?").setParameter(1, passageId).getSingleResult();
        return new SubjectAccessPassage(passageId, (String) row[0], (String) row[1], (String) row[2], true);
    }

    /** Releases the export to its subject once every passage has been reviewed; refused in words before. */
    public SubjectAccessEntry release(Caller caller, long id) {
        Object[] request = requireReviewer(caller, id);
        if (SubjectAccessState.RELEASED.name().equals(request[3])) {
            throw new ConflictException("conflict.subjectAccess.alreadyReleased");
        }
        Number open = (Number) em.createNativeQuery("SELECT COUNT(*) FROM subject_access_passage WHERE request_id = ? "
                + "AND reviewed_at IS NULL").setParameter(1, id).getSingleResult();
        if (open.longValue() > 0) {
            throw new ConflictException("conflict.subjectAccess.unreviewed", open.longValue());
        }
        em.createNativeQuery("UPDATE subject_access_request SET state = ?, released_at = ?, released_by = ?, "
                        + "version = version + 1 WHERE id = ?")
                .setParameter(1, SubjectAccessState.RELEASED.name()).setParameter(2, Timestamp.valueOf(LocalDateTime.now(clock)))
                .setParameter(3, caller.userId()).setParameter(4, id).executeUpdate();
        audit.record(caller.userId(), null, AuditAction.SUBJECT_ACCESS_RELEASED, subject(id));
        return entry(id);
    }

    /**
     * The released export, for its subject only: structured fields as redacted when made, free text as the
     * reviewer released it (a passage recorded since the request is withheld). Before release refused in
     * words. Audited before it leaves.
     */
    public SubjectExport export(Caller caller, long id) {
        Object[] request = requestRow(id);
        authorisation.requireMaySeeSubjectAccess(caller, number(request[1]), number(request[2]), number(request[0]));
        long subjectId = number(request[1]);
        try {
            authorisation.requireMayDownloadSubjectAccess(caller, subjectId);
            if (!SubjectAccessState.RELEASED.name().equals(request[3])) {
                throw new ConflictException("conflict.subjectAccess.notReleased");
            }
        } catch (RuntimeException refused) {
            audit.recordRefusal(caller.userId(), null, subject(id));
            throw refused;
        }
        Map<String, String> released = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT source, text FROM subject_access_passage WHERE request_id = ?")
                .setParameter(1, id).getResultList()) {
            Object[] passage = (Object[]) row;
            released.put((String) passage[0], (String) passage[1]);
        }
        String withheld = messages.get("subjectAccess.withheld");
        SubjectExport export = exports.build(id, subjectId, LocalDateTime.now(clock),
                text -> new SubjectExport.Text(text.source(), text.label(), released.getOrDefault(text.source(), withheld)));
        audit.recordBeforehand(caller.userId(), null, AuditAction.SUBJECT_ACCESS_DOWNLOADED, subject(id));
        return export;
    }

    /** As {@link #export}, laid out as a PDF. */
    public byte[] exportPdf(Caller caller, long id) {
        return SubjectExportPdf.render(export(caller, id), messages);
    }

    /** R-X-5: the copies of a destroyed case's free text go with it. */
    void onDestroying(@Observes CaseDestroying destroying) {
        em.createNativeQuery("DELETE FROM subject_access_passage WHERE incident_id = ?")
                .setParameter(1, destroying.incidentId()).executeUpdate();
    }

    private Object[] requireReviewer(Caller caller, long id) {
        Object[] request = requestRow(id);
        authorisation.requireMaySeeSubjectAccess(caller, number(request[1]), number(request[2]), number(request[0]));
        authorisation.requireMayReviewSubjectAccess(caller, number(request[0]));
        return request;
    }

    /** local_authority_id, subject_user_id, requester_id, state; not found in words. */
    private Object[] requestRow(long id) {
        List<?> found = em.createNativeQuery("SELECT local_authority_id, subject_user_id, requester_id, state "
                + "FROM subject_access_request WHERE id = ?").setParameter(1, id).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("notFound.subjectAccess");
        }
        return (Object[]) found.get(0);
    }

    private SubjectAccessEntry entry(long id) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT s.username, s.display_name, r.display_name, q.state, "
                        + "q.created_at, q.released_at, (SELECT COUNT(*) FROM subject_access_passage p WHERE p.request_id = q.id), "
                        + "(SELECT COUNT(*) FROM subject_access_passage p WHERE p.request_id = q.id AND p.reviewed_at IS NOT NULL) "
                        + "FROM subject_access_request q JOIN app_user s ON s.id = q.subject_user_id "
                        + "JOIN app_user r ON r.id = q.requester_id WHERE q.id = ?")
                .setParameter(1, id).getSingleResult();
        return new SubjectAccessEntry(id, (String) row[0], (String) row[1], (String) row[2],
                SubjectAccessState.valueOf((String) row[3]), localDateTime(row[4]), localDateTime(row[5]),
                ((Number) row[6]).intValue(), ((Number) row[7]).intValue());
    }

    private Long incidentId(String reference) {
        List<?> found = em.createNativeQuery("SELECT id FROM incident WHERE reference = ?").setParameter(1, reference)
                .getResultList();
        return found.isEmpty() ? null : ((Number) found.get(0)).longValue();
    }

    private static String subject(long id) {
        return "sar:" + id;
    }

    private static int pageSize(int size) {
        return Math.min(Math.max(size, 1), MAX_PAGE);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static String cut(String text, int max) {
        return text == null ? "" : text.length() <= max ? text : text.substring(0, max);
    }

    private static LocalDateTime localDateTime(Object value) {
        if (value instanceof LocalDateTime l) {
            return l;
        }
        return value == null ? null : ((Timestamp) value).toLocalDateTime();
    }
}
