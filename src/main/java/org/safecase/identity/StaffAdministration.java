package org.safecase.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.safecase.platform.AuditAction;
import org.safecase.platform.AuditTrail;
import org.safecase.platform.ConflictException;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;
import org.safecase.platform.LikePattern;
import org.safecase.platform.NotFoundException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Issue #13 item 3: the accounts of a local authority's people, as {@link Authorisation#staffScope}
 * allows. LA admins make users (name, e-mail, school, roles; a welcome link to set a password is
 * mailed), correct them, deactivate them (their cases stay; sessions and tokens end at once) and
 * send password links; head teachers give and take away their own staff's school roles. A change
 * of roles or school ends the user's sessions (their next request signs in again) and, through
 * {@link StaffRightsChanged}, gives back the tasks they hold and may no longer work on (when
 * deactivated, all those offered to a group). Deactivating also withdraws unused password links
 * and revokes API tokens, so that reactivating brings neither back; a corrected e-mail address
 * withdraws the links sent to the old one. Every change is audited. A new user's user name is their e-mail address in lower case.
 */
@ApplicationScoped
public class StaffAdministration {
    static final int MAX_NAME = 200;
    private static final Set<Role> LA_ROLES = EnumSet.complementOf(EnumSet.copyOf(StaffScope.SCHOOL_ROLES));

    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    Authorisation authorisation;
    @Inject
    AuditTrail audit;
    @Inject
    PasswordResets resets;
    @Inject
    java.time.Clock clock;
    @Inject
    jakarta.enterprise.event.Event<StaffRightsChanged> rightsChanged;

    /** What to list: one school's users or (null) the whole scope; name or e-mail containing {@code text}. */
    public record Filter(Long schoolId, String text, boolean withInactive) {
    }

    /** The users in the caller's scope that match, by name, paged in the database. */
    public List<StaffEntry> list(Caller caller, Filter filter, int first, int size) {
        TypedQuery<Object[]> query = em.createQuery("select u, s.name from AppUser u left join School s on s.id = u.schoolId"
                + where(caller, filter) + " order by u.displayName, u.id", Object[].class);
        return bind(query, caller, filter).setFirstResult(first).setMaxResults(size).getResultStream()
                .map(row -> StaffEntry.of((AppUser) row[0], (String) row[1])).toList();
    }

    /** How many users {@link #list} would find in all. */
    public long count(Caller caller, Filter filter) {
        return bind(em.createQuery("select count(u) from AppUser u" + where(caller, filter), Long.class), caller, filter)
                .getSingleResult();
    }

    private String where(Caller caller, Filter filter) {
        StaffScope scope = requireScope(caller);
        StringBuilder where = new StringBuilder(" where u.localAuthorityId = :la");
        if (scope.schoolId() != null || filter.schoolId() != null) {
            where.append(" and u.schoolId = :school");
        }
        if (!filter.withInactive()) {
            where.append(" and u.active = true");
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and (lower(u.displayName) like :text escape '!' or u.emailKey like :text escape '!')");
        }
        return where.toString();
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query, Caller caller, Filter filter) {
        StaffScope scope = requireScope(caller);
        query.setParameter("la", scope.localAuthorityId());
        if (scope.schoolId() != null || filter.schoolId() != null) {
            query.setParameter("school", scope.schoolId() != null ? scope.schoolId() : filter.schoolId());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            query.setParameter("text", LikePattern.containing(filter.text().strip().toLowerCase(Locale.ROOT)));
        }
        return query;
    }

    private StaffScope requireScope(Caller caller) {
        return authorisation.requireStaffScope(caller);
    }

    /** One user in the caller's scope; anyone else is not found. */
    public StaffEntry one(Caller caller, Long userId) {
        AppUser user = inScope(caller, userId);
        return entry(user);
    }

