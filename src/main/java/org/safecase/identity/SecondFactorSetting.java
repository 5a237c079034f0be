package org.safecase.identity;

/** Whether a local authority requires a second factor of its powerful roles' local accounts (issue #13 item 2). */
public record SecondFactorSetting(Boolean required) {
}
