package org.safecase.takedown;

import java.time.LocalDateTime;

/** A directory entry as pages and the API show it. */
public record ProviderView(Long id, String name, ProviderKind kind, String reportingRoute, String phone, String email,
                           String webAddress, LocalDateTime updatedAt) {
}
