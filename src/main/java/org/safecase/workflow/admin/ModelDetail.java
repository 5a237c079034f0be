package org.safecase.workflow.admin;

import java.util.List;

/** A model on its library page: every version (newest first), a shipped version on offer and a draft, either may be null. */
public record ModelDetail(String key, String name, ModelKind kind, List<ModelVersionEntry> versions, ShippedOffer offer,
                          ModelDraft draft) {
}
