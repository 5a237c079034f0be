package org.safecase.identity;

import jakarta.enterprise.context.ApplicationScoped;
import org.safecase.platform.NotAllowedException;
import org.safecase.platform.NotFoundException;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place that decides what a caller may see or do (DOMAIN.md "Who uses it"). Pages,
 * REST resources and task queries all ask here; nothing is hidden merely by not rendering it.
 * Schools are tenants: a case is only ever visible inside its own school.
 */
@ApplicationScoped
public class Authorisation {
    /** Issue #15 item 1: every refusal in words is kept in the audit trail; absent where rules are tested alone. */
    @jakarta.inject.Inject
    org.safecase.platform.AuditTrail audit;

    /**
     * R-X-3 (issue #15 item 1): a refused attempt, recorded in its own transaction (it outlives the
     * refusal's rollback) with who, their school and which rule refused them (subject
     * {@code refusal:<message key>}: never what they asked for), then the refusal to throw.
     */
    private NotAllowedException refused(Caller caller, String key) {
        if (audit != null && caller != null && caller.userId() != null) {
            audit.recordRefusal(caller.userId(), caller.schoolId(), "refusal:" + key);
        }
        return new NotAllowedException(key);
    }

    /** Any member of a school may report an incident; LA-level users report through a school. */
    public void requireMayReport(Caller caller) {
        if (caller.schoolId() == null) {
            throw refused(caller, "refusal.reportSchoolMembersOnly");
        }
    }

    /**
     * Staff cases: the reporter, the school's online-safety leads and head teacher.
     * Child-protection cases: the reporter sees only that it was received (R-SX-1); the case is
     * for the school's DSL, deputy DSL and head teacher.
     */
    public boolean mayReadCase(Caller caller, Long caseSchoolId, Long reporterId, boolean childProtection) {
        if (!caller.belongsTo(caseSchoolId)) {
            return false;
        }
        if (childProtection) {
            return caller.hasAny(Role.DSL, Role.DEPUTY_DSL, Role.HEAD_TEACHER);
        }
        return caller.userId().equals(reporterId) || caller.hasAny(Role.ONLINE_SAFETY_LEAD, Role.HEAD_TEACHER);
    }

    /**
     * R-X-3: who may see who opened a case and who was refused: for a child-protection case its
     * school's DSL, deputy DSL and head teacher; for a staff case its school's online-safety leads
     * and head teacher (not the reporter, whose own report it is).
     */
    public boolean mayReadAccessLog(Caller caller, CaseFacts facts) {
        if (!caller.belongsTo(facts.schoolId())) {
            return false;
        }
        return facts.childProtection() ? caller.hasAny(Role.DSL, Role.DEPUTY_DSL, Role.HEAD_TEACHER)
                : caller.hasAny(Role.ONLINE_SAFETY_LEAD, Role.HEAD_TEACHER);
    }

    /** Throws not-found (never "forbidden") so that the existence of a case is not leaked. */
    public void requireMayReadCase(Caller caller, Long caseSchoolId, Long reporterId, boolean childProtection) {
        if (!mayReadCase(caller, caseSchoolId, reporterId, childProtection)) {
            throw new NotFoundException("notFound.case");
        }
    }

    /**
     * How much of a case the caller may see: the school's own people as {@link #mayReadCase};
     * LA HR officers a summary of staff cases handed to them (R-ST-9), never a child-protection
     * case; the reporter of a child-protection case only that it was received (R-SX-1).
     */
    public CaseAccess access(Caller caller, CaseFacts facts) {
        if (mayReadCase(caller, facts.schoolId(), facts.reporterId(), facts.childProtection())) {
            return CaseAccess.FULL;
        }
        if (facts.childProtection() && caller.belongsTo(facts.schoolId()) && caller.userId().equals(facts.reporterId())) {
            return CaseAccess.RECEIPT_ONLY;
        }
        if (!facts.childProtection() && facts.handedToHr() && caller.has(Role.HR_OFFICER)
                && facts.localAuthorityId() != null && facts.localAuthorityId().equals(caller.localAuthorityId())) {
            return CaseAccess.HR_SUMMARY;
        }
        return CaseAccess.NONE;
    }

