package org.safecase.workflow.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/**
 * Item 5: a model shipped with this release of SafeCase that was not deployed because an LA admin's
 * version is in use; offered on the library page until adopted or set aside.
 */
@Entity
@Table(name = "shipped_model")
class ShippedModel {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ModelKind kind;
    @Column(name = "model_key", nullable = false)
    private String key;
    @Column(nullable = false)
    private String checksum;
    @Column(name = "model_xml", nullable = false)
    private String xml;
    @Column(name = "offered_at", nullable = false)
    private LocalDateTime offeredAt;
    @Column(name = "set_aside_at")
    private LocalDateTime setAsideAt;

    protected ShippedModel() {
    }

    ShippedModel(ModelKind kind, String key) {
        this.kind = kind;
        this.key = key;
    }

    /** Offers this file, unless it is the one already offered (set aside or not). */
    void offer(String checksum, String xml, LocalDateTime now) {
        if (checksum.equals(this.checksum)) {
            return;
        }
        this.checksum = checksum;
        this.xml = xml;
        this.offeredAt = now;
        this.setAsideAt = null;
    }

    void setAside(LocalDateTime now) {
        this.setAsideAt = now;
    }

    boolean isWaiting() {
        return setAsideAt == null;
    }

    String getChecksum() {
        return checksum;
    }

    String getXml() {
        return xml;
    }

    LocalDateTime getOfferedAt() {
        return offeredAt;
    }
}
