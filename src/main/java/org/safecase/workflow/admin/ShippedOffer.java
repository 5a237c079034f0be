package org.safecase.workflow.admin;

import java.time.Instant;

/** Item 5: the model shipped with this SafeCase release, not deployed because an admin's version is in use. */
public record ShippedOffer(String xml, Instant offeredAt) {
}
