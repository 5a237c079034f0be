package org.safecase.referral;

import jakarta.enterprise.context.ApplicationScoped;
import org.safecase.casefile.CaseStatus;
import org.safecase.casefile.MappedStepRecorder;
import org.safecase.casefile.RecordTable;
import org.safecase.casefile.StepMapping;

import java.util.List;

import static org.safecase.casefile.RecordColumn.choice;
import static org.safecase.casefile.RecordColumn.date;
import static org.safecase.casefile.RecordColumn.flag;
import static org.safecase.casefile.RecordColumn.text;
import static org.safecase.casefile.StatusClue.anyRow;
import static org.safecase.casefile.StatusClue.whileRow;
import static org.safecase.casefile.StepMapping.Row.SCOPE;

/**
 * The police part of a staff case's record (R-ST-10, R-ST-14): one row per police
 * consideration, with whether the staff member was consulted, whether the police were involved,
 * how they were contacted, the force, the crime reference, the officer, when referred and when they cleared
 * the school's own steps. While referred and not cleared, the case is with the police.
 */
@ApplicationScoped
public class PoliceReferralRecord extends MappedStepRecorder {
    static final String POLICE = "policeReferral";
    static final RecordTable POLICE_REFERRAL = RecordTable.of("police_referral", List.of(flag("staff_consulted"),
            flag("police_involved"), choice("route"), text("police_force"), text("crime_reference"), text("officer"), date("referred_on"),
            date("cleared_on")), whileRow(CaseStatus.WITH_POLICE, "referred_on IS NOT NULL AND cleared_on IS NULL"),
            anyRow(CaseStatus.IN_PROGRESS));

    @Override
    public List<RecordTable> tables() {
        return List.of(POLICE_REFERRAL);
    }

    @Override
    protected List<StepMapping> mappings() {
        return List.of(
                StepMapping.of(POLICE, "considerPolice", POLICE_REFERRAL, SCOPE, "staffMemberConsulted", "staff_consulted",
                        "policeInvolved", "police_involved"),
                StepMapping.of(POLICE, "recordPoliceReferral", POLICE_REFERRAL, SCOPE, "policeRoute", "route", "policeForce", "police_force",
                        "crimeReference", "crime_reference", "policeOfficer", "officer", "referredOn", "referred_on"),
                StepMapping.of(POLICE, "recordPoliceClearance", POLICE_REFERRAL, SCOPE, "policeClearedOn", "cleared_on"));
    }
}
