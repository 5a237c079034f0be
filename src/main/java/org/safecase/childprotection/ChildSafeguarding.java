package org.safecase.childprotection;

import java.time.LocalDate;

/**
 * One child's record as the DSL sees it on the case page: age and vulnerability (R-SX-3), the
 * parents decision with its reasons (R-SX-5), risk assessment and safeguards (R-SX-6).
 */
public record ChildSafeguarding(int childNumber, String childLabel, int age, boolean vulnerable,
                                String riskAssessment, String safeguards, boolean parentsInformed,
                                String parentsRationale, String notInformedAgreedBy, LocalDate parentsReviewOn) {
}
