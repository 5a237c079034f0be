package org.safecase.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.safecase.identity.Authorisation;
import org.safecase.identity.CaseAccess;
import org.safecase.identity.CaseFacts;
import org.safecase.identity.CaseRights;
import org.safecase.identity.Caller;
import org.safecase.identity.CallerDirectory;
import org.safecase.identity.Schools;
import org.safecase.platform.AuditEntry;
import org.safecase.platform.Messages;
import org.safecase.workflow.CaseDiagram;
import org.safecase.workflow.CaseDiagrams;
import org.safecase.workflow.CaseSteps;
import org.safecase.workflow.admin.CaseMoves;
import org.safecase.platform.AuditAction;
import org.safecase.platform.AuditTrail;
import org.safecase.platform.NotFoundException;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/** Reads case records for a caller, scoped by {@link Authorisation}; each view is audited (R-X-3). */
@ApplicationScoped
@Transactional
public class CaseFiles {
    static final int MAX_PAGE = 100;
    /** Issue #14 item 9: an LA admin ran a failed step of the case again, in the timeline's words. */
    private static final Map<AuditAction, String> RERUN_STEPS = Map.of(
            AuditAction.FAILED_JOB_RETRIED, "timeline.failedJobRetried",
            AuditAction.FAILED_JOB_MOVED_BACK, "timeline.failedJobMovedBack");

    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    Authorisation authorisation;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    CaseSteps steps;
    @Inject
    CallerDirectory callers;
    @Inject
    Messages messages;
    @Inject
    CaseRecords records;
    @Inject
    CaseChronology chronology;
    @Inject
    Schools schools;
    @Inject
    CaseMoves moves;
    @Inject
    CaseDiagrams diagrams;
    @Inject
    jakarta.enterprise.event.Event<org.safecase.platform.CaseClosed> closings;

    public CaseView find(Caller caller, String reference) {
        Incident incident = byReference(reference).orElseThrow(() -> new NotFoundException("notFound.case"));
        CaseAccess access = accessTo(caller, incident);
        if (access == CaseAccess.NONE) {
            throw refused(caller, incident);
        }
        audit.record(caller.userId(), incident.getSchoolId(), AuditAction.CASE_VIEWED, incident.getReference());
        return switch (access) {
            case RECEIPT_ONLY -> CaseView.receivedOnly(incident);
            case HR_SUMMARY -> CaseView.hrSummary(incident).with(chronology.forHr(incident.getId()), List.of());
            default -> CaseView.of(incident).with(chronology.whole(incident.getId()), openSteps(reference));
        };
    }

    /** The report of a case already opened in full by its caller ({@link #openWhole}). */
    public IncidentDetails detailsOf(OpenCase open) {
        return em.find(Incident.class, open.incidentId()).details();
    }

    /** Whether the caller may know only that their report was received (their own child-protection report). */
    public boolean isReceiptOnlyFor(Caller caller, String reference) {
        return byReference(reference).map(incident -> accessTo(caller, incident) == CaseAccess.RECEIPT_ONLY).orElse(false);
    }

    /** Whether a case already opened by its caller is closed: nothing more is done on it (issue #11 item 3). */
    public boolean isClosed(OpenCase open) {
        return em.find(Incident.class, open.incidentId()).getStatus() == CaseStatus.CLOSED;
    }

    /** The case, if the caller may see all of it (not an HR summary or a receipt); else not-found. */
    public OpenCase openWhole(Caller caller, String reference) {
        Incident incident = byReference(reference).orElseThrow(() -> new NotFoundException("notFound.case"));
        CaseAccess access = accessTo(caller, incident);
        if (access != CaseAccess.FULL) {
            throw refused(caller, incident);
        }
        return new OpenCase(incident.getId(), incident.getReference(), incident.getSchoolId(),
                incident.getCategory().isChildProtection(), access);
    }

