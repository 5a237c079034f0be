package org.safecase.workflow;

/**
 * The variables every case's process starts with (and its called models inherit): ids, the
 * groups its steps go to, deadlines, and the facts of the report its gateways read. Nothing
 * else of the report is a process variable: the case record is in our tables.
 */
public final class CaseVariables {
    public static final String CASE_REFERENCE = "caseReference";
    public static final String SCHOOL_ID = "schoolId";
    public static final String SCHOOL_NATION = "schoolNation";
    public static final String CATEGORY = "category";
    public static final String REPORTER_USER = "reporterUser";
    public static final String REVIEW_GROUP = "reviewGroup";
    public static final String HEAD_TEACHER_GROUP = "headTeacherGroup";
    public static final String DEPUTY_DSL_GROUP = "deputyDslGroup";
    public static final String HR_GROUP = "hrGroup";
    public static final String TRIAGE_DEADLINE = "triageDeadline";
    /**
     * When the first step (the lead's triage, the DSL's review) is due: school working time, or
     * for an urgent case clock time ({@link SchoolWorkingTimeCalendar}).
     */
    public static final String FIRST_STEP_DUE = "firstStepDue";
    public static final String REMOVAL_DEADLINE = "removalDeadline";
    public static final String PROVIDER_DEADLINE = "providerDeadline";
    public static final String SATISFACTION_DEADLINE = "satisfactionDeadline";
    public static final String URGENT = "urgent";
    public static final String POLICE_WANTED = "policeWanted";
    public static final String WITHHELD_FILES = "withheldFiles";
    /** Set by the engine on each instance of a step repeated per child (from 0). */
    public static final String LOOP_COUNTER = "loopCounter";

    private CaseVariables() {
    }
}
