package org.safecase.workflow;

import java.util.Set;

/**
 * The variables of {@code childProtectionIncident}: the review's answers that the referral
 * decision table reads and that size the per-child steps, whether a device was searched (the
 * closing check), the head teacher's agreement and whether an image was viewed (gateways).
 * The flags the model sets itself ({@code referralInProgress}, {@code referralsRecorded},
 * {@code withheldFilesDestroyed}, {@code deviceSearchRecorded}) and the table's answer
 * ({@code referralRequired}, {@code urgentPolice}) are kept too.
 */
public final class ChildProtectionIncidentVariables {
    public static final String CHILDREN_INVOLVED = "childrenInvolved";
    public static final String YOUNGEST_AGE = "youngestAge";
    public static final String ADULT_INVOLVED = "adultInvolved";
    public static final String COERCION_OR_EXPLOITATION = "coercionOrExploitation";
    public static final String UNUSUAL_OR_VIOLENT_CONTENT = "unusualOrViolentContent";
    public static final String SEXUAL_ACTS_UNDER_13 = "sexualActsUnder13";
    public static final String SHARED_WITHOUT_CONSENT = "sharedWithoutConsent";
    public static final String IMMEDIATE_RISK_OF_HARM = "immediateRiskOfHarm";
    public static final String DEVICE_SEARCHED = "deviceSearched";
    public static final String HEAD_TEACHER_AGREES = "headTeacherAgrees";
    public static final String IMAGE_VIEWED = "imageViewed";
    /** The decision table's answer, set by its step. */
    public static final String REFERRAL_REQUIRED = "referralRequired";
    public static final String URGENT_POLICE = "urgentPolice";
    public static final String REFERRAL_REASON = "referralReason";
    public static final String REFERRAL_TABLE_VERSION = "referralTableVersion";
    /** Flags the model sets itself. */
    public static final String REFERRAL_IN_PROGRESS = "referralInProgress";
    public static final String REFERRALS_RECORDED = "referralsRecorded";
    public static final String WITHHELD_FILES_DESTROYED = "withheldFilesDestroyed";
    public static final String DEVICE_SEARCH_RECORDED = "deviceSearchRecorded";

    static final Set<String> KEPT_ANSWERS = Set.of(CHILDREN_INVOLVED, YOUNGEST_AGE, ADULT_INVOLVED,
            COERCION_OR_EXPLOITATION, UNUSUAL_OR_VIOLENT_CONTENT, SEXUAL_ACTS_UNDER_13, SHARED_WITHOUT_CONSENT,
            IMMEDIATE_RISK_OF_HARM, DEVICE_SEARCHED, HEAD_TEACHER_AGREES, IMAGE_VIEWED);

    private ChildProtectionIncidentVariables() {
    }
}
