package org.safecase.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/**
 * Issue #13 item 1: a SafeCase user's identity at the LA's OpenID Connect provider, by issuer and
 * subject. The subject decides who signs in, not the e-mail: it is the provider's stable id for
 * the person, while an e-mail can change or be handed on to someone else.
 */
@Entity
@Table(name = "user_identity_link")
class IdentityLink {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id", nullable = false)
    private Long userId;
    @Column(nullable = false)
    private String issuer;
    @Column(nullable = false)
    private String subject;
    @Column(name = "linked_at", nullable = false)
    private LocalDateTime linkedAt;

    protected IdentityLink() {
    }

    IdentityLink(Long userId, String issuer, String subject, LocalDateTime linkedAt) {
        this.userId = userId;
        this.issuer = issuer;
        this.subject = subject;
        this.linkedAt = linkedAt;
    }

    Long getId() {
        return id;
    }

    Long getUserId() {
        return userId;
    }
}