    /**
     * What the caller may do on a case (R-SX-1, R-SX-4, R-SX-7): only on a case it may see in
     * full; a staff case is re-categorised by its online-safety lead or head teacher while still
     * open; a child-protection case is referred and closed by the DSL or deputy DSL.
     */
    public CaseRights rights(Caller caller, CaseFacts facts, boolean closed) {
        if (access(caller, facts) != CaseAccess.FULL) {
            return CaseRights.NONE;
        }
        boolean childProtection = facts.childProtection();
        boolean safeguardingLead = childProtection && maySafeguard(caller);
        return new CaseRights(true, childProtection, !childProtection && !closed && mayRecategorise(caller),
                safeguardingLead && !closed, safeguardingLead && !closed);
    }

    /** R-SX-1: the school's online-safety lead or head teacher turns a staff case into child protection. */
    public void requireMayRecategorise(Caller caller) {
        if (!mayRecategorise(caller)) {
            throw refused(caller, "refusal.recategoriseLeadOrHead");
        }
    }

    /** R-SX-4, R-SX-7: a child-protection case is referred and closed by the school's DSL or deputy DSL. */
    public void requireMaySafeguard(Caller caller) {
        if (!maySafeguard(caller)) {
            throw refused(caller, "refusal.childProtectionDslOnly");
        }
    }

    private static boolean mayRecategorise(Caller caller) {
        return caller.hasAny(Role.ONLINE_SAFETY_LEAD, Role.HEAD_TEACHER);
    }

    private static boolean maySafeguard(Caller caller) {
        return caller.hasAny(Role.DSL, Role.DEPUTY_DSL);
    }

    /**
     * Which cases the caller may list and export in the case register: those it may open in full
     * ({@link #mayReadCase}, without the reporter's own reports) or, for LA HR, as a summary
     * ({@link #access}). Plain staff, governors and LA admins list nothing (no case content).
     */
    public CaseListScope listScope(Caller caller) {
        Long school = caller.schoolId();
        boolean staffCases = school != null && caller.hasAny(Role.ONLINE_SAFETY_LEAD, Role.HEAD_TEACHER);
        boolean childProtectionCases = school != null && caller.hasAny(Role.DSL, Role.DEPUTY_DSL, Role.HEAD_TEACHER);
        Long hrLocalAuthority = caller.has(Role.HR_OFFICER) ? caller.localAuthorityId() : null;
        return new CaseListScope(staffCases || childProtectionCases ? school : null, staffCases,
                childProtectionCases, hrLocalAuthority);
    }

    /** Members of a school, and LA admins of its local authority, may see its calendar. */
    public boolean maySeeSchool(Caller caller, SchoolFacts school) {
        return caller.belongsTo(school.id()) || isAdminOf(caller, school);
    }

    /** A school's settings (closure dates, letter wording) are kept by its head teacher or an LA admin. */
    public void requireMayManageSchoolCalendar(Caller caller, SchoolFacts school) {
        boolean head = caller.belongsTo(school.id()) && caller.has(Role.HEAD_TEACHER);
        if (!head && !isAdminOf(caller, school)) {
            throw refused(caller, "refusal.closuresHeadOrAdmin");
        }
    }

    /** Acting for the school towards outsiders (letters to posters): its online-safety leads and head teacher. */
    public void requireMayActForSchool(Caller caller) {
        if (!caller.hasAny(Role.ONLINE_SAFETY_LEAD, Role.HEAD_TEACHER)) {
            throw refused(caller, "refusal.letterLeadOrHead");
        }
    }

    /**
     * The pages the caller can use (item 5 of issue #11): staff report and follow their reports;
     * whoever is offered a school's or the LA's tasks, or has one waiting ({@code tasksWaiting}: a
     * reporter asked at closure, an LA admin told of a failed job), has the inbox; the case register
     * as {@link #listScope}; the provider directory for those who ask providers to take content
     * down and the LA admins who keep it; its own
     * school's closure dates for a head teacher (LA admins choose a school on their home page).
     */
    public Navigation navigation(Caller caller, long tasksWaiting) {
        boolean inSchool = caller.schoolId() != null;
        boolean inbox = !caseWorkGroups(caller).isEmpty() || tasksWaiting > 0;
        boolean cases = !listScope(caller).coversNothing();
        boolean providers = caller.hasAny(Role.ONLINE_SAFETY_LEAD, Role.HEAD_TEACHER, Role.LA_ADMIN);
        boolean calendar = inSchool && caller.has(Role.HEAD_TEACHER);
        return new Navigation(inSchool, inSchool, inbox, cases, providers, calendar,
                caller.has(Role.GOVERNOR), caller.has(Role.LA_ADMIN), staffScope(caller).coversAnyone(),
                policyOffered(caller), mayReadGuidance(caller));
    }

