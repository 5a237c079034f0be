package org.safecase.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.safecase.platform.FormProblems;
import org.safecase.platform.ListPage;
import org.safecase.platform.Messages;
import org.safecase.platform.PageMessages;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Backs {@code identity/users.xhtml} (issue #13 item 3): the people whose accounts the caller
 * looks after, as {@link Authorisation#staffScope} decides. An LA admin lists the local
 * authority's users (by school, chosen by name; by name or e-mail; deactivated ones on request),
 * adds and corrects them, deactivates them after a confirmation step, reactivates them and sends
 * password links. A head teacher sees their own school's staff and gives or takes away the roles
 * the scope lets them assign; the others are shown but cannot be changed. What the page offers
 * follows the scope; every action is decided again by {@link StaffAdministration}.
 */
@Named
@ViewScoped
public class UsersView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int PAGE = 20;

    /** What the form below the list is doing. */
    enum Mode { NONE, ADD, CHANGE, ROLES }

    @Inject
    transient StaffAdministration staff;
    @Inject
    transient Authorisation authorisation;
    @Inject
    transient Schools schools;
    @Inject
    transient Caller caller;
    @Inject
    transient Messages messages;

    private boolean administers;
    private EnumSet<Role> assignable = EnumSet.noneOf(Role.class);
    private LinkedHashMap<Long, String> schoolNames = new LinkedHashMap<>();

    private Long schoolFilter;
    private String textFilter;
    private boolean withInactive;
    private Long shownSchool;
    private String shownText;
    private boolean shownInactive;
    private final ListPage<StaffEntry> page = new ListPage<>(PAGE);

    private Long confirmingId;
    private String confirmingName;

    private Mode mode = Mode.NONE;
    private Long editingId;
    private String editingName;
    private String name;
    private String email;
    private Long schoolId;
    private EnumSet<Role> held = EnumSet.noneOf(Role.class);
    private final Map<String, Boolean> chosen = new HashMap<>();
    private final FormProblems problems = new FormProblems();
    private boolean secondFactorRequired;

    /** Opens the page on the first people by name; refused in words for anyone who looks after nobody. */
    public void load() {
        StaffScope scope = authorisation.staffScope(caller);
        administers = scope.administers();
        assignable = scope.assignable().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(scope.assignable());
        schoolNames = administers ? new LinkedHashMap<>(schools.choosableBy(caller)) : new LinkedHashMap<>();
        mode = administers ? Mode.ADD : Mode.NONE;
        try {
            secondFactorRequired = administers && staff.secondFactorRequired(caller);
            refresh();
        } catch (RuntimeException e) {
            problems.refusePage(e);
        }
    }

    public void find() {
        shownSchool = administers ? schoolFilter : null;
        shownText = textFilter;
        shownInactive = withInactive;
        page.restart();
        refresh();
    }

    public void next() {
        page.next();
        refresh();
    }

    public void previous() {
        page.previous();
        refresh();
    }

    /** Fills the form with a user of the list, to correct them (LA admins). */
    public void edit(Long userId) {
        clearForm();
        try {
            StaffEntry user = staff.one(caller, userId);
            requireAdministers();
            mode = Mode.CHANGE;
            editingId = user.id();
            editingName = user.name();
            name = user.name();
            email = user.email();
            schoolId = user.schoolId();
            user.roles().forEach(role -> chosen.put(role.name(), true));
        } catch (RuntimeException e) {
            handle(e);
            refresh();
        }
    }

    /** Opens the roles of a user of the list (head teachers: the roles they may assign can be changed). */
    public void editRoles(Long userId) {
        clearForm();
        try {
            StaffEntry user = staff.one(caller, userId);
            mode = Mode.ROLES;
            editingId = user.id();
            editingName = user.name();
            held = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
            user.roles().forEach(role -> chosen.put(role.name(), true));
        } catch (RuntimeException e) {
            handle(e);
            refresh();
        }
    }

    /** Back to the empty form for a new user (LA admins), or no form (head teachers). */
    public void cancel() {
        clearForm();
    }

    /** Adds the user typed, saves the corrections, or saves the roles, as the form is doing. */
    public void save() {
        problems.clear();
        try {
            switch (mode) {
                case ADD -> {
                    StaffEntry made = staff.create(caller, new StaffForm(name, email, schoolId, chosenRoles()));
                    PageMessages.info(messages.get("users.created", made.name(), made.email()));
                    clearForm();
                }
                case CHANGE -> {
                    StaffEntry changed = staff.change(caller, editingId, new StaffForm(name, email, schoolId, chosenRoles()));
                    PageMessages.info(messages.get("users.changed", changed.name()));
                    clearForm();
                }
                case ROLES -> {
                    StaffEntry changed = staff.changeRoles(caller, editingId, rolesKeepingTheUnassignable());
                    PageMessages.info(messages.get("users.rolesSaved", changed.name()));
                    clearForm();
                }
                default -> {
                    // Nothing is being edited: a button posted from a form the page did not show.
                }
            }
        } catch (RuntimeException e) {
            handle(e);
        }
        refresh();
    }

    /** The first step of deactivating (LA admins): the page asks to confirm. */
    public void askDeactivate(Long userId) {
        confirmingId = null;
        try {
            StaffEntry user = staff.one(caller, userId);
            requireAdministers();
            confirmingId = user.id();
            confirmingName = user.name();
        } catch (RuntimeException e) {
            handle(e);
            refresh();
        }
    }

    /** The second step: deactivates the user the page asked about; their sessions and tokens end at once. */
    public void deactivate() {
        Long userId = confirmingId;
        confirmingId = null;
        if (userId != null) {
            try {
                StaffEntry user = staff.deactivate(caller, userId);
                PageMessages.info(messages.get("users.deactivated", user.name()));
            } catch (RuntimeException e) {
                handle(e);
            }
        }
        refresh();
    }

    public void cancelDeactivate() {
        confirmingId = null;
        confirmingName = null;
    }

    public void reactivate(Long userId) {
        try {
            StaffEntry user = staff.reactivate(caller, userId);
            PageMessages.info(messages.get("users.reactivated", user.name()));
        } catch (RuntimeException e) {
            handle(e);
        }
        refresh();
    }

    public void sendLink(Long userId) {
        try {
            StaffEntry user = staff.one(caller, userId);
            staff.sendPasswordLink(caller, userId);
            PageMessages.info(messages.get("users.linkSent", user.email()));
        } catch (RuntimeException e) {
            handle(e);
        }
        refresh();
    }

    /** Issue #13 item 2: removes the second factor of someone who lost it; they set one up again. */
    public void removeSecondFactor(Long userId) {
        try {
            StaffEntry user = staff.resetSecondFactor(caller, userId);
            PageMessages.info(messages.get("users.secondFactorRemoved", user.name()));
        } catch (RuntimeException e) {
            handle(e);
        }
        refresh();
    }

    /** Issue #13 item 2: whether the local authority requires a second factor of its powerful roles. */
    public void saveSecondFactorSetting() {
        try {
            staff.requireSecondFactor(caller, secondFactorRequired);
            secondFactorRequired = staff.secondFactorRequired(caller);
            PageMessages.info(messages.get(secondFactorRequired ? "users.secondFactor.nowRequired"
                    : "users.secondFactor.nowOptional"));
        } catch (RuntimeException e) {
            handle(e);
        }
    }

    public boolean isSecondFactorRequired() {
        return secondFactorRequired;
    }

    public void setSecondFactorRequired(boolean secondFactorRequired) {
        this.secondFactorRequired = secondFactorRequired;
    }

    /**
     * Correcting and deactivating are for whoever the scope lets administer users (LA admins); the
     * boundary refuses anyone else too, but the page does not open a form or a step they cannot finish.
     */
    private void requireAdministers() {
        if (!administers) {
            authorisation.requireLocalAuthorityAdministration(caller);
        }
    }

    private List<String> chosenRoles() {
        return Arrays.stream(Role.values()).filter(role -> Boolean.TRUE.equals(chosen.get(role.name())))
                .map(Role::name).toList();
    }

    /** The roles ticked among those the caller may assign, and the others as the user held them. */
    private List<String> rolesKeepingTheUnassignable() {
        return Arrays.stream(Role.values())
                .filter(role -> assignable.contains(role) ? Boolean.TRUE.equals(chosen.get(role.name())) : held.contains(role))
                .map(Role::name).toList();
    }

    private void refresh() {
        StaffAdministration.Filter filter = new StaffAdministration.Filter(shownSchool, shownText, shownInactive);
        page.load(() -> staff.count(caller, filter), (first, size) -> staff.list(caller, filter, first, size));
    }

    private void clearForm() {
        problems.clear();
        chosen.clear();
        held = EnumSet.noneOf(Role.class);
        mode = administers ? Mode.ADD : Mode.NONE;
        editingId = null;
        editingName = null;
        name = null;
        email = null;
        schoolId = null;
    }

    private void handle(RuntimeException e) {
        if (problems.show(e)) {
            clearForm();
        }
    }

    /** Why the caller may not use the page, or null. */
    public String getRefused() {
        return problems.pageRefusal();
    }

    public String problem(String field) {
        return problems.of(field);
    }

    /** The roles the form offers: every role to an LA admin, a school's roles to a head teacher. */
    public List<Role> getRoleChoices() {
        return Arrays.stream(Role.values()).filter(role -> administers || StaffScope.SCHOOL_ROLES.contains(role)).toList();
    }

    /** Whether the caller may give or take away this role; the others are shown and cannot be changed. */
    public boolean assignable(Role role) {
        return assignable.contains(role);
    }

    /** The user's roles in words, in the order of {@link Role}. */
    public String roleNames(StaffEntry user) {
        return user.roles().stream().map(role -> messages.get("role." + role.name())).collect(Collectors.joining(", "));
    }

    /** "Showing 21 to 40 of 57". */
    public String getRange() {
        return page.range(messages);
    }

    public String label(String key, StaffEntry user) {
        return messages.get(key, user.name());
    }

    public String getFormHeading() {
        return switch (mode) {
            case CHANGE -> messages.get("users.changeHeading", editingName);
            case ROLES -> messages.get("users.rolesHeading", editingName);
            default -> messages.get("users.add");
        };
    }

    public String getConfirmHeading() {
        return messages.get("users.confirm.heading", confirmingName);
    }

    /** Whether the form below the list is shown: always to an LA admin, to a head teacher while changing roles. */
    public boolean isFormShown() {
        return mode != Mode.NONE;
    }

    /** Whether the form shows the person's details (adding or correcting) rather than their roles alone. */
    public boolean isDetailsShown() {
        return mode == Mode.ADD || mode == Mode.CHANGE;
    }

    /** Whether the form was opened on a user of the list (its heading then takes the focus). */
    public boolean isFormOpened() {
        return (mode == Mode.CHANGE || mode == Mode.ROLES) && confirmingId == null;
    }

    public boolean isAdding() {
        return mode == Mode.ADD;
    }

    public boolean isRolesOnly() {
        return mode == Mode.ROLES;
    }

    public boolean isConfirming() {
        return confirmingId != null;
    }

    public boolean isAdministers() {
        return administers;
    }

    public Set<Map.Entry<Long, String>> getSchools() {
        return schoolNames.entrySet();
    }

    /** Whether there is more than one page, so that Previous and Next are offered. */
    public boolean isPaged() {
        return page.paged();
    }

    public boolean isFirstPage() {
        return page.firstPage();
    }

    public boolean isLastPage() {
        return page.lastPage();
    }

    public List<StaffEntry> getList() {
        return page.rows();
    }

    public long getTotal() {
        return page.total();
    }

    public Map<String, Boolean> getChosen() {
        return chosen;
    }

    public Long getSchoolFilter() {
        return schoolFilter;
    }

    public void setSchoolFilter(Long schoolFilter) {
        this.schoolFilter = schoolFilter;
    }

    public String getTextFilter() {
        return textFilter;
    }

    public void setTextFilter(String textFilter) {
        this.textFilter = textFilter;
    }

    public boolean isWithInactive() {
        return withInactive;
    }

    public void setWithInactive(boolean withInactive) {
        this.withInactive = withInactive;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }
}
