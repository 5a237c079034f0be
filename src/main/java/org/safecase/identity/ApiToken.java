package org.safecase.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/**
 * An API token (item 1 of issue #12): acts for its user, with the user's rights or read only,
 * until it expires or is revoked. Only the SHA-256 of its secret is kept.
 */
@Entity
@Table(name = "api_token")
class ApiToken {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id", nullable = false)
    private Long userId;
    @Column(name = "created_by", nullable = false)
    private Long createdBy;
    @Column(nullable = false)
    private String name;
    @Column(name = "secret_hash", nullable = false)
    private String secretHash;
    @Column(name = "read_only", nullable = false)
    private boolean readOnly;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;
    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;
    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;
    @Column(name = "last_used_at")
    private LocalDateTime lastUsedAt;

    protected ApiToken() {
    }

    ApiToken(Long userId, Long createdBy, String name, String secretHash, boolean readOnly, LocalDateTime createdAt,
             LocalDateTime expiresAt) {
        this.userId = userId;
        this.createdBy = createdBy;
        this.name = name;
        this.secretHash = secretHash;
        this.readOnly = readOnly;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    Long getId() {
        return id;
    }

    Long getUserId() {
        return userId;
    }

    String getName() {
        return name;
    }

    boolean isReadOnly() {
        return readOnly;
    }

    LocalDateTime getCreatedAt() {
        return createdAt;
    }

    LocalDateTime getExpiresAt() {
        return expiresAt;
    }

    LocalDateTime getRevokedAt() {
        return revokedAt;
    }

    LocalDateTime getLastUsedAt() {
        return lastUsedAt;
    }

    void usedAt(LocalDateTime at) {
        lastUsedAt = at;
    }

    void revoke(LocalDateTime at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }
}
