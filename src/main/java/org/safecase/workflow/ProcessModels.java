package org.safecase.workflow;

import java.util.List;

/** The process models in {@code bpmn/}, by file name, and the keys the application starts. */
public final class ProcessModels {
    public static final String STAFF_INCIDENT = "staffIncident";
    public static final String CHILD_PROTECTION_INCIDENT = "childProtectionIncident";
    public static final String CHILD_PROTECTION_REFERRAL = "childProtectionReferral";
    /** Issue #14 item 9: tells the LA admins that a step of a case failed for good; belongs to no case. */
    public static final String FAILED_JOB_NOTICE = "failedJobNotice";

    /** Every model file in {@code bpmn/}; ProcessModelsTest fails when one is added but not listed. */
    public static final List<String> RESOURCES = List.of(
            STAFF_INCIDENT + ".bpmn20.xml",
            "policeReferral.bpmn20.xml",
            "removalRequest.bpmn20.xml",
            "providerTakedown.bpmn20.xml",
            "schoolProcedure.bpmn20.xml",
            "hrDisciplinaryHandOff.bpmn20.xml",
            CHILD_PROTECTION_REFERRAL + ".bpmn20.xml",
            CHILD_PROTECTION_INCIDENT + ".bpmn20.xml",
            FAILED_JOB_NOTICE + ".bpmn20.xml");

    /** Decision tables in {@code bpmn/}, deployed with the process models. */
    public static final String REFERRAL_DECISION = "referralDecision";
    public static final List<String> DECISION_RESOURCES = List.of(REFERRAL_DECISION + ".dmn");

    private ProcessModels() {
    }
}
