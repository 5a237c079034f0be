package org.safecase.takedown;

/** A provider's details as an LA admin enters them, already checked by {@link ProviderRules}. */
public record ProviderEntry(String name, ProviderKind kind, String reportingRoute, String phone, String email,
                            String webAddress) {
}