    /** LA-wide reference data (e.g. the provider directory) is kept by LA admins. */
    public boolean mayEditProviders(Caller caller) {
        return caller.has(Role.LA_ADMIN);
    }

    /** As {@link #mayEditProviders}, for the boundary that saves LA-wide reference data. */
    public void requireLaAdmin(Caller caller) {
        if (!mayEditProviders(caller)) {
            throw refused(caller, "refusal.laAdminOnly");
        }
    }

    /**
     * Issue #14: the process models and decision tables are the installation's, shared by every
     * school it serves; LA admins change, deploy and migrate them and look after failed jobs.
     */
    public boolean mayAdministerWorkflows(Caller caller) {
        return caller.has(Role.LA_ADMIN);
    }

    /** As {@link #mayAdministerWorkflows}, for every page and endpoint of workflow administration. */
    public void requireMayAdministerWorkflows(Caller caller) {
        if (!mayAdministerWorkflows(caller)) {
            throw refused(caller, "refusal.workflows.laAdminOnly");
        }
    }

    /**
     * Item 1 of issue #12: whose API tokens the caller may make, list and revoke: their own; an
     * LA admin's also those of the users of their own local authority.
     */
    public boolean mayManageTokensOf(Caller caller, Long ownerId, Long ownerLocalAuthorityId) {
        return caller.userId().equals(ownerId) || caller.has(Role.LA_ADMIN) && ownerLocalAuthorityId != null
                && ownerLocalAuthorityId.equals(caller.localAuthorityId());
    }

    /** The local authority whose users' API tokens the caller lists beside their own (an LA admin's), or null. */
    public Long tokenLocalAuthority(Caller caller) {
        return caller.has(Role.LA_ADMIN) ? caller.localAuthorityId() : null;
    }

    /**
     * Issue #13 item 3: whose accounts the caller looks after. An LA admin: every user of their
     * local authority, any role. A head teacher: their own school's staff, giving or taking away
     * the school roles below their own (never head teacher, and never an LA role). Anyone else:
     * nobody.
     */
    public StaffScope staffScope(Caller caller) {
        if (caller.has(Role.LA_ADMIN) && caller.localAuthorityId() != null) {
            return new StaffScope(caller.localAuthorityId(), null, java.util.EnumSet.allOf(Role.class), true);
        }
        if (caller.has(Role.HEAD_TEACHER) && caller.schoolId() != null) {
            return new StaffScope(caller.localAuthorityId(), caller.schoolId(), java.util.EnumSet.of(Role.STAFF,
                    Role.ONLINE_SAFETY_LEAD, Role.DSL, Role.DEPUTY_DSL, Role.GOVERNOR), false);
        }
        return StaffScope.NONE;
    }

    /**
     * Whether the caller may change a user's roles from {@code before} to {@code after}: the user
     * is in their {@link #staffScope}, and every role given or taken away is one they may assign; a
     * head teacher never changes their own roles (they would give themselves a DSL's powers) nor
     * those of another head teacher: an LA admin does.
     * Refused in words; a user out of scope is not found.
     */
    public void requireMayChangeRoles(Caller caller, Long userId, Long userLocalAuthorityId, Long userSchoolId,
                                      java.util.Set<Role> before, java.util.Set<Role> after) {
        StaffScope scope = staffScope(caller);
        if (!scope.covers(userLocalAuthorityId, userSchoolId)) {
            throw new NotFoundException("notFound.user");
        }
        if (!scope.administers() && (caller.userId().equals(userId) || before.contains(Role.HEAD_TEACHER))) {
            throw refused(caller, "refusal.staff.notOwnOrHeadsRoles");
        }
        java.util.Set<Role> changed = java.util.EnumSet.noneOf(Role.class);
        changed.addAll(before);
        changed.addAll(after);
        changed.removeIf(role -> before.contains(role) && after.contains(role));
        if (!scope.assignable().containsAll(changed)) {
            throw refused(caller, "refusal.staff.roleNotYours");
        }
    }

