package org.safecase.childprotection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** R-SX-3, R-SX-5, R-SX-6: what the DSL recorded for one child of a child-protection incident. */
@Entity
@Table(name = "child_safeguarding_record")
public class ChildRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "incident_id", nullable = false, updatable = false)
    private Long incidentId;
    @Column(name = "child_number", nullable = false, updatable = false)
    private int childNumber;
    @Column(name = "child_label", nullable = false)
    private String childLabel;
    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;
    @Column(nullable = false)
    private int age;
    @Column(name = "has_sen")
    private Boolean hasSen;
    @Column(name = "known_to_social_care")
    private Boolean knownToSocialCare;
    @Column(nullable = false)
    private boolean vulnerable;
    @Column(name = "risk_assessment", nullable = false)
    private String riskAssessment;
    @Column(nullable = false)
    private String safeguards;
    @Column(name = "parents_informed", nullable = false)
    private boolean parentsInformed;
    @Column(name = "parents_rationale", nullable = false)
    private String parentsRationale;
    @Column(name = "not_informed_agreed_by")
    private String notInformedAgreedBy;
    @Column(name = "parents_review_on")
    private LocalDate parentsReviewOn;
    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected ChildRecord() {
    }

    ChildRecord(Long incidentId, int childNumber, ChildSafeguarding answers, String recordedBy, LocalDateTime recordedAt) {
        this.incidentId = incidentId;
        this.childNumber = childNumber;
        this.childLabel = answers.childLabel();
        this.dateOfBirth = answers.dateOfBirth();
        this.age = answers.age();
        this.hasSen = answers.hasSen();
        this.knownToSocialCare = answers.knownToSocialCare();
        this.vulnerable = answers.vulnerable();
        this.riskAssessment = answers.riskAssessment();
        this.safeguards = answers.safeguards();
        this.parentsInformed = answers.parentsInformed();
        this.parentsRationale = answers.parentsRationale();
        this.notInformedAgreedBy = answers.parentsInformed() ? null : answers.notInformedAgreedBy();
        this.parentsReviewOn = answers.parentsInformed() ? null : answers.parentsReviewOn();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    ChildSafeguarding answers() {
        return new ChildSafeguarding(childNumber, childLabel, dateOfBirth, age, hasSen, knownToSocialCare, vulnerable,
                riskAssessment, safeguards, parentsInformed, parentsRationale, notInformedAgreedBy, parentsReviewOn);
    }
}
