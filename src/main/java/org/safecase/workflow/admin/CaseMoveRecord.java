package org.safecase.workflow.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** One case moved to another version of its model (case_move): what the case's timeline says of it. */
@Entity
@Table(name = "case_move")
class CaseMoveRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_reference", nullable = false)
    private String caseReference;
    @Column(name = "process_instance_id", nullable = false)
    private String processInstanceId;
    @Column(name = "model_key", nullable = false)
    private String modelKey;
    @Column(name = "model_name")
    private String modelName;
    @Column(name = "from_version", nullable = false)
    private int fromVersion;
    @Column(name = "to_version", nullable = false)
    private int toVersion;
    @Column(name = "moved_by_id", nullable = false)
    private Long movedById;
    @Column(name = "moved_by_name", nullable = false)
    private String movedByName;
    @Column(name = "moved_at", nullable = false)
    private LocalDateTime movedAt;

    protected CaseMoveRecord() {
    }

    CaseMoveRecord(String caseReference, String processInstanceId, String modelKey, String modelName, int fromVersion,
                   int toVersion, Long movedById, String movedByName, LocalDateTime movedAt) {
        this.caseReference = caseReference;
        this.processInstanceId = processInstanceId;
        this.modelKey = modelKey;
        this.modelName = modelName == null || modelName.length() <= 255 ? modelName : modelName.substring(0, 255);
        this.fromVersion = fromVersion;
        this.toVersion = toVersion;
        this.movedById = movedById;
        this.movedByName = movedByName.length() <= 200 ? movedByName : movedByName.substring(0, 200);
        this.movedAt = movedAt;
    }

    CaseMove toMove(java.time.ZoneId zone) {
        return new CaseMove(movedAt.atZone(zone).toInstant(), modelName == null ? modelKey : modelName, fromVersion, toVersion,
                movedByName);
    }
}