    /** Creating, correcting, deactivating users, password links, imports and schools: LA admins of the user's local authority. */
    public void requireMayAdministerUser(Caller caller, Long userLocalAuthorityId, Long userSchoolId) {
        StaffScope scope = staffScope(caller);
        if (!scope.covers(userLocalAuthorityId, userSchoolId)) {
            throw new NotFoundException("notFound.user");
        }
        if (!scope.administers()) {
            throw refused(caller, "refusal.staff.laAdminOnly");
        }
    }

    /** As {@link #staffScope}, refused in words (and audited) when it covers nobody: lists of staff are for those who look after some. */
    public StaffScope requireStaffScope(Caller caller) {
        StaffScope scope = staffScope(caller);
        if (!scope.coversAnyone()) {
            throw refused(caller, "refusal.staff.none");
        }
        return scope;
    }

    /** Tokens are made with a password, never by a token (which would let a stolen token renew itself). */
    public void requireMayMakeTokens(Caller caller, boolean byToken) {
        if (byToken) {
            throw refused(caller, "refusal.token.notByToken");
        }
    }

    /** Keeping the local authority itself (issue #13 item 3): its schools, new users, imports and settings; its LA admins. */
    public void requireLocalAuthorityAdministration(Caller caller) {
        if (!staffScope(caller).administers()) {
            throw refused(caller, "refusal.staff.laAdminOnly");
        }
    }

    private static boolean isAdminOf(Caller caller, SchoolFacts school) {
        return caller.has(Role.LA_ADMIN) && school.localAuthorityId().equals(caller.localAuthorityId());
    }

    /**
     * The tasks a caller may hand on to someone else: those they may see, and for a head teacher
     * also their school's online-safety leads' and DSLs' tasks (a head teacher may read both kinds
     * of case, {@link #mayReadCase}).
     */
    public TaskScope reassignScope(Caller caller) {
        TaskScope seen = taskScope(caller);
        if (!caller.has(Role.HEAD_TEACHER) || caller.schoolId() == null) {
            return seen;
        }
        List<String> groups = new ArrayList<>(seen.candidateGroups());
        for (String group : List.of(SchoolGroups.onlineSafetyLeads(caller.schoolId()),
                SchoolGroups.safeguardingLeads(caller.schoolId()))) {
            if (!groups.contains(group)) {
                groups.add(group);
            }
        }
        return new TaskScope(seen.userId(), groups);
    }

    /**
     * Whether the caller may hand a task offered to {@code taskGroups}, held by {@code holder}
     * (a workflow user id, or null), to {@code target}: the target must be an active member of
     * one of the task's own groups (lead to lead, DSL to deputy DSL), {@code groupMembers} being
     * those members; the caller must hold the task, belong to one of its groups, or be the head
     * teacher of the school whose leads or DSLs it is offered to.
     */
    public void requireMayReassign(Caller caller, List<String> taskGroups, String holder, String target,
                                   java.util.Set<String> groupMembers) {
        String me = workflowUserId(caller);
        List<String> callerGroups = reassignScope(caller).candidateGroups();
        boolean mayAct = me.equals(holder) || taskGroups.stream().anyMatch(callerGroups::contains);
        if (!mayAct) {
            throw refused(caller, "refusal.reassignOwnTaskOnly");
        }
        if (target == null || !groupMembers.contains(target)) {
            throw refused(caller, "refusal.reassignWithinGroup");
        }
    }

    /**
     * The tasks a caller may see: assigned to them, or offered to their own school's groups (LA HR:
     * their LA's); an LA admin's, the notices of failed jobs offered to the workflow administrators
     * (issue #14 item 9).
     */
    public TaskScope taskScope(Caller caller) {
        List<String> groups = caseWorkGroups(caller);
        if (mayAdministerWorkflows(caller)) {
            groups.add(SchoolGroups.workflowAdministrators());
        }
        return new TaskScope(workflowUserId(caller), groups);
    }

    /** The groups whose case work the caller does: their school's (LA HR: their LA's). */
    private static List<String> caseWorkGroups(Caller caller) {
        List<String> groups = new ArrayList<>();
        if (caller.schoolId() != null) {
            if (caller.has(Role.ONLINE_SAFETY_LEAD)) {
                groups.add(SchoolGroups.onlineSafetyLeads(caller.schoolId()));
            }
            if (caller.hasAny(Role.DSL, Role.DEPUTY_DSL)) {
                groups.add(SchoolGroups.safeguardingLeads(caller.schoolId()));
            }
            if (caller.has(Role.DEPUTY_DSL)) {
                groups.add(SchoolGroups.deputySafeguardingLeads(caller.schoolId()));
            }
            if (caller.has(Role.HEAD_TEACHER)) {
                groups.add(SchoolGroups.headTeacher(caller.schoolId()));
            }
        }
        if (caller.has(Role.HR_OFFICER) && caller.localAuthorityId() != null) {
            groups.add(SchoolGroups.hrOfficers(caller.localAuthorityId()));
        }
        return groups;
    }

