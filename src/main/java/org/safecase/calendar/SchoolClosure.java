package org.safecase.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A stored closure: one school's, or (no school) every school's of the local authority. */
@Entity
@Table(name = "school_closure")
public class SchoolClosure {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "local_authority_id", nullable = false)
    private Long localAuthorityId;
    @Column(name = "school_id")
    private Long schoolId;
    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;
    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;
    @Column(nullable = false)
    private String reason;

    protected SchoolClosure() {
    }

    public SchoolClosure(Long localAuthorityId, Long schoolId, ClosurePeriod period, String reason) {
        this.localAuthorityId = localAuthorityId;
        this.schoolId = schoolId;
        this.firstDay = period.firstDay();
        this.lastDay = period.lastDay();
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public String getReason() {
        return reason;
    }

    public ClosurePeriod period() {
        return new ClosurePeriod(firstDay, lastDay);
    }
}
