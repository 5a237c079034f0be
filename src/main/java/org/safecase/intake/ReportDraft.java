package org.safecase.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/**
 * The reporter's unfinished report, as typed so far (not yet validated: it may be incomplete).
 * Over-long text is cut to the column's length; the full check happens when the report is sent.
 */
@Entity
@Table(name = "report_draft")
public class ReportDraft {
    @Id
    @Column(name = "reporter_id")
    private Long reporterId;
    private String category;
    private String description;
    @Column(name = "occurred_at")
    private LocalDateTime occurredAt;
    private String platform;
    @Column(name = "location_url")
    private String locationUrl;
    @Column(name = "phone_number")
    private String phoneNumber;
    @Column(name = "account_name")
    private String accountName;
    private String perpetrator;
    @Column(name = "perpetrator_name")
    private String perpetratorName;
    @Column(name = "immediate_danger")
    private Boolean immediateDanger;
    @Column(name = "police_wanted")
    private Boolean policeWanted;
    @Column(name = "evidence_held")
    private String evidenceHeld;
    @Column(name = "occurred_day")
    private String occurredDay;
    @Column(name = "occurred_month")
    private String occurredMonth;
    @Column(name = "occurred_year")
    private String occurredYear;
    @Column(name = "occurred_time")
    private String occurredTime;
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected ReportDraft() {
    }

    ReportDraft(Long reporterId) {
        this.reporterId = reporterId;
    }

    /** Keeps the report and when it happened as typed (the moment itself only once it reads as one). */
    void keep(IncidentReport report, OccurredAtEntry typed, LocalDateTime now) {
        keep(report, now);
        OccurredAtEntry kept = typed.cut();
        occurredDay = kept.day();
        occurredMonth = kept.month();
        occurredYear = kept.year();
        occurredTime = kept.time();
    }

    void keep(IncidentReport report, LocalDateTime now) {
        category = cut(report.category(), 40);
        description = cut(report.description(), 65_000);
        occurredAt = report.occurredAt();
        platform = cut(report.platform(), 100);
        locationUrl = cut(report.locationUrl(), 2048);
        phoneNumber = cut(report.phoneNumber(), 40);
        accountName = cut(report.accountName(), 200);
        perpetrator = cut(report.perpetrator(), 20);
        perpetratorName = cut(report.perpetratorName(), 200);
        immediateDanger = report.immediateDanger();
        policeWanted = report.policeWanted();
        evidenceHeld = cut(report.evidenceHeld(), 2000);
        updatedAt = now;
    }

    IncidentReport report() {
        return new IncidentReport(category, description, occurredAt, platform, locationUrl, phoneNumber, accountName,
                perpetrator, perpetratorName, immediateDanger, policeWanted, evidenceHeld);
    }

    /** When it happened as typed; a draft kept before the form took texts shows its moment. */
    OccurredAtEntry occurredAtEntry() {
        OccurredAtEntry typed = new OccurredAtEntry(occurredDay, occurredMonth, occurredYear, occurredTime);
        return typed.isBlank() ? OccurredAtEntry.of(occurredAt) : typed;
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