    public static String workflowUserId(Caller caller) {
        return workflowUserId(caller.userId());
    }

    public static String workflowUserId(Long userId) {
        return "user:" + userId;
    }

    // Issue #15 items 3 and 4: the governors' annual report and the LA dashboard (R-X-4).

    /**
     * The governors' annual report of a school (aggregates only, never a case): its governors and
     * head teacher, and the LA admins of its local authority. Nobody else, its other staff included.
     */
    public boolean mayReadGovernorsReport(Caller caller, SchoolFacts school) {
        return caller.belongsTo(school.id()) && caller.hasAny(Role.GOVERNOR, Role.HEAD_TEACHER) || isAdminOf(caller, school);
    }

    /** As {@link #mayReadGovernorsReport}; a school the caller may not report on is not found, like one that does not exist. */
    public void requireMayReadGovernorsReport(Caller caller, SchoolFacts school) {
        if (!mayReadGovernorsReport(caller, school)) {
            throw new NotFoundException("notFound.school");
        }
    }

    /** The LA dashboard (every school's figures side by side and the LA's totals): the LA's admins. */
    public boolean mayReadLaDashboard(Caller caller) {
        return caller.has(Role.LA_ADMIN) && caller.localAuthorityId() != null;
    }

    public void requireMayReadLaDashboard(Caller caller) {
        if (!mayReadLaDashboard(caller)) {
            throw refused(caller, "refusal.report.laAdminOnly");
        }
    }

    /** Whether the navigation offers the annual report: a school's governors and head teacher, and LA admins. */
    public boolean offersGovernorsReport(Caller caller) {
        return caller.schoolId() != null && caller.hasAny(Role.GOVERNOR, Role.HEAD_TEACHER) || mayReadLaDashboard(caller);
    }

    /** As {@link #offersGovernorsReport}, refused in words (and audited) for anyone else. */
    public void requireMayReadGovernorsReports(Caller caller) {
        if (!offersGovernorsReport(caller)) {
            throw refused(caller, "refusal.report.governorsHeadOrAdmin");
        }
    }

    // Issue #15 item 5: retention and destruction (R-X-5)

    /**
     * Who has the retention page: a school's DSL and deputy DSL (their school's child-protection
     * records, which they review when due) and LA admins (every record of their local authority's
     * schools, references only, never content).
     */
    public boolean mayReviewRetention(Caller caller) {
        return caller.has(Role.LA_ADMIN) && caller.localAuthorityId() != null
                || caller.schoolId() != null && caller.hasAny(Role.DSL, Role.DEPUTY_DSL);
    }

    /** As {@link #mayReviewRetention}, for the page and every action of retention. */
    public void requireMayReviewRetention(Caller caller) {
        if (!mayReviewRetention(caller)) {
            throw refused(caller, "refusal.retention.dslOrLaAdmin");
        }
    }

    /**
     * Whether the caller sees a record on the due list and may confirm its destruction: an LA admin
     * of the school's local authority, any record; the school's own DSL or deputy DSL, its
     * child-protection records. Anyone else: the record is not found.
     */
    public boolean mayDestroyRecord(Caller caller, Long schoolId, Long schoolLocalAuthorityId, boolean childProtection) {
        if (caller.has(Role.LA_ADMIN) && schoolLocalAuthorityId != null
                && schoolLocalAuthorityId.equals(caller.localAuthorityId())) {
            return true;
        }
        return childProtection && caller.belongsTo(schoolId) && caller.hasAny(Role.DSL, Role.DEPUTY_DSL);
    }

    /** Legal holds (R-X-5) are set and lifted by LA admins only, for their own local authority's records. */
    public boolean mayHoldRecords(Caller caller) {
        return caller.has(Role.LA_ADMIN) && caller.localAuthorityId() != null;
    }

    /** As {@link #mayHoldRecords}. */
    public void requireMayHoldRecords(Caller caller) {
        if (!mayHoldRecords(caller)) {
            throw refused(caller, "refusal.retention.holdLaAdminOnly");
        }
    }

