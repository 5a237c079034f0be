package org.safecase.referral;

import org.flowable.common.engine.impl.AbstractEngineConfiguration;
import org.flowable.dmn.engine.DmnEngine;
import org.flowable.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The referral decision table of bpmn/referralDecision.dmn, row by row, on a DMN engine on MariaDB. */
class ReferralDecisionTest {
    private static DmnEngine dmn;

    @BeforeAll
    static void deployTable() throws Exception {
        String url = System.getProperty("safecase.test.process.db.url", "jdbc:mariadb://127.0.0.1:3306/safecase_process_test");
        DmnEngineConfiguration configuration = DmnEngineConfiguration.createStandaloneDmnEngineConfiguration();
        configuration.setJdbcUrl(url);
        configuration.setJdbcDriver("org.mariadb.jdbc.Driver");
        configuration.setJdbcUsername(System.getProperty("safecase.test.db.user", "safecase_test"));
        configuration.setJdbcPassword(System.getProperty("safecase.test.db.password", "safecase_test"));
        configuration.setDatabaseSchemaUpdate(AbstractEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setDatabaseCatalog(url.substring(url.lastIndexOf('/') + 1));
        configuration.setEngineName("referral-decision-test");
        dmn = configuration.buildDmnEngine();
        dmn.getDmnRepositoryService().createDeployment().name("referral-decision-test").enableDuplicateFiltering()
                .addString("referralDecision.dmn", Files.readString(Path.of("bpmn", "referralDecision.dmn"))).deploy();
    }

    private static Map<String, Object> decide(Map<String, Object> changes) {
        Map<String, Object> facts = new HashMap<>(Map.of("adultInvolved", false, "coercionOrExploitation", false,
                "unusualOrViolentContent", false, "sexualActsUnder13", false, "youngestAge", 15,
                "sharedWithoutConsent", false, "immediateRiskOfHarm", false));
        facts.putAll(changes);
        return dmn.getDmnDecisionService().createExecuteDecisionBuilder().decisionKey("referralDecision")
                .variables(facts).executeWithSingleResult();
    }

    @ParameterizedTest(name = "R-SX-4: {0} alone requires referral")
    @CsvSource({"adultInvolved", "coercionOrExploitation", "unusualOrViolentContent", "sexualActsUnder13",
            "sharedWithoutConsent", "immediateRiskOfHarm"})
    void R_SX_4_eachConditionAloneRequiresReferral(String condition) {
        assertThat(decide(Map.of(condition, true))).containsEntry("referralRequired", true);
    }

    @ParameterizedTest(name = "R-SX-4: youngest child aged {0} -> referral {1}")
    @CsvSource({"12, true", "13, true", "14, false"})
    void R_SX_4_anyChildAged13OrUnderRequiresReferral(int age, boolean referral) {
        assertThat(decide(Map.of("youngestAge", age))).containsEntry("referralRequired", referral);
    }

    @Test
    void R_SX_4_noConditionMeansItMayBeHandledInSchool() {
        Map<String, Object> result = decide(Map.of());
        assertThat(result).containsEntry("referralRequired", false).containsEntry("urgentPolice", false);
        assertThat((String) result.get("referralReason")).contains("head teacher's agreement");
    }

    @Test
    void R_SX_4_anAdultSharingImagesOfAChildIsAlwaysAnUrgentPoliceReferral() {
        assertThat(decide(Map.of("adultInvolved", true, "youngestAge", 16))).containsEntry("referralRequired", true)
                .containsEntry("urgentPolice", true);
    }
}
