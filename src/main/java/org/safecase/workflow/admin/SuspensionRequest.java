package org.safecase.workflow.admin;

/** Whether a process version should be suspended (starts no new cases) or active (issue #14 item 6). */
public record SuspensionRequest(Boolean suspended) {
}
