package org.safecase.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The hosting local authority: one installation serves its maintained schools. */
@Entity
@Table(name = "local_authority")
public class LocalAuthority {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String name;
    /** Issue #13 item 2: whether the powerful roles' local accounts must sign in with a second factor. */
    @Column(name = "second_factor_required", nullable = false)
    private boolean secondFactorRequired;

    protected LocalAuthority() {
    }

    public LocalAuthority(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    boolean isSecondFactorRequired() {
        return secondFactorRequired;
    }

    void requireSecondFactor(boolean required) {
        this.secondFactorRequired = required;
    }
}
