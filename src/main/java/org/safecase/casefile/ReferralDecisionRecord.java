package org.safecase.casefile;

/** R-SX-4: the decision table's answer on a child-protection case and the version of the table that gave it. */
public record ReferralDecisionRecord(boolean referralRequired, boolean urgentPolice, int tableVersion) {
}
