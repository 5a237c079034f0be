package org.safecase.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.safecase.evidence.EvidenceType;
import org.safecase.evidence.UploadScreening;
import org.safecase.identity.Authorisation;
import org.safecase.identity.Caller;
import org.safecase.identity.PolicyStaff;
import org.safecase.identity.SchoolFacts;
import org.safecase.identity.Schools;
import org.safecase.notification.PersonMails;
import org.safecase.platform.AuditAction;
import org.safecase.platform.AuditTrail;
import org.safecase.platform.ConflictException;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;
import org.safecase.platform.NotFoundException;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The boundary of a school's online-safety policy (issue #15 item 6, R-X-6): pages and the API
 * ask here, and every question of who may is identity's {@link Authorisation}. Publishing makes
 * the next version the one in force, so every member of staff is asked again; each acknowledges
 * for themselves; the head teacher (or an LA admin) sees, paged by name, who has and who has not,
 * and reminds them by e-mail. Publishing, acknowledging and reminding are in the audit trail.
 */
@ApplicationScoped
@Transactional
public class Policies {
    /** Versions listed on the policy page (a school publishes one or two a year). */
    static final int VERSIONS_LISTED = 50;
    /** The most people one "remind everyone" reaches (far above any school's staff). */
    static final int MAX_REMINDED = 2000;
    static final String POLICY_PAGE = "/policy/policy.xhtml";
    static final String MANAGE_PAGE = "/policy/manage.xhtml";

    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    Authorisation authorisation;
    @Inject
    Schools schools;
    @Inject
    PolicyStaff staff;
    @Inject
    UploadScreening screening;
    @Inject
    PersonMails mails;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /** The schools an LA admin picks from by name (their local authority's); empty for people of a school. */
    public Map<Long, String> choosableBy(Caller caller) {
        return schools.visibleChoicesFor(caller);
    }

    /** The school whose policy a caller sees when they name none: their own (an LA admin: the first they may pick). */
    public Long defaultSchool(Caller caller) {
        if (caller.schoolId() != null) {
            return caller.schoolId();
        }
        return choosableBy(caller).keySet().stream().findFirst().orElseThrow(() -> new NotFoundException("notFound.school"));
    }

    /** The school's policy as the caller sees it; not found for a school they may not read. */
    public SchoolPolicy of(Caller caller, Long schoolId) {
        SchoolFacts school = readable(caller, schoolId);
        LocalDate today = LocalDate.now(clock);
        Optional<PolicyVersion> current = current(school.id());
        boolean must = authorisation.mustAcknowledgePolicy(caller) && caller.belongsTo(school.id());
        LocalDateTime acknowledgedAt = current.filter(v -> must).map(v -> acknowledgedAt(v.getId(), caller.userId())).orElse(null);
        List<PolicyVersionView> versions = em.createQuery("select v from PolicyVersion v where v.schoolId = :school "
                        + "order by v.versionNumber desc", PolicyVersion.class)
                .setParameter("school", school.id()).setMaxResults(VERSIONS_LISTED).getResultStream()
                .map(v -> v.view(today)).toList();
        return new SchoolPolicy(school.id(), school.name(), current.map(v -> v.view(today)).orElse(null), must,
                acknowledgedAt, authorisation.mayManagePolicy(caller, school), versions);
    }