    /**
     * The case's story for those who may see the whole case: the report, every step done and every
     * move to another version of its workflow (issue #14 item 6) or failed step an LA admin ran again
     * (item 9), by whom and when, then the steps open now (R-X-3). Others get not-found.
     */
    public CaseTimeline timeline(Caller caller, String reference) {
        OpenCase whole = openWhole(caller, reference);
        audit.record(caller.userId(), whole.schoolId(), AuditAction.TIMELINE_VIEWED, reference);
        List<CaseSteps.Step> done = steps.done(reference);
        List<CaseSteps.Step> open = steps.open(reference);
        List<AuditEntry> changes = audit.changesTo(reference, CaseSteps.MAX_STEPS);
        List<AuditEntry> reported = changes.stream().filter(e -> e.action() == AuditAction.INCIDENT_REPORTED).toList();
        List<AuditEntry> rerun = changes.stream().filter(e -> RERUN_STEPS.containsKey(e.action())).toList();
        Set<String> people = new HashSet<>();
        done.forEach(s -> people.add(s.workflowUser()));
        open.forEach(s -> people.add(s.workflowUser()));
        reported.forEach(e -> people.add("user:" + e.actorId()));
        rerun.forEach(e -> people.add("user:" + e.actorId()));
        Map<String, String> names = callers.displayNames(people);
        List<TimelineEntry> happened = new ArrayList<>();
        reported.forEach(e -> happened.add(new TimelineEntry(messages.get("timeline.reported"),
                e.occurredAt().atZone(clock.getZone()).toInstant(), names.get("user:" + e.actorId()), null)));
        done.forEach(s -> happened.add(new TimelineEntry(s.name(), s.at(), names.get(s.workflowUser()), null)));
        moves.of(reference).forEach(m -> happened.add(new TimelineEntry(messages.get("timeline.moved", m.fromVersion(),
                m.toVersion(), m.modelName(), m.movedBy()), m.at(), m.movedBy(), null)));
        rerun.forEach(e -> happened.add(new TimelineEntry(messages.get(RERUN_STEPS.get(e.action())),
                e.occurredAt().atZone(clock.getZone()).toInstant(), names.get("user:" + e.actorId()), null)));
        happened.sort(java.util.Comparator.comparing(TimelineEntry::at, java.util.Comparator.nullsLast(
                java.util.Comparator.naturalOrder())));
        return new CaseTimeline(happened, open.stream()
                .map(s -> new TimelineEntry(s.name(), s.at(), names.get(s.workflowUser()), s.due())).toList(),
                chronology.whole(idOf(reference)));
    }

    /**
     * Issue #14 item 8: where the case is on its process model's diagram, for those who may see the
     * whole case (as its timeline); others get not-found. Empty when no process has run for it.
     */
    public Optional<CaseDiagram> diagram(Caller caller, String reference) {
        return diagrams.of(openWhole(caller, reference).reference());
    }

    private List<OpenStep> openSteps(String reference) {
        List<CaseSteps.Step> open = steps.open(reference);
        Set<String> people = new HashSet<>();
        open.forEach(s -> people.add(s.workflowUser()));
        people.remove(null);
        Map<String, String> names = callers.displayNames(people);
        return open.stream().map(s -> new OpenStep(s.taskId(), s.name(), s.at(),
                s.workflowUser() == null ? null : names.get(s.workflowUser()), s.due(), null)).toList();
    }