    // Issue #15 item 6: policy acknowledgement and staff guidance (R-X-6)

    /**
     * R-X-6: the school's staff, who acknowledge each version of its online-safety policy: everyone
     * of the school holding a staff role (a member of staff, its online-safety leads, DSLs, deputy
     * DSLs and head teacher). Governors are not staff and are not asked; LA-level users belong to no
     * school.
     */
    static final java.util.Set<Role> POLICY_STAFF = java.util.EnumSet.of(Role.STAFF, Role.ONLINE_SAFETY_LEAD,
            Role.DSL, Role.DEPUTY_DSL, Role.HEAD_TEACHER);

    /** R-X-6: whether the caller is one of a school's staff, who must acknowledge its policy. */
    public boolean mustAcknowledgePolicy(Caller caller) {
        return caller.schoolId() != null && caller.roles().stream().anyMatch(POLICY_STAFF::contains);
    }

    /** R-X-6: a school's policy is read by everyone of that school (governors too) and its LA's admins. */
    public boolean mayReadPolicy(Caller caller, SchoolFacts school) {
        return caller.belongsTo(school.id()) || isAdminOf(caller, school);
    }

    /**
     * R-X-6: the school's head teacher (and an LA admin of its local authority) publishes new
     * versions, sees who has not acknowledged the one in force and reminds them.
     */
    public boolean mayManagePolicy(Caller caller, SchoolFacts school) {
        return caller.belongsTo(school.id()) && caller.has(Role.HEAD_TEACHER) || isAdminOf(caller, school);
    }

    /** As {@link #mayManagePolicy}, refused in words. */
    public void requireMayManagePolicy(Caller caller, SchoolFacts school) {
        if (!mayManagePolicy(caller, school)) {
            throw refused(caller, "refusal.policy.headOrAdmin");
        }
    }

    /** R-X-6: acknowledging is for the school's own staff ({@link #mustAcknowledgePolicy}), each for themselves. */
    public void requireMayAcknowledgePolicy(Caller caller, SchoolFacts school) {
        if (!caller.belongsTo(school.id()) || !mustAcknowledgePolicy(caller)) {
            throw refused(caller, "refusal.policy.staffOnly");
        }
    }

    /** R-X-6: the staff guidance is for every signed-in person, whatever their role. */
    public boolean mayReadGuidance(Caller caller) {
        return caller != null && caller.userId() != null;
    }

    /** The policy page in the navigation: people of a school, and LA admins (who pick a school there). */
    boolean policyOffered(Caller caller) {
        return caller.schoolId() != null || caller.has(Role.LA_ADMIN) && caller.localAuthorityId() != null;
    }

    // Issue #15 item 2: confidential notes (R-X-2)

    /**
     * R-X-2: a staff member keeps confidential notes (personal or union business) on their own staff
     * case: one they reported, in their own school. Never on a child-protection case, whose reporter
     * sees only that it was received (R-SX-1) and where no file is kept (R-SX-2).
     */
    public boolean mayKeepNotes(Caller caller, CaseFacts facts) {
        return !facts.childProtection() && caller.belongsTo(facts.schoolId()) && caller.userId().equals(facts.reporterId());
    }

    /**
     * As {@link #mayKeepNotes}: someone who may not see the case at all is answered as for a case that
     * does not exist; someone who may (its lead, its head teacher) is refused in words.
     */
    public void requireMayKeepNotes(Caller caller, CaseFacts facts, CaseAccess access) {
        if (mayKeepNotes(caller, facts)) {
            return;
        }
        if (access == CaseAccess.NONE) {
            throw new NotFoundException("notFound.case");
        }
        throw refused(caller, "refusal.notes.ownCaseOnly");
    }

    /**
     * R-X-2: a confidential note is read by its author and by the people the author named and has not
     * revoked ({@code grantedToCaller}), no one else: no role reads it by virtue of the role, not the
     * head teacher, the case's lead, a DSL, LA HR or an LA admin.
     */
    public boolean mayReadNote(Caller caller, Long authorId, boolean grantedToCaller) {
        return caller.userId().equals(authorId) || grantedToCaller;
    }

    /** R-X-2: only the author says who else may read a note, and takes it back. */
    public boolean mayShareNote(Caller caller, Long authorId) {
        return caller.userId().equals(authorId);
    }

