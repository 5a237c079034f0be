package org.safecase.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDateTime;

/** A reported incident: the case record (R-ST-1: reference, time and reporter, always). */
@Entity
@Table(name = "incident")
public class Incident {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, updatable = false)
    private String reference;
    @Column(name = "school_id", nullable = false, updatable = false)
    private Long schoolId;
    @Column(name = "reporter_id", nullable = false, updatable = false)
    private Long reporterId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IncidentCategory category;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status;
    @Column(nullable = false)
    private String description;
    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;
    @Column(name = "reported_at", nullable = false, updatable = false)
    private LocalDateTime reportedAt;
    private String platform;
    @Column(name = "location_url")
    private String locationUrl;
    @Column(name = "phone_number")
    private String phoneNumber;
    @Column(name = "account_name")
    private String accountName;
    /** Platform, account, web address and phone digits in lower case; computed by the database (V18), searched only. */
    @Column(name = "mentions", insertable = false, updatable = false)
    private String mentions;
    @Enumerated(EnumType.STRING)
    @Column(name = "perpetrator_kind", nullable = false)
    private PerpetratorKind perpetratorKind;
    @Column(name = "perpetrator_name")
    private String perpetratorName;
    @Column(name = "immediate_danger", nullable = false)
    private boolean immediateDanger;
    @Column(name = "police_wanted", nullable = false)
    private boolean policeWanted;
    @Column(name = "evidence_held")
    private String evidenceHeld;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "handed_to_hr", nullable = false)
    private boolean handedToHr;
    @Column(name = "closed_at")
    private LocalDateTime closedAt;
    @Column(name = "reporter_satisfied")
    private Boolean reporterSatisfied;
    @Column(name = "advice_lines_given", nullable = false)
    private boolean adviceLinesGiven;
    @Enumerated(EnumType.STRING)
    @Column(name = "recategorised_from")
    private IncidentCategory recategorisedFrom;
    @Column(name = "recategorised_at")
    private LocalDateTime recategorisedAt;
    @Column(name = "referral_table_version")
    private Integer referralTableVersion;
    @Column(name = "referral_required")
    private Boolean referralRequired;
    @Column(name = "urgent_police", nullable = false)
    private boolean urgentPolice;
    @Column(nullable = false)
    private boolean urgent;
    @Version
    private long version;

    protected Incident() {
    }

    public Incident(String reference, Long schoolId, Long reporterId, IncidentDetails details,
                    LocalDateTime reportedAt) {
        this.reference = reference;
        this.schoolId = schoolId;
        this.reporterId = reporterId;
        this.category = details.category();
        this.description = details.description();
        this.occurredAt = details.occurredAt();
        this.platform = details.platform();
        this.locationUrl = details.locationUrl();
        this.phoneNumber = details.phoneNumber();
        this.accountName = details.accountName();
        this.perpetratorKind = details.circumstances().perpetrator();
        this.perpetratorName = details.circumstances().perpetratorName();
        this.immediateDanger = details.circumstances().immediateDanger();
        this.policeWanted = details.circumstances().policeWanted();
        this.evidenceHeld = details.circumstances().evidenceHeld();
        this.reportedAt = reportedAt;
        this.status = CaseStatus.REPORTED;
        this.urgent = immediateDanger;
    }

    public void processStarted(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** The status the case's records imply ({@link CaseRecords}); never reopens a closed case. */
    void statusIs(CaseStatus status) {
        if (!isClosed()) {
            this.status = status;
        }
    }

    /** R-X-1a, R-SX-4: immediate danger, a child at immediate risk or an adult involved. Never undone. */
    void markUrgent() {
        this.urgent = true;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public boolean isClosed() {
        return closedAt != null || this.status == CaseStatus.CLOSED;
    }

    public void handedToHr() {
        this.handedToHr = true;
    }

    /**
     * R-ST-13: closed with the staff member's answer (null: no answer by the deadline); if not
     * satisfied, the advice lines were given when they answered.
     */
    public void closed(LocalDateTime when, Boolean satisfied) {
        this.status = CaseStatus.CLOSED;
        this.closedAt = when;
        reporterAnswered(satisfied);
    }

    /** R-ST-13: the staff member's answer; "not satisfied" gives the union's advice lines at once. */
    void reporterAnswered(Boolean satisfied) {
        this.reporterSatisfied = satisfied;
        this.adviceLinesGiven = Boolean.FALSE.equals(satisfied);
    }

    /**
     * R-SX-1: a staff case found to be about nude images of a pupil becomes a child-protection
     * case; it starts again with the DSL, and says what it was before.
     */
    public void recategorisedAsChildProtection(LocalDateTime when) {
        this.recategorisedFrom = category;
        this.recategorisedAt = when;
        this.category = IncidentCategory.NUDE_IMAGES;
        this.status = CaseStatus.REPORTED;
    }

    public LocalDateTime getRecategorisedAt() {
        return recategorisedAt;
    }

    public IncidentCategory getRecategorisedFrom() {
        return recategorisedFrom;
    }

    /** R-SX-4: what the decision table said, and which version of it said so. */
    public void referralDecided(int tableVersion, boolean required, boolean urgent) {
        this.referralTableVersion = tableVersion;
        this.referralRequired = required;
        this.urgentPolice = urgent;
    }

    /** R-SX-7: closed with the DSL's complete record. */
    public void closedByDsl(LocalDateTime when) {
        this.status = CaseStatus.CLOSED;
        this.closedAt = when;
    }

    public Integer getReferralTableVersion() {
        return referralTableVersion;
    }

    public Boolean getReferralRequired() {
        return referralRequired;
    }

    public boolean isUrgentPolice() {
        return urgentPolice;
    }

    public boolean isHandedToHr() {
        return handedToHr;
    }

    public Boolean getReporterSatisfied() {
        return reporterSatisfied;
    }

    public boolean isAdviceLinesGiven() {
        return adviceLinesGiven;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public Long getReporterId() {
        return reporterId;
    }

    public IncidentCategory getCategory() {
        return category;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public LocalDateTime getReportedAt() {
        return reportedAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public IncidentDetails details() {
        return new IncidentDetails(category, description, occurredAt, platform, locationUrl, phoneNumber, accountName,
                new Circumstances(perpetratorKind, perpetratorName, immediateDanger, policeWanted, evidenceHeld));
    }
}
