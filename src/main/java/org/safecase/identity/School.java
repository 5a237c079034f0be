package org.safecase.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalTime;

/** A school: the tenant boundary. Nobody sees the cases of a school not their own. */
@Entity
@Table(name = "school")
public class School {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "local_authority_id", nullable = false)
    private Long localAuthorityId;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String urn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Nation nation;
    /** The school's day, when it differs from the installation's; both or neither. */
    @Column(name = "day_starts")
    private LocalTime dayStarts;
    @Column(name = "day_ends")
    private LocalTime dayEnds;

    protected School() {
    }

    public School(Long localAuthorityId, String name, String urn, Nation nation) {
        this.localAuthorityId = localAuthorityId;
        this.name = name;
        this.urn = urn;
        this.nation = nation;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getUrn() {
        return urn;
    }

    public Nation getNation() {
        return nation;
    }

    public Long getLocalAuthorityId() {
        return localAuthorityId;
    }

    LocalTime getDayStarts() {
        return dayStarts;
    }

    LocalTime getDayEnds() {
        return dayEnds;
    }

    /** What an LA admin keeps of a school (issue #13 item 3); closures are kept on the calendar page. */
    void change(String name, String urn, Nation nation, LocalTime dayStarts, LocalTime dayEnds) {
        this.name = name;
        this.urn = urn;
        this.nation = nation;
        this.dayStarts = dayStarts;
        this.dayEnds = dayEnds;
    }
}