    /**
     * R-X-2: whom an author may name: an active user of the case's local authority (a colleague, a
     * union representative on the staff, LA HR...), not themselves. Anyone else is answered as a
     * name that does not exist, so that the users of other local authorities are not revealed.
     */
    public boolean mayReceiveNote(Caller author, Caller grantee, CaseFacts facts) {
        return !grantee.userId().equals(author.userId()) && facts.localAuthorityId() != null
                && facts.localAuthorityId().equals(grantee.localAuthorityId());
    }
    // Issue #15 item 1: the audit trail's search and chain check (R-X-3)

    /** Whether the caller may search their local authority's audit trail: LA admins only (never case content). */
    public boolean maySearchAuditTrail(Caller caller) {
        return caller.has(Role.LA_ADMIN) && caller.localAuthorityId() != null;
    }

    /** As {@link #maySearchAuditTrail}, for the boundary; the refusal is audited by the caller of this method. */
    public void requireMaySearchAuditTrail(Caller caller) {
        if (!maySearchAuditTrail(caller)) {
            throw refused(caller, "refusal.audit.laAdminOnly");
        }
    }

    // Issue #15 item 4 and item 7 (access): cross-school patterns and subject access.

    /**
     * Issue #15 item 4: the cross-school patterns of an LA (keyed hashes, counts, schools and case
     * references; never case content) are for its LA admins only; a head teacher sees only their
     * own school's cases and so no pattern across schools.
     */
    public boolean maySeePatterns(Caller caller) {
        return caller.has(Role.LA_ADMIN) && caller.localAuthorityId() != null;
    }

    /** As {@link #maySeePatterns}, refused in words. */
    public void requireMaySeePatterns(Caller caller) {
        if (!maySeePatterns(caller)) {
            throw refused(caller, "refusal.patterns.laAdminOnly");
        }
    }

    /**
     * Issue #15 item 7: a subject access request is made by the staff member themself, or by an LA
     * admin of their local authority for them; anyone else is told the user is not found.
     */
    public void requireMayRequestSubjectAccess(Caller caller, Long subjectId, Long subjectLocalAuthorityId) {
        boolean self = caller.userId().equals(subjectId);
        boolean admin = caller.has(Role.LA_ADMIN) && subjectLocalAuthorityId != null
                && subjectLocalAuthorityId.equals(caller.localAuthorityId());
        if (!self && !admin) {
            throw new NotFoundException("notFound.user");
        }
    }

    /** Issue #15 item 7: requests are reviewed, redacted and released by the LA admins of the subject's LA. */
    public boolean mayReviewSubjectAccess(Caller caller, Long requestLocalAuthorityId) {
        return caller.has(Role.LA_ADMIN) && requestLocalAuthorityId != null
                && requestLocalAuthorityId.equals(caller.localAuthorityId());
    }

    /** As {@link #mayReviewSubjectAccess}, refused in words. */
    public void requireMayReviewSubjectAccess(Caller caller, Long requestLocalAuthorityId) {
        if (!mayReviewSubjectAccess(caller, requestLocalAuthorityId)) {
            throw refused(caller, "refusal.subjectAccess.reviewerOnly");
        }
    }

    /** Issue #15 item 7: whether the caller sees the reviewers' queue at all (LA admins). */
    public boolean mayReviewAnySubjectAccess(Caller caller) {
        return caller.has(Role.LA_ADMIN) && caller.localAuthorityId() != null;
    }

    /**
     * Issue #15 item 7: a request is seen (its state) by its subject, its requester and its LA's
     * reviewers; anyone else is told it is not found.
     */
    public void requireMaySeeSubjectAccess(Caller caller, Long subjectId, Long requesterId, Long requestLocalAuthorityId) {
        if (!caller.userId().equals(subjectId) && !caller.userId().equals(requesterId)
                && !mayReviewSubjectAccess(caller, requestLocalAuthorityId)) {
            throw new NotFoundException("notFound.subjectAccess");
        }
    }

    /**
     * Issue #15 item 7: the export itself is downloaded by its subject only (an LA admin who asked
     * for them reviews it but does not take it away), and only once released.
     */
    public void requireMayDownloadSubjectAccess(Caller caller, Long subjectId) {
        if (!caller.userId().equals(subjectId)) {
            throw refused(caller, "refusal.subjectAccess.subjectOnly");
        }
    }
}