    /** Makes a user and asks for their welcome link; an e-mail already used by anyone is a conflict. */
    @Transactional
    public StaffEntry create(Caller caller, StaffForm form) {
        requireScope(caller);
        authorisation.requireLocalAuthorityAdministration(caller);
        Checked checked = check(form);
        requireSchoolOf(caller, checked.schoolId());
        requireUnusedEmail(checked.email(), null);
        return entry(make(caller, checked));
    }

    /** Makes a checked user in the caller's local authority and asks for their welcome link (also for imports). */
    AppUser make(Caller caller, Checked checked) {
        AppUser user = new AppUser(checked.email(), checked.name(), checked.email(), PasswordHashing.NOT_SET,
                caller.localAuthorityId(), checked.schoolId(), checked.roles());
        em.persist(user);
        UniqueKeys.flushOrConflict(em, "conflict.staff.emailUsed");
        audit.record(caller.userId(), user.getSchoolId(), AuditAction.USER_CREATED, "user:" + user.getId());
        resets.issue(user, caller, true);
        return user;
    }

    /** Corrects a user's name, e-mail, school and roles (LA admins); a new school or roles end their sessions. */
    @Transactional
    public StaffEntry change(Caller caller, Long userId, StaffForm form) {
        AppUser user = inScope(caller, userId);
        authorisation.requireMayAdministerUser(caller, user.getLocalAuthorityId(), user.getSchoolId());
        Checked checked = check(form);
        requireSchoolOf(caller, checked.schoolId());
        requireUnusedEmail(checked.email(), user.getId());
        boolean newAddress = !checked.email().equals(user.getEmail().toLowerCase(Locale.ROOT));
        user.rename(checked.name(), checked.email());
        if (newAddress) {
            // A link mailed to the old (perhaps mistyped) address must not open the account.
            resets.withdraw(user);
            if (!PasswordHashing.isSet(user.getPasswordHash())) {
                user.renameAccount(checked.email());
                resets.issue(user, caller, true);
            }
        }
        boolean moved = !java.util.Objects.equals(user.getSchoolId(), checked.schoolId()) || !user.getRoles().equals(checked.roles());
        user.place(checked.schoolId(), checked.roles());
        audit.record(caller.userId(), user.getSchoolId(), AuditAction.USER_CHANGED, "user:" + user.getId());
        if (moved && user.isActive()) {
            rightsChanged.fire(new StaffRightsChanged(CallerDirectory.callerOf(user), true, caller.userId()));
        }
        return entry(user);
    }

