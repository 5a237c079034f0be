package org.safecase.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** A one-time link to set a password ({@link PasswordResets}); its secret is kept only as a SHA-256. */
@Entity
@Table(name = "password_reset")
class PasswordReset {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id", nullable = false)
    private Long userId;
    @Column(name = "issued_by")
    private Long issuedBy;
    @Column(nullable = false)
    private boolean welcome;
    @Column(name = "secret_hash")
    private String secretHash;
    @Column(name = "issued_at", nullable = false)
    private LocalDateTime issuedAt;
    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;
    @Column(name = "mailed_at")
    private LocalDateTime mailedAt;
    @Column(name = "send_after", nullable = false)
    private LocalDateTime sendAfter;
    @Column(nullable = false)
    private int failures;
    @Column(name = "used_at")
    private LocalDateTime usedAt;

    protected PasswordReset() {
    }

    PasswordReset(Long userId, Long issuedBy, boolean welcome, LocalDateTime issuedAt, LocalDateTime expiresAt) {
        this.userId = userId;
        this.issuedBy = issuedBy;
        this.welcome = welcome;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
        this.sendAfter = issuedAt;
    }

    Long getId() {
        return id;
    }

    Long getUserId() {
        return userId;
    }

    boolean isWelcome() {
        return welcome;
    }

    LocalDateTime getExpiresAt() {
        return expiresAt;
    }

    /** Whether the link can still be used at {@code now}. */
    boolean usable(LocalDateTime now) {
        return usedAt == null && secretHash != null && expiresAt.isAfter(now);
    }

    /** The secret of the mail about to be sent (a new one if an earlier send failed). */
    void seal(String secretHash) {
        this.secretHash = secretHash;
    }

    /** A send failed: tried again later, a little later each time, while the link lasts. */
    void sendFailed(LocalDateTime at) {
        secretHash = null;
        failures++;
        sendAfter = at.plusMinutes(Math.min(60, 5L * failures));
    }

    void mailed(LocalDateTime at) {
        mailedAt = at;
    }

}
