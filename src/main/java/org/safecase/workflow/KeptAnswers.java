package org.safecase.workflow;

/**
 * Which answers of a model's steps stay in the engine as process variables: those its gateways,
 * decision table or later checks read, declared in the model's variables class. The models
 * {@code schoolProcedure}, {@code hrDisciplinaryHandOff} and {@code childProtectionReferral}
 * keep none. A model added by an LA admin keeps all its answers, since its gateways are unknown.
 */
final class KeptAnswers {
    private KeptAnswers() {
    }

    static boolean kept(String processKey, String answerKey) {
        return switch (processKey) {
            case ProcessModels.STAFF_INCIDENT -> StaffIncidentVariables.KEPT_ANSWERS.contains(answerKey);
            case "policeReferral" -> PoliceReferralVariables.KEPT_ANSWERS.contains(answerKey);
            case "removalRequest" -> RemovalRequestVariables.KEPT_ANSWERS.contains(answerKey);
            case "providerTakedown" -> ProviderTakedownVariables.KEPT_ANSWERS.contains(answerKey);
            case ProcessModels.CHILD_PROTECTION_INCIDENT -> ChildProtectionIncidentVariables.KEPT_ANSWERS.contains(answerKey);
            case "schoolProcedure", "hrDisciplinaryHandOff", ProcessModels.CHILD_PROTECTION_REFERRAL -> false;
            default -> true;
        };
    }
}