    /** R-ST-1: the caller's own reports, newest first, paged in the database. */
    public List<CaseSummary> myReports(Caller caller, int first, int size) {
        return em.createQuery("select i from Incident i where i.reporterId = :me order by i.reportedAt desc, i.id desc",
                        Incident.class)
                .setParameter("me", caller.userId())
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(size, MAX_PAGE)))
                .getResultStream()
                .map(i -> new CaseSummary(i.getReference(), i.getCategory(),
                        i.getCategory().isChildProtection() ? null : i.getStatus(), i.getReportedAt()))
                .toList();
    }

    public long countMyReports(Caller caller) {
        return em.createQuery("select count(i) from Incident i where i.reporterId = :me", Long.class)
                .setParameter("me", caller.userId()).getSingleResult();
    }

    /**
     * The answer to a refused caller is the same as for a missing case; for a child-protection
     * case the attempt is also written to the audit trail (R-SX-1).
     */
    private NotFoundException refused(Caller caller, Incident incident) {
        if (incident.getCategory().isChildProtection()) {
            audit.recordRefusal(caller.userId(), incident.getSchoolId(), incident.getReference());
        }
        return new NotFoundException("notFound.case");
    }

    /**
     * What the caller may do on the case, for a page to offer; none for a case it may not see or
     * that does not exist. Not audited: the page that shows the case has recorded the view or the refusal.
     */
    public CaseRights rights(Caller caller, String reference) {
        return byReference(reference)
                .map(i -> authorisation.rights(caller, factsOf(i), i.getStatus() == CaseStatus.CLOSED))
                .orElse(CaseRights.NONE);
    }

    /** Most access-log rows shown at once, newest first. */
    static final int ACCESS_LOG_ROWS = 100;

    /**
     * R-X-3: who opened the case and who was refused, newest first, for those {@link Authorisation}
     * lets see it; everyone else gets the answer a missing case gets.
     */
    public List<AccessLogEntry> accessLog(Caller caller, String reference) {
        Incident incident = byReference(reference).orElseThrow(() -> new NotFoundException("notFound.case"));
        if (!authorisation.mayReadAccessLog(caller, factsOf(incident))) {
            throw refused(caller, incident);
        }
        List<org.safecase.platform.AuditEntry> rows = audit.accessesTo(reference, ACCESS_LOG_ROWS);
        Map<String, String> names = callers.displayNames(rows.stream().filter(r -> r.actorId() != null)
                .map(r -> "user:" + r.actorId()).collect(java.util.stream.Collectors.toSet()));
        return rows.stream().map(r -> new AccessLogEntry(r.occurredAt().atZone(clock.getZone()).toInstant(),
                r.actorId() == null ? null : names.get("user:" + r.actorId()),
                r.action() == AuditAction.ACCESS_REFUSED, messages.get("audit." + r.action().name()))).toList();
    }

    /** Whether the caller may see the case's access log (the page asks before loading it). */
    public boolean mayReadAccessLog(Caller caller, String reference) {
        return byReference(reference).map(i -> authorisation.mayReadAccessLog(caller, factsOf(i))).orElse(false);
    }

    private CaseAccess accessTo(Caller caller, Incident incident) {
        return authorisation.access(caller, factsOf(incident));
    }

    private CaseFacts factsOf(Incident incident) {
        Long localAuthorityId = schools.facts(incident.getSchoolId()).localAuthorityId();
        return new CaseFacts(incident.getSchoolId(), localAuthorityId,
                incident.getReporterId(), incident.getCategory().isChildProtection(), incident.isHandedToHr());
    }

    Optional<Incident> byReference(String reference) {
        if (reference == null || reference.length() > 20) {
            return Optional.empty();
        }
        return em.createQuery("select i from Incident i where i.reference = :reference", Incident.class)
                .setParameter("reference", reference)
                .getResultStream().findFirst();
    }

    /** Called from the process when the lead has triaged the report: the status follows the triage record. */
    void markTriaged(String reference) {
        records.refreshStatus(require(reference));
    }

    void handToHr(String reference) {
        require(reference).handedToHr();
    }

    /** R-ST-13: {@code satisfied} null when the staff member gave no answer by the deadline. */
    void close(String reference, Boolean satisfied) {
        Incident incident = require(reference);
        incident.closed(LocalDateTime.now(clock), satisfied);
        closed(incident);
    }

    void recordReferralDecision(String reference, int tableVersion, boolean required, boolean urgent) {
        require(reference).referralDecided(tableVersion, required, urgent);
    }

    void closeByDsl(String reference) {
        Incident incident = require(reference);
        incident.closedByDsl(LocalDateTime.now(clock));
        closed(incident);
    }

    /** R-X-5 (issue #15 item 5): the retention schedule reads the closed case's row, so it is written first. */
    private void closed(Incident incident) {
        em.flush();
        closings.fire(new org.safecase.platform.CaseClosed(incident.getId(), incident.getReference()));
    }

    /** The database id of a case, for records that belong to it; called from the process only. */
    public long idOf(String reference) {
        return require(reference).getId();
    }

    private Incident require(String reference) {
        return byReference(reference).orElseThrow(() -> new NotFoundException("notFound.case"));
    }

    /**
     * Issue #15 item 2: who a case belongs to and how much of it the caller may see, for a feature
     * that decides by rules of its own (confidential notes are their author's, whatever the case's
     * readers may see, R-X-2). Neither checked nor audited here: the asking boundary decides with
     * {@link Authorisation} and audits; empty for no such case.
     */
    public Optional<CaseParties> parties(Caller caller, String reference) {
        return byReference(reference).map(i -> {
            CaseFacts facts = factsOf(i);
            return new CaseParties(i.getId(), i.getReference(), facts, i.getStatus() == CaseStatus.CLOSED,
                    authorisation.access(caller, facts));
        });
    }

    /** As {@link #parties(Caller, String)}, for cases known by id (another feature's rows of them), by id. */
    public Map<Long, CaseParties> parties(Caller caller, java.util.Collection<Long> incidentIds) {
        if (incidentIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select i from Incident i where i.id in :ids", Incident.class)
                .setParameter("ids", List.copyOf(incidentIds)).getResultStream()
                .collect(java.util.stream.Collectors.toMap(Incident::getId, i -> {
                    CaseFacts facts = factsOf(i);
                    return new CaseParties(i.getId(), i.getReference(), facts, i.getStatus() == CaseStatus.CLOSED,
                            authorisation.access(caller, facts));
                }));
    }
}
