package org.safecase.takedown;

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

/** A provider or helpline, and how to report material to it (R-ST-6) or nuisance calls (R-ST-8). */
@Entity
@Table(name = "provider")
public class Provider {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProviderKind kind;
    @Column(name = "reporting_route", nullable = false)
    private String reportingRoute;
    private String phone;
    private String email;
    @Column(name = "web_address")
    private String webAddress;
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;
    @Version
    private long version;

    protected Provider() {
    }

    Provider(ProviderEntry entry, LocalDateTime now) {
        update(entry, now);
    }

    void update(ProviderEntry entry, LocalDateTime now) {
        this.name = entry.name();
        this.kind = entry.kind();
        this.reportingRoute = entry.reportingRoute();
        this.phone = entry.phone();
        this.email = entry.email();
        this.webAddress = entry.webAddress();
        this.updatedAt = now;
    }

    ProviderView view() {
        return new ProviderView(id, name, kind, reportingRoute, phone, email, webAddress, updatedAt);
    }
}
