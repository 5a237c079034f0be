package org.safecase.childprotection;

import java.time.LocalDate;

/**
 * One child's record as the DSL sees it on the case page: date of birth (or the age where it is
 * not known), special educational needs and known to social care, recorded apart, and whether
 * either makes the child vulnerable (R-SX-3), the parents decision with its reasons (R-SX-5),
 * risk assessment and safeguards (R-SX-6). Records made before SEN and social care were asked
 * apart have only {@code vulnerable} ({@code hasSen} and {@code knownToSocialCare} are null).
 */
public record ChildSafeguarding(int childNumber, String childLabel, LocalDate dateOfBirth, int age, Boolean hasSen,
                                Boolean knownToSocialCare, boolean vulnerable, String riskAssessment, String safeguards,
                                boolean parentsInformed, String parentsRationale, String notInformedAgreedBy,
                                LocalDate parentsReviewOn) {
}
