package org.safecase.identity;

/** The UK nation a school is in: bank holidays and some legal powers differ (R-X-1, R-SX-11). */
public enum Nation {
    ENGLAND,
    WALES,
    SCOTLAND,
    NORTHERN_IRELAND
}
