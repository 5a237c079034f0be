package org.safecase.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * A person who signs in. Belongs to one school, or to the local authority alone (HR officers,
 * LA admins). The password is stored only as the container's PBKDF2 hash.
 */
@Entity
@Table(name = "app_user")
public class AppUser {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String username;
    @Column(name = "display_name", nullable = false)
    private String displayName;
    @Column(nullable = false)
    private String email;
    /** The e-mail address in lower case, kept by the database (a virtual column with an index). */
    @Column(name = "email_key", insertable = false, updatable = false)
    private String emailKey;
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;
    @Column(name = "local_authority_id", nullable = false)
    private Long localAuthorityId;
    @Column(name = "school_id")
    private Long schoolId;
    @Column(nullable = false)
    private boolean active = true;
    /** Raised when roles, school or activity change: sessions signed in under an older value end. */
    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;
    /** The language the person chose (a BCP 47 tag), or null: see {@link LanguageChoices}. */
    @Column(name = "locale")
    private String locale;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = new HashSet<>();

    protected AppUser() {
    }

    public AppUser(String username, String displayName, String email, String passwordHash,
                   Long localAuthorityId, Long schoolId, Set<Role> roles) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.localAuthorityId = localAuthorityId;
        this.schoolId = schoolId;
        this.roles = new HashSet<>(roles);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public Long getLocalAuthorityId() {
        return localAuthorityId;
    }

    public String getLocale() {
        return locale;
    }

    void setLocale(String locale) {
        this.locale = locale;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    int getSessionEpoch() {
        return sessionEpoch;
    }

    /** Name and e-mail as an administrator corrects them; the link to single sign-on stays (issue #13 item 1). */
    void rename(String displayName, String email) {
        this.displayName = displayName;
        this.email = email;
    }

    /** A new school (or none, for an LA-level user) and roles: the user's sessions end. */
    void place(Long schoolId, Set<Role> roles) {
        if (!java.util.Objects.equals(this.schoolId, schoolId) || !getRoles().equals(roles)) {
            this.schoolId = schoolId;
            this.roles = new HashSet<>(roles);
            sessionEpoch++;
        }
    }

    /** A user who has never set a password takes their corrected address as user name too (it is their user name). */
    void renameAccount(String username) {
        this.username = username;
    }

    /** The user can no longer sign in; their sessions and tokens end at once; their cases stay. */
    void deactivate() {
        active = false;
        sessionEpoch++;
    }

    void reactivate() {
        active = true;
    }

    /** Ends every session of the user at its next request (a second factor removed). */
    void endSessions() {
        sessionEpoch++;
    }

    /** A new password (already hashed); sessions signed in with the old one end. */
    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        sessionEpoch++;
    }
}
