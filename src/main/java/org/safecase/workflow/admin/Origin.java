package org.safecase.workflow.admin;

/** Where a model version came from: shipped with SafeCase (or adopted from it), or an LA admin's. */
public enum Origin {
    SHIPPED,
    ADMIN
}