    /**
     * R-X-6: the home page's prompt for a member of staff who has not acknowledged their school's
     * version in force; empty for anyone else. One indexed read of two rows.
     */
    public Optional<PolicyPrompt> prompt(Caller caller) {
        if (!authorisation.mustAcknowledgePolicy(caller)) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT v.version_number, v.published_at FROM policy_current c "
                        + "JOIN policy_version v ON v.id = c.version_id LEFT JOIN policy_acknowledgement a "
                        + "ON a.version_id = c.version_id AND a.user_id = ? WHERE c.school_id = ? AND a.user_id IS NULL")
                .setParameter(1, caller.userId()).setParameter(2, caller.schoolId()).getResultList();
        return rows.stream().findFirst().map(row -> new PolicyPrompt(((Number) row[0]).intValue(),
                toLocal(row[1]), ((Number) row[0]).intValue() == 1));
    }

    /**
     * Publishes the school's next version (head teacher or LA admin): checked first (a title, text
     * or a PDF that passes the upload checks, a review date ahead); it is in force at once, so
     * every member of staff is asked to acknowledge it, including those who acknowledged the last.
     */
    public PolicyVersionView publish(Caller caller, Long schoolId, PolicyDraft draft) {
        SchoolFacts school = readable(caller, schoolId);
        authorisation.requireMayManagePolicy(caller, school);
        LocalDateTime now = LocalDateTime.now(clock);
        List<FieldProblem> problems = PolicyRules.problems(draft, now.toLocalDate());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        byte[] document = null;
        String sha256 = null;
        PolicyDraft kept = draft;
        if (draft.document() != null && draft.document().length > 0) {
            if (draft.document().length > org.safecase.evidence.Evidence.MAX_BYTES) {
                throw new InvalidInputException(List.of(new FieldProblem("document", "problem.evidence.tooLarge")));
            }
            if (EvidenceType.of(draft.document()).filter(EvidenceType.PDF::equals).isEmpty()) {
                throw new InvalidInputException(List.of(new FieldProblem("document", "problem.policy.pdfOnly")));
            }
            document = screening.screened(EvidenceType.PDF, draft.document(), "document");
            sha256 = sha256(document);
            kept = new PolicyDraft(draft.title(), null, null, PolicyRules.documentName(draft.documentName()),
                    draft.reviewDue(), draft.changeNote());
        }
        int next = em.createQuery("select coalesce(max(v.versionNumber), 0) from PolicyVersion v where v.schoolId = :school",
                Integer.class).setParameter("school", school.id()).getSingleResult() + 1;
        PolicyVersion version = new PolicyVersion(school.id(), next, kept, document, sha256, now, caller.userId());
        try {
            em.persist(version);
            em.flush();
        } catch (PersistenceException e) {
            // Two people published at the same moment: the unique (school, version) kept one.
            throw new ConflictException("conflict.policy.publishedMeanwhile");
        }
        em.createNativeQuery("INSERT INTO policy_current (school_id, version_id, review_due) VALUES (?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE version_id = VALUES(version_id), review_due = VALUES(review_due)")
                .setParameter(1, school.id()).setParameter(2, version.getId()).setParameter(3, version.getReviewDue())
                .executeUpdate();
        audit.record(caller.userId(), school.id(), AuditAction.POLICY_PUBLISHED, subject(version));
        return version.view(now.toLocalDate());
    }

    /**
     * R-X-6: the caller acknowledges the version in force at their school. Naming an older version
     * (the page was open while a new one was published) is a conflict: they are to read the new one.
     * Acknowledging twice keeps the first time.
     */
    public LocalDateTime acknowledge(Caller caller, Long schoolId, Long versionId) {
        SchoolFacts school = readable(caller, schoolId);
        authorisation.requireMayAcknowledgePolicy(caller, school);
        PolicyVersion current = current(school.id()).orElseThrow(() -> new NotFoundException("notFound.policy"));
        if (versionId != null && !versionId.equals(current.getId())) {
            throw new ConflictException("conflict.policy.newerVersion", current.getVersionNumber());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        int added = em.createNativeQuery("INSERT IGNORE INTO policy_acknowledgement (version_id, user_id, acknowledged_at) "
                        + "VALUES (?, ?, ?)")
                .setParameter(1, current.getId()).setParameter(2, caller.userId()).setParameter(3, now).executeUpdate();
        if (added == 1) {
            audit.record(caller.userId(), school.id(), AuditAction.POLICY_ACKNOWLEDGED, subject(current));
        }
        return acknowledgedAt(current.getId(), caller.userId());
    }

    /** How many of the school's staff the list has for this filter (head teacher or LA admin). */
    public long countStaff(Caller caller, Long schoolId, AcknowledgementFilter filter) {
        SchoolFacts school = managed(caller, schoolId);
        Map<Long, LocalDateTime> acknowledged = acknowledgements(school.id());
        return filter == AcknowledgementFilter.ALL ? staff.count(school.id(), List.of(), false)
                : staff.count(school.id(), acknowledged.keySet(), filter == AcknowledgementFilter.ACKNOWLEDGED);
    }

    /**
     * R-X-6: a page of the school's staff in name order, each with when they acknowledged the
     * version in force (head teacher or LA admin); paged in the database by identity.
     */
    public List<StaffAcknowledgement> staff(Caller caller, Long schoolId, AcknowledgementFilter filter, int first, int size) {
        SchoolFacts school = managed(caller, schoolId);
        Map<Long, LocalDateTime> acknowledged = acknowledgements(school.id());
        var members = filter == AcknowledgementFilter.ALL ? staff.page(school.id(), List.of(), false, first, size)
                : staff.page(school.id(), acknowledged.keySet(), filter == AcknowledgementFilter.ACKNOWLEDGED, first, size);
        return members.stream().map(m -> new StaffAcknowledgement(m.userId(), m.displayName(), m.email(),
                acknowledged.get(m.userId()))).toList();
    }

    /**
     * R-X-6: e-mails a reminder to acknowledge the version in force: to one member of staff
     * ({@code userId}), or to everyone who has not ({@code userId} null). A reminder goes to a person
     * at most once a day; mail made outside school hours waits for the morning (R-X-1a).
     *
     * @return how many reminders were queued now
     */
    public int remind(Caller caller, Long schoolId, Long userId) {
        SchoolFacts school = managed(caller, schoolId);
        PolicyVersion current = current(school.id()).orElseThrow(() -> new NotFoundException("notFound.policy"));
        Map<Long, LocalDateTime> acknowledged = acknowledgements(school.id());
        List<Long> to;
        if (userId == null) {
            to = staff.idsWithout(school.id(), acknowledged.keySet(), MAX_REMINDED);
        } else if (!staff.isStaffOf(userId, school.id())) {
            throw new NotFoundException("notFound.user");
        } else if (acknowledged.containsKey(userId)) {
            throw new ConflictException("conflict.policy.alreadyAcknowledged");
        } else {
            to = List.of(userId);
        }
        LocalDate today = LocalDate.now(clock);
        int queued = 0;
        for (Long person : to) {
            if (mails.queue(PolicyRules.reminderKey(current.getId(), person, today), person, school.id(),
                    "policy.reminder", POLICY_PAGE, school.name())) {
                queued++;
            }
        }
        audit.record(caller.userId(), school.id(), AuditAction.POLICY_REMINDED, subject(current));
        return queued;
    }

    /** A version's PDF for someone who may read the school's policy; not found otherwise, or for a text version. */
    public PolicyDocument document(Caller caller, Long versionId) {
        PolicyVersion version = versionId == null ? null : em.find(PolicyVersion.class, versionId);
        if (version == null || version.getDocument() == null) {
            throw new NotFoundException("notFound.policy");
        }
        readable(caller, version.getSchoolId());
        return new PolicyDocument(version.getDocumentName(), version.getDocument());
    }

    private SchoolFacts readable(Caller caller, Long schoolId) {
        SchoolFacts school = schools.visibleTo(caller, schoolId);
        if (!authorisation.mayReadPolicy(caller, school)) {
            throw new NotFoundException("notFound.school");
        }
        return school;
    }

    private SchoolFacts managed(Caller caller, Long schoolId) {
        SchoolFacts school = readable(caller, schoolId);
        authorisation.requireMayManagePolicy(caller, school);
        return school;
    }

    private Optional<PolicyVersion> current(Long schoolId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT version_id FROM policy_current WHERE school_id = ?")
                .setParameter(1, schoolId).getResultList();
        return ids.stream().findFirst().map(id -> em.find(PolicyVersion.class, id.longValue()));
    }

    /** Who acknowledged the school's version in force, and when (at most a school's staff). */
    private Map<Long, LocalDateTime> acknowledgements(Long schoolId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT a.user_id, a.acknowledged_at FROM policy_current c "
                        + "JOIN policy_acknowledgement a ON a.version_id = c.version_id WHERE c.school_id = ?")
                .setParameter(1, schoolId).getResultList();
        Map<Long, LocalDateTime> found = new HashMap<>();
        rows.forEach(row -> found.put(((Number) row[0]).longValue(), toLocal(row[1])));
        return found;
    }

    private LocalDateTime acknowledgedAt(Long versionId, Long userId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT acknowledged_at FROM policy_acknowledgement "
                        + "WHERE version_id = ? AND user_id = ?")
                .setParameter(1, versionId).setParameter(2, userId).getResultList();
        return rows.stream().findFirst().map(Policies::toLocal).orElse(null);
    }

    static String subject(PolicyVersion version) {
        return "policy:" + version.getSchoolId() + ":" + version.getVersionNumber();
    }

    private static LocalDateTime toLocal(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) value;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