    /**
     * Gives and takes away roles: an LA admin any, a head teacher their own staff's school roles
     * below their own ({@link Authorisation#requireMayChangeRoles}). The user's sessions end.
     * Whether the caller may give the roles is asked before whether they fit the user (a school's
     * or the local authority's), so that a head teacher asking for an LA role is refused, not
     * corrected.
     */
    @Transactional
    public StaffEntry changeRoles(Caller caller, Long userId, List<String> roleNames) {
        AppUser user = inScope(caller, userId);
        List<FieldProblem> problems = new ArrayList<>();
        Set<Role> roles = named(roleNames, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        authorisation.requireMayChangeRoles(caller, user.getId(), user.getLocalAuthorityId(), user.getSchoolId(), user.getRoles(),
                roles);
        fitting(roles, user.getSchoolId(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!user.getRoles().equals(roles)) {
            user.place(user.getSchoolId(), roles);
            audit.record(caller.userId(), user.getSchoolId(), AuditAction.ROLES_CHANGED, "user:" + user.getId());
            if (user.isActive()) {
                rightsChanged.fire(new StaffRightsChanged(CallerDirectory.callerOf(user), true, caller.userId()));
            }
        }
        return entry(user);
    }

    /** Deactivates a user (LA admins; never oneself): sessions and tokens end at once, cases stay. */
    @Transactional
    public StaffEntry deactivate(Caller caller, Long userId) {
        AppUser user = inScope(caller, userId);
        authorisation.requireMayAdministerUser(caller, user.getLocalAuthorityId(), user.getSchoolId());
        if (user.getId().equals(caller.userId())) {
            throw new ConflictException("conflict.staff.notYourself");
        }
        if (user.isActive()) {
            user.deactivate();
            resets.withdraw(user);
            em.createQuery("update ApiToken t set t.revokedAt = :now where t.userId = :user and t.revokedAt is null")
                    .setParameter("now", java.time.LocalDateTime.now(clock)).setParameter("user", user.getId()).executeUpdate();
            audit.record(caller.userId(), user.getSchoolId(), AuditAction.USER_DEACTIVATED, "user:" + user.getId());
            rightsChanged.fire(new StaffRightsChanged(CallerDirectory.callerOf(user), false, caller.userId()));
        }
        return entry(user);
    }

    /** Makes a deactivated user active again (LA admins); they sign in with their password or a new link. */
    @Transactional
    public StaffEntry reactivate(Caller caller, Long userId) {
        AppUser user = inScope(caller, userId);
        authorisation.requireMayAdministerUser(caller, user.getLocalAuthorityId(), user.getSchoolId());
        if (!user.isActive()) {
            requireUnusedEmail(user.getEmail().toLowerCase(Locale.ROOT), user.getId());
            user.reactivate();
            audit.record(caller.userId(), user.getSchoolId(), AuditAction.USER_REACTIVATED, "user:" + user.getId());
        }
        return entry(user);
    }

    /** Mails an active user a link to set a new password (LA admins); an earlier link stops working. */
    @Transactional
    public void sendPasswordLink(Caller caller, Long userId) {
        AppUser user = inScope(caller, userId);
        authorisation.requireMayAdministerUser(caller, user.getLocalAuthorityId(), user.getSchoolId());
        if (!user.isActive()) {
            throw new ConflictException("conflict.staff.inactive");
        }
        resets.issue(user, caller, false);
    }

    /**
     * Removes a user's second factor and recovery codes (LA admins), for someone who lost both:
     * their sessions end and, where the local authority requires one, they enrol again at their
     * next sign-in (issue #13 item 2).
     */
    @Transactional
    public StaffEntry resetSecondFactor(Caller caller, Long userId) {
        AppUser user = inScope(caller, userId);
        authorisation.requireMayAdministerUser(caller, user.getLocalAuthorityId(), user.getSchoolId());
        em.createNativeQuery("DELETE FROM recovery_code WHERE user_id = ?1").setParameter(1, user.getId()).executeUpdate();
        int removed = em.createNativeQuery("DELETE FROM second_factor WHERE user_id = ?1").setParameter(1, user.getId())
                .executeUpdate();
        if (removed == 0) {
            throw new ConflictException("conflict.staff.noSecondFactor");
        }
        user.endSessions();
        audit.record(caller.userId(), user.getSchoolId(), AuditAction.SECOND_FACTOR_RESET, "user:" + user.getId());
        return entry(user);
    }

    /** Whether the caller's local authority requires a second factor of its powerful roles (LA admins). */
    public boolean secondFactorRequired(Caller caller) {
        authorisation.requireLocalAuthorityAdministration(caller);
        return em.find(LocalAuthority.class, caller.localAuthorityId()).isSecondFactorRequired();
    }

    /**
     * Sets whether the caller's local authority requires a second factor (issue #13 item 2) of the
     * local accounts of its DSLs, deputy DSLs, head teachers, HR officers and LA admins; those who
     * have none enrol at their next sign-in. Audited.
     */
    @Transactional
    public void requireSecondFactor(Caller caller, boolean required) {
        authorisation.requireLocalAuthorityAdministration(caller);
        LocalAuthority authority = em.find(LocalAuthority.class, caller.localAuthorityId());
        if (authority.isSecondFactorRequired() != required) {
            authority.requireSecondFactor(required);
            audit.record(caller.userId(), null, AuditAction.SECOND_FACTOR_SETTING_CHANGED,
                    "la:" + caller.localAuthorityId() + (required ? ":required" : ":optional"));
        }
    }

    private AppUser inScope(Caller caller, Long userId) {
        StaffScope scope = requireScope(caller);
        AppUser user = userId == null ? null : em.find(AppUser.class, userId);
        if (user == null || !scope.covers(user.getLocalAuthorityId(), user.getSchoolId())) {
            throw new NotFoundException("notFound.user");
        }
        return user;
    }

    private StaffEntry entry(AppUser user) {
        School school = user.getSchoolId() == null ? null : em.find(School.class, user.getSchoolId());
        return StaffEntry.of(user, school == null ? null : school.getName());
    }

    /** A school of the caller's own local authority (or none); another's is not found. */
    private void requireSchoolOf(Caller caller, Long schoolId) {
        if (schoolId == null) {
            return;
        }
        School school = em.find(School.class, schoolId);
        if (school == null || !school.getLocalAuthorityId().equals(caller.localAuthorityId())) {
            throw new InvalidInputException(List.of(new FieldProblem("schoolId", "problem.staff.school")));
        }
    }

    /** An e-mail address no other user has (active or not: a returning leaver is reactivated, not made twice). */
    void requireUnusedEmail(String emailKey, Long except) {
        boolean used = em.createQuery("select u.id from AppUser u where u.emailKey = :email or u.username = :email", Long.class)
                .setParameter("email", emailKey).getResultStream().anyMatch(id -> !id.equals(except));
        if (used) {
            throw new ConflictException("conflict.staff.emailUsed");
        }
    }

    record Checked(String name, String email, Long schoolId, Set<Role> roles) {
    }

    static Checked check(StaffForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            problems.add(new FieldProblem("name", "problem.staff.name", MAX_NAME));
        }
        String email = form.email() == null ? "" : form.email().strip().toLowerCase(Locale.ROOT);
        if (!EmailAddresses.plausible(email)) {
            problems.add(new FieldProblem("email", "problem.staff.email", EmailAddresses.MAX));
        }
        Set<Role> roles = roles(form.roles(), form.schoolId(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(name, email, form.schoolId(), roles);
    }

    /**
     * Role names as typed: at least one, each a {@link Role}; a school's people hold school roles
     * only and the local authority's people (no school) LA roles only.
     */
    static Set<Role> roles(List<String> names, Long schoolId, List<FieldProblem> problems) {
        int before = problems.size();
        Set<Role> roles = named(names, problems);
        if (problems.size() == before) {
            fitting(roles, schoolId, problems);
        }
        return roles;
    }

    /** Role names as typed: at least one, each a {@link Role}. */
    static Set<Role> named(List<String> names, List<FieldProblem> problems) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names == null || names.isEmpty()) {
            problems.add(new FieldProblem("roles", "problem.staff.noRole"));
            return roles;
        }
        for (String name : names) {
            Role role = Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst().orElse(null);
            if (role == null) {
                problems.add(new FieldProblem("roles", "problem.staff.role", name == null ? "" : shortened(name)));
                return roles;
            }
            roles.add(role);
        }
        return roles;
    }

    /** A school's people hold school roles only, the local authority's people (no school) LA roles only. */
    static void fitting(Set<Role> roles, Long schoolId, List<FieldProblem> problems) {
        String misfit = misfit(roles, schoolId);
        if (misfit != null) {
            problems.add(new FieldProblem("roles", misfit));
        }
    }

    /** Why these roles do not fit where the person works (a bundle key), or null when they do. */
    static String misfit(Set<Role> roles, Long schoolId) {
        Set<Role> allowed = schoolId == null ? LA_ROLES : StaffScope.SCHOOL_ROLES;
        return allowed.containsAll(roles) ? null
                : schoolId == null ? "problem.staff.laRolesOnly" : "problem.staff.schoolRolesOnly";
    }

    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "\u2026";
    }
}
