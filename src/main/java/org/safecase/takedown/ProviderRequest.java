package org.safecase.takedown;

/** JSON body for adding or changing a directory entry. */
public record ProviderRequest(String name, String kind, String reportingRoute, String phone, String email,
                              String webAddress) {
}
