/*M!999999\- enable the sandbox mode */ 

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;
DROP SEQUENCE IF EXISTS `incident_reference_seq`;
CREATE SEQUENCE `incident_reference_seq` start with 1 minvalue 1 maxvalue 9223372036854775806 increment by 1 nocache nocycle ENGINE=InnoDB;
DO SETVAL(`incident_reference_seq`, 4, 0);
DROP TABLE IF EXISTS `ACT_DMN_DECISION`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_DMN_DECISION` (
  `ID_` varchar(255) NOT NULL,
  `NAME_` varchar(255) DEFAULT NULL,
  `VERSION_` int(11) DEFAULT NULL,
  `KEY_` varchar(255) DEFAULT NULL,
  `CATEGORY_` varchar(255) DEFAULT NULL,
  `DECISION_TYPE_` varchar(255) DEFAULT NULL,
  `DEPLOYMENT_ID_` varchar(255) DEFAULT NULL,
  `TENANT_ID_` varchar(255) DEFAULT NULL,
  `RESOURCE_NAME_` varchar(255) DEFAULT NULL,
  `DESCRIPTION_` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`ID_`),
  UNIQUE KEY `ACT_IDX_DMN_DEC_UNIQ` (`KEY_`,`VERSION_`,`TENANT_ID_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_DMN_DECISION` WRITE;
/*!40000 ALTER TABLE `ACT_DMN_DECISION` DISABLE KEYS */;
INSERT INTO `ACT_DMN_DECISION` VALUES
('7fb857e5-ee14-11f1-a1da-02fc00000001','Does the incident need referral to police and children\'s social care?',1,'referralDecision',NULL,'decision_table','7fb15303-ee14-11f1-a1da-02fc00000001','','referralDecision.dmn',NULL);
/*!40000 ALTER TABLE `ACT_DMN_DECISION` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ACT_DMN_DEPLOYMENT`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_DMN_DEPLOYMENT` (
  `ID_` varchar(255) NOT NULL,
  `NAME_` varchar(255) DEFAULT NULL,
  `CATEGORY_` varchar(255) DEFAULT NULL,
  `DEPLOY_TIME_` datetime(3) DEFAULT NULL,
  `TENANT_ID_` varchar(255) DEFAULT NULL,
  `PARENT_DEPLOYMENT_ID_` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`ID_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_DMN_DEPLOYMENT` WRITE;
/*!40000 ALTER TABLE `ACT_DMN_DEPLOYMENT` DISABLE KEYS */;
INSERT INTO `ACT_DMN_DEPLOYMENT` VALUES
('7fb15303-ee14-11f1-a1da-02fc00000001','safecase-models',NULL,'2026-12-02 05:52:03.428','','7f7f4671-ee14-11f1-a1da-02fc00000001');
/*!40000 ALTER TABLE `ACT_DMN_DEPLOYMENT` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ACT_DMN_DEPLOYMENT_RESOURCE`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_DMN_DEPLOYMENT_RESOURCE` (
  `ID_` varchar(255) NOT NULL,
  `NAME_` varchar(255) DEFAULT NULL,
  `DEPLOYMENT_ID_` varchar(255) DEFAULT NULL,
  `RESOURCE_BYTES_` longblob DEFAULT NULL,
  PRIMARY KEY (`ID_`),
  KEY `ACT_IDX_DMN_RSRC_DPL` (`DEPLOYMENT_ID_`),
  CONSTRAINT `ACT_FK_DMN_RSRC_DPL` FOREIGN KEY (`DEPLOYMENT_ID_`) REFERENCES `ACT_DMN_DEPLOYMENT` (`ID_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_DMN_DEPLOYMENT_RESOURCE` WRITE;
/*!40000 ALTER TABLE `ACT_DMN_DEPLOYMENT_RESOURCE` DISABLE KEYS */;
INSERT INTO `ACT_DMN_DEPLOYMENT_RESOURCE` VALUES
('7fb15304-ee14-11f1-a1da-02fc00000001','referralDecision.dmn','7fb15303-ee14-11f1-a1da-02fc00000001','<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" id=\"referralDecisions\"\n             name=\"Child-protection referral\" namespace=\"https://safecase.org/decisions\">\n  <!--\n    R-SX-4: referral of a nude-image incident. Referral to the police AND children\'s social care is\n    required when any condition holds; otherwise the DSL, with the head teacher\'s agreement, may handle\n    it in school (and can still refer at any time). An adult involved also makes the police referral\n    urgent. Conditions from the national advice and the seed (any child aged 13 or under). An LA admin\n    changes this table when national guidance changes; each case records which version decided it.\n  -->\n  <decision id=\"referralDecision\" name=\"Does the incident need referral to police and children\'s social care?\">\n    <decisionTable id=\"referralTable\" hitPolicy=\"FIRST\">\n      <input id=\"adultInvolvedInput\" label=\"An adult is involved\">\n        <inputExpression id=\"adultInvolvedExpression\" typeRef=\"boolean\"><text>adultInvolved</text></inputExpression>\n      </input>\n      <input id=\"coercionInput\" label=\"Coercion, blackmail, sextortion, grooming, exploitation or doubtful capacity to consent\">\n        <inputExpression id=\"coercionExpression\" typeRef=\"boolean\"><text>coercionOrExploitation</text></inputExpression>\n      </input>\n      <input id=\"unusualInput\" label=\"Content unusual for the child\'s development, or violent\">\n        <inputExpression id=\"unusualExpression\" typeRef=\"boolean\"><text>unusualOrViolentContent</text></inputExpression>\n      </input>\n      <input id=\"under13ActsInput\" label=\"Sexual acts with a child under 13\">\n        <inputExpression id=\"under13ActsExpression\" typeRef=\"boolean\"><text>sexualActsUnder13</text></inputExpression>\n      </input>\n      <input id=\"youngestAgeInput\" label=\"Age of the youngest child involved\">\n        <inputExpression id=\"youngestAgeExpression\" typeRef=\"number\"><text>youngestAge</text></inputExpression>\n      </input>\n      <input id=\"consentInput\" label=\"Shared without the child\'s consent\">\n        <inputExpression id=\"consentExpression\" typeRef=\"boolean\"><text>sharedWithoutConsent</text></inputExpression>\n      </input>\n      <input id=\"riskInput\" label=\"Immediate risk of harm (e.g. suicidal or self-harming)\">\n        <inputExpression id=\"riskExpression\" typeRef=\"boolean\"><text>immediateRiskOfHarm</text></inputExpression>\n      </input>\n      <output id=\"referralRequiredOutput\" label=\"Refer to police and children\'s social care\" name=\"referralRequired\" typeRef=\"boolean\"/>\n      <output id=\"urgentPoliceOutput\" label=\"Urgent police referral\" name=\"urgentPolice\" typeRef=\"boolean\"/>\n      <output id=\"reasonOutput\" label=\"Why\" name=\"referralReason\" typeRef=\"string\"/>\n      <rule id=\"adultInvolved\">\n        <inputEntry id=\"r1i1\"><text>true</text></inputEntry>\n        <inputEntry id=\"r1i2\"><text>-</text></inputEntry>\n        <inputEntry id=\"r1i3\"><text>-</text></inputEntry>\n        <inputEntry id=\"r1i4\"><text>-</text></inputEntry>\n        <inputEntry id=\"r1i5\"><text>-</text></inputEntry>\n        <inputEntry id=\"r1i6\"><text>-</text></inputEntry>\n        <inputEntry id=\"r1i7\"><text>-</text></inputEntry>\n        <outputEntry id=\"r1o1\"><text>true</text></outputEntry>\n        <outputEntry id=\"r1o2\"><text>true</text></outputEntry>\n        <outputEntry id=\"r1o3\"><text>\"An adult is involved: child abuse, urgent police referral\"</text></outputEntry>\n      </rule>\n      <rule id=\"coercion\">\n        <inputEntry id=\"r2i1\"><text>-</text></inputEntry>\n        <inputEntry id=\"r2i2\"><text>true</text></inputEntry>\n        <inputEntry id=\"r2i3\"><text>-</text></inputEntry>\n        <inputEntry id=\"r2i4\"><text>-</text></inputEntry>\n        <inputEntry id=\"r2i5\"><text>-</text></inputEntry>\n        <inputEntry id=\"r2i6\"><text>-</text></inputEntry>\n        <inputEntry id=\"r2i7\"><text>-</text></inputEntry>\n        <outputEntry id=\"r2o1\"><text>true</text></outputEntry>\n        <outputEntry id=\"r2o2\"><text>false</text></outputEntry>\n        <outputEntry id=\"r2o3\"><text>\"Coercion, blackmail, grooming, exploitation or doubtful capacity to consent\"</text></outputEntry>\n      </rule>\n      <rule id=\"unusualOrViolent\">\n        <inputEntry id=\"r3i1\"><text>-</text></inputEntry>\n        <inputEntry id=\"r3i2\"><text>-</text></inputEntry>\n        <inputEntry id=\"r3i3\"><text>true</text></inputEntry>\n        <inputEntry id=\"r3i4\"><text>-</text></inputEntry>\n        <inputEntry id=\"r3i5\"><text>-</text></inputEntry>\n        <inputEntry id=\"r3i6\"><text>-</text></inputEntry>\n        <inputEntry id=\"r3i7\"><text>-</text></inputEntry>\n        <outputEntry id=\"r3o1\"><text>true</text></outputEntry>\n        <outputEntry id=\"r3o2\"><text>false</text></outputEntry>\n        <outputEntry id=\"r3o3\"><text>\"Content unusual for the child\'s development, or violent\"</text></outputEntry>\n      </rule>\n      <rule id=\"sexualActsUnder13\">\n        <inputEntry id=\"r4i1\"><text>-</text></inputEntry>\n        <inputEntry id=\"r4i2\"><text>-</text></inputEntry>\n        <inputEntry id=\"r4i3\"><text>-</text></inputEntry>\n        <inputEntry id=\"r4i4\"><text>true</text></inputEntry>\n        <inputEntry id=\"r4i5\"><text>-</text></inputEntry>\n        <inputEntry id=\"r4i6\"><text>-</text></inputEntry>\n        <inputEntry id=\"r4i7\"><text>-</text></inputEntry>\n        <outputEntry id=\"r4o1\"><text>true</text></outputEntry>\n        <outputEntry id=\"r4o2\"><text>false</text></outputEntry>\n        <outputEntry id=\"r4o3\"><text>\"Sexual acts with a child under 13\"</text></outputEntry>\n      </rule>\n      <rule id=\"childAged13OrUnder\">\n        <inputEntry id=\"r5i1\"><text>-</text></inputEntry>\n        <inputEntry id=\"r5i2\"><text>-</text></inputEntry>\n        <inputEntry id=\"r5i3\"><text>-</text></inputEntry>\n        <inputEntry id=\"r5i4\"><text>-</text></inputEntry>\n        <inputEntry id=\"r5i5\"><text>&lt;= 13</text></inputEntry>\n        <inputEntry id=\"r5i6\"><text>-</text></inputEntry>\n        <inputEntry id=\"r5i7\"><text>-</text></inputEntry>\n        <outputEntry id=\"r5o1\"><text>true</text></outputEntry>\n        <outputEntry id=\"r5o2\"><text>false</text></outputEntry>\n        <outputEntry id=\"r5o3\"><text>\"A child aged 13 or under is involved\"</text></outputEntry>\n      </rule>\n      <rule id=\"sharedWithoutConsent\">\n        <inputEntry id=\"r6i1\"><text>-</text></inputEntry>\n        <inputEntry id=\"r6i2\"><text>-</text></inputEntry>\n        <inputEntry id=\"r6i3\"><text>-</text></inputEntry>\n        <inputEntry id=\"r6i4\"><text>-</text></inputEntry>\n        <inputEntry id=\"r6i5\"><text>-</text></inputEntry>\n        <inputEntry id=\"r6i6\"><text>true</text></inputEntry>\n        <inputEntry id=\"r6i7\"><text>-</text></inputEntry>\n        <outputEntry id=\"r6o1\"><text>true</text></outputEntry>\n        <outputEntry id=\"r6o2\"><text>false</text></outputEntry>\n        <outputEntry id=\"r6o3\"><text>\"Shared without the child\'s consent\"</text></outputEntry>\n      </rule>\n      <rule id=\"immediateRisk\">\n        <inputEntry id=\"r7i1\"><text>-</text></inputEntry>\n        <inputEntry id=\"r7i2\"><text>-</text></inputEntry>\n        <inputEntry id=\"r7i3\"><text>-</text></inputEntry>\n        <inputEntry id=\"r7i4\"><text>-</text></inputEntry>\n        <inputEntry id=\"r7i5\"><text>-</text></inputEntry>\n        <inputEntry id=\"r7i6\"><text>-</text></inputEntry>\n        <inputEntry id=\"r7i7\"><text>true</text></inputEntry>\n        <outputEntry id=\"r7o1\"><text>true</text></outputEntry>\n        <outputEntry id=\"r7o2\"><text>false</text></outputEntry>\n        <outputEntry id=\"r7o3\"><text>\"Immediate risk of harm\"</text></outputEntry>\n      </rule>\n      <rule id=\"noneHolds\">\n        <inputEntry id=\"r8i1\"><text>-</text></inputEntry>\n        <inputEntry id=\"r8i2\"><text>-</text></inputEntry>\n        <inputEntry id=\"r8i3\"><text>-</text></inputEntry>\n        <inputEntry id=\"r8i4\"><text>-</text></inputEntry>\n        <inputEntry id=\"r8i5\"><text>-</text></inputEntry>\n        <inputEntry id=\"r8i6\"><text>-</text></inputEntry>\n        <inputEntry id=\"r8i7\"><text>-</text></inputEntry>\n        <outputEntry id=\"r8o1\"><text>false</text></outputEntry>\n        <outputEntry id=\"r8o2\"><text>false</text></outputEntry>\n        <outputEntry id=\"r8o3\"><text>\"No referral condition holds: may be handled in school with the head teacher\'s agreement\"</text></outputEntry>\n      </rule>\n    </decisionTable>\n  </decision>\n</definitions>\n');
/*!40000 ALTER TABLE `ACT_DMN_DEPLOYMENT_RESOURCE` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ACT_DMN_HI_DECISION_EXECUTION`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_DMN_HI_DECISION_EXECUTION` (
  `ID_` varchar(255) NOT NULL,
  `DECISION_DEFINITION_ID_` varchar(255) DEFAULT NULL,
  `DEPLOYMENT_ID_` varchar(255) DEFAULT NULL,
  `START_TIME_` datetime(3) DEFAULT NULL,
  `END_TIME_` datetime(3) DEFAULT NULL,
  `INSTANCE_ID_` varchar(255) DEFAULT NULL,
  `EXECUTION_ID_` varchar(255) DEFAULT NULL,
  `ACTIVITY_ID_` varchar(255) DEFAULT NULL,
  `SCOPE_TYPE_` varchar(255) DEFAULT NULL,
  `FAILED_` tinyint(4) DEFAULT 0,
  `TENANT_ID_` varchar(255) DEFAULT NULL,
  `EXECUTION_JSON_` longtext DEFAULT NULL,
  PRIMARY KEY (`ID_`),
  KEY `ACT_IDX_DMN_INSTANCE_ID` (`INSTANCE_ID_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_DMN_HI_DECISION_EXECUTION` WRITE;
/*!40000 ALTER TABLE `ACT_DMN_HI_DECISION_EXECUTION` DISABLE KEYS */;
/*!40000 ALTER TABLE `ACT_DMN_HI_DECISION_EXECUTION` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ACT_EVT_LOG`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_EVT_LOG` (
  `LOG_NR_` bigint(20) NOT NULL AUTO_INCREMENT,
  `TYPE_` varchar(64) DEFAULT NULL,
  `PROC_DEF_ID_` varchar(64) DEFAULT NULL,
  `PROC_INST_ID_` varchar(64) DEFAULT NULL,
  `EXECUTION_ID_` varchar(64) DEFAULT NULL,
  `TASK_ID_` varchar(64) DEFAULT NULL,
  `TIME_STAMP_` timestamp(3) NOT NULL DEFAULT current_timestamp(3),
  `USER_ID_` varchar(255) DEFAULT NULL,
  `DATA_` longblob DEFAULT NULL,
  `LOCK_OWNER_` varchar(255) DEFAULT NULL,
  `LOCK_TIME_` timestamp(3) NULL DEFAULT NULL,
  `IS_PROCESSED_` tinyint(4) DEFAULT 0,
  PRIMARY KEY (`LOG_NR_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_EVT_LOG` WRITE;
/*!40000 ALTER TABLE `ACT_EVT_LOG` DISABLE KEYS */;
/*!40000 ALTER TABLE `ACT_EVT_LOG` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ACT_GE_BYTEARRAY`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_GE_BYTEARRAY` (
  `ID_` varchar(64) NOT NULL,
  `REV_` int(11) DEFAULT NULL,
  `NAME_` varchar(255) DEFAULT NULL,
  `DEPLOYMENT_ID_` varchar(64) DEFAULT NULL,
  `BYTES_` longblob DEFAULT NULL,
  `GENERATED_` tinyint(4) DEFAULT NULL,
  PRIMARY KEY (`ID_`),
  KEY `ACT_IDX_BYTEAR_DEPL` (`DEPLOYMENT_ID_`),
  CONSTRAINT `ACT_FK_BYTEARR_DEPL` FOREIGN KEY (`DEPLOYMENT_ID_`) REFERENCES `ACT_RE_DEPLOYMENT` (`ID_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_GE_BYTEARRAY` WRITE;
/*!40000 ALTER TABLE `ACT_GE_BYTEARRAY` DISABLE KEYS */;
INSERT INTO `ACT_GE_BYTEARRAY` VALUES
('7f7f4672-ee14-11f1-a1da-02fc00000001',1,'staffIncident.bpmn20.xml','7f7f4671-ee14-11f1-a1da-02fc00000001','<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"\n             xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n             xmlns:flowable=\"http://flowable.org/bpmn\"\n             targetNamespace=\"https://safecase.org/processes\">\n    <!--\n      A staff online-safety incident (categories 1-4, 6, 7), from report to closure.\n      1. The school\'s online-safety lead triages the report by the triage deadline, counted in\n         school working time (R-ST-4, R-X-1); a missed deadline goes to the head teacher.\n      2. Possibly criminal content, and every published allegation (category 6), goes to police\n         consideration first; once police are involved the school\'s own steps wait for their\n         clearance (R-ST-10, R-ST-14).\n      3. The responses chosen at triage run side by side: removal request to a known poster,\n         falling through to a provider takedown (R-ST-5, R-ST-6); impersonation complaint\n         (R-ST-7); phone network report (R-ST-8); school procedure for a pupil or parent (R-ST-9,\n         R-ST-11); hand-off to LA HR for a colleague (R-ST-9).\n      4. Support is recorded (R-ST-12); the outcome is recorded and the staff member asked if\n         they are satisfied; if not, they are given the union\'s advice lines (R-ST-13).\n    -->\n    <process id=\"staffIncident\" name=\"Staff online-safety incident\" isExecutable=\"true\">\n        <documentation>A member of staff has reported an online-safety incident. The online-safety lead triages it, runs the responses it needs, records the support given and closes it with the staff member.</documentation>\n        <startEvent id=\"incidentReported\" name=\"Incident reported\"/>\n        <sequenceFlow id=\"toTriage\" sourceRef=\"incidentReported\" targetRef=\"triage\"/>\n\n        <subProcess id=\"triage\" name=\"Triage of the report\">\n            <startEvent id=\"triageStarted\" name=\"Lead told of the report\"/>\n            <sequenceFlow id=\"toTriageByLead\" sourceRef=\"triageStarted\" targetRef=\"triageByLead\"/>\n            <userTask id=\"triageByLead\" name=\"Lead triages report\"\n                      flowable:candidateGroups=\"${reviewGroup}\"\n                      flowable:dueDate=\"school:${schoolId} ${triageDeadline}\"\n                      flowable:businessCalendarName=\"schoolWorkingTime\">\n                <documentation>Read the report. Judge how serious it is, whether it may be criminal, who is responsible and whether there is material online to get removed.</documentation>\n                <extensionElements>\n                    <flowable:formProperty id=\"severity\" name=\"How serious is it?\" type=\"enum\" required=\"true\">\n                        <flowable:value id=\"LOW\" name=\"Low\"/>\n                        <flowable:value id=\"MEDIUM\" name=\"Medium\"/>\n                        <flowable:value id=\"HIGH\" name=\"High\"/>\n                    </flowable:formProperty>\n                    <flowable:formProperty id=\"mayBeCriminal\" name=\"May it be criminal?\" type=\"boolean\" required=\"true\"/>\n                    <flowable:formProperty id=\"perpetrator\" name=\"Who is responsible?\" type=\"enum\" required=\"true\">\n                        <flowable:value id=\"PUPIL\" name=\"A pupil\"/>\n                        <flowable:value id=\"PARENT_CARER\" name=\"A parent or carer\"/>\n                        <flowable:value id=\"COLLEAGUE\" name=\"A colleague\"/>\n                        <flowable:value id=\"UNKNOWN\" name=\"Not known\"/>\n                        <flowable:value id=\"OTHER\" name=\"Someone else\"/>\n                    </flowable:formProperty>\n                    <flowable:formProperty id=\"removalNeeded\" name=\"Is there material online to get removed?\" type=\"boolean\" required=\"true\"/>\n                    <flowable:formProperty id=\"posterKnown\" name=\"Is the person who posted it known and reachable?\" type=\"boolean\" required=\"true\"/>\n                    <flowable:formProperty id=\"maliciousClaimByPupil\" name=\"Did a pupil make an unfounded, malicious claim?\" type=\"boolean\" required=\"true\"/>\n                </extensionElements>\n            </userTask>\n            <sequenceFlow id=\"toTriaged\" sourceRef=\"triageByLead\" targetRef=\"triageDone\"/>\n            <endEvent id=\"triageDone\" name=\"Report triaged\">\n                <terminateEventDefinition/>\n            </endEvent>\n            <boundaryEvent id=\"triageDeadlineMissed\" name=\"Triage deadline missed\" attachedToRef=\"triageByLead\"\n                           cancelActivity=\"false\">\n                <timerEventDefinition flowable:businessCalendarName=\"schoolWorkingTime\">\n                    <timeDuration>school:${schoolId} ${triageDeadline}</timeDuration>\n                </timerEventDefinition>\n            </boundaryEvent>\n            <sequenceFlow id=\"toHeadTeacher\" sourceRef=\"triageDeadlineMissed\" targetRef=\"headTeacherEnsuresTriage\"/>\n            <userTask id=\"headTeacherEnsuresTriage\" name=\"Head teacher makes sure the report is triaged\"\n                      flowable:candidateGroups=\"${headTeacherGroup}\">\n                <documentation>The online-safety lead has not triaged this report by its deadline. Make sure it is triaged now, by the lead or by someone you nominate.</documentation>\n            </userTask>\n            <sequenceFlow id=\"toEscalationSeen\" sourceRef=\"headTeacherEnsuresTriage\" targetRef=\"escalationSeen\"/>\n            <endEvent id=\"escalationSeen\" name=\"Head teacher has acted\"/>\n        </subProcess>\n\n        <sequenceFlow id=\"toRecordTriage\" sourceRef=\"triage\" targetRef=\"recordTriage\"/>\n        <serviceTask id=\"recordTriage\" name=\"Record that the report is triaged\"\n                     flowable:delegateExpression=\"${recordTriageOutcome}\"/>\n        <sequenceFlow id=\"toPoliceQuestion\" sourceRef=\"recordTriage\" targetRef=\"policeToConsider\"/>\n\n        <exclusiveGateway id=\"policeToConsider\" name=\"Police to consider?\" default=\"noPoliceConsideration\"/>\n        <sequenceFlow id=\"toPoliceReferral\" name=\"May be criminal, staff member wants police, or a published allegation\"\n                      sourceRef=\"policeToConsider\" targetRef=\"policeReferral\">\n            <conditionExpression xsi:type=\"tFormalExpression\">${mayBeCriminal || policeWanted || category == \'PUBLISHED_ALLEGATION\'}</conditionExpression>\n        </sequenceFlow>\n        <sequenceFlow id=\"noPoliceConsideration\" name=\"No\" sourceRef=\"policeToConsider\" targetRef=\"responses\"/>\n        <callActivity id=\"policeReferral\" name=\"Police referral\" calledElement=\"policeReferral\"\n                      flowable:inheritVariables=\"true\" flowable:inheritBusinessKey=\"true\">\n            <extensionElements>\n                <flowable:out source=\"policeInvolved\" target=\"policeInvolved\"/>\n            </extensionElements>\n        </callActivity>\n        <sequenceFlow id=\"afterPolice\" sourceRef=\"policeReferral\" targetRef=\"responses\"/>\n\n        <inclusiveGateway id=\"responses\" name=\"Responses chosen at triage\" default=\"noFurtherResponse\"/>\n        <sequenceFlow id=\"toRemovalRequest\" name=\"Poster known\" sourceRef=\"responses\" targetRef=\"removalRequest\">\n            <conditionExpression xsi:type=\"tFormalExpression\">${removalNeeded &amp;&amp; posterKnown}</conditionExpression>\n        </sequenceFlow>\n        <sequenceFlow id=\"toProviderTakedown\" name=\"Poster not known\" sourceRef=\"responses\" targetRef=\"providerTakedown\">\n            <conditionExpression xsi:type=\"tFormalExpression\">${removalNeeded &amp;&amp; !posterKnown}</conditionExpression>\n        </sequenceFlow>\n        <sequenceFlow id=\"toImpersonation\" name=\"Impersonation\" sourceRef=\"responses\" targetRef=\"impersonationComplaint\">\n            <conditionExpression xsi:type=\"tFormalExpression\">${category == \'IMPERSONATION\'}</conditionExpression>\n        </sequenceFlow>\n        <sequenceFlow id=\"toPhoneNetwork\" name=\"Phone abuse\" sourceRef=\"responses\" targetRef=\"reportToPhoneNetwork\">\n            <conditionExpression xsi:type=\"tFormalExpression\">${category == \'PHONE_ABUSE\'}</conditionExpression>\n        </sequenceFlow>\n        <sequenceFlow id=\"toSchoolProcedure\" name=\"Pupil or parent responsible, or a malicious claim\"\n                      sourceRef=\"responses\" targetRef=\"schoolProcedure\">\n            <conditionExpression xsi:type=\"tFormalExpression\">${perpetrator == \'PUPIL\' || perpetrator == \'PARENT_CARER\' || maliciousClaimByPupil}</conditionExpression>\n        </sequenceFlow>\n        <sequenceFlow id=\"toHr\" name=\"Colleague responsible\" sourceRef=\"responses\" targetRef=\"hrDisciplinaryHandOff\">\n            <conditionExpression xsi:type=\"tFormalExpression\">${perpetrator == \'COLLEAGUE\'}</conditionExpression>\n        </sequenceFlow>\n        <sequenceFlow id=\"noFurtherResponse\" name=\"None needed\" sourceRef=\"responses\" targetRef=\"responsesDone\"/>\n\n        <callActivity id=\"removalRequest\" name=\"Removal request to the poster\" calledElement=\"removalRequest\"\n                      flowable:inheritVariables=\"true\" flowable:inheritBusinessKey=\"true\">\n            <extensionElements>\n                <flowable:out source=\"removalOutcome\" target=\"removalOutcome\"/>\n            </extensionElements>\n        </callActivity>\n        <sequenceFlow id=\"toRemoved\" sourceRef=\"removalRequest\" targetRef=\"removedByPoster\"/>\n        <exclusiveGateway id=\"removedByPoster\" name=\"Removed by the poster?\" default=\"posterDidNotRemove\"/>\n        <sequenceFlow id=\"posterRemoved\" name=\"Yes\" sourceRef=\"removedByPoster\" targetRef=\"responsesDone\">\n            <conditionExpression xsi:type=\"tFormalExpression\">${removalOutcome == \'REMOVED\'}</conditionExpression>\n        </sequenceFlow>\n        <sequenceFlow id=\"posterDidNotRemove\" name=\"Refused or ignored\" sourceRef=\"removedByPoster\" targetRef=\"providerTakedownAfterRefusal\"/>\n        <callActivity id=\"providerTakedownAfterRefusal\" name=\"Provider takedown\" calledElement=\"providerTakedown\"\n                      flowable:inheritVariables=\"true\" flowable:inheritBusinessKey=\"true\">\n            <extensionElements>\n                <flowable:out source=\"takedownOutcome\" target=\"takedownOutcome\"/>\n            </extensionElements>\n        </callActivity>\n        <sequenceFlow id=\"afterTakedownAfterRefusal\" sourceRef=\"providerTakedownAfterRefusal\" targetRef=\"responsesDone\"/>\n        <callActivity id=\"providerTakedown\" name=\"Provider takedown\" calledElement=\"providerTakedown\"\n                      flowable:inheritVariables=\"true\" flowable:inheritBusinessKey=\"true\">\n            <extensionElements>\n                <flowable:out source=\"takedownOutcome\" target=\"takedownOutcome\"/>\n            </extensionElements>\n        </callActivity>\n        <sequenceFlow id=\"afterTakedown\" sourceRef=\"providerTakedown\" targetRef=\"responsesDone\"/>\n\n        <userTask id=\"impersonationComplaint\" name=\"Lead helps the staff member prove identity and complain to the provider\"\n                  flowable:candidateGroups=\"${reviewGroup}\">\n            <documentation>Some providers take no complaints from third parties: help the staff member prove who they are and complain directly, and follow it up.</documentation>\n            <extensionElements>\n                <flowable:formProperty id=\"identityProved\" name=\"Has the staff member proved their identity to the provider?\" type=\"boolean\" required=\"true\"/>\n                <flowable:formProperty id=\"impersonationComplaintReference\" name=\"Provider\'s complaint reference\" type=\"string\"/>\n            </extensionElements>\n        </userTask>\n        <sequenceFlow id=\"afterImpersonation\" sourceRef=\"impersonationComplaint\" targetRef=\"responsesDone\"/>\n\n        <userTask id=\"reportToPhoneNetwork\" name=\"Staff member reports the calls to their phone network\"\n                  flowable:assignee=\"${reporterUser}\">\n            <documentation>Only the account holder can report to their network: contact your network\'s nuisance-call line (see the provider directory). The network can change or block your number and trace calls for the police.</documentation>\n            <extensionElements>\n                <flowable:formProperty id=\"network\" name=\"Your phone network\" type=\"string\" required=\"true\"/>\n                <flowable:formProperty id=\"networkReference\" name=\"Network\'s reference\" type=\"string\"/>\n            </extensionElements>\n        </userTask>\n        <sequenceFlow id=\"afterPhoneNetwork\" sourceRef=\"reportToPhoneNetwork\" targetRef=\"responsesDone\"/>\n\n        <callActivity id=\"schoolProcedure\" name=\"School procedure\" calledElement=\"schoolProcedure\"\n                      flowable:inheritVariables=\"true\" flowable:inheritBusinessKey=\"true\"/>\n        <sequenceFlow id=\"afterSchoolProcedure\" sourceRef=\"schoolProcedure\" targetRef=\"responsesDone\"/>\n        <callActivity id=\"hrDisciplinaryHandOff\" name=\"Hand-off to LA HR\" calledElement=\"hrDisciplinaryHandOff\"\n                      flowable:inheritVariables=\"true\" flowable:inheritBusinessKey=\"true\">\n            <extensionElements>\n                <flowable:out source=\"disciplinaryOutcome\" target=\"disciplinaryOutcome\"/>\n            </extensionElements>\n        </callActivity>\n        <sequenceFlow id=\"afterHr\" sourceRef=\"hrDisciplinaryHandOff\" targetRef=\"responsesDone\"/>\n\n        <inclusiveGateway id=\"responsesDone\" name=\"All responses finished\"/>\n        <sequenceFlow id=\"toSupport\" sourceRef=\"responsesDone\" targetRef=\"recordSupport\"/>\n        <userTask id=\"recordSupport\" name=\"Lead records the support offered to the staff member\"\n                  flowable:candidateGroups=\"${reviewGroup}\">\n            <documentation>Offer personal support, or information on where to get it, and record what was offered and when.</documentation>\n            <extensionElements>\n                <flowable:formProperty id=\"supportOffered\" name=\"Support offered\" type=\"string\" required=\"true\"/>\n                <flowable:formProperty id=\"supportOfferedOn\" name=\"Offered on\" type=\"date\" datePattern=\"yyyy-MM-dd\" required=\"true\"/>\n            </extensionElements>\n        </userTask>\n        <sequenceFlow id=\"toOutcome\" sourceRef=\"recordSupport\" targetRef=\"recordOutcome\"/>\n        <userTask id=\"recordOutcome\" name=\"Lead records the outcome of the case\"\n                  flowable:candidateGroups=\"${reviewGroup}\">\n            <extensionElements>\n                <flowable:formProperty id=\"caseOutcome\" name=\"Outcome\" type=\"string\" required=\"true\"/>\n            </extensionElements>\n        </userTask>\n        <sequenceFlow id=\"toSatisfaction\" sourceRef=\"recordOutcome\" targetRef=\"staffSatisfaction\"/>\n        <userTask id=\"staffSatisfaction\" name=\"Staff member says whether they are satisfied with how it was handled\"\n                  flowable:assignee=\"${reporterUser}\">\n            <documentation>Tell us whether you are satisfied with how your report was dealt with.</documentation>\n            <extensionElements>\n                <flowable:formProperty id=\"satisfied\" name=\"Are you satisfied with how it was dealt with?\" type=\"boolean\" required=\"true\"/>\n            </extensionElements>\n        </userTask>\n        <sequenceFlow id=\"toClose\" sourceRef=\"staffSatisfaction\" targetRef=\"closeCase\"/>\n        <serviceTask id=\"closeCase\" name=\"Close the case (advice lines given if not satisfied)\"\n                     flowable:delegateExpression=\"${closeStaffCase}\"/>\n        <sequenceFlow id=\"toClosed\" sourceRef=\"closeCase\" targetRef=\"caseClosed\"/>\n        <endEvent id=\"caseClosed\" name=\"Case closed\"/>\n    </process>\n</definitions>\n',0),
('7f7f4673-ee14-11f1-a1da-02fc00000001',1,'childProtectionReferral.bpmn20.xml','7f7f4671-ee14-11f1-a1da-02fc00000001','<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"\n             xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n             xmlns:flowable=\"http://flowable.org/bpmn\"\n             targetNamespace=\"https://safecase.org/processes\">\n    <!--\n      Referral of a child-protection incident (R-SX-4): always to both the police and children\'s\n      social care, each recorded with the date, the agency\'s reference and the contact. Used when\n      the decision table requires it, when the head teacher does not agree to handling in school,\n      and whenever the DSL decides later that it must be referred after all.\n      An adult sharing images of a child is an urgent police referral: the task says so and comes first.\n    -->\n    <process id=\"childProtectionReferral\" name=\"Referral to police and children\'s social care\" isExecutable=\"true\">\n        <startEvent id=\"referralNeeded\" name=\"Referral needed\"/>\n        <sequenceFlow id=\"toReferBoth\" sourceRef=\"referralNeeded\" targetRef=\"referBoth\"/>\n        <parallelGateway id=\"referBoth\" name=\"Refer to both\"/>\n        <sequenceFlow id=\"toPolice\" sourceRef=\"referBoth\" targetRef=\"recordPoliceReferral\"/>\n        <sequenceFlow id=\"toSocialCare\" sourceRef=\"referBoth\" targetRef=\"recordSocialCareReferral\"/>\n        <userTask id=\"recordPoliceReferral\"\n                  name=\"${urgentPolice ? \'URGENT: \' : \'\'}DSL records the police referral\"\n                  flowable:candidateGroups=\"${reviewGroup}\"\n                  flowable:priority=\"${urgentPolice ? 100 : 50}\">\n            <documentation>Refer to the police now (999 if a child is in immediate danger, otherwise 101) and record it. An adult sharing images of a child is always urgent.</documentation>\n            <extensionElements>\n                <flowable:formProperty id=\"policeReferredOn\" name=\"Referred on\" type=\"date\" datePattern=\"yyyy-MM-dd\" required=\"true\"/>\n                <flowable:formProperty id=\"policeReference\" name=\"Police reference\" type=\"string\" required=\"true\"/>\n                <flowable:formProperty id=\"policeContact\" name=\"Contact\" type=\"string\" required=\"true\"/>\n            </extensionElements>\n        </userTask>\n        <userTask id=\"recordSocialCareReferral\" name=\"DSL records the children\'s social care referral\"\n                  flowable:candidateGroups=\"${reviewGroup}\" flowable:priority=\"${urgentPolice ? 100 : 50}\">\n            <extensionElements>\n                <flowable:formProperty id=\"socialCareReferredOn\" name=\"Referred on\" type=\"date\" datePattern=\"yyyy-MM-dd\" required=\"true\"/>\n                <flowable:formProperty id=\"socialCareReference\" name=\"Children\'s social care reference\" type=\"string\" required=\"true\"/>\n                <flowable:formProperty id=\"socialCareContact\" name=\"Contact\" type=\"string\" required=\"true\"/>\n            </extensionElements>\n        </userTask>\n        <sequenceFlow id=\"policeDone\" sourceRef=\"recordPoliceReferral\" targetRef=\"bothReferred\"/>\n        <sequenceFlow id=\"socialCareDone\" sourceRef=\"recordSocialCareReferral\" targetRef=\"bothReferred\"/>\n        <parallelGateway id=\"bothReferred\" name=\"Both referrals recorded\"/>\n        <sequenceFlow id=\"toReferred\" sourceRef=\"bothReferred\" targetRef=\"referred\"/>\n        <endEvent id=\"referred\" name=\"Referred to police and children\'s social care\"/>\n    </process>\n</definitions>\n',0),
('7f7f4674-ee14-11f1-a1da-02fc00000001',1,'hrDisciplinaryHandOff.bpmn20.xml','7f7f4671-ee14-11f1-a1da-02fc00000001','<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"\n             xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n             xmlns:flowable=\"http://flowable.org/bpmn\"\n             targetNamespace=\"https://safecase.org/processes\">\n    <!--\n      Hand-off to LA HR (R-ST-9): a colleague is responsible, so the case goes to the local\n      authority\'s HR officers for the staff disciplinary procedure. HR sees only cases handed to\n      it; its outcome flows back to the case.\n    -->\n    <process id=\"hrDisciplinaryHandOff\" name=\"Hand-off to LA HR\" isExecutable=\"true\">\n        <startEvent id=\"colleagueResponsible\" name=\"Colleague responsible\"/>\n        <sequenceFlow id=\"toHandOver\" sourceRef=\"colleagueResponsible\" targetRef=\"handCaseToHr\"/>\n        <serviceTask id=\"handCaseToHr\" name=\"Hand the case to HR\" flowable:delegateExpression=\"${handCaseToHr}\"/>\n        <sequenceFlow id=\"toHr\" sourceRef=\"handCaseToHr\" targetRef=\"hrHandlesDisciplinary\"/>\n        <userTask id=\"hrHandlesDisciplinary\" name=\"HR officer handles the staff disciplinary case\"\n                  flowable:candidateGroups=\"${hrGroup}\">\n            <documentation>Apply the staff disciplinary procedure and record its outcome for the school.</documentation>\n            <extensionElements>\n                <flowable:formProperty id=\"disciplinaryOutcome\" name=\"Outcome of the disciplinary procedure\" type=\"string\" required=\"true\"/>\n            </extensionElements>\n        </userTask>\n        <sequenceFlow id=\"toBack\" sourceRef=\"hrHandlesDisciplinary\" targetRef=\"outcomeBackToSchool\"/>\n        <endEvent id=\"outcomeBackToSchool\" name=\"Outcome back to the school\"/>\n    </process>\n</definitions>\n',0),
('7f7f4675-ee14-11f1-a1da-02fc00000001',1,'removalRequest.bpmn20.xml','7f7f4671-ee14-11f1-a1da-02fc00000001','<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"\n             xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n             xmlns:flowable=\"http://flowable.org/bpmn\"\n             targetNamespace=\"https://safecase.org/processes\">\n    <!--\n      Removal request (R-ST-5): the poster is known, so the lead explains why the material is\n      unacceptable and asks for it to be removed. No reply by the deadline (school working time)\n      counts as ignored; refused or ignored falls through to a provider takedown.\n    -->\n    <process id=\"removalRequest\" name=\"Removal request to the poster\" isExecutable=\"true\">\n        <startEvent id=\"posterKnown\" name=\"Poster known\"/>\n        <sequenceFlow id=\"toAsk\" sourceRef=\"posterKnown\" targetRef=\"askPosterToRemove\"/>\n        <userTask id=\"askPosterToRemove\" name=\"Lead asks the poster to remove the material\"\n                  flowable:candidateGroups=\"${reviewGroup}\">\n            <documentation>Explain why the material is unacceptable and ask for it to be removed.</documentation>\n            <extensionElements>\n                <flowable:formProperty id=\"removalRequestedOn\" name=\"Asked on\" type=\"date\" datePattern=\"yyyy-MM-dd\" required=\"true\"/>\n            </extensionElements>\n        </userTask>\n        <sequenceFlow id=\"toResponse\" sourceRef=\"askPosterToRemove\" targetRef=\"recordPosterResponse\"/>\n        <userTask id=\"recordPosterResponse\" name=\"Record the poster\'s response\"\n                  flowable:candidateGroups=\"${reviewGroup}\"\n                  flowable:dueDate=\"school:${schoolId} ${removalDeadline}\"\n                  flowable:businessCalendarName=\"schoolWorkingTime\">\n            <extensionElements>\n                <flowable:formProperty id=\"removalOutcome\" name=\"What did the poster do?\" type=\"enum\" required=\"true\">\n                    <flowable:value id=\"REMOVED\" name=\"Removed it\"/>\n                    <flowable:value id=\"REFUSED\" name=\"Refused\"/>\n                </flowable:formProperty>\n            </extensionElements>\n        </userTask>\n        <boundaryEvent id=\"noReply\" name=\"No reply by the deadline\" attachedToRef=\"recordPosterResponse\" cancelActivity=\"true\">\n            <timerEventDefinition flowable:businessCalendarName=\"schoolWorkingTime\">\n                <timeDuration>school:${schoolId} ${removalDeadline}</timeDuration>\n            </timerEventDefinition>\n        </boundaryEvent>\n        <sequenceFlow id=\"toIgnored\" sourceRef=\"noReply\" targetRef=\"requestIgnored\">\n            <extensionElements>\n                <flowable:executionListener event=\"take\" expression=\"${execution.setVariable(\'removalOutcome\', \'IGNORED\')}\"/>\n            </extensionElements>\n        </sequenceFlow>\n        <endEvent id=\"requestIgnored\" name=\"Request ignored\"/>\n        <sequenceFlow id=\"toAnswered\" sourceRef=\"recordPosterResponse\" targetRef=\"posterAnswered\"/>\n        <endEvent id=\"posterAnswered\" name=\"Poster answered\"/>\n    </process>\n</definitions>\n',0),
('7f7f4676-ee14-11f1-a1da-02fc00000001',1,'providerTakedown.bpmn20.xml','7f7f4671-ee14-11f1-a1da-02fc00000001','<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"\n             xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n             xmlns:flowable=\"http://flowable.org/bpmn\"\n             targetNamespace=\"https://safecase.org/processes\">\n    <!--\n      Provider takedown (R-ST-6, R-ST-6a). Before contacting the host or provider the lead records\n      where the material is (web address and when it was captured). A request about material that\n      is not illegal names the provider\'s term it breaks. If the provider has not removed it after\n      the waiting time (working time), the lead is offered escalation to the Professionals Online\n      Safety Helpline; content about over-13s refused by the provider can go to Report Harmful Content.\n    -->\n    <process id=\"providerTakedown\" name=\"Provider takedown\" isExecutable=\"true\">\n        <startEvent id=\"takedownNeeded\" name=\"Takedown needed\"/>\n        <sequenceFlow id=\"toLocation\" sourceRef=\"takedownNeeded\" targetRef=\"recordMaterialLocation\"/>\n        <userTask id=\"recordMaterialLocation\" name=\"Lead records where the material is\"\n                  flowable:candidateGroups=\"${reviewGroup}\">\n            <documentation>Take a screen capture that includes the web address, and record the address and when you captured it.</documentation>\n            <extensionElements>\n                <flowable:formProperty id=\"materialUrl\" name=\"Web address of the material\" type=\"string\" required=\"true\"/>\n                <flowable:formProperty id=\"capturedOn\" name=\"Captured on\" type=\"date\" datePattern=\"yyyy-MM-dd\" required=\"true\"/>\n                <flowable:taskListener event=\"complete\" expression=\"${takedownRules.requireWebAddress(task)}\"/>\n            </extensionElements>\n        </userTask>\n        <sequenceFlow id=\"toReport\" sourceRef=\"recordMaterialLocation\" targetRef=\"reportToProvider\"/>\n        <userTask id=\"reportToProvider\" name=\"Lead reports the material to the provider\"\n                  flowable:candidateGroups=\"${reviewGroup}\">\n            <documentation>Use the provider\'s reporting route from the provider directory.</documentation>\n            <extensionElements>\n                <flowable:formProperty id=\"provider\" name=\"Provider\" type=\"string\" required=\"true\"/>\n                <flowable:formProperty id=\"materialIllegal\" name=\"Is the material illegal?\" type=\"boolean\" required=\"true\"/>\n                <flowable:formProperty id=\"termBroken\" name=\"Which of the provider\'s terms does it break? (needed when not illegal)\" type=\"string\"/>\n                <flowable:formProperty id=\"providerReference\" name=\"Provider\'s reference\" type=\"string\"/>\n                <flowable:taskListener event=\"complete\" expression=\"${takedownRules.requireTermUnlessIllegal(task)}\"/>\n            </extensionElements>\n        </userTask>\n        <sequenceFlow id=\"toAwait\" sourceRef=\"reportToProvider\" targetRef=\"awaitProvider\"/>\n\n        <subProcess id=\"awaitProvider\" name=\"Waiting for the provider\">\n            <startEvent id=\"awaitStarted\" name=\"Reported to the provider\"/>\n            <sequenceFlow id=\"toDecision\" sourceRef=\"awaitStarted\" targetRef=\"recordProviderDecision\"/>\n            <userTask id=\"recordProviderDecision\" name=\"Record the provider\'s decision\"\n                      flowable:candidateGroups=\"${reviewGroup}\"\n                      flowable:dueDate=\"school:${schoolId} ${providerDeadline}\"\n                      flowable:businessCalendarName=\"schoolWorkingTime\">\n                <extensionElements>\n                    <flowable:formProperty id=\"takedownOutcome\" name=\"What did the provider do?\" type=\"enum\" required=\"true\">\n                        <flowable:value id=\"REMOVED\" name=\"Removed it\"/>\n                        <flowable:value id=\"REFUSED\" name=\"Refused\"/>\n                    </flowable:formProperty>\n                </extensionElements>\n            </userTask>\n            <sequenceFlow id=\"toDecided\" sourceRef=\"recordProviderDecision\" targetRef=\"providerDecided\"/>\n            <endEvent id=\"providerDecided\" name=\"Provider decided\">\n                <terminateEventDefinition/>\n            </endEvent>\n            <boundaryEvent id=\"providerSilent\" name=\"Not removed after the waiting time\" attachedToRef=\"recordProviderDecision\"\n                           cancelActivity=\"false\">\n                <timerEventDefinition flowable:businessCalendarName=\"schoolWorkingTime\">\n                    <timeDuration>school:${schoolId} ${providerDeadline}</timeDuration>\n                </timerEventDefinition>\n            </boundaryEvent>\n            <sequenceFlow id=\"toHelpline\" sourceRef=\"providerSilent\" targetRef=\"escalateToHelpline\"/>\n            <userTask id=\"escalateToHelpline\" name=\"Escalate to the Professionals Online Safety Helpline\"\n                      flowable:candidateGroups=\"${reviewGroup}\">\n                <documentation>The provider has not removed the material. Contact the Professionals Online Safety Helpline: helpline@saferinternet.org.uk, 0844 381 4772 (10am to 4pm, Monday to Friday).</documentation>\n                <extensionElements>\n                    <flowable:formProperty id=\"helplineContactedOn\" name=\"Helpline contacted on\" type=\"date\" datePattern=\"yyyy-MM-dd\" required=\"true\"/>\n                </extensionElements>\n            </userTask>\n            <sequenceFlow id=\"toEscalated\" sourceRef=\"escalateToHelpline\" targetRef=\"escalated\"/>\n            <endEvent id=\"escalated\" name=\"Escalated to the helpline\"/>\n        </subProcess>\n\n        <sequenceFlow id=\"toRefusedQuestion\" sourceRef=\"awaitProvider\" targetRef=\"providerRefused\"/>\n        <exclusiveGateway id=\"providerRefused\" name=\"Provider refused?\" default=\"materialRemoved\"/>\n        <sequenceFlow id=\"refused\" name=\"Refused\" sourceRef=\"providerRefused\" targetRef=\"reportHarmfulContent\">\n            <conditionExpression xsi:type=\"tFormalExpression\">${takedownOutcome == \'REFUSED\'}</conditionExpression>\n        </sequenceFlow>\n        <sequenceFlow id=\"materialRemoved\" name=\"Removed\" sourceRef=\"providerRefused\" targetRef=\"removed\"/>\n        <endEvent id=\"removed\" name=\"Material removed\"/>\n        <userTask id=\"reportHarmfulContent\" name=\"Consider reporting to Report Harmful Content\"\n                  flowable:candidateGroups=\"${reviewGroup}\">\n            <documentation>For content about people over 13 that the provider will not remove, Report Harmful Content can review the provider\'s response.</documentation>\n            <extensionElements>\n                <flowable:formProperty id=\"reportedToReportHarmfulContent\" name=\"Reported to Report Harmful Content?\" type=\"boolean\" required=\"true\"/>\n            </extensionElements>\n        </userTask>\n        <sequenceFlow id=\"toRefusalHandled\" sourceRef=\"reportHarmfulContent\" targetRef=\"refusalHandled\"/>\n        <endEvent id=\"refusalHandled\" name=\"Refusal followed up\"/>\n    </process>\n</definitions>\n',0),
('7f7f4677-ee14-11f1-a1da-02fc00000001',1,'policeReferral.bpmn20.xml','7f7f4671-ee14-11f1-a1da-02fc00000001','<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"\n             xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n             xmlns:flowable=\"http://flowable.org/bpmn\"\n             targetNamespace=\"https://safecase.org/processes\">\n    <!--\n      Police referral (R-ST-3, R-ST-10, R-ST-14). The lead decides, after liaising with the staff\n      member, whether to involve the police. Once they are involved, the school\'s own steps wait\n      until the lead records police clearance, so nothing interferes with police inquiries.\n    -->\n    <process id=\"policeReferral\" name=\"Police referral\" isExecutable=\"true\">\n        <startEvent id=\"policeConsiderationNeeded\" name=\"Police to consider\"/>\n        <sequenceFlow id=\"toConsider\" sourceRef=\"policeConsiderationNeeded\" targetRef=\"considerPolice\"/>\n        <userTask id=\"considerPolice\" name=\"Lead considers police involvement with the staff member\"\n                  flowable:candidateGroups=\"${reviewGroup}\">\n            <documentation>Talk to the staff member (and parents where needed) before deciding. 999 if anyone is in immediate danger; otherwise 101.</documentation>\n            <extensionElements>\n                <flowable:formProperty id=\"staffMemberConsulted\" name=\"Have you discussed it with the staff member?\" type=\"boolean\" required=\"true\"/>\n                <flowable:formProperty id=\"policeInvolved\" name=\"Involve the police?\" type=\"boolean\" required=\"true\"/>\n                <flowable:taskListener event=\"complete\" expression=\"${policeRules.requireStaffMemberConsulted(task)}\"/>\n            </extensionElements>\n        </userTask>\n        <sequenceFlow id=\"toDecision\" sourceRef=\"considerPolice\" targetRef=\"involvePolice\"/>\n        <exclusiveGateway id=\"involvePolice\" name=\"Police involved?\" default=\"policeNotInvolved\"/>\n        <sequenceFlow id=\"policeYes\" name=\"Yes\" sourceRef=\"involvePolice\" targetRef=\"recordPoliceReferral\">\n            <conditionExpression xsi:type=\"tFormalExpression\">${policeInvolved}</conditionExpression>\n        </sequenceFlow>\n        <sequenceFlow id=\"policeNotInvolved\" name=\"No\" sourceRef=\"involvePolice\" targetRef=\"noPolice\"/>\n        <endEvent id=\"noPolice\" name=\"Police not involved\"/>\n        <userTask id=\"recordPoliceReferral\" name=\"Record the police referral\"\n                  flowable:candidateGroups=\"${reviewGroup}\">\n            <extensionElements>\n                <flowable:formProperty id=\"policeRoute\" name=\"How were the police contacted?\" type=\"enum\" required=\"true\">\n                    <flowable:value id=\"EMERGENCY_999\" name=\"999 (immediate danger)\"/>\n                    <flowable:value id=\"NON_EMERGENCY_101\" name=\"101 (no immediate danger)\"/>\n                </flowable:formProperty>\n                <flowable:formProperty id=\"crimeReference\" name=\"Crime reference\" type=\"string\" required=\"true\"/>\n                <flowable:formProperty id=\"policeOfficer\" name=\"Officer dealing\" type=\"string\"/>\n                <flowable:formProperty id=\"referredOn\" name=\"Referred on\" type=\"date\" datePattern=\"yyyy-MM-dd\" required=\"true\"/>\n            </extensionElements>\n        </userTask>\n        <sequenceFlow id=\"toClearance\" sourceRef=\"recordPoliceReferral\" targetRef=\"recordPoliceClearance\"/>\n        <userTask id=\"recordPoliceClearance\" name=\"Record police clearance for the school\'s own steps\"\n                  flowable:candidateGroups=\"${reviewGroup}\">\n            <documentation>The school\'s own investigation and procedures wait until the police say they will not interfere with their inquiries.</documentation>\n            <extensionElements>\n                <flowable:formProperty id=\"policeClearedOn\" name=\"Police cleared the school\'s steps on\" type=\"date\" datePattern=\"yyyy-MM-dd\" required=\"true\"/>\n            </extensionElements>\n        </userTask>\n        <sequenceFlow id=\"toCleared\" sourceRef=\"recordPoliceClearance\" targetRef=\"policeCleared\"/>\n        <endEvent id=\"policeCleared\" name=\"Police have cleared the school\'s steps\"/>\n    </process>\n</definitions>\n',0),
('7f7f4678-ee14-11f1-a1da-02fc00000001',1,'schoolProcedure.bpmn20.xml','7f7f4671-ee14-11f1-a1da-02fc00000001','<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"\n             xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n             xmlns:flowable=\"http://flowable.org/bpmn\"\n             targetNamespace=\"https://safecase.org/processes\">\n    <!--\n      School procedure (R-ST-9, R-ST-11): a pupil responsible, or a pupil who made an unfounded,\n      malicious claim, goes through the behaviour (disciplinary) procedure; a parent or carer\n      through the school\'s procedure for parental conduct. Severity and sanction are recorded\n      the same way every time.\n    -->\n    <process id=\"schoolProcedure\" name=\"School procedure\" isExecutable=\"true\">\n        <startEvent id=\"procedureNeeded\" name=\"School procedure needed\"/>\n        <sequenceFlow id=\"toWhich\" sourceRef=\"procedureNeeded\" targetRef=\"whichProcedure\"/>\n        <exclusiveGateway id=\"whichProcedure\" name=\"Who is responsible?\" default=\"toBehaviour\"/>\n        <sequenceFlow id=\"toParentalConduct\" name=\"Parent or carer\" sourceRef=\"whichProcedure\" targetRef=\"applyParentalConductProcedure\">\n            <conditionExpression xsi:type=\"tFormalExpression\">${perpetrator == \'PARENT_CARER\'}</conditionExpression>\n        </sequenceFlow>\n        <sequenceFlow id=\"toBehaviour\" name=\"Pupil\" sourceRef=\"whichProcedure\" targetRef=\"applyBehaviourProcedure\"/>\n        <userTask id=\"applyBehaviourProcedure\" name=\"Apply the pupil behaviour procedure\"\n                  flowable:candidateGroups=\"${reviewGroup}\">\n            <documentation>Evaluate the severity and apply consistent sanctions. Unfounded, malicious claims against staff are dealt with rigorously.</documentation>\n            <extensionElements>\n                <flowable:formProperty id=\"procedureSeverity\" name=\"Severity found\" type=\"enum\" required=\"true\">\n                    <flowable:value id=\"LOW\" name=\"Low\"/>\n                    <flowable:value id=\"MEDIUM\" name=\"Medium\"/>\n                    <flowable:value id=\"HIGH\" name=\"High\"/>\n                </flowable:formProperty>\n                <flowable:formProperty id=\"sanction\" name=\"Sanction applied\" type=\"string\" required=\"true\"/>\n            </extensionElements>\n        </userTask>\n        <sequenceFlow id=\"afterBehaviour\" sourceRef=\"applyBehaviourProcedure\" targetRef=\"procedureApplied\"/>\n        <userTask id=\"applyParentalConductProcedure\" name=\"Apply the school\'s procedure for parental conduct\"\n                  flowable:candidateGroups=\"${reviewGroup}\">\n            <extensionElements>\n                <flowable:formProperty id=\"procedureSeverity\" name=\"Severity found\" type=\"enum\" required=\"true\">\n                    <flowable:value id=\"LOW\" name=\"Low\"/>\n                    <flowable:value id=\"MEDIUM\" name=\"Medium\"/>\n                    <flowable:value id=\"HIGH\" name=\"High\"/>\n                </flowable:formProperty>\n                <flowable:formProperty id=\"sanction\" name=\"Action taken\" type=\"string\" required=\"true\"/>\n            </extensionElements>\n        </userTask>\n        <sequenceFlow id=\"afterParentalConduct\" sourceRef=\"applyParentalConductProcedure\" targetRef=\"procedureApplied\"/>\n        <endEvent id=\"procedureApplied\" name=\"Procedure applied\"/>\n    </process>\n</definitions>\n',0),
('7f7f4679-ee14-11f1-a1da-02fc00000001',1,'childProtectionIncident.bpmn20.xml','7f7f4671-ee14-11f1-a1da-02fc00000001','<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"\n             xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n             xmlns:flowable=\"http://flowable.org/bpmn\"\n             targetNamespace=\"https://safecase.org/processes\">\n    <!--\n      A nude-image incident among pupils (category 5) is child protection: it goes to the school\'s\n      designated safeguarding leads only, never to the general inbox (R-SX-1).\n      The DSL\'s initial review records the facts the referral decision needs (R-SX-3); the\n      decision table bpmn/referralDecision.dmn decides (R-SX-4). When referral is required, the\n      case cannot end until both the police and the children\'s social care referrals are recorded;\n      otherwise the DSL records why it can be handled in school and the head teacher must agree\n      (if not, it is referred); the DSL can still refer at any time (\"Refer now\" starts the referral\n      while the rest goes on). Then, for each child, the parents decision and the risk assessment\n      (R-SX-5, R-SX-6), removal help (R-SX-9) and sanctions (R-SX-8). The case ends with the DSL\'s\n      complete record (R-SX-7), refused while a referral is unrecorded, and a viewing record if an\n      image was viewed (R-SX-10).\n    -->\n    <message id=\"referralNowRequested\" name=\"referralNowRequested\"/>\n    <process id=\"childProtectionIncident\" name=\"Child-protection incident (nude images)\" isExecutable=\"true\">\n        <documentation>A report of nude or semi-nude images of a pupil. Only the school\'s DSL and deputy DSL can pick it up.</documentation>\n        <startEvent id=\"incidentReported\" name=\"Incident reported to the DSL\">\n            <extensionElements>\n                <flowable:executionListener event=\"start\" expression=\"${execution.setVariable(\'referralInProgress\', false)}\"/>\n                <flowable:executionListener event=\"start\" expression=\"${execution.setVariable(\'referralsRecorded\', false)}\"/>\n            </extensionElements>\n        </startEvent>\n        <sequenceFlow id=\"toFilesQuestion\" sourceRef=\"incidentReported\" targetRef=\"filesHeldQuestion\"/>\n        <!-- A case re-categorised from a staff case may hold files from before: withheld at once, then destroyed (R-SX-2). -->\n        <inclusiveGateway id=\"filesHeldQuestion\" name=\"Files held from before re-categorisation?\"/>\n        <sequenceFlow id=\"toReview\" sourceRef=\"filesHeldQuestion\" targetRef=\"initialReviewByDsl\">\n            <conditionExpression xsi:type=\"tFormalExpression\">${true}</conditionExpression>\n        </sequenceFlow>\n        <sequenceFlow id=\"toDestruction\" name=\"Yes\" sourceRef=\"filesHeldQuestion\" targetRef=\"destroyWithheldFiles\">\n            <conditionExpression xsi:type=\"tFormalExpression\">${withheldFiles > 0}</conditionExpression>\n        </sequenceFlow>\n        <userTask id=\"destroyWithheldFiles\" name=\"DSL has the withheld files destroyed\"\n                  flowable:candidateGroups=\"${reviewGroup}\">\n            <documentation>Files added before the case became child protection can no longer be opened. Completing this step deletes them from SafeCase; record who witnessed it and where any other copies were and how they were destroyed.</documentation>\n            <extensionElements>\n                <flowable:formProperty id=\"destructionWitness\" name=\"Second member of staff who witnessed the destruction\" type=\"string\" required=\"true\"/>\n                <flowable:formProperty id=\"otherCopies\" name=\"Other copies (devices, accounts) and how they were dealt with\" type=\"string\" required=\"true\"/>\n                <flowable:taskListener event=\"complete\" delegateExpression=\"${destroyWithheldFiles}\"/>\n                <flowable:executionListener event=\"end\" expression=\"${execution.setVariable(\'withheldFilesDestroyed\', true)}\"/>\n            </extensionElements>\n        </userTask>\n        <sequenceFlow id=\"toFilesDestroyed\" sourceRef=\"destroyWithheldFiles\" targetRef=\"filesDestroyed\"/>\n        <endEvent id=\"filesDestroyed\" name=\"Withheld files destroyed\"/>\n        <userTask id=\"initialReviewByDsl\" name=\"DSL carries out initial review\"\n                  flowable:candidateGroups=\"${reviewGroup}\"\n                  flowable:dueDate=\"school:${schoolId} ${triageDeadline}\"\n                  flowable:businessCalendarName=\"schoolWorkingTime\">\n            <documentation>Treat as child protection. Secure any device and switch it off; do not view, copy or forward images. Record what you know about the children and the incident.</documentation>\n            <extensionElements>\n                <flowable:formProperty id=\"childrenInvolved\" name=\"How many children are involved?\" type=\"long\" required=\"true\"/>\n                <flowable:formProperty id=\"youngestAge\" name=\"Age of the youngest child involved\" type=\"long\" required=\"true\"/>\n                <flowable:formProperty id=\"childVulnerable\" name=\"Is any child involved vulnerable (SEN, known to social care)?\" type=\"boolean\" required=\"true\"/>\n                <flowable:formProperty id=\"adultInvolved\" name=\"Is an adult involved?\" type=\"boolean\" required=\"true\"/>\n                <flowable:formProperty id=\"coercionOrExploitation\" name=\"Any coercion, blackmail, sextortion, grooming, exploitation or doubt about capacity to consent?\" type=\"boolean\" required=\"true\"/>\n                <flowable:formProperty id=\"unusualOrViolentContent\" name=\"Is the content unusual for the child\'s development, or violent?\" type=\"boolean\" required=\"true\"/>\n                <flowable:formProperty id=\"sexualActsUnder13\" name=\"Does it show sexual acts with a child under 13?\" type=\"boolean\" required=\"true\"/>\n                <flowable:formProperty id=\"sharedWithoutConsent\" name=\"Was it shared without the child\'s consent?\" type=\"boolean\" required=\"true\"/>\n                <flowable:formProperty id=\"immediateRiskOfHarm\" name=\"Is any child at immediate risk of harm (e.g. suicidal or self-harming)?\" type=\"boolean\" required=\"true\"/>\n                <flowable:formProperty id=\"howWidelyShared\" name=\"How widely, and where, has it been shared?\" type=\"string\" required=\"true\"/>\n                <flowable:formProperty id=\"deviceSearched\" name=\"Was a device searched (only on clear evidence of an immediate problem)?\" type=\"boolean\" required=\"true\"/>\n                <flowable:taskListener event=\"complete\" expression=\"${childProtectionRules.requirePlausibleReview(task)}\"/>\n            </extensionElements>\n        </userTask>\n        <sequenceFlow id=\"toSearchQuestion\" sourceRef=\"initialReviewByDsl\" targetRef=\"deviceSearchedQuestion\"/>\n        <inclusiveGateway id=\"deviceSearchedQuestion\" name=\"Device searched?\"/>\n        <sequenceFlow id=\"toDecision\" sourceRef=\"deviceSearchedQuestion\" targetRef=\"decideReferral\">\n            <conditionExpression xsi:type=\"tFormalExpression\">${true}</conditionExpression>\n        </sequenceFlow>\n        <sequenceFlow id=\"toSearchRecord\" name=\"Yes\" sourceRef=\"deviceSearchedQuestion\" targetRef=\"recordDeviceSearch\">\n            <conditionExpression xsi:type=\"tFormalExpression\">${deviceSearched}</conditionExpression>\n        </sequenceFlow>\n        <userTask id=\"recordDeviceSearch\" name=\"DSL records the device search\" flowable:candidateGroups=\"${reviewGroup}\">\n            <documentation>Who searched, where, why (the clear evidence of an immediate problem) and whether the pupil consented. Searching without consent is a power schools have in England only.</documentation>\n            <extensionElements>\n                <flowable:formProperty id=\"searchedBy\" name=\"Searched by\" type=\"string\" required=\"true\"/>\n                <flowable:formProperty id=\"searchedWhere\" name=\"Where\" type=\"enum\" required=\"true\">\n                    <flowable:value id=\"ON_PREMISES\" name=\"On school premises\"/>\n                    <flowable:value id=\"IN_LAWFUL_CHARGE\" name=\"Elsewhere, while the pupil was in the school\'s lawful charge\"/>\n                </flowable:formProperty>\n                <flowable:formProperty id=\"searchReason\" name=\"The clear evidence of an immediate problem\" type=\"string\" required=\"true\"/>\n                <flowable:formProperty id=\"searchConsent\" name=\"Did the pupil consent?\" type=\"boolean\" required=\"true\"/>\n                <flowable:taskListener event=\"complete\" expression=\"${childProtectionRules.requireLawfulDeviceSearch(task)}\"/>\n                <flowable:executionListener event=\"end\" expression=\"${execution.setVariable(\'deviceSearchRecorded\', true)}\"/>\n            </extensionElements>\n        </userTask>\n        <sequenceFlow id=\"toSearchRecorded\" sourceRef=\"recordDeviceSearch\" targetRef=\"deviceSearchRecorded\"/>\n        <endEvent id=\"deviceSearchRecorded\" name=\"Device search recorded\"/>\n        <serviceTask id=\"decideReferral\" name=\"Referral decision (decision table)\"\n                     flowable:delegateExpression=\"${referralDecisionTable}\">\n            <documentation>Asks bpmn/referralDecision.dmn; the case records the answer and the table\'s version.</documentation>\n            <extensionElements>\n                <flowable:executionListener event=\"end\" delegateExpression=\"${recordReferralDecision}\"/>\n            </extensionElements>\n        </serviceTask>\n        <sequenceFlow id=\"toReferralQuestion\" sourceRef=\"decideReferral\" targetRef=\"referralRequiredQuestion\"/>\n        <exclusiveGateway id=\"referralRequiredQuestion\" name=\"Referral required?\" default=\"mayBeHandledInSchool\"/>\n        <sequenceFlow id=\"referralRequiredFlow\" name=\"Yes\" sourceRef=\"referralRequiredQuestion\" targetRef=\"referralNeeded\">\n            <conditionExpression xsi:type=\"tFormalExpression\">${referralRequired}</conditionExpression>\n        </sequenceFlow>\n        <sequenceFlow id=\"mayBeHandledInSchool\" name=\"No\" sourceRef=\"referralRequiredQuestion\" targetRef=\"recordHandlingRationale\"/>\n\n        <userTask id=\"recordHandlingRationale\" name=\"DSL records why it can be handled in school\"\n                  flowable:candidateGroups=\"${reviewGroup}\">\n            <extensionElements>\n                <flowable:formProperty id=\"handlingRationale\" name=\"Why can it be handled in school?\" type=\"string\" required=\"true\"/>\n            </extensionElements>\n        </userTask>\n        <sequenceFlow id=\"toHeadAgreement\" sourceRef=\"recordHandlingRationale\" targetRef=\"headTeacherAgreesHandling\"/>\n        <userTask id=\"headTeacherAgreesHandling\" name=\"Head teacher agrees to handling in school\"\n                  flowable:candidateGroups=\"${headTeacherGroup}\">\n            <extensionElements>\n                <flowable:formProperty id=\"headTeacherAgrees\" name=\"Do you agree it can be handled in school?\" type=\"boolean\" required=\"true\"/>\n            </extensionElements>\n        </userTask>\n        <sequenceFlow id=\"toAgreed\" sourceRef=\"headTeacherAgreesHandling\" targetRef=\"headAgreed\"/>\n        <exclusiveGateway id=\"headAgreed\" name=\"Head teacher agrees?\" default=\"headDisagrees\"/>\n        <sequenceFlow id=\"headAgrees\" name=\"Yes\" sourceRef=\"headAgreed\" targetRef=\"safeguardChildren\">\n            <conditionExpression xsi:type=\"tFormalExpression\">${headTeacherAgrees}</conditionExpression>\n        </sequenceFlow>\n        <sequenceFlow id=\"headDisagrees\" name=\"No: refer\" sourceRef=\"headAgreed\" targetRef=\"referralNeeded\"/>\n\n        <exclusiveGateway id=\"referralNeeded\" name=\"Referred already?\" default=\"notYetReferred\"/>\n        <sequenceFlow id=\"alreadyReferred\" name=\"Yes (Refer now)\" sourceRef=\"referralNeeded\" targetRef=\"safeguardChildren\">\n            <conditionExpression xsi:type=\"tFormalExpression\">${referralInProgress || referralsRecorded}</conditionExpression>\n        </sequenceFlow>\n        <sequenceFlow id=\"notYetReferred\" name=\"No\" sourceRef=\"referralNeeded\" targetRef=\"referToAgencies\"/>\n        <callActivity id=\"referToAgencies\" name=\"Referral to police and children\'s social care\"\n                      calledElement=\"childProtectionReferral\"\n                      flowable:inheritVariables=\"true\" flowable:inheritBusinessKey=\"true\">\n            <extensionElements>\n                <flowable:executionListener event=\"start\" expression=\"${execution.setVariable(\'referralInProgress\', true)}\"/>\n                <flowable:executionListener event=\"end\" expression=\"${execution.setVariable(\'referralInProgress\', false)}\"/>\n                <flowable:executionListener event=\"end\" expression=\"${execution.setVariable(\'referralsRecorded\', true)}\"/>\n            </extensionElements>\n        </callActivity>\n        <sequenceFlow id=\"afterReferral\" sourceRef=\"referToAgencies\" targetRef=\"safeguardChildren\"/>\n\n        <exclusiveGateway id=\"safeguardChildren\" name=\"Safeguard the children\"/>\n        <sequenceFlow id=\"toSafeguarding\" sourceRef=\"safeguardChildren\" targetRef=\"safeguardingSteps\"/>\n        <parallelGateway id=\"safeguardingSteps\" name=\"Safeguarding steps\"/>\n        <sequenceFlow id=\"toEachChild\" sourceRef=\"safeguardingSteps\" targetRef=\"recordChildSafeguarding\"/>\n        <sequenceFlow id=\"toRemovalHelp\" sourceRef=\"safeguardingSteps\" targetRef=\"offerRemovalHelp\"/>\n        <sequenceFlow id=\"toSanctions\" sourceRef=\"safeguardingSteps\" targetRef=\"considerSanctions\"/>\n        <userTask id=\"recordChildSafeguarding\" name=\"DSL records parents decision and risk assessment for child ${loopCounter + 1}\"\n                  flowable:candidateGroups=\"${reviewGroup}\">\n            <documentation>For this child: tell the parents or carers unless that would put the child at risk; record the risk assessment and the support given. Use initials or the pupil number, not the name.</documentation>\n            <extensionElements>\n                <flowable:formProperty id=\"childLabel\" name=\"Child (initials or pupil number)\" type=\"string\" required=\"true\"/>\n                <flowable:formProperty id=\"childAge\" name=\"Age\" type=\"long\" required=\"true\"/>\n                <flowable:formProperty id=\"childIsVulnerable\" name=\"Vulnerable (SEN, known to social care)?\" type=\"boolean\" required=\"true\"/>\n                <flowable:formProperty id=\"riskAssessment\" name=\"Risk assessment\" type=\"string\" required=\"true\"/>\n                <flowable:formProperty id=\"safeguards\" name=\"Safeguards and support (e.g. counselling)\" type=\"string\" required=\"true\"/>\n                <flowable:formProperty id=\"parentsInformed\" name=\"Parents or carers informed?\" type=\"boolean\" required=\"true\"/>\n                <flowable:formProperty id=\"parentsDecisionRationale\" name=\"Why (or why not)?\" type=\"string\" required=\"true\"/>\n                <flowable:formProperty id=\"parentsNotInformedAgreedBy\" name=\"If not informed: police or social care contact who agreed\" type=\"string\"/>\n                <flowable:formProperty id=\"parentsDecisionReviewOn\" name=\"If not informed: review the decision on\" type=\"date\" datePattern=\"yyyy-MM-dd\"/>\n                <flowable:taskListener event=\"complete\" expression=\"${childProtectionRules.requireParentsDecisionReasoned(task)}\"/>\n                <flowable:taskListener event=\"complete\" delegateExpression=\"${childSafeguardingRecords}\"/>\n            </extensionElements>\n            <multiInstanceLoopCharacteristics isSequential=\"false\">\n                <loopCardinality>${childrenInvolved}</loopCardinality>\n            </multiInstanceLoopCharacteristics>\n        </userTask>\n        <userTask id=\"offerRemovalHelp\" name=\"DSL offers removal help\" flowable:candidateGroups=\"${reviewGroup}\">\n            <documentation>Offer Report Remove (Childline and IWF, for under-18s) and Take It Down (NCMEC). If handled in school, confirm that the young people deleted the images.</documentation>\n            <extensionElements>\n                <flowable:formProperty id=\"reportRemoveOffered\" name=\"Report Remove offered?\" type=\"boolean\" required=\"true\"/>\n                <flowable:formProperty id=\"takeItDownOffered\" name=\"Take It Down offered?\" type=\"boolean\" required=\"true\"/>\n                <flowable:formProperty id=\"imagesDeletedConfirmed\" name=\"Have the young people confirmed they deleted the images?\" type=\"boolean\" required=\"true\"/>\n                <flowable:taskListener event=\"complete\" expression=\"${childProtectionRules.requireRemovalHelp(task)}\"/>\n            </extensionElements>\n        </userTask>\n        <userTask id=\"considerSanctions\" name=\"DSL considers sanctions under school policy\" flowable:candidateGroups=\"${reviewGroup}\">\n            <extensionElements>\n                <flowable:formProperty id=\"policyBreached\" name=\"Was a school policy breached?\" type=\"boolean\" required=\"true\"/>\n                <flowable:formProperty id=\"sanctionsApplied\" name=\"Sanctions applied under the policy\" type=\"string\"/>\n                <flowable:taskListener event=\"complete\" expression=\"${childProtectionRules.requireSanctionsWhenPolicyBreached(task)}\"/>\n            </extensionElements>\n        </userTask>\n        <sequenceFlow id=\"childrenDone\" sourceRef=\"recordChildSafeguarding\" targetRef=\"safeguardingDone\"/>\n        <sequenceFlow id=\"removalHelpDone\" sourceRef=\"offerRemovalHelp\" targetRef=\"safeguardingDone\"/>\n        <sequenceFlow id=\"sanctionsDone\" sourceRef=\"considerSanctions\" targetRef=\"safeguardingDone\"/>\n        <parallelGateway id=\"safeguardingDone\" name=\"Safeguarding recorded\"/>\n        <sequenceFlow id=\"toRecord\" sourceRef=\"safeguardingDone\" targetRef=\"completeDslRecord\"/>\n\n        <userTask id=\"completeDslRecord\" name=\"DSL completes the record and closes the case\"\n                  flowable:candidateGroups=\"${reviewGroup}\">\n            <documentation>Every incident ends with the DSL\'s record, referred or not. It cannot be closed while a referral is unrecorded.</documentation>\n            <extensionElements>\n                <flowable:formProperty id=\"recordSummary\" name=\"Summary of the decisions and actions taken\" type=\"string\" required=\"true\"/>\n                <flowable:formProperty id=\"imageViewed\" name=\"Was an image viewed (exceptionally, with the head teacher\'s agreement)?\" type=\"boolean\" required=\"true\"/>\n                <flowable:taskListener event=\"complete\" expression=\"${childProtectionRules.requireRecordComplete(task)}\"/>\n            </extensionElements>\n        </userTask>\n        <sequenceFlow id=\"toViewedQuestion\" sourceRef=\"completeDslRecord\" targetRef=\"imageViewedQuestion\"/>\n        <exclusiveGateway id=\"imageViewedQuestion\" name=\"Image viewed?\" default=\"notViewed\"/>\n        <sequenceFlow id=\"viewed\" name=\"Yes\" sourceRef=\"imageViewedQuestion\" targetRef=\"recordImageViewing\">\n            <conditionExpression xsi:type=\"tFormalExpression\">${imageViewed}</conditionExpression>\n        </sequenceFlow>\n        <sequenceFlow id=\"notViewed\" name=\"No\" sourceRef=\"imageViewedQuestion\" targetRef=\"closeCase\"/>\n        <userTask id=\"recordImageViewing\" name=\"DSL records the viewing\" flowable:candidateGroups=\"${reviewGroup}\">\n            <documentation>Who viewed, who else was present, where, why and what followed. Nothing about the image itself.</documentation>\n            <extensionElements>\n                <flowable:formProperty id=\"viewingHeadTeacherAgreed\" name=\"Did the head teacher agree beforehand?\" type=\"boolean\" required=\"true\"/>\n                <flowable:formProperty id=\"viewedOn\" name=\"Viewed on\" type=\"date\" datePattern=\"yyyy-MM-dd\" required=\"true\"/>\n                <flowable:formProperty id=\"viewedBy\" name=\"Viewed by (the DSL)\" type=\"string\" required=\"true\"/>\n                <flowable:formProperty id=\"viewingWitness\" name=\"Second senior member of staff present (did not view)\" type=\"string\" required=\"true\"/>\n                <flowable:formProperty id=\"viewedWhere\" name=\"Where\" type=\"string\" required=\"true\"/>\n                <flowable:formProperty id=\"viewingReason\" name=\"Why it had to be viewed\" type=\"string\" required=\"true\"/>\n                <flowable:formProperty id=\"viewingOutcome\" name=\"What followed\" type=\"string\" required=\"true\"/>\n                <flowable:taskListener event=\"complete\" expression=\"${childProtectionRules.requireViewingRecord(task)}\"/>\n            </extensionElements>\n        </userTask>\n        <sequenceFlow id=\"afterViewing\" sourceRef=\"recordImageViewing\" targetRef=\"closeCase\"/>\n        <serviceTask id=\"closeCase\" name=\"Close the case\" flowable:delegateExpression=\"${closeChildProtectionCase}\"/>\n        <sequenceFlow id=\"toClosed\" sourceRef=\"closeCase\" targetRef=\"closed\"/>\n        <endEvent id=\"closed\" name=\"Closed with the DSL\'s record\"/>\n\n        <subProcess id=\"referLater\" name=\"DSL refers after all\" triggeredByEvent=\"true\">\n            <startEvent id=\"referNowRequested\" name=\"Refer now\" isInterrupting=\"false\">\n                <messageEventDefinition messageRef=\"referralNowRequested\"/>\n            </startEvent>\n            <sequenceFlow id=\"toLaterReferral\" sourceRef=\"referNowRequested\" targetRef=\"laterReferral\"/>\n            <callActivity id=\"laterReferral\" name=\"Referral to police and children\'s social care\"\n                          calledElement=\"childProtectionReferral\"\n                          flowable:inheritVariables=\"true\" flowable:inheritBusinessKey=\"true\">\n                <extensionElements>\n                    <flowable:executionListener event=\"start\" expression=\"${execution.setVariable(\'referralInProgress\', true)}\"/>\n                    <flowable:executionListener event=\"end\" expression=\"${execution.setVariable(\'referralInProgress\', false)}\"/>\n                    <flowable:executionListener event=\"end\" expression=\"${execution.setVariable(\'referralsRecorded\', true)}\"/>\n                </extensionElements>\n            </callActivity>\n            <sequenceFlow id=\"toLaterReferred\" sourceRef=\"laterReferral\" targetRef=\"laterReferred\"/>\n            <endEvent id=\"laterReferred\" name=\"Referred\"/>\n        </subProcess>\n    </process>\n</definitions>\n',0),
('7f7f467a-ee14-11f1-a1da-02fc00000001',1,'referralDecision.dmn','7f7f4671-ee14-11f1-a1da-02fc00000001','<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" id=\"referralDecisions\"\n             name=\"Child-protection referral\" namespace=\"https://safecase.org/decisions\">\n  <!--\n    R-SX-4: referral of a nude-image incident. Referral to the police AND children\'s social care is\n    required when any condition holds; otherwise the DSL, with the head teacher\'s agreement, may handle\n    it in school (and can still refer at any time). An adult involved also makes the police referral\n    urgent. Conditions from the national advice and the seed (any child aged 13 or under). An LA admin\n    changes this table when national guidance changes; each case records which version decided it.\n  -->\n  <decision id=\"referralDecision\" name=\"Does the incident need referral to police and children\'s social care?\">\n    <decisionTable id=\"referralTable\" hitPolicy=\"FIRST\">\n      <input id=\"adultInvolvedInput\" label=\"An adult is involved\">\n        <inputExpression id=\"adultInvolvedExpression\" typeRef=\"boolean\"><text>adultInvolved</text></inputExpression>\n      </input>\n      <input id=\"coercionInput\" label=\"Coercion, blackmail, sextortion, grooming, exploitation or doubtful capacity to consent\">\n        <inputExpression id=\"coercionExpression\" typeRef=\"boolean\"><text>coercionOrExploitation</text></inputExpression>\n      </input>\n      <input id=\"unusualInput\" label=\"Content unusual for the child\'s development, or violent\">\n        <inputExpression id=\"unusualExpression\" typeRef=\"boolean\"><text>unusualOrViolentContent</text></inputExpression>\n      </input>\n      <input id=\"under13ActsInput\" label=\"Sexual acts with a child under 13\">\n        <inputExpression id=\"under13ActsExpression\" typeRef=\"boolean\"><text>sexualActsUnder13</text></inputExpression>\n      </input>\n      <input id=\"youngestAgeInput\" label=\"Age of the youngest child involved\">\n        <inputExpression id=\"youngestAgeExpression\" typeRef=\"number\"><text>youngestAge</text></inputExpression>\n      </input>\n      <input id=\"consentInput\" label=\"Shared without the child\'s consent\">\n        <inputExpression id=\"consentExpression\" typeRef=\"boolean\"><text>sharedWithoutConsent</text></inputExpression>\n      </input>\n      <input id=\"riskInput\" label=\"Immediate risk of harm (e.g. suicidal or self-harming)\">\n        <inputExpression id=\"riskExpression\" typeRef=\"boolean\"><text>immediateRiskOfHarm</text></inputExpression>\n      </input>\n      <output id=\"referralRequiredOutput\" label=\"Refer to police and children\'s social care\" name=\"referralRequired\" typeRef=\"boolean\"/>\n      <output id=\"urgentPoliceOutput\" label=\"Urgent police referral\" name=\"urgentPolice\" typeRef=\"boolean\"/>\n      <output id=\"reasonOutput\" label=\"Why\" name=\"referralReason\" typeRef=\"string\"/>\n      <rule id=\"adultInvolved\">\n        <inputEntry id=\"r1i1\"><text>true</text></inputEntry>\n        <inputEntry id=\"r1i2\"><text>-</text></inputEntry>\n        <inputEntry id=\"r1i3\"><text>-</text></inputEntry>\n        <inputEntry id=\"r1i4\"><text>-</text></inputEntry>\n        <inputEntry id=\"r1i5\"><text>-</text></inputEntry>\n        <inputEntry id=\"r1i6\"><text>-</text></inputEntry>\n        <inputEntry id=\"r1i7\"><text>-</text></inputEntry>\n        <outputEntry id=\"r1o1\"><text>true</text></outputEntry>\n        <outputEntry id=\"r1o2\"><text>true</text></outputEntry>\n        <outputEntry id=\"r1o3\"><text>\"An adult is involved: child abuse, urgent police referral\"</text></outputEntry>\n      </rule>\n      <rule id=\"coercion\">\n        <inputEntry id=\"r2i1\"><text>-</text></inputEntry>\n        <inputEntry id=\"r2i2\"><text>true</text></inputEntry>\n        <inputEntry id=\"r2i3\"><text>-</text></inputEntry>\n        <inputEntry id=\"r2i4\"><text>-</text></inputEntry>\n        <inputEntry id=\"r2i5\"><text>-</text></inputEntry>\n        <inputEntry id=\"r2i6\"><text>-</text></inputEntry>\n        <inputEntry id=\"r2i7\"><text>-</text></inputEntry>\n        <outputEntry id=\"r2o1\"><text>true</text></outputEntry>\n        <outputEntry id=\"r2o2\"><text>false</text></outputEntry>\n        <outputEntry id=\"r2o3\"><text>\"Coercion, blackmail, grooming, exploitation or doubtful capacity to consent\"</text></outputEntry>\n      </rule>\n      <rule id=\"unusualOrViolent\">\n        <inputEntry id=\"r3i1\"><text>-</text></inputEntry>\n        <inputEntry id=\"r3i2\"><text>-</text></inputEntry>\n        <inputEntry id=\"r3i3\"><text>true</text></inputEntry>\n        <inputEntry id=\"r3i4\"><text>-</text></inputEntry>\n        <inputEntry id=\"r3i5\"><text>-</text></inputEntry>\n        <inputEntry id=\"r3i6\"><text>-</text></inputEntry>\n        <inputEntry id=\"r3i7\"><text>-</text></inputEntry>\n        <outputEntry id=\"r3o1\"><text>true</text></outputEntry>\n        <outputEntry id=\"r3o2\"><text>false</text></outputEntry>\n        <outputEntry id=\"r3o3\"><text>\"Content unusual for the child\'s development, or violent\"</text></outputEntry>\n      </rule>\n      <rule id=\"sexualActsUnder13\">\n        <inputEntry id=\"r4i1\"><text>-</text></inputEntry>\n        <inputEntry id=\"r4i2\"><text>-</text></inputEntry>\n        <inputEntry id=\"r4i3\"><text>-</text></inputEntry>\n        <inputEntry id=\"r4i4\"><text>true</text></inputEntry>\n        <inputEntry id=\"r4i5\"><text>-</text></inputEntry>\n        <inputEntry id=\"r4i6\"><text>-</text></inputEntry>\n        <inputEntry id=\"r4i7\"><text>-</text></inputEntry>\n        <outputEntry id=\"r4o1\"><text>true</text></outputEntry>\n        <outputEntry id=\"r4o2\"><text>false</text></outputEntry>\n        <outputEntry id=\"r4o3\"><text>\"Sexual acts with a child under 13\"</text></outputEntry>\n      </rule>\n      <rule id=\"childAged13OrUnder\">\n        <inputEntry id=\"r5i1\"><text>-</text></inputEntry>\n        <inputEntry id=\"r5i2\"><text>-</text></inputEntry>\n        <inputEntry id=\"r5i3\"><text>-</text></inputEntry>\n        <inputEntry id=\"r5i4\"><text>-</text></inputEntry>\n        <inputEntry id=\"r5i5\"><text>&lt;= 13</text></inputEntry>\n        <inputEntry id=\"r5i6\"><text>-</text></inputEntry>\n        <inputEntry id=\"r5i7\"><text>-</text></inputEntry>\n        <outputEntry id=\"r5o1\"><text>true</text></outputEntry>\n        <outputEntry id=\"r5o2\"><text>false</text></outputEntry>\n        <outputEntry id=\"r5o3\"><text>\"A child aged 13 or under is involved\"</text></outputEntry>\n      </rule>\n      <rule id=\"sharedWithoutConsent\">\n        <inputEntry id=\"r6i1\"><text>-</text></inputEntry>\n        <inputEntry id=\"r6i2\"><text>-</text></inputEntry>\n        <inputEntry id=\"r6i3\"><text>-</text></inputEntry>\n        <inputEntry id=\"r6i4\"><text>-</text></inputEntry>\n        <inputEntry id=\"r6i5\"><text>-</text></inputEntry>\n        <inputEntry id=\"r6i6\"><text>true</text></inputEntry>\n        <inputEntry id=\"r6i7\"><text>-</text></inputEntry>\n        <outputEntry id=\"r6o1\"><text>true</text></outputEntry>\n        <outputEntry id=\"r6o2\"><text>false</text></outputEntry>\n        <outputEntry id=\"r6o3\"><text>\"Shared without the child\'s consent\"</text></outputEntry>\n      </rule>\n      <rule id=\"immediateRisk\">\n        <inputEntry id=\"r7i1\"><text>-</text></inputEntry>\n        <inputEntry id=\"r7i2\"><text>-</text></inputEntry>\n        <inputEntry id=\"r7i3\"><text>-</text></inputEntry>\n        <inputEntry id=\"r7i4\"><text>-</text></inputEntry>\n        <inputEntry id=\"r7i5\"><text>-</text></inputEntry>\n        <inputEntry id=\"r7i6\"><text>-</text></inputEntry>\n        <inputEntry id=\"r7i7\"><text>true</text></inputEntry>\n        <outputEntry id=\"r7o1\"><text>true</text></outputEntry>\n        <outputEntry id=\"r7o2\"><text>false</text></outputEntry>\n        <outputEntry id=\"r7o3\"><text>\"Immediate risk of harm\"</text></outputEntry>\n      </rule>\n      <rule id=\"noneHolds\">\n        <inputEntry id=\"r8i1\"><text>-</text></inputEntry>\n        <inputEntry id=\"r8i2\"><text>-</text></inputEntry>\n        <inputEntry id=\"r8i3\"><text>-</text></inputEntry>\n        <inputEntry id=\"r8i4\"><text>-</text></inputEntry>\n        <inputEntry id=\"r8i5\"><text>-</text></inputEntry>\n        <inputEntry id=\"r8i6\"><text>-</text></inputEntry>\n        <inputEntry id=\"r8i7\"><text>-</text></inputEntry>\n        <outputEntry id=\"r8o1\"><text>false</text></outputEntry>\n        <outputEntry id=\"r8o2\"><text>false</text></outputEntry>\n        <outputEntry id=\"r8o3\"><text>\"No referral condition holds: may be handled in school with the head teacher\'s agreement\"</text></outputEntry>\n      </rule>\n    </decisionTable>\n  </decision>\n</definitions>\n',0);
/*!40000 ALTER TABLE `ACT_GE_BYTEARRAY` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ACT_GE_PROPERTY`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_GE_PROPERTY` (
  `NAME_` varchar(64) NOT NULL,
  `VALUE_` varchar(300) DEFAULT NULL,
  `REV_` int(11) DEFAULT NULL,
  PRIMARY KEY (`NAME_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_GE_PROPERTY` WRITE;
/*!40000 ALTER TABLE `ACT_GE_PROPERTY` DISABLE KEYS */;
INSERT INTO `ACT_GE_PROPERTY` VALUES
('cfg.execution-related-entities-count','true',1),
('cfg.task-related-entities-count','true',1),
('common.schema.version','7.2.0.2',1),
('dmn.schema.version','7.2.0.2',1),
('eventregistry.schema.version','7.2.0.2',1),
('next.dbid','1',1),
('schema.history','create(7.2.0.2)',1),
('schema.version','7.2.0.2',1);
/*!40000 ALTER TABLE `ACT_GE_PROPERTY` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ACT_HI_ACTINST`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_HI_ACTINST` (
  `ID_` varchar(64) NOT NULL,
  `REV_` int(11) DEFAULT 1,
  `PROC_DEF_ID_` varchar(64) NOT NULL,
  `PROC_INST_ID_` varchar(64) NOT NULL,
  `EXECUTION_ID_` varchar(64) NOT NULL,
  `ACT_ID_` varchar(255) NOT NULL,
  `TASK_ID_` varchar(64) DEFAULT NULL,
  `CALL_PROC_INST_ID_` varchar(64) DEFAULT NULL,
  `ACT_NAME_` varchar(255) DEFAULT NULL,
  `ACT_TYPE_` varchar(255) NOT NULL,
  `ASSIGNEE_` varchar(255) DEFAULT NULL,
  `COMPLETED_BY_` varchar(255) DEFAULT NULL,
  `START_TIME_` datetime(3) NOT NULL,
  `END_TIME_` datetime(3) DEFAULT NULL,
  `TRANSACTION_ORDER_` int(11) DEFAULT NULL,
  `DURATION_` bigint(20) DEFAULT NULL,
  `DELETE_REASON_` varchar(4000) DEFAULT NULL,
  `TENANT_ID_` varchar(255) DEFAULT '',
  PRIMARY KEY (`ID_`),
  KEY `ACT_IDX_HI_ACT_INST_START` (`START_TIME_`),
  KEY `ACT_IDX_HI_ACT_INST_END` (`END_TIME_`),
  KEY `ACT_IDX_HI_ACT_INST_PROCINST` (`PROC_INST_ID_`,`ACT_ID_`),
  KEY `ACT_IDX_HI_ACT_INST_EXEC` (`EXECUTION_ID_`,`ACT_ID_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_HI_ACTINST` WRITE;
/*!40000 ALTER TABLE `ACT_HI_ACTINST` DISABLE KEYS */;
INSERT INTO `ACT_HI_ACTINST` VALUES
('8186fd76-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001','8186fd75-ee14-11f1-a1da-02fc00000001','incidentReported',NULL,NULL,'Incident reported','startEvent',NULL,NULL,'2026-12-02 05:52:06.506','2026-12-02 05:52:06.510',1,4,NULL,''),
('81880ee7-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001','8186fd75-ee14-11f1-a1da-02fc00000001','toTriage',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:06.513','2026-12-02 05:52:06.513',2,0,NULL,''),
('818835f9-ee14-11f1-a1da-02fc00000001',2,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001','81880ee8-ee14-11f1-a1da-02fc00000001','triage',NULL,NULL,'Triage of the report','subProcess',NULL,NULL,'2026-12-02 05:52:06.514','2026-12-02 05:52:07.145',3,631,'terminate end event (triageDone)',''),
('818835fb-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001','818835fa-ee14-11f1-a1da-02fc00000001','triageStarted',NULL,NULL,'Lead told of the report','startEvent',NULL,NULL,'2026-12-02 05:52:06.514','2026-12-02 05:52:06.514',4,0,NULL,''),
('818835fc-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001','818835fa-ee14-11f1-a1da-02fc00000001','toTriageByLead',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:06.514','2026-12-02 05:52:06.514',5,0,NULL,''),
('818835fd-ee14-11f1-a1da-02fc00000001',3,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001','818835fa-ee14-11f1-a1da-02fc00000001','triageByLead','818bdf80-ee14-11f1-a1da-02fc00000001',NULL,'Lead triages report','userTask','user:5','user:5','2026-12-02 05:52:06.514','2026-12-02 05:52:07.140',6,626,NULL,''),
('8188841f-ee14-11f1-a1da-02fc00000001',2,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001','81885d0e-ee14-11f1-a1da-02fc00000001','triageDeadlineMissed',NULL,NULL,'Triage deadline missed','boundaryEvent',NULL,NULL,'2026-12-02 05:52:06.516','2026-12-02 05:52:07.139',7,623,NULL,''),
('81e7bb33-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001','818835fa-ee14-11f1-a1da-02fc00000001','toTriaged',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:07.140','2026-12-02 05:52:07.140',1,0,NULL,''),
('81e7e244-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001','818835fa-ee14-11f1-a1da-02fc00000001','triageDone',NULL,NULL,'Report triaged','endEvent',NULL,NULL,'2026-12-02 05:52:07.141','2026-12-02 05:52:07.141',2,0,'terminate end event (triageDone)',''),
('81e8cca6-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001','81e83065-ee14-11f1-a1da-02fc00000001','toRecordTriage',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:07.147','2026-12-02 05:52:07.147',3,0,NULL,''),
('81e8f3b7-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001','81e83065-ee14-11f1-a1da-02fc00000001','recordTriage',NULL,NULL,'Record that the report is triaged','serviceTask',NULL,NULL,'2026-12-02 05:52:07.148','2026-12-02 05:52:07.164',4,16,NULL,''),
('81eb8bc8-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001','81e83065-ee14-11f1-a1da-02fc00000001','toPoliceQuestion',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:07.165','2026-12-02 05:52:07.165',5,0,NULL,''),
('81eb8bc9-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001','81e83065-ee14-11f1-a1da-02fc00000001','policeToConsider',NULL,NULL,'Police to consider?','exclusiveGateway',NULL,NULL,'2026-12-02 05:52:07.165','2026-12-02 05:52:07.172',6,7,NULL,''),
('81ec9d3a-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001','81e83065-ee14-11f1-a1da-02fc00000001','noPoliceConsideration',NULL,NULL,'No','sequenceFlow',NULL,NULL,'2026-12-02 05:52:07.172','2026-12-02 05:52:07.172',7,0,NULL,''),
('81ec9d3b-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001','81e83065-ee14-11f1-a1da-02fc00000001','responses',NULL,NULL,'Responses chosen at triage','inclusiveGateway',NULL,NULL,'2026-12-02 05:52:07.172','2026-12-02 05:52:07.174',8,2,NULL,''),
('81edd5bc-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001','81e83065-ee14-11f1-a1da-02fc00000001','toRemovalRequest',NULL,NULL,'Poster known','sequenceFlow',NULL,NULL,'2026-12-02 05:52:07.180','2026-12-02 05:52:07.180',9,0,NULL,''),
('81edd5bd-ee14-11f1-a1da-02fc00000001',2,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001','81e83065-ee14-11f1-a1da-02fc00000001','removalRequest',NULL,'81ee23de-ee14-11f1-a1da-02fc00000001','Removal request to the poster','callActivity',NULL,NULL,'2026-12-02 05:52:07.180','2026-12-02 05:52:08.177',10,997,NULL,''),
('81ee9824-ee14-11f1-a1da-02fc00000001',1,'removalRequest:1:7fadf79e-ee14-11f1-a1da-02fc00000001','81ee23de-ee14-11f1-a1da-02fc00000001','81ee9823-ee14-11f1-a1da-02fc00000001','posterKnown',NULL,NULL,'Poster known','startEvent',NULL,NULL,'2026-12-02 05:52:07.185','2026-12-02 05:52:07.185',1,0,NULL,''),
('81ee9825-ee14-11f1-a1da-02fc00000001',1,'removalRequest:1:7fadf79e-ee14-11f1-a1da-02fc00000001','81ee23de-ee14-11f1-a1da-02fc00000001','81ee9823-ee14-11f1-a1da-02fc00000001','toAsk',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:07.185','2026-12-02 05:52:07.185',2,0,NULL,''),
('81ee9826-ee14-11f1-a1da-02fc00000001',3,'removalRequest:1:7fadf79e-ee14-11f1-a1da-02fc00000001','81ee23de-ee14-11f1-a1da-02fc00000001','81ee9823-ee14-11f1-a1da-02fc00000001','askPosterToRemove','81ee9827-ee14-11f1-a1da-02fc00000001',NULL,'Lead asks the poster to remove the material','userTask','user:5','user:5','2026-12-02 05:52:07.185','2026-12-02 05:52:07.744',3,559,NULL,''),
('8243e41e-ee14-11f1-a1da-02fc00000001',1,'removalRequest:1:7fadf79e-ee14-11f1-a1da-02fc00000001','81ee23de-ee14-11f1-a1da-02fc00000001','81ee9823-ee14-11f1-a1da-02fc00000001','toResponse',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:07.744','2026-12-02 05:52:07.744',1,0,NULL,''),
('8243e41f-ee14-11f1-a1da-02fc00000001',3,'removalRequest:1:7fadf79e-ee14-11f1-a1da-02fc00000001','81ee23de-ee14-11f1-a1da-02fc00000001','81ee9823-ee14-11f1-a1da-02fc00000001','recordPosterResponse','82448062-ee14-11f1-a1da-02fc00000001',NULL,'Record the poster\'s response','userTask','user:5','user:5','2026-12-02 05:52:07.744','2026-12-02 05:52:08.161',2,417,NULL,''),
('82440b31-ee14-11f1-a1da-02fc00000001',2,'removalRequest:1:7fadf79e-ee14-11f1-a1da-02fc00000001','81ee23de-ee14-11f1-a1da-02fc00000001','82440b30-ee14-11f1-a1da-02fc00000001','noReply',NULL,NULL,'No reply by the deadline','boundaryEvent',NULL,NULL,'2026-12-02 05:52:07.745','2026-12-02 05:52:08.161',3,416,NULL,''),
('8283853a-ee14-11f1-a1da-02fc00000001',1,'removalRequest:1:7fadf79e-ee14-11f1-a1da-02fc00000001','81ee23de-ee14-11f1-a1da-02fc00000001','81ee9823-ee14-11f1-a1da-02fc00000001','toAnswered',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:08.161','2026-12-02 05:52:08.161',1,0,NULL,''),
('8283ac4b-ee14-11f1-a1da-02fc00000001',1,'removalRequest:1:7fadf79e-ee14-11f1-a1da-02fc00000001','81ee23de-ee14-11f1-a1da-02fc00000001','81ee9823-ee14-11f1-a1da-02fc00000001','posterAnswered',NULL,NULL,'Poster answered','endEvent',NULL,NULL,'2026-12-02 05:52:08.162','2026-12-02 05:52:08.164',2,2,NULL,''),
('82861d4d-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001','81e83065-ee14-11f1-a1da-02fc00000001','toRemoved',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:08.178','2026-12-02 05:52:08.178',1,0,NULL,''),
('82861d4e-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001','81e83065-ee14-11f1-a1da-02fc00000001','removedByPoster',NULL,NULL,'Removed by the poster?','exclusiveGateway',NULL,NULL,'2026-12-02 05:52:08.178','2026-12-02 05:52:08.178',2,0,NULL,''),
('8286445f-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001','81e83065-ee14-11f1-a1da-02fc00000001','posterDidNotRemove',NULL,NULL,'Refused or ignored','sequenceFlow',NULL,NULL,'2026-12-02 05:52:08.179','2026-12-02 05:52:08.179',3,0,NULL,''),
('82864460-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001','81e83065-ee14-11f1-a1da-02fc00000001','providerTakedownAfterRefusal',NULL,'82866b71-ee14-11f1-a1da-02fc00000001','Provider takedown','callActivity',NULL,NULL,'2026-12-02 05:52:08.179',NULL,4,NULL,NULL,''),
('82866b88-ee14-11f1-a1da-02fc00000001',1,'providerTakedown:1:7fadf79f-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001','82866b87-ee14-11f1-a1da-02fc00000001','takedownNeeded',NULL,NULL,'Takedown needed','startEvent',NULL,NULL,'2026-12-02 05:52:08.180','2026-12-02 05:52:08.180',1,0,NULL,''),
('82866b89-ee14-11f1-a1da-02fc00000001',1,'providerTakedown:1:7fadf79f-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001','82866b87-ee14-11f1-a1da-02fc00000001','toLocation',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:08.180','2026-12-02 05:52:08.180',2,0,NULL,''),
('82866b8a-ee14-11f1-a1da-02fc00000001',3,'providerTakedown:1:7fadf79f-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001','82866b87-ee14-11f1-a1da-02fc00000001','recordMaterialLocation','8286929b-ee14-11f1-a1da-02fc00000001',NULL,'Lead records where the material is','userTask','user:5','user:5','2026-12-02 05:52:08.180','2026-12-02 05:52:08.803',3,623,NULL,''),
('82e57b84-ee14-11f1-a1da-02fc00000001',1,'providerTakedown:1:7fadf79f-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001','82866b87-ee14-11f1-a1da-02fc00000001','toReport',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:08.803','2026-12-02 05:52:08.803',1,0,NULL,''),
('82e5a295-ee14-11f1-a1da-02fc00000001',3,'providerTakedown:1:7fadf79f-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001','82866b87-ee14-11f1-a1da-02fc00000001','reportToProvider','82e5c9a6-ee14-11f1-a1da-02fc00000001',NULL,'Lead reports the material to the provider','userTask','user:5','user:5','2026-12-02 05:52:08.804','2026-12-02 05:52:09.250',2,446,NULL,''),
('8329b082-ee14-11f1-a1da-02fc00000001',1,'providerTakedown:1:7fadf79f-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001','82866b87-ee14-11f1-a1da-02fc00000001','toAwait',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:09.250','2026-12-02 05:52:09.250',1,0,NULL,''),
('8329b084-ee14-11f1-a1da-02fc00000001',1,'providerTakedown:1:7fadf79f-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001','8329b083-ee14-11f1-a1da-02fc00000001','awaitProvider',NULL,NULL,'Waiting for the provider','subProcess',NULL,NULL,'2026-12-02 05:52:09.250',NULL,2,NULL,NULL,''),
('8329b086-ee14-11f1-a1da-02fc00000001',1,'providerTakedown:1:7fadf79f-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001','8329b085-ee14-11f1-a1da-02fc00000001','awaitStarted',NULL,NULL,'Reported to the provider','startEvent',NULL,NULL,'2026-12-02 05:52:09.250','2026-12-02 05:52:09.250',3,0,NULL,''),
('8329b087-ee14-11f1-a1da-02fc00000001',1,'providerTakedown:1:7fadf79f-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001','8329b085-ee14-11f1-a1da-02fc00000001','toDecision',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:09.251','2026-12-02 05:52:09.251',4,0,NULL,''),
('8329d798-ee14-11f1-a1da-02fc00000001',1,'providerTakedown:1:7fadf79f-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001','8329b085-ee14-11f1-a1da-02fc00000001','recordProviderDecision','832a73db-ee14-11f1-a1da-02fc00000001',NULL,'Record the provider\'s decision','userTask',NULL,NULL,'2026-12-02 05:52:09.251',NULL,5,NULL,NULL,''),
('8329d79a-ee14-11f1-a1da-02fc00000001',1,'providerTakedown:1:7fadf79f-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001','8329d799-ee14-11f1-a1da-02fc00000001','providerSilent',NULL,NULL,'Not removed after the waiting time','boundaryEvent',NULL,NULL,'2026-12-02 05:52:09.251',NULL,6,NULL,NULL,''),
('838ae36f-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001','838ae36e-ee14-11f1-a1da-02fc00000001','incidentReported',NULL,NULL,'Incident reported','startEvent',NULL,NULL,'2026-12-02 05:52:09.887','2026-12-02 05:52:09.887',1,0,NULL,''),
('838ae370-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001','838ae36e-ee14-11f1-a1da-02fc00000001','toTriage',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:09.887','2026-12-02 05:52:09.887',2,0,NULL,''),
('838ae372-ee14-11f1-a1da-02fc00000001',2,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001','838ae371-ee14-11f1-a1da-02fc00000001','triage',NULL,NULL,'Triage of the report','subProcess',NULL,NULL,'2026-12-02 05:52:09.887','2026-12-02 05:52:10.308',3,421,'terminate end event (triageDone)',''),
('838ae374-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001','838ae373-ee14-11f1-a1da-02fc00000001','triageStarted',NULL,NULL,'Lead told of the report','startEvent',NULL,NULL,'2026-12-02 05:52:09.887','2026-12-02 05:52:09.887',4,0,NULL,''),
('838ae375-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001','838ae373-ee14-11f1-a1da-02fc00000001','toTriageByLead',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:09.887','2026-12-02 05:52:09.887',5,0,NULL,''),
('838ae376-ee14-11f1-a1da-02fc00000001',3,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001','838ae373-ee14-11f1-a1da-02fc00000001','triageByLead','838b7fb9-ee14-11f1-a1da-02fc00000001',NULL,'Lead triages report','userTask','user:5','user:5','2026-12-02 05:52:09.887','2026-12-02 05:52:10.307',6,420,NULL,''),
('838ae378-ee14-11f1-a1da-02fc00000001',2,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001','838ae377-ee14-11f1-a1da-02fc00000001','triageDeadlineMissed',NULL,NULL,'Triage deadline missed','boundaryEvent',NULL,NULL,'2026-12-02 05:52:09.887','2026-12-02 05:52:10.306',7,419,NULL,''),
('83caf9cc-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001','838ae373-ee14-11f1-a1da-02fc00000001','toTriaged',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:10.307','2026-12-02 05:52:10.307',1,0,NULL,''),
('83caf9cd-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001','838ae373-ee14-11f1-a1da-02fc00000001','triageDone',NULL,NULL,'Report triaged','endEvent',NULL,NULL,'2026-12-02 05:52:10.307','2026-12-02 05:52:10.308',2,1,'terminate end event (triageDone)',''),
('83cb47ef-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001','83cb20de-ee14-11f1-a1da-02fc00000001','toRecordTriage',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:10.309','2026-12-02 05:52:10.309',3,0,NULL,''),
('83cb47f0-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001','83cb20de-ee14-11f1-a1da-02fc00000001','recordTriage',NULL,NULL,'Record that the report is triaged','serviceTask',NULL,NULL,'2026-12-02 05:52:10.309','2026-12-02 05:52:10.310',4,1,NULL,''),
('83cb6f01-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001','83cb20de-ee14-11f1-a1da-02fc00000001','toPoliceQuestion',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:10.310','2026-12-02 05:52:10.310',5,0,NULL,''),
('83cb6f02-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001','83cb20de-ee14-11f1-a1da-02fc00000001','policeToConsider',NULL,NULL,'Police to consider?','exclusiveGateway',NULL,NULL,'2026-12-02 05:52:10.310','2026-12-02 05:52:10.310',6,0,NULL,''),
('83cb6f03-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001','83cb20de-ee14-11f1-a1da-02fc00000001','toPoliceReferral',NULL,NULL,'May be criminal, staff member wants police, or a published allegation','sequenceFlow',NULL,NULL,'2026-12-02 05:52:10.310','2026-12-02 05:52:10.310',7,0,NULL,''),
('83cb6f04-ee14-11f1-a1da-02fc00000001',2,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001','83cb20de-ee14-11f1-a1da-02fc00000001','policeReferral',NULL,'83cb9615-ee14-11f1-a1da-02fc00000001','Police referral','callActivity',NULL,NULL,'2026-12-02 05:52:10.310','2026-12-02 05:52:11.579',8,1269,NULL,''),
('83cbbd3b-ee14-11f1-a1da-02fc00000001',1,'policeReferral:1:7fadf7a0-ee14-11f1-a1da-02fc00000001','83cb9615-ee14-11f1-a1da-02fc00000001','83cbbd3a-ee14-11f1-a1da-02fc00000001','policeConsiderationNeeded',NULL,NULL,'Police to consider','startEvent',NULL,NULL,'2026-12-02 05:52:10.312','2026-12-02 05:52:10.312',1,0,NULL,''),
('83cbbd3c-ee14-11f1-a1da-02fc00000001',1,'policeReferral:1:7fadf7a0-ee14-11f1-a1da-02fc00000001','83cb9615-ee14-11f1-a1da-02fc00000001','83cbbd3a-ee14-11f1-a1da-02fc00000001','toConsider',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:10.312','2026-12-02 05:52:10.312',2,0,NULL,''),
('83cbbd3d-ee14-11f1-a1da-02fc00000001',3,'policeReferral:1:7fadf7a0-ee14-11f1-a1da-02fc00000001','83cb9615-ee14-11f1-a1da-02fc00000001','83cbbd3a-ee14-11f1-a1da-02fc00000001','considerPolice','83cbbd3e-ee14-11f1-a1da-02fc00000001',NULL,'Lead considers police involvement with the staff member','userTask','user:5','user:5','2026-12-02 05:52:10.312','2026-12-02 05:52:10.736',3,424,NULL,''),
('840c6fc7-ee14-11f1-a1da-02fc00000001',1,'policeReferral:1:7fadf7a0-ee14-11f1-a1da-02fc00000001','83cb9615-ee14-11f1-a1da-02fc00000001','83cbbd3a-ee14-11f1-a1da-02fc00000001','toDecision',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:10.736','2026-12-02 05:52:10.736',1,0,NULL,''),
('840c96d8-ee14-11f1-a1da-02fc00000001',1,'policeReferral:1:7fadf7a0-ee14-11f1-a1da-02fc00000001','83cb9615-ee14-11f1-a1da-02fc00000001','83cbbd3a-ee14-11f1-a1da-02fc00000001','involvePolice',NULL,NULL,'Police involved?','exclusiveGateway',NULL,NULL,'2026-12-02 05:52:10.737','2026-12-02 05:52:10.737',2,0,NULL,''),
('840c96d9-ee14-11f1-a1da-02fc00000001',1,'policeReferral:1:7fadf7a0-ee14-11f1-a1da-02fc00000001','83cb9615-ee14-11f1-a1da-02fc00000001','83cbbd3a-ee14-11f1-a1da-02fc00000001','policeYes',NULL,NULL,'Yes','sequenceFlow',NULL,NULL,'2026-12-02 05:52:10.737','2026-12-02 05:52:10.737',3,0,NULL,''),
('840c96da-ee14-11f1-a1da-02fc00000001',3,'policeReferral:1:7fadf7a0-ee14-11f1-a1da-02fc00000001','83cb9615-ee14-11f1-a1da-02fc00000001','83cbbd3a-ee14-11f1-a1da-02fc00000001','recordPoliceReferral','840c96db-ee14-11f1-a1da-02fc00000001',NULL,'Record the police referral','userTask','user:5','user:5','2026-12-02 05:52:10.737','2026-12-02 05:52:11.165',4,428,NULL,''),
('844de5a7-ee14-11f1-a1da-02fc00000001',1,'policeReferral:1:7fadf7a0-ee14-11f1-a1da-02fc00000001','83cb9615-ee14-11f1-a1da-02fc00000001','83cbbd3a-ee14-11f1-a1da-02fc00000001','toClearance',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:11.165','2026-12-02 05:52:11.165',1,0,NULL,''),
('844de5a8-ee14-11f1-a1da-02fc00000001',3,'policeReferral:1:7fadf7a0-ee14-11f1-a1da-02fc00000001','83cb9615-ee14-11f1-a1da-02fc00000001','83cbbd3a-ee14-11f1-a1da-02fc00000001','recordPoliceClearance','844de5a9-ee14-11f1-a1da-02fc00000001',NULL,'Record police clearance for the school\'s own steps','userTask','user:5','user:5','2026-12-02 05:52:11.165','2026-12-02 05:52:11.568',2,403,NULL,''),
('848b63df-ee14-11f1-a1da-02fc00000001',1,'policeReferral:1:7fadf7a0-ee14-11f1-a1da-02fc00000001','83cb9615-ee14-11f1-a1da-02fc00000001','83cbbd3a-ee14-11f1-a1da-02fc00000001','toCleared',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:11.568','2026-12-02 05:52:11.568',1,0,NULL,''),
('848b8af0-ee14-11f1-a1da-02fc00000001',1,'policeReferral:1:7fadf7a0-ee14-11f1-a1da-02fc00000001','83cb9615-ee14-11f1-a1da-02fc00000001','83cbbd3a-ee14-11f1-a1da-02fc00000001','policeCleared',NULL,NULL,'Police have cleared the school\'s steps','endEvent',NULL,NULL,'2026-12-02 05:52:11.569','2026-12-02 05:52:11.569',2,0,NULL,''),
('848d38a2-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001','83cb20de-ee14-11f1-a1da-02fc00000001','afterPolice',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:11.580','2026-12-02 05:52:11.580',1,0,NULL,''),
('848d38a3-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001','83cb20de-ee14-11f1-a1da-02fc00000001','responses',NULL,NULL,'Responses chosen at triage','inclusiveGateway',NULL,NULL,'2026-12-02 05:52:11.580','2026-12-02 05:52:11.580',2,0,NULL,''),
('848d5fb4-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001','83cb20de-ee14-11f1-a1da-02fc00000001','toHr',NULL,NULL,'Colleague responsible','sequenceFlow',NULL,NULL,'2026-12-02 05:52:11.581','2026-12-02 05:52:11.581',3,0,NULL,''),
('848d86c5-ee14-11f1-a1da-02fc00000001',2,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001','83cb20de-ee14-11f1-a1da-02fc00000001','hrDisciplinaryHandOff',NULL,'848d86c6-ee14-11f1-a1da-02fc00000001','Hand-off to LA HR','callActivity',NULL,NULL,'2026-12-02 05:52:11.582','2026-12-02 05:52:11.999',4,417,NULL,''),
('848dd4fd-ee14-11f1-a1da-02fc00000001',1,'hrDisciplinaryHandOff:1:7fadf79d-ee14-11f1-a1da-02fc00000001','848d86c6-ee14-11f1-a1da-02fc00000001','848dd4fc-ee14-11f1-a1da-02fc00000001','colleagueResponsible',NULL,NULL,'Colleague responsible','startEvent',NULL,NULL,'2026-12-02 05:52:11.584','2026-12-02 05:52:11.584',1,0,NULL,''),
('848dd4fe-ee14-11f1-a1da-02fc00000001',1,'hrDisciplinaryHandOff:1:7fadf79d-ee14-11f1-a1da-02fc00000001','848d86c6-ee14-11f1-a1da-02fc00000001','848dd4fc-ee14-11f1-a1da-02fc00000001','toHandOver',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:11.584','2026-12-02 05:52:11.584',2,0,NULL,''),
('848dd4ff-ee14-11f1-a1da-02fc00000001',1,'hrDisciplinaryHandOff:1:7fadf79d-ee14-11f1-a1da-02fc00000001','848d86c6-ee14-11f1-a1da-02fc00000001','848dd4fc-ee14-11f1-a1da-02fc00000001','handCaseToHr',NULL,NULL,'Hand the case to HR','serviceTask',NULL,NULL,'2026-12-02 05:52:11.584','2026-12-02 05:52:11.589',3,5,NULL,''),
('848e9750-ee14-11f1-a1da-02fc00000001',1,'hrDisciplinaryHandOff:1:7fadf79d-ee14-11f1-a1da-02fc00000001','848d86c6-ee14-11f1-a1da-02fc00000001','848dd4fc-ee14-11f1-a1da-02fc00000001','toHr',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:11.589','2026-12-02 05:52:11.589',4,0,NULL,''),
('848e9751-ee14-11f1-a1da-02fc00000001',3,'hrDisciplinaryHandOff:1:7fadf79d-ee14-11f1-a1da-02fc00000001','848d86c6-ee14-11f1-a1da-02fc00000001','848dd4fc-ee14-11f1-a1da-02fc00000001','hrHandlesDisciplinary','848ebe62-ee14-11f1-a1da-02fc00000001',NULL,'HR officer handles the staff disciplinary case','userTask','user:6','user:6','2026-12-02 05:52:11.589','2026-12-02 05:52:11.994',5,405,NULL,''),
('84cc63a9-ee14-11f1-a1da-02fc00000001',1,'hrDisciplinaryHandOff:1:7fadf79d-ee14-11f1-a1da-02fc00000001','848d86c6-ee14-11f1-a1da-02fc00000001','848dd4fc-ee14-11f1-a1da-02fc00000001','toBack',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:11.994','2026-12-02 05:52:11.994',1,0,NULL,''),
('84cc8aba-ee14-11f1-a1da-02fc00000001',1,'hrDisciplinaryHandOff:1:7fadf79d-ee14-11f1-a1da-02fc00000001','848d86c6-ee14-11f1-a1da-02fc00000001','848dd4fc-ee14-11f1-a1da-02fc00000001','outcomeBackToSchool',NULL,NULL,'Outcome back to the school','endEvent',NULL,NULL,'2026-12-02 05:52:11.995','2026-12-02 05:52:11.995',2,0,NULL,''),
('84cd4e0c-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001','83cb20de-ee14-11f1-a1da-02fc00000001','afterHr',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:12.000','2026-12-02 05:52:12.000',1,0,NULL,''),
('84cd4e0d-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001','83cb20de-ee14-11f1-a1da-02fc00000001','responsesDone',NULL,NULL,'All responses finished','inclusiveGateway',NULL,NULL,'2026-12-02 05:52:12.000','2026-12-02 05:52:12.000',2,0,NULL,''),
('84cd4e0e-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001','83cb20de-ee14-11f1-a1da-02fc00000001','toSupport',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:12.000','2026-12-02 05:52:12.000',3,0,NULL,''),
('84cd751f-ee14-11f1-a1da-02fc00000001',3,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001','83cb20de-ee14-11f1-a1da-02fc00000001','recordSupport','84cd7520-ee14-11f1-a1da-02fc00000001',NULL,'Lead records the support offered to the staff member','userTask','user:5','user:5','2026-12-02 05:52:12.001','2026-12-02 05:52:12.430',4,429,NULL,''),
('850eeaf8-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001','83cb20de-ee14-11f1-a1da-02fc00000001','toOutcome',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:12.430','2026-12-02 05:52:12.430',1,0,NULL,''),
('850eeaf9-ee14-11f1-a1da-02fc00000001',3,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001','83cb20de-ee14-11f1-a1da-02fc00000001','recordOutcome','850eeafa-ee14-11f1-a1da-02fc00000001',NULL,'Lead records the outcome of the case','userTask','user:5','user:5','2026-12-02 05:52:12.430','2026-12-02 05:52:12.826',2,396,NULL,''),
('854b57c0-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001','83cb20de-ee14-11f1-a1da-02fc00000001','toSatisfaction',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:12.826','2026-12-02 05:52:12.826',1,0,NULL,''),
('854b57c1-ee14-11f1-a1da-02fc00000001',2,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001','83cb20de-ee14-11f1-a1da-02fc00000001','staffSatisfaction','854b57c2-ee14-11f1-a1da-02fc00000001',NULL,'Staff member says whether they are satisfied with how it was handled','userTask','user:8','user:8','2026-12-02 05:52:12.826','2026-12-02 05:52:13.161',2,335,NULL,''),
('857e75b7-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001','83cb20de-ee14-11f1-a1da-02fc00000001','toClose',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:13.161','2026-12-02 05:52:13.161',1,0,NULL,''),
('857e9cc8-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001','83cb20de-ee14-11f1-a1da-02fc00000001','closeCase',NULL,NULL,'Close the case (advice lines given if not satisfied)','serviceTask',NULL,NULL,'2026-12-02 05:52:13.162','2026-12-02 05:52:13.166',2,4,NULL,''),
('857f3909-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001','83cb20de-ee14-11f1-a1da-02fc00000001','toClosed',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:13.166','2026-12-02 05:52:13.166',3,0,NULL,''),
('857f601a-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001','83cb20de-ee14-11f1-a1da-02fc00000001','caseClosed',NULL,NULL,'Case closed','endEvent',NULL,NULL,'2026-12-02 05:52:13.167','2026-12-02 05:52:13.167',4,0,NULL,''),
('85d34c8b-ee14-11f1-a1da-02fc00000001',1,'childProtectionIncident:1:7fadf7a2-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001','incidentReported',NULL,NULL,'Incident reported to the DSL','startEvent',NULL,NULL,'2026-12-02 05:52:13.717','2026-12-02 05:52:13.721',1,4,NULL,''),
('85d40fe0-ee14-11f1-a1da-02fc00000001',1,'childProtectionIncident:1:7fadf7a2-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001','toFilesQuestion',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:13.722','2026-12-02 05:52:13.722',2,0,NULL,''),
('85d40fe1-ee14-11f1-a1da-02fc00000001',1,'childProtectionIncident:1:7fadf7a2-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001','filesHeldQuestion',NULL,NULL,'Files held from before re-categorisation?','inclusiveGateway',NULL,NULL,'2026-12-02 05:52:13.722','2026-12-02 05:52:13.724',3,2,NULL,''),
('85d45e02-ee14-11f1-a1da-02fc00000001',1,'childProtectionIncident:1:7fadf7a2-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001','toReview',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:13.724','2026-12-02 05:52:13.724',4,0,NULL,''),
('85d45e03-ee14-11f1-a1da-02fc00000001',3,'childProtectionIncident:1:7fadf7a2-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001','initialReviewByDsl','85d4fa44-ee14-11f1-a1da-02fc00000001',NULL,'DSL carries out initial review','userTask','user:2','user:2','2026-12-02 05:52:13.724','2026-12-02 05:52:14.110',5,386,NULL,''),
('860f443f-ee14-11f1-a1da-02fc00000001',1,'childProtectionIncident:1:7fadf7a2-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001','toSearchQuestion',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:14.110','2026-12-02 05:52:14.110',1,0,NULL,''),
('860f6b50-ee14-11f1-a1da-02fc00000001',1,'childProtectionIncident:1:7fadf7a2-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001','deviceSearchedQuestion',NULL,NULL,'Device searched?','inclusiveGateway',NULL,NULL,'2026-12-02 05:52:14.111','2026-12-02 05:52:14.111',2,0,NULL,''),
('860f9261-ee14-11f1-a1da-02fc00000001',1,'childProtectionIncident:1:7fadf7a2-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001','toDecision',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:14.112','2026-12-02 05:52:14.112',3,0,NULL,''),
('860f9262-ee14-11f1-a1da-02fc00000001',1,'childProtectionIncident:1:7fadf7a2-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001','decideReferral',NULL,NULL,'Referral decision (decision table)','serviceTask',NULL,NULL,'2026-12-02 05:52:14.112','2026-12-02 05:52:14.145',4,33,NULL,''),
('8614c287-ee14-11f1-a1da-02fc00000001',1,'childProtectionIncident:1:7fadf7a2-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001','toReferralQuestion',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:14.146','2026-12-02 05:52:14.146',5,0,NULL,''),
('8614c288-ee14-11f1-a1da-02fc00000001',1,'childProtectionIncident:1:7fadf7a2-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001','referralRequiredQuestion',NULL,NULL,'Referral required?','exclusiveGateway',NULL,NULL,'2026-12-02 05:52:14.146','2026-12-02 05:52:14.147',6,1,NULL,''),
('8614e999-ee14-11f1-a1da-02fc00000001',1,'childProtectionIncident:1:7fadf7a2-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001','referralRequiredFlow',NULL,NULL,'Yes','sequenceFlow',NULL,NULL,'2026-12-02 05:52:14.147','2026-12-02 05:52:14.147',7,0,NULL,''),
('8614e99a-ee14-11f1-a1da-02fc00000001',1,'childProtectionIncident:1:7fadf7a2-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001','referralNeeded',NULL,NULL,'Referred already?','exclusiveGateway',NULL,NULL,'2026-12-02 05:52:14.147','2026-12-02 05:52:14.147',8,0,NULL,''),
('8614e99b-ee14-11f1-a1da-02fc00000001',1,'childProtectionIncident:1:7fadf7a2-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001','notYetReferred',NULL,NULL,'No','sequenceFlow',NULL,NULL,'2026-12-02 05:52:14.147','2026-12-02 05:52:14.147',9,0,NULL,''),
('861510ac-ee14-11f1-a1da-02fc00000001',1,'childProtectionIncident:1:7fadf7a2-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001','referToAgencies',NULL,'861537bd-ee14-11f1-a1da-02fc00000001','Referral to police and children\'s social care','callActivity',NULL,NULL,'2026-12-02 05:52:14.148',NULL,10,NULL,NULL,''),
('86155eee-ee14-11f1-a1da-02fc00000001',1,'childProtectionReferral:1:7fadf79c-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001','86155eed-ee14-11f1-a1da-02fc00000001','referralNeeded',NULL,NULL,'Referral needed','startEvent',NULL,NULL,'2026-12-02 05:52:14.150','2026-12-02 05:52:14.150',1,0,NULL,''),
('86155eef-ee14-11f1-a1da-02fc00000001',1,'childProtectionReferral:1:7fadf79c-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001','86155eed-ee14-11f1-a1da-02fc00000001','toReferBoth',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:14.150','2026-12-02 05:52:14.150',2,0,NULL,''),
('86155ef0-ee14-11f1-a1da-02fc00000001',1,'childProtectionReferral:1:7fadf79c-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001','86155eed-ee14-11f1-a1da-02fc00000001','referBoth',NULL,NULL,'Refer to both','parallelGateway',NULL,NULL,'2026-12-02 05:52:14.150','2026-12-02 05:52:14.151',3,1,NULL,''),
('86158602-ee14-11f1-a1da-02fc00000001',1,'childProtectionReferral:1:7fadf79c-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001','86155eed-ee14-11f1-a1da-02fc00000001','toPolice',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:14.151','2026-12-02 05:52:14.151',4,0,NULL,''),
('8615ad13-ee14-11f1-a1da-02fc00000001',1,'childProtectionReferral:1:7fadf79c-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001','86158601-ee14-11f1-a1da-02fc00000001','toSocialCare',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:14.152','2026-12-02 05:52:14.152',5,0,NULL,''),
('8615ad14-ee14-11f1-a1da-02fc00000001',1,'childProtectionReferral:1:7fadf79c-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001','86155eed-ee14-11f1-a1da-02fc00000001','recordPoliceReferral','8615ad15-ee14-11f1-a1da-02fc00000001',NULL,'DSL records the police referral','userTask',NULL,NULL,'2026-12-02 05:52:14.152',NULL,6,NULL,NULL,''),
('86164957-ee14-11f1-a1da-02fc00000001',1,'childProtectionReferral:1:7fadf79c-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001','86158601-ee14-11f1-a1da-02fc00000001','recordSocialCareReferral','86164958-ee14-11f1-a1da-02fc00000001',NULL,'DSL records the children\'s social care referral','userTask',NULL,NULL,'2026-12-02 05:52:14.156',NULL,7,NULL,NULL,'');
/*!40000 ALTER TABLE `ACT_HI_ACTINST` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ACT_HI_ATTACHMENT`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_HI_ATTACHMENT` (
  `ID_` varchar(64) NOT NULL,
  `REV_` int(11) DEFAULT NULL,
  `USER_ID_` varchar(255) DEFAULT NULL,
  `NAME_` varchar(255) DEFAULT NULL,
  `DESCRIPTION_` varchar(4000) DEFAULT NULL,
  `TYPE_` varchar(255) DEFAULT NULL,
  `TASK_ID_` varchar(64) DEFAULT NULL,
  `PROC_INST_ID_` varchar(64) DEFAULT NULL,
  `URL_` varchar(4000) DEFAULT NULL,
  `CONTENT_ID_` varchar(64) DEFAULT NULL,
  `TIME_` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`ID_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_HI_ATTACHMENT` WRITE;
/*!40000 ALTER TABLE `ACT_HI_ATTACHMENT` DISABLE KEYS */;
/*!40000 ALTER TABLE `ACT_HI_ATTACHMENT` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ACT_HI_COMMENT`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_HI_COMMENT` (
  `ID_` varchar(64) NOT NULL,
  `TYPE_` varchar(255) DEFAULT NULL,
  `TIME_` datetime(3) NOT NULL,
  `USER_ID_` varchar(255) DEFAULT NULL,
  `TASK_ID_` varchar(64) DEFAULT NULL,
  `PROC_INST_ID_` varchar(64) DEFAULT NULL,
  `ACTION_` varchar(255) DEFAULT NULL,
  `MESSAGE_` varchar(4000) DEFAULT NULL,
  `FULL_MSG_` longblob DEFAULT NULL,
  PRIMARY KEY (`ID_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_HI_COMMENT` WRITE;
/*!40000 ALTER TABLE `ACT_HI_COMMENT` DISABLE KEYS */;
INSERT INTO `ACT_HI_COMMENT` VALUES
('81cbf5c6-ee14-11f1-a1da-02fc00000001','event','2026-12-02 05:52:06.958',NULL,'818bdf80-ee14-11f1-a1da-02fc00000001',NULL,'AddUserLink','user:5_|_assignee',NULL),
('8230350b-ee14-11f1-a1da-02fc00000001','event','2026-12-02 05:52:07.615',NULL,'81ee9827-ee14-11f1-a1da-02fc00000001',NULL,'AddUserLink','user:5_|_assignee',NULL),
('8274b827-ee14-11f1-a1da-02fc00000001','event','2026-12-02 05:52:08.064',NULL,'82448062-ee14-11f1-a1da-02fc00000001',NULL,'AddUserLink','user:5_|_assignee',NULL),
('82bc96bf-ee14-11f1-a1da-02fc00000001','event','2026-12-02 05:52:08.535',NULL,'8286929b-ee14-11f1-a1da-02fc00000001',NULL,'AddUserLink','user:5_|_assignee',NULL),
('8317d629-ee14-11f1-a1da-02fc00000001','event','2026-12-02 05:52:09.133',NULL,'82e5c9a6-ee14-11f1-a1da-02fc00000001',NULL,'AddUserLink','user:5_|_assignee',NULL),
('83bc059f-ee14-11f1-a1da-02fc00000001','event','2026-12-02 05:52:10.209',NULL,'838b7fb9-ee14-11f1-a1da-02fc00000001',NULL,'AddUserLink','user:5_|_assignee',NULL),
('83fc9142-ee14-11f1-a1da-02fc00000001','event','2026-12-02 05:52:10.632',NULL,'83cbbd3e-ee14-11f1-a1da-02fc00000001',NULL,'AddUserLink','user:5_|_assignee',NULL),
('843de00e-ee14-11f1-a1da-02fc00000001','event','2026-12-02 05:52:11.060',NULL,'840c96db-ee14-11f1-a1da-02fc00000001',NULL,'AddUserLink','user:5_|_assignee',NULL),
('847d330c-ee14-11f1-a1da-02fc00000001','event','2026-12-02 05:52:11.475',NULL,'844de5a9-ee14-11f1-a1da-02fc00000001',NULL,'AddUserLink','user:5_|_assignee',NULL),
('84bf1d36-ee14-11f1-a1da-02fc00000001','event','2026-12-02 05:52:11.907',NULL,'848ebe62-ee14-11f1-a1da-02fc00000001',NULL,'AddUserLink','user:6_|_assignee',NULL),
('84fac6b3-ee14-11f1-a1da-02fc00000001','event','2026-12-02 05:52:12.298',NULL,'84cd7520-ee14-11f1-a1da-02fc00000001',NULL,'AddUserLink','user:5_|_assignee',NULL),
('853bc75d-ee14-11f1-a1da-02fc00000001','event','2026-12-02 05:52:12.724',NULL,'850eeafa-ee14-11f1-a1da-02fc00000001',NULL,'AddUserLink','user:5_|_assignee',NULL),
('86007718-ee14-11f1-a1da-02fc00000001','event','2026-12-02 05:52:14.013',NULL,'85d4fa44-ee14-11f1-a1da-02fc00000001',NULL,'AddUserLink','user:2_|_assignee',NULL);
/*!40000 ALTER TABLE `ACT_HI_COMMENT` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ACT_HI_DETAIL`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_HI_DETAIL` (
  `ID_` varchar(64) NOT NULL,
  `TYPE_` varchar(255) NOT NULL,
  `PROC_INST_ID_` varchar(64) DEFAULT NULL,
  `EXECUTION_ID_` varchar(64) DEFAULT NULL,
  `TASK_ID_` varchar(64) DEFAULT NULL,
  `ACT_INST_ID_` varchar(64) DEFAULT NULL,
  `NAME_` varchar(255) NOT NULL,
  `VAR_TYPE_` varchar(255) DEFAULT NULL,
  `REV_` int(11) DEFAULT NULL,
  `TIME_` datetime(3) NOT NULL,
  `BYTEARRAY_ID_` varchar(64) DEFAULT NULL,
  `DOUBLE_` double DEFAULT NULL,
  `LONG_` bigint(20) DEFAULT NULL,
  `TEXT_` varchar(4000) DEFAULT NULL,
  `TEXT2_` varchar(4000) DEFAULT NULL,
  PRIMARY KEY (`ID_`),
  KEY `ACT_IDX_HI_DETAIL_PROC_INST` (`PROC_INST_ID_`),
  KEY `ACT_IDX_HI_DETAIL_ACT_INST` (`ACT_INST_ID_`),
  KEY `ACT_IDX_HI_DETAIL_TIME` (`TIME_`),
  KEY `ACT_IDX_HI_DETAIL_NAME` (`NAME_`),
  KEY `ACT_IDX_HI_DETAIL_TASK_ID` (`TASK_ID_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_HI_DETAIL` WRITE;
/*!40000 ALTER TABLE `ACT_HI_DETAIL` DISABLE KEYS */;
INSERT INTO `ACT_HI_DETAIL` VALUES
('81e4ade7-ee14-11f1-a1da-02fc00000001','FormProperty','8186af46-ee14-11f1-a1da-02fc00000001','818835fa-ee14-11f1-a1da-02fc00000001','818bdf80-ee14-11f1-a1da-02fc00000001','818835fd-ee14-11f1-a1da-02fc00000001','severity',NULL,NULL,'2026-12-02 05:52:07.119',NULL,NULL,NULL,'MEDIUM',NULL),
('81e4ade8-ee14-11f1-a1da-02fc00000001','FormProperty','8186af46-ee14-11f1-a1da-02fc00000001','818835fa-ee14-11f1-a1da-02fc00000001','818bdf80-ee14-11f1-a1da-02fc00000001','818835fd-ee14-11f1-a1da-02fc00000001','perpetrator',NULL,NULL,'2026-12-02 05:52:07.119',NULL,NULL,NULL,'OTHER',NULL),
('81e4ade9-ee14-11f1-a1da-02fc00000001','FormProperty','8186af46-ee14-11f1-a1da-02fc00000001','818835fa-ee14-11f1-a1da-02fc00000001','818bdf80-ee14-11f1-a1da-02fc00000001','818835fd-ee14-11f1-a1da-02fc00000001','posterKnown',NULL,NULL,'2026-12-02 05:52:07.119',NULL,NULL,NULL,'true',NULL),
('81e4adea-ee14-11f1-a1da-02fc00000001','FormProperty','8186af46-ee14-11f1-a1da-02fc00000001','818835fa-ee14-11f1-a1da-02fc00000001','818bdf80-ee14-11f1-a1da-02fc00000001','818835fd-ee14-11f1-a1da-02fc00000001','maliciousClaimByPupil',NULL,NULL,'2026-12-02 05:52:07.119',NULL,NULL,NULL,'false',NULL),
('81e4adeb-ee14-11f1-a1da-02fc00000001','FormProperty','8186af46-ee14-11f1-a1da-02fc00000001','818835fa-ee14-11f1-a1da-02fc00000001','818bdf80-ee14-11f1-a1da-02fc00000001','818835fd-ee14-11f1-a1da-02fc00000001','mayBeCriminal',NULL,NULL,'2026-12-02 05:52:07.119',NULL,NULL,NULL,'false',NULL),
('81e4adec-ee14-11f1-a1da-02fc00000001','FormProperty','8186af46-ee14-11f1-a1da-02fc00000001','818835fa-ee14-11f1-a1da-02fc00000001','818bdf80-ee14-11f1-a1da-02fc00000001','818835fd-ee14-11f1-a1da-02fc00000001','removalNeeded',NULL,NULL,'2026-12-02 05:52:07.119',NULL,NULL,NULL,'true',NULL),
('8242d2ac-ee14-11f1-a1da-02fc00000001','FormProperty','81ee23de-ee14-11f1-a1da-02fc00000001','81ee9823-ee14-11f1-a1da-02fc00000001','81ee9827-ee14-11f1-a1da-02fc00000001','81ee9826-ee14-11f1-a1da-02fc00000001','removalRequestedOn',NULL,NULL,'2026-12-02 05:52:07.736',NULL,NULL,NULL,'2026-11-24',NULL),
('82829ad8-ee14-11f1-a1da-02fc00000001','FormProperty','81ee23de-ee14-11f1-a1da-02fc00000001','81ee9823-ee14-11f1-a1da-02fc00000001','82448062-ee14-11f1-a1da-02fc00000001','8243e41f-ee14-11f1-a1da-02fc00000001','removalOutcome',NULL,NULL,'2026-12-02 05:52:08.155',NULL,NULL,NULL,'REFUSED',NULL),
('82d32c00-ee14-11f1-a1da-02fc00000001','FormProperty','82866b71-ee14-11f1-a1da-02fc00000001','82866b87-ee14-11f1-a1da-02fc00000001','8286929b-ee14-11f1-a1da-02fc00000001','82866b8a-ee14-11f1-a1da-02fc00000001','materialUrl',NULL,NULL,'2026-12-02 05:52:08.682',NULL,NULL,NULL,'https://social.example/post/123',NULL),
('82d32c01-ee14-11f1-a1da-02fc00000001','FormProperty','82866b71-ee14-11f1-a1da-02fc00000001','82866b87-ee14-11f1-a1da-02fc00000001','8286929b-ee14-11f1-a1da-02fc00000001','82866b8a-ee14-11f1-a1da-02fc00000001','capturedOn',NULL,NULL,'2026-12-02 05:52:08.682',NULL,NULL,NULL,'2026-11-27',NULL),
('832877fa-ee14-11f1-a1da-02fc00000001','FormProperty','82866b71-ee14-11f1-a1da-02fc00000001','82866b87-ee14-11f1-a1da-02fc00000001','82e5c9a6-ee14-11f1-a1da-02fc00000001','82e5a295-ee14-11f1-a1da-02fc00000001','provider',NULL,NULL,'2026-12-02 05:52:09.242',NULL,NULL,NULL,'Facebook',NULL),
('832877fb-ee14-11f1-a1da-02fc00000001','FormProperty','82866b71-ee14-11f1-a1da-02fc00000001','82866b87-ee14-11f1-a1da-02fc00000001','82e5c9a6-ee14-11f1-a1da-02fc00000001','82e5a295-ee14-11f1-a1da-02fc00000001','providerReference',NULL,NULL,'2026-12-02 05:52:09.242',NULL,NULL,NULL,'FB-778812',NULL),
('832877fc-ee14-11f1-a1da-02fc00000001','FormProperty','82866b71-ee14-11f1-a1da-02fc00000001','82866b87-ee14-11f1-a1da-02fc00000001','82e5c9a6-ee14-11f1-a1da-02fc00000001','82e5a295-ee14-11f1-a1da-02fc00000001','materialIllegal',NULL,NULL,'2026-12-02 05:52:09.242',NULL,NULL,NULL,'false',NULL),
('832877fd-ee14-11f1-a1da-02fc00000001','FormProperty','82866b71-ee14-11f1-a1da-02fc00000001','82866b87-ee14-11f1-a1da-02fc00000001','82e5c9a6-ee14-11f1-a1da-02fc00000001','82e5a295-ee14-11f1-a1da-02fc00000001','termBroken',NULL,NULL,'2026-12-02 05:52:09.242',NULL,NULL,NULL,'Bullying and harassment',NULL),
('83ca0f60-ee14-11f1-a1da-02fc00000001','FormProperty','838abc4f-ee14-11f1-a1da-02fc00000001','838ae373-ee14-11f1-a1da-02fc00000001','838b7fb9-ee14-11f1-a1da-02fc00000001','838ae376-ee14-11f1-a1da-02fc00000001','severity',NULL,NULL,'2026-12-02 05:52:10.300',NULL,NULL,NULL,'HIGH',NULL),
('83ca0f61-ee14-11f1-a1da-02fc00000001','FormProperty','838abc4f-ee14-11f1-a1da-02fc00000001','838ae373-ee14-11f1-a1da-02fc00000001','838b7fb9-ee14-11f1-a1da-02fc00000001','838ae376-ee14-11f1-a1da-02fc00000001','perpetrator',NULL,NULL,'2026-12-02 05:52:10.300',NULL,NULL,NULL,'COLLEAGUE',NULL),
('83ca0f62-ee14-11f1-a1da-02fc00000001','FormProperty','838abc4f-ee14-11f1-a1da-02fc00000001','838ae373-ee14-11f1-a1da-02fc00000001','838b7fb9-ee14-11f1-a1da-02fc00000001','838ae376-ee14-11f1-a1da-02fc00000001','posterKnown',NULL,NULL,'2026-12-02 05:52:10.300',NULL,NULL,NULL,'false',NULL),
('83ca0f63-ee14-11f1-a1da-02fc00000001','FormProperty','838abc4f-ee14-11f1-a1da-02fc00000001','838ae373-ee14-11f1-a1da-02fc00000001','838b7fb9-ee14-11f1-a1da-02fc00000001','838ae376-ee14-11f1-a1da-02fc00000001','maliciousClaimByPupil',NULL,NULL,'2026-12-02 05:52:10.300',NULL,NULL,NULL,'false',NULL),
('83ca0f64-ee14-11f1-a1da-02fc00000001','FormProperty','838abc4f-ee14-11f1-a1da-02fc00000001','838ae373-ee14-11f1-a1da-02fc00000001','838b7fb9-ee14-11f1-a1da-02fc00000001','838ae376-ee14-11f1-a1da-02fc00000001','mayBeCriminal',NULL,NULL,'2026-12-02 05:52:10.300',NULL,NULL,NULL,'true',NULL),
('83ca0f65-ee14-11f1-a1da-02fc00000001','FormProperty','838abc4f-ee14-11f1-a1da-02fc00000001','838ae373-ee14-11f1-a1da-02fc00000001','838b7fb9-ee14-11f1-a1da-02fc00000001','838ae376-ee14-11f1-a1da-02fc00000001','removalNeeded',NULL,NULL,'2026-12-02 05:52:10.300',NULL,NULL,NULL,'false',NULL),
('840b5e53-ee14-11f1-a1da-02fc00000001','FormProperty','83cb9615-ee14-11f1-a1da-02fc00000001','83cbbd3a-ee14-11f1-a1da-02fc00000001','83cbbd3e-ee14-11f1-a1da-02fc00000001','83cbbd3d-ee14-11f1-a1da-02fc00000001','policeInvolved',NULL,NULL,'2026-12-02 05:52:10.729',NULL,NULL,NULL,'true',NULL),
('840b5e54-ee14-11f1-a1da-02fc00000001','FormProperty','83cb9615-ee14-11f1-a1da-02fc00000001','83cbbd3a-ee14-11f1-a1da-02fc00000001','83cbbd3e-ee14-11f1-a1da-02fc00000001','83cbbd3d-ee14-11f1-a1da-02fc00000001','staffMemberConsulted',NULL,NULL,'2026-12-02 05:52:10.729',NULL,NULL,NULL,'true',NULL),
('844d224f-ee14-11f1-a1da-02fc00000001','FormProperty','83cb9615-ee14-11f1-a1da-02fc00000001','83cbbd3a-ee14-11f1-a1da-02fc00000001','840c96db-ee14-11f1-a1da-02fc00000001','840c96da-ee14-11f1-a1da-02fc00000001','policeRoute',NULL,NULL,'2026-12-02 05:52:11.159',NULL,NULL,NULL,'NON_EMERGENCY_101',NULL),
('844d2250-ee14-11f1-a1da-02fc00000001','FormProperty','83cb9615-ee14-11f1-a1da-02fc00000001','83cbbd3a-ee14-11f1-a1da-02fc00000001','840c96db-ee14-11f1-a1da-02fc00000001','840c96da-ee14-11f1-a1da-02fc00000001','policeOfficer',NULL,NULL,'2026-12-02 05:52:11.159',NULL,NULL,NULL,'PC Jones',NULL),
('844d2251-ee14-11f1-a1da-02fc00000001','FormProperty','83cb9615-ee14-11f1-a1da-02fc00000001','83cbbd3a-ee14-11f1-a1da-02fc00000001','840c96db-ee14-11f1-a1da-02fc00000001','840c96da-ee14-11f1-a1da-02fc00000001','crimeReference',NULL,NULL,'2026-12-02 05:52:11.159',NULL,NULL,NULL,'CR-2026-4471',NULL),
('844d2252-ee14-11f1-a1da-02fc00000001','FormProperty','83cb9615-ee14-11f1-a1da-02fc00000001','83cbbd3a-ee14-11f1-a1da-02fc00000001','840c96db-ee14-11f1-a1da-02fc00000001','840c96da-ee14-11f1-a1da-02fc00000001','referredOn',NULL,NULL,'2026-12-02 05:52:11.159',NULL,NULL,NULL,'2026-11-26',NULL),
('848a797d-ee14-11f1-a1da-02fc00000001','FormProperty','83cb9615-ee14-11f1-a1da-02fc00000001','83cbbd3a-ee14-11f1-a1da-02fc00000001','844de5a9-ee14-11f1-a1da-02fc00000001','844de5a8-ee14-11f1-a1da-02fc00000001','policeClearedOn',NULL,NULL,'2026-12-02 05:52:11.561',NULL,NULL,NULL,'2026-11-30',NULL),
('84cbee77-ee14-11f1-a1da-02fc00000001','FormProperty','848d86c6-ee14-11f1-a1da-02fc00000001','848dd4fc-ee14-11f1-a1da-02fc00000001','848ebe62-ee14-11f1-a1da-02fc00000001','848e9751-ee14-11f1-a1da-02fc00000001','disciplinaryOutcome',NULL,NULL,'2026-12-02 05:52:11.990',NULL,NULL,NULL,'Final written warning',NULL),
('850e75c4-ee14-11f1-a1da-02fc00000001','FormProperty','838abc4f-ee14-11f1-a1da-02fc00000001','83cb20de-ee14-11f1-a1da-02fc00000001','84cd7520-ee14-11f1-a1da-02fc00000001','84cd751f-ee14-11f1-a1da-02fc00000001','supportOfferedOn',NULL,NULL,'2026-12-02 05:52:12.426',NULL,NULL,NULL,'2026-12-01',NULL),
('850e75c5-ee14-11f1-a1da-02fc00000001','FormProperty','838abc4f-ee14-11f1-a1da-02fc00000001','83cb20de-ee14-11f1-a1da-02fc00000001','84cd7520-ee14-11f1-a1da-02fc00000001','84cd751f-ee14-11f1-a1da-02fc00000001','supportOffered',NULL,NULL,'2026-12-02 05:52:12.426',NULL,NULL,NULL,'Counselling via the employee assistance programme',NULL),
('854ae28e-ee14-11f1-a1da-02fc00000001','FormProperty','838abc4f-ee14-11f1-a1da-02fc00000001','83cb20de-ee14-11f1-a1da-02fc00000001','850eeafa-ee14-11f1-a1da-02fc00000001','850eeaf9-ee14-11f1-a1da-02fc00000001','caseOutcome',NULL,NULL,'2026-12-02 05:52:12.822',NULL,NULL,NULL,'Posts removed, colleague disciplined',NULL),
('857e2795-ee14-11f1-a1da-02fc00000001','FormProperty','838abc4f-ee14-11f1-a1da-02fc00000001','83cb20de-ee14-11f1-a1da-02fc00000001','854b57c2-ee14-11f1-a1da-02fc00000001','854b57c1-ee14-11f1-a1da-02fc00000001','satisfied',NULL,NULL,'2026-12-02 05:52:13.158',NULL,NULL,NULL,'false',NULL),
('860de499-ee14-11f1-a1da-02fc00000001','FormProperty','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001','85d4fa44-ee14-11f1-a1da-02fc00000001','85d45e03-ee14-11f1-a1da-02fc00000001','childrenInvolved',NULL,NULL,'2026-12-02 05:52:14.101',NULL,NULL,NULL,'2',NULL),
('860de49a-ee14-11f1-a1da-02fc00000001','FormProperty','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001','85d4fa44-ee14-11f1-a1da-02fc00000001','85d45e03-ee14-11f1-a1da-02fc00000001','childVulnerable',NULL,NULL,'2026-12-02 05:52:14.101',NULL,NULL,NULL,'true',NULL),
('860de49b-ee14-11f1-a1da-02fc00000001','FormProperty','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001','85d4fa44-ee14-11f1-a1da-02fc00000001','85d45e03-ee14-11f1-a1da-02fc00000001','deviceSearched',NULL,NULL,'2026-12-02 05:52:14.101',NULL,NULL,NULL,'false',NULL),
('860de49c-ee14-11f1-a1da-02fc00000001','FormProperty','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001','85d4fa44-ee14-11f1-a1da-02fc00000001','85d45e03-ee14-11f1-a1da-02fc00000001','sharedWithoutConsent',NULL,NULL,'2026-12-02 05:52:14.101',NULL,NULL,NULL,'false',NULL),
('860de49d-ee14-11f1-a1da-02fc00000001','FormProperty','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001','85d4fa44-ee14-11f1-a1da-02fc00000001','85d45e03-ee14-11f1-a1da-02fc00000001','unusualOrViolentContent',NULL,NULL,'2026-12-02 05:52:14.101',NULL,NULL,NULL,'false',NULL),
('860de49e-ee14-11f1-a1da-02fc00000001','FormProperty','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001','85d4fa44-ee14-11f1-a1da-02fc00000001','85d45e03-ee14-11f1-a1da-02fc00000001','immediateRiskOfHarm',NULL,NULL,'2026-12-02 05:52:14.101',NULL,NULL,NULL,'false',NULL),
('860de49f-ee14-11f1-a1da-02fc00000001','FormProperty','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001','85d4fa44-ee14-11f1-a1da-02fc00000001','85d45e03-ee14-11f1-a1da-02fc00000001','howWidelyShared',NULL,NULL,'2026-12-02 05:52:14.101',NULL,NULL,NULL,'Sent to two classmates on Snapchat',NULL),
('860de4a0-ee14-11f1-a1da-02fc00000001','FormProperty','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001','85d4fa44-ee14-11f1-a1da-02fc00000001','85d45e03-ee14-11f1-a1da-02fc00000001','adultInvolved',NULL,NULL,'2026-12-02 05:52:14.101',NULL,NULL,NULL,'false',NULL),
('860de4a1-ee14-11f1-a1da-02fc00000001','FormProperty','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001','85d4fa44-ee14-11f1-a1da-02fc00000001','85d45e03-ee14-11f1-a1da-02fc00000001','coercionOrExploitation',NULL,NULL,'2026-12-02 05:52:14.101',NULL,NULL,NULL,'false',NULL),
('860de4a2-ee14-11f1-a1da-02fc00000001','FormProperty','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001','85d4fa44-ee14-11f1-a1da-02fc00000001','85d45e03-ee14-11f1-a1da-02fc00000001','sexualActsUnder13',NULL,NULL,'2026-12-02 05:52:14.101',NULL,NULL,NULL,'false',NULL),
('860de4a3-ee14-11f1-a1da-02fc00000001','FormProperty','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001','85d4fa44-ee14-11f1-a1da-02fc00000001','85d45e03-ee14-11f1-a1da-02fc00000001','youngestAge',NULL,NULL,'2026-12-02 05:52:14.101',NULL,NULL,NULL,'13',NULL);
/*!40000 ALTER TABLE `ACT_HI_DETAIL` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ACT_HI_ENTITYLINK`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_HI_ENTITYLINK` (
  `ID_` varchar(64) NOT NULL,
  `LINK_TYPE_` varchar(255) DEFAULT NULL,
  `CREATE_TIME_` datetime(3) DEFAULT NULL,
  `SCOPE_ID_` varchar(255) DEFAULT NULL,
  `SUB_SCOPE_ID_` varchar(255) DEFAULT NULL,
  `SCOPE_TYPE_` varchar(255) DEFAULT NULL,
  `SCOPE_DEFINITION_ID_` varchar(255) DEFAULT NULL,
  `PARENT_ELEMENT_ID_` varchar(255) DEFAULT NULL,
  `REF_SCOPE_ID_` varchar(255) DEFAULT NULL,
  `REF_SCOPE_TYPE_` varchar(255) DEFAULT NULL,
  `REF_SCOPE_DEFINITION_ID_` varchar(255) DEFAULT NULL,
  `ROOT_SCOPE_ID_` varchar(255) DEFAULT NULL,
  `ROOT_SCOPE_TYPE_` varchar(255) DEFAULT NULL,
  `HIERARCHY_TYPE_` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`ID_`),
  KEY `ACT_IDX_HI_ENT_LNK_SCOPE` (`SCOPE_ID_`,`SCOPE_TYPE_`,`LINK_TYPE_`),
  KEY `ACT_IDX_HI_ENT_LNK_REF_SCOPE` (`REF_SCOPE_ID_`,`REF_SCOPE_TYPE_`,`LINK_TYPE_`),
  KEY `ACT_IDX_HI_ENT_LNK_ROOT_SCOPE` (`ROOT_SCOPE_ID_`,`ROOT_SCOPE_TYPE_`,`LINK_TYPE_`),
  KEY `ACT_IDX_HI_ENT_LNK_SCOPE_DEF` (`SCOPE_DEFINITION_ID_`,`SCOPE_TYPE_`,`LINK_TYPE_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_HI_ENTITYLINK` WRITE;
/*!40000 ALTER TABLE `ACT_HI_ENTITYLINK` DISABLE KEYS */;
/*!40000 ALTER TABLE `ACT_HI_ENTITYLINK` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ACT_HI_IDENTITYLINK`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_HI_IDENTITYLINK` (
  `ID_` varchar(64) NOT NULL,
  `GROUP_ID_` varchar(255) DEFAULT NULL,
  `TYPE_` varchar(255) DEFAULT NULL,
  `USER_ID_` varchar(255) DEFAULT NULL,
  `TASK_ID_` varchar(64) DEFAULT NULL,
  `CREATE_TIME_` datetime(3) DEFAULT NULL,
  `PROC_INST_ID_` varchar(64) DEFAULT NULL,
  `SCOPE_ID_` varchar(255) DEFAULT NULL,
  `SUB_SCOPE_ID_` varchar(255) DEFAULT NULL,
  `SCOPE_TYPE_` varchar(255) DEFAULT NULL,
  `SCOPE_DEFINITION_ID_` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`ID_`),
  KEY `ACT_IDX_HI_IDENT_LNK_USER` (`USER_ID_`),
  KEY `ACT_IDX_HI_IDENT_LNK_SCOPE` (`SCOPE_ID_`,`SCOPE_TYPE_`),
  KEY `ACT_IDX_HI_IDENT_LNK_SUB_SCOPE` (`SUB_SCOPE_ID_`,`SCOPE_TYPE_`),
  KEY `ACT_IDX_HI_IDENT_LNK_SCOPE_DEF` (`SCOPE_DEFINITION_ID_`,`SCOPE_TYPE_`),
  KEY `ACT_IDX_HI_IDENT_LNK_TASK` (`TASK_ID_`),
  KEY `ACT_IDX_HI_IDENT_LNK_PROCINST` (`PROC_INST_ID_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_HI_IDENTITYLINK` WRITE;
/*!40000 ALTER TABLE `ACT_HI_IDENTITYLINK` DISABLE KEYS */;
INSERT INTO `ACT_HI_IDENTITYLINK` VALUES
('818c0691-ee14-11f1-a1da-02fc00000001','school:1:online-safety-lead','candidate',NULL,'818bdf80-ee14-11f1-a1da-02fc00000001','2026-12-02 05:52:06.540',NULL,NULL,NULL,NULL,NULL),
('81cbceb4-ee14-11f1-a1da-02fc00000001',NULL,'assignee','user:5','818bdf80-ee14-11f1-a1da-02fc00000001','2026-12-02 05:52:06.957',NULL,NULL,NULL,NULL,NULL),
('81cbf5c5-ee14-11f1-a1da-02fc00000001',NULL,'participant','user:5',NULL,'2026-12-02 05:52:06.958','8186af46-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL),
('81eebf38-ee14-11f1-a1da-02fc00000001','school:1:online-safety-lead','candidate',NULL,'81ee9827-ee14-11f1-a1da-02fc00000001','2026-12-02 05:52:07.186',NULL,NULL,NULL,NULL,NULL),
('822f71b9-ee14-11f1-a1da-02fc00000001',NULL,'assignee','user:5','81ee9827-ee14-11f1-a1da-02fc00000001','2026-12-02 05:52:07.610',NULL,NULL,NULL,NULL,NULL),
('8230350a-ee14-11f1-a1da-02fc00000001',NULL,'participant','user:5',NULL,'2026-12-02 05:52:07.615','81ee23de-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL),
('82448063-ee14-11f1-a1da-02fc00000001','school:1:online-safety-lead','candidate',NULL,'82448062-ee14-11f1-a1da-02fc00000001','2026-12-02 05:52:07.748',NULL,NULL,NULL,NULL,NULL),
('82749116-ee14-11f1-a1da-02fc00000001',NULL,'assignee','user:5','82448062-ee14-11f1-a1da-02fc00000001','2026-12-02 05:52:08.063',NULL,NULL,NULL,NULL,NULL),
('8286929c-ee14-11f1-a1da-02fc00000001','school:1:online-safety-lead','candidate',NULL,'8286929b-ee14-11f1-a1da-02fc00000001','2026-12-02 05:52:08.181',NULL,NULL,NULL,NULL,NULL),
('82bbd36d-ee14-11f1-a1da-02fc00000001',NULL,'assignee','user:5','8286929b-ee14-11f1-a1da-02fc00000001','2026-12-02 05:52:08.530',NULL,NULL,NULL,NULL,NULL),
('82bc96be-ee14-11f1-a1da-02fc00000001',NULL,'participant','user:5',NULL,'2026-12-02 05:52:08.535','82866b71-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL),
('82e5c9a7-ee14-11f1-a1da-02fc00000001','school:1:online-safety-lead','candidate',NULL,'82e5c9a6-ee14-11f1-a1da-02fc00000001','2026-12-02 05:52:08.805',NULL,NULL,NULL,NULL,NULL),
('8317d628-ee14-11f1-a1da-02fc00000001',NULL,'assignee','user:5','82e5c9a6-ee14-11f1-a1da-02fc00000001','2026-12-02 05:52:09.133',NULL,NULL,NULL,NULL,NULL),
('832a73dc-ee14-11f1-a1da-02fc00000001','school:1:online-safety-lead','candidate',NULL,'832a73db-ee14-11f1-a1da-02fc00000001','2026-12-02 05:52:09.255',NULL,NULL,NULL,NULL,NULL),
('838b7fba-ee14-11f1-a1da-02fc00000001','school:1:online-safety-lead','candidate',NULL,'838b7fb9-ee14-11f1-a1da-02fc00000001','2026-12-02 05:52:09.891',NULL,NULL,NULL,NULL,NULL),
('83bbde8d-ee14-11f1-a1da-02fc00000001',NULL,'assignee','user:5','838b7fb9-ee14-11f1-a1da-02fc00000001','2026-12-02 05:52:10.208',NULL,NULL,NULL,NULL,NULL),
('83bc059e-ee14-11f1-a1da-02fc00000001',NULL,'participant','user:5',NULL,'2026-12-02 05:52:10.209','838abc4f-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL),
('83cbbd3f-ee14-11f1-a1da-02fc00000001','school:1:online-safety-lead','candidate',NULL,'83cbbd3e-ee14-11f1-a1da-02fc00000001','2026-12-02 05:52:10.312',NULL,NULL,NULL,NULL,NULL),
('83fc9140-ee14-11f1-a1da-02fc00000001',NULL,'assignee','user:5','83cbbd3e-ee14-11f1-a1da-02fc00000001','2026-12-02 05:52:10.632',NULL,NULL,NULL,NULL,NULL),
('83fc9141-ee14-11f1-a1da-02fc00000001',NULL,'participant','user:5',NULL,'2026-12-02 05:52:10.632','83cb9615-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL),
('840c96dc-ee14-11f1-a1da-02fc00000001','school:1:online-safety-lead','candidate',NULL,'840c96db-ee14-11f1-a1da-02fc00000001','2026-12-02 05:52:10.737',NULL,NULL,NULL,NULL,NULL),
('843db8fd-ee14-11f1-a1da-02fc00000001',NULL,'assignee','user:5','840c96db-ee14-11f1-a1da-02fc00000001','2026-12-02 05:52:11.059',NULL,NULL,NULL,NULL,NULL),
('844e0cba-ee14-11f1-a1da-02fc00000001','school:1:online-safety-lead','candidate',NULL,'844de5a9-ee14-11f1-a1da-02fc00000001','2026-12-02 05:52:11.166',NULL,NULL,NULL,NULL,NULL),
('847d0bfb-ee14-11f1-a1da-02fc00000001',NULL,'assignee','user:5','844de5a9-ee14-11f1-a1da-02fc00000001','2026-12-02 05:52:11.474',NULL,NULL,NULL,NULL,NULL),
('848ebe63-ee14-11f1-a1da-02fc00000001','la:1:hr','candidate',NULL,'848ebe62-ee14-11f1-a1da-02fc00000001','2026-12-02 05:52:11.590',NULL,NULL,NULL,NULL,NULL),
('84bef624-ee14-11f1-a1da-02fc00000001',NULL,'assignee','user:6','848ebe62-ee14-11f1-a1da-02fc00000001','2026-12-02 05:52:11.906',NULL,NULL,NULL,NULL,NULL),
('84bf1d35-ee14-11f1-a1da-02fc00000001',NULL,'participant','user:6',NULL,'2026-12-02 05:52:11.907','848d86c6-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL),
('84cd7521-ee14-11f1-a1da-02fc00000001','school:1:online-safety-lead','candidate',NULL,'84cd7520-ee14-11f1-a1da-02fc00000001','2026-12-02 05:52:12.001',NULL,NULL,NULL,NULL,NULL),
('84fa9fa2-ee14-11f1-a1da-02fc00000001',NULL,'assignee','user:5','84cd7520-ee14-11f1-a1da-02fc00000001','2026-12-02 05:52:12.297',NULL,NULL,NULL,NULL,NULL),
('850eeafb-ee14-11f1-a1da-02fc00000001','school:1:online-safety-lead','candidate',NULL,'850eeafa-ee14-11f1-a1da-02fc00000001','2026-12-02 05:52:12.430',NULL,NULL,NULL,NULL,NULL),
('853b793c-ee14-11f1-a1da-02fc00000001',NULL,'assignee','user:5','850eeafa-ee14-11f1-a1da-02fc00000001','2026-12-02 05:52:12.722',NULL,NULL,NULL,NULL,NULL),
('854b7ed3-ee14-11f1-a1da-02fc00000001',NULL,'assignee','user:8','854b57c2-ee14-11f1-a1da-02fc00000001','2026-12-02 05:52:12.827',NULL,NULL,NULL,NULL,NULL),
('854b7ed4-ee14-11f1-a1da-02fc00000001',NULL,'participant','user:8',NULL,'2026-12-02 05:52:12.827','838abc4f-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL),
('85d52155-ee14-11f1-a1da-02fc00000001','school:1:dsl','candidate',NULL,'85d4fa44-ee14-11f1-a1da-02fc00000001','2026-12-02 05:52:13.729',NULL,NULL,NULL,NULL,NULL),
('86005006-ee14-11f1-a1da-02fc00000001',NULL,'assignee','user:2','85d4fa44-ee14-11f1-a1da-02fc00000001','2026-12-02 05:52:14.012',NULL,NULL,NULL,NULL,NULL),
('86007717-ee14-11f1-a1da-02fc00000001',NULL,'participant','user:2',NULL,'2026-12-02 05:52:14.013','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL),
('8615ad16-ee14-11f1-a1da-02fc00000001','school:1:dsl','candidate',NULL,'8615ad15-ee14-11f1-a1da-02fc00000001','2026-12-02 05:52:14.152',NULL,NULL,NULL,NULL,NULL),
('86164959-ee14-11f1-a1da-02fc00000001','school:1:dsl','candidate',NULL,'86164958-ee14-11f1-a1da-02fc00000001','2026-12-02 05:52:14.156',NULL,NULL,NULL,NULL,NULL);
/*!40000 ALTER TABLE `ACT_HI_IDENTITYLINK` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ACT_HI_PROCINST`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_HI_PROCINST` (
  `ID_` varchar(64) NOT NULL,
  `REV_` int(11) DEFAULT 1,
  `PROC_INST_ID_` varchar(64) NOT NULL,
  `BUSINESS_KEY_` varchar(255) DEFAULT NULL,
  `PROC_DEF_ID_` varchar(64) NOT NULL,
  `START_TIME_` datetime(3) NOT NULL,
  `END_TIME_` datetime(3) DEFAULT NULL,
  `DURATION_` bigint(20) DEFAULT NULL,
  `START_USER_ID_` varchar(255) DEFAULT NULL,
  `START_ACT_ID_` varchar(255) DEFAULT NULL,
  `END_ACT_ID_` varchar(255) DEFAULT NULL,
  `SUPER_PROCESS_INSTANCE_ID_` varchar(64) DEFAULT NULL,
  `DELETE_REASON_` varchar(4000) DEFAULT NULL,
  `TENANT_ID_` varchar(255) DEFAULT '',
  `NAME_` varchar(255) DEFAULT NULL,
  `CALLBACK_ID_` varchar(255) DEFAULT NULL,
  `CALLBACK_TYPE_` varchar(255) DEFAULT NULL,
  `REFERENCE_ID_` varchar(255) DEFAULT NULL,
  `REFERENCE_TYPE_` varchar(255) DEFAULT NULL,
  `PROPAGATED_STAGE_INST_ID_` varchar(255) DEFAULT NULL,
  `BUSINESS_STATUS_` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`ID_`),
  UNIQUE KEY `PROC_INST_ID_` (`PROC_INST_ID_`),
  KEY `ACT_IDX_HI_PRO_INST_END` (`END_TIME_`),
  KEY `ACT_IDX_HI_PRO_I_BUSKEY` (`BUSINESS_KEY_`),
  KEY `ACT_IDX_HI_PRO_SUPER_PROCINST` (`SUPER_PROCESS_INSTANCE_ID_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_HI_PROCINST` WRITE;
/*!40000 ALTER TABLE `ACT_HI_PROCINST` DISABLE KEYS */;
INSERT INTO `ACT_HI_PROCINST` VALUES
('8186af46-ee14-11f1-a1da-02fc00000001',1,'8186af46-ee14-11f1-a1da-02fc00000001','SC-2026-000001','staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','2026-12-02 05:52:06.504',NULL,NULL,NULL,'incidentReported',NULL,NULL,NULL,'',NULL,NULL,NULL,NULL,NULL,NULL,NULL),
('81ee23de-ee14-11f1-a1da-02fc00000001',2,'81ee23de-ee14-11f1-a1da-02fc00000001','SC-2026-000001','removalRequest:1:7fadf79e-ee14-11f1-a1da-02fc00000001','2026-12-02 05:52:07.182','2026-12-02 05:52:08.176',994,NULL,'posterKnown','posterAnswered','8186af46-ee14-11f1-a1da-02fc00000001',NULL,'',NULL,NULL,NULL,NULL,NULL,NULL,NULL),
('82866b71-ee14-11f1-a1da-02fc00000001',1,'82866b71-ee14-11f1-a1da-02fc00000001','SC-2026-000001','providerTakedown:1:7fadf79f-ee14-11f1-a1da-02fc00000001','2026-12-02 05:52:08.180',NULL,NULL,NULL,'takedownNeeded',NULL,'8186af46-ee14-11f1-a1da-02fc00000001',NULL,'',NULL,NULL,NULL,NULL,NULL,NULL,NULL),
('838abc4f-ee14-11f1-a1da-02fc00000001',2,'838abc4f-ee14-11f1-a1da-02fc00000001','SC-2026-000002','staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','2026-12-02 05:52:09.886','2026-12-02 05:52:13.170',3284,NULL,'incidentReported','caseClosed',NULL,NULL,'',NULL,NULL,NULL,NULL,NULL,NULL,NULL),
('83cb9615-ee14-11f1-a1da-02fc00000001',2,'83cb9615-ee14-11f1-a1da-02fc00000001','SC-2026-000002','policeReferral:1:7fadf7a0-ee14-11f1-a1da-02fc00000001','2026-12-02 05:52:10.311','2026-12-02 05:52:11.577',1266,NULL,'policeConsiderationNeeded','policeCleared','838abc4f-ee14-11f1-a1da-02fc00000001',NULL,'',NULL,NULL,NULL,NULL,NULL,NULL,NULL),
('848d86c6-ee14-11f1-a1da-02fc00000001',2,'848d86c6-ee14-11f1-a1da-02fc00000001','SC-2026-000002','hrDisciplinaryHandOff:1:7fadf79d-ee14-11f1-a1da-02fc00000001','2026-12-02 05:52:11.582','2026-12-02 05:52:11.998',416,NULL,'colleagueResponsible','outcomeBackToSchool','838abc4f-ee14-11f1-a1da-02fc00000001',NULL,'',NULL,NULL,NULL,NULL,NULL,NULL,NULL),
('85d34c7b-ee14-11f1-a1da-02fc00000001',1,'85d34c7b-ee14-11f1-a1da-02fc00000001','SC-2026-000003','childProtectionIncident:1:7fadf7a2-ee14-11f1-a1da-02fc00000001','2026-12-02 05:52:13.717',NULL,NULL,NULL,'incidentReported',NULL,NULL,NULL,'',NULL,NULL,NULL,NULL,NULL,NULL,NULL),
('861537bd-ee14-11f1-a1da-02fc00000001',1,'861537bd-ee14-11f1-a1da-02fc00000001','SC-2026-000003','childProtectionReferral:1:7fadf79c-ee14-11f1-a1da-02fc00000001','2026-12-02 05:52:14.149',NULL,NULL,NULL,'referralNeeded',NULL,'85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,'',NULL,NULL,NULL,NULL,NULL,NULL,NULL);
/*!40000 ALTER TABLE `ACT_HI_PROCINST` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ACT_HI_TASKINST`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_HI_TASKINST` (
  `ID_` varchar(64) NOT NULL,
  `REV_` int(11) DEFAULT 1,
  `PROC_DEF_ID_` varchar(64) DEFAULT NULL,
  `TASK_DEF_ID_` varchar(64) DEFAULT NULL,
  `TASK_DEF_KEY_` varchar(255) DEFAULT NULL,
  `PROC_INST_ID_` varchar(64) DEFAULT NULL,
  `EXECUTION_ID_` varchar(64) DEFAULT NULL,
  `SCOPE_ID_` varchar(255) DEFAULT NULL,
  `SUB_SCOPE_ID_` varchar(255) DEFAULT NULL,
  `SCOPE_TYPE_` varchar(255) DEFAULT NULL,
  `SCOPE_DEFINITION_ID_` varchar(255) DEFAULT NULL,
  `PROPAGATED_STAGE_INST_ID_` varchar(255) DEFAULT NULL,
  `STATE_` varchar(255) DEFAULT NULL,
  `NAME_` varchar(255) DEFAULT NULL,
  `PARENT_TASK_ID_` varchar(64) DEFAULT NULL,
  `DESCRIPTION_` varchar(4000) DEFAULT NULL,
  `OWNER_` varchar(255) DEFAULT NULL,
  `ASSIGNEE_` varchar(255) DEFAULT NULL,
  `START_TIME_` datetime(3) NOT NULL,
  `IN_PROGRESS_TIME_` datetime(3) DEFAULT NULL,
  `IN_PROGRESS_STARTED_BY_` varchar(255) DEFAULT NULL,
  `CLAIM_TIME_` datetime(3) DEFAULT NULL,
  `CLAIMED_BY_` varchar(255) DEFAULT NULL,
  `SUSPENDED_TIME_` datetime(3) DEFAULT NULL,
  `SUSPENDED_BY_` varchar(255) DEFAULT NULL,
  `END_TIME_` datetime(3) DEFAULT NULL,
  `COMPLETED_BY_` varchar(255) DEFAULT NULL,
  `DURATION_` bigint(20) DEFAULT NULL,
  `DELETE_REASON_` varchar(4000) DEFAULT NULL,
  `PRIORITY_` int(11) DEFAULT NULL,
  `IN_PROGRESS_DUE_DATE_` datetime(3) DEFAULT NULL,
  `DUE_DATE_` datetime(3) DEFAULT NULL,
  `FORM_KEY_` varchar(255) DEFAULT NULL,
  `CATEGORY_` varchar(255) DEFAULT NULL,
  `TENANT_ID_` varchar(255) DEFAULT '',
  `LAST_UPDATED_TIME_` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`ID_`),
  KEY `ACT_IDX_HI_TASK_SCOPE` (`SCOPE_ID_`,`SCOPE_TYPE_`),
  KEY `ACT_IDX_HI_TASK_SUB_SCOPE` (`SUB_SCOPE_ID_`,`SCOPE_TYPE_`),
  KEY `ACT_IDX_HI_TASK_SCOPE_DEF` (`SCOPE_DEFINITION_ID_`,`SCOPE_TYPE_`),
  KEY `ACT_IDX_HI_TASK_INST_PROCINST` (`PROC_INST_ID_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_HI_TASKINST` WRITE;
/*!40000 ALTER TABLE `ACT_HI_TASKINST` DISABLE KEYS */;
INSERT INTO `ACT_HI_TASKINST` VALUES
('818bdf80-ee14-11f1-a1da-02fc00000001',3,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001',NULL,'triageByLead','8186af46-ee14-11f1-a1da-02fc00000001','818835fa-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,'completed','Lead triages report',NULL,'Read the report. Judge how serious it is, whether it may be criminal, who is responsible and whether there is material online to get removed.',NULL,'user:5','2026-12-02 05:52:06.516',NULL,NULL,'2026-12-02 05:52:06.954','user:5',NULL,NULL,'2026-12-02 05:52:07.128',NULL,612,NULL,50,NULL,'2026-12-02 16:30:00.000',NULL,NULL,'','2026-12-02 05:52:07.128'),
('81ee9827-ee14-11f1-a1da-02fc00000001',3,'removalRequest:1:7fadf79e-ee14-11f1-a1da-02fc00000001',NULL,'askPosterToRemove','81ee23de-ee14-11f1-a1da-02fc00000001','81ee9823-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,'completed','Lead asks the poster to remove the material',NULL,'Explain why the material is unacceptable and ask for it to be removed.',NULL,'user:5','2026-12-02 05:52:07.185',NULL,NULL,'2026-12-02 05:52:07.608','user:5',NULL,NULL,'2026-12-02 05:52:07.741',NULL,556,NULL,50,NULL,NULL,NULL,NULL,'','2026-12-02 05:52:07.741'),
('82448062-ee14-11f1-a1da-02fc00000001',3,'removalRequest:1:7fadf79e-ee14-11f1-a1da-02fc00000001',NULL,'recordPosterResponse','81ee23de-ee14-11f1-a1da-02fc00000001','81ee9823-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,'completed','Record the poster\'s response',NULL,NULL,NULL,'user:5','2026-12-02 05:52:07.745',NULL,NULL,'2026-12-02 05:52:08.061','user:5',NULL,NULL,'2026-12-02 05:52:08.158',NULL,413,NULL,50,NULL,'2026-12-08 16:30:00.000',NULL,NULL,'','2026-12-02 05:52:08.158'),
('8286929b-ee14-11f1-a1da-02fc00000001',3,'providerTakedown:1:7fadf79f-ee14-11f1-a1da-02fc00000001',NULL,'recordMaterialLocation','82866b71-ee14-11f1-a1da-02fc00000001','82866b87-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,'completed','Lead records where the material is',NULL,'Take a screen capture that includes the web address, and record the address and when you captured it.',NULL,'user:5','2026-12-02 05:52:08.180',NULL,NULL,'2026-12-02 05:52:08.526','user:5',NULL,NULL,'2026-12-02 05:52:08.801',NULL,621,NULL,50,NULL,NULL,NULL,NULL,'','2026-12-02 05:52:08.801'),
('82e5c9a6-ee14-11f1-a1da-02fc00000001',3,'providerTakedown:1:7fadf79f-ee14-11f1-a1da-02fc00000001',NULL,'reportToProvider','82866b71-ee14-11f1-a1da-02fc00000001','82866b87-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,'completed','Lead reports the material to the provider',NULL,'Use the provider\'s reporting route from the provider directory.',NULL,'user:5','2026-12-02 05:52:08.805',NULL,NULL,'2026-12-02 05:52:09.131','user:5',NULL,NULL,'2026-12-02 05:52:09.248',NULL,443,NULL,50,NULL,NULL,NULL,NULL,'','2026-12-02 05:52:09.248'),
('832a73db-ee14-11f1-a1da-02fc00000001',1,'providerTakedown:1:7fadf79f-ee14-11f1-a1da-02fc00000001',NULL,'recordProviderDecision','82866b71-ee14-11f1-a1da-02fc00000001','8329b085-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,'created','Record the provider\'s decision',NULL,NULL,NULL,NULL,'2026-12-02 05:52:09.251',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,50,NULL,'2026-12-03 16:30:00.000',NULL,NULL,'','2026-12-02 05:52:09.255'),
('838b7fb9-ee14-11f1-a1da-02fc00000001',3,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001',NULL,'triageByLead','838abc4f-ee14-11f1-a1da-02fc00000001','838ae373-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,'completed','Lead triages report',NULL,'Read the report. Judge how serious it is, whether it may be criminal, who is responsible and whether there is material online to get removed.',NULL,'user:5','2026-12-02 05:52:09.887',NULL,NULL,'2026-12-02 05:52:10.206','user:5',NULL,NULL,'2026-12-02 05:52:10.304',NULL,417,NULL,50,NULL,'2026-12-02 16:30:00.000',NULL,NULL,'','2026-12-02 05:52:10.304'),
('83cbbd3e-ee14-11f1-a1da-02fc00000001',3,'policeReferral:1:7fadf7a0-ee14-11f1-a1da-02fc00000001',NULL,'considerPolice','83cb9615-ee14-11f1-a1da-02fc00000001','83cbbd3a-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,'completed','Lead considers police involvement with the staff member',NULL,'Talk to the staff member (and parents where needed) before deciding. 999 if anyone is in immediate danger; otherwise 101.',NULL,'user:5','2026-12-02 05:52:10.312',NULL,NULL,'2026-12-02 05:52:10.629','user:5',NULL,NULL,'2026-12-02 05:52:10.735',NULL,423,NULL,50,NULL,NULL,NULL,NULL,'','2026-12-02 05:52:10.735'),
('840c96db-ee14-11f1-a1da-02fc00000001',3,'policeReferral:1:7fadf7a0-ee14-11f1-a1da-02fc00000001',NULL,'recordPoliceReferral','83cb9615-ee14-11f1-a1da-02fc00000001','83cbbd3a-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,'completed','Record the police referral',NULL,NULL,NULL,'user:5','2026-12-02 05:52:10.737',NULL,NULL,'2026-12-02 05:52:11.058','user:5',NULL,NULL,'2026-12-02 05:52:11.162',NULL,425,NULL,50,NULL,NULL,NULL,NULL,'','2026-12-02 05:52:11.162'),
('844de5a9-ee14-11f1-a1da-02fc00000001',3,'policeReferral:1:7fadf7a0-ee14-11f1-a1da-02fc00000001',NULL,'recordPoliceClearance','83cb9615-ee14-11f1-a1da-02fc00000001','83cbbd3a-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,'completed','Record police clearance for the school\'s own steps',NULL,'The school\'s own investigation and procedures wait until the police say they will not interfere with their inquiries.',NULL,'user:5','2026-12-02 05:52:11.165',NULL,NULL,'2026-12-02 05:52:11.473','user:5',NULL,NULL,'2026-12-02 05:52:11.567',NULL,402,NULL,50,NULL,NULL,NULL,NULL,'','2026-12-02 05:52:11.567'),
('848ebe62-ee14-11f1-a1da-02fc00000001',3,'hrDisciplinaryHandOff:1:7fadf79d-ee14-11f1-a1da-02fc00000001',NULL,'hrHandlesDisciplinary','848d86c6-ee14-11f1-a1da-02fc00000001','848dd4fc-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,'completed','HR officer handles the staff disciplinary case',NULL,'Apply the staff disciplinary procedure and record its outcome for the school.',NULL,'user:6','2026-12-02 05:52:11.589',NULL,NULL,'2026-12-02 05:52:11.905','user:6',NULL,NULL,'2026-12-02 05:52:11.993',NULL,404,NULL,50,NULL,NULL,NULL,NULL,'','2026-12-02 05:52:11.993'),
('84cd7520-ee14-11f1-a1da-02fc00000001',3,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001',NULL,'recordSupport','838abc4f-ee14-11f1-a1da-02fc00000001','83cb20de-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,'completed','Lead records the support offered to the staff member',NULL,'Offer personal support, or information on where to get it, and record what was offered and when.',NULL,'user:5','2026-12-02 05:52:12.001',NULL,NULL,'2026-12-02 05:52:12.296','user:5',NULL,NULL,'2026-12-02 05:52:12.428',NULL,427,NULL,50,NULL,NULL,NULL,NULL,'','2026-12-02 05:52:12.428'),
('850eeafa-ee14-11f1-a1da-02fc00000001',3,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001',NULL,'recordOutcome','838abc4f-ee14-11f1-a1da-02fc00000001','83cb20de-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,'completed','Lead records the outcome of the case',NULL,NULL,NULL,'user:5','2026-12-02 05:52:12.430',NULL,NULL,'2026-12-02 05:52:12.720','user:5',NULL,NULL,'2026-12-02 05:52:12.825',NULL,395,NULL,50,NULL,NULL,NULL,NULL,'','2026-12-02 05:52:12.825'),
('854b57c2-ee14-11f1-a1da-02fc00000001',2,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001',NULL,'staffSatisfaction','838abc4f-ee14-11f1-a1da-02fc00000001','83cb20de-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,'completed','Staff member says whether they are satisfied with how it was handled',NULL,'Tell us whether you are satisfied with how your report was dealt with.',NULL,'user:8','2026-12-02 05:52:12.826',NULL,NULL,NULL,NULL,NULL,NULL,'2026-12-02 05:52:13.160',NULL,334,NULL,50,NULL,NULL,NULL,NULL,'','2026-12-02 05:52:13.160'),
('85d4fa44-ee14-11f1-a1da-02fc00000001',3,'childProtectionIncident:1:7fadf7a2-ee14-11f1-a1da-02fc00000001',NULL,'initialReviewByDsl','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,'completed','DSL carries out initial review',NULL,'Treat as child protection. Secure any device and switch it off; do not view, copy or forward images. Record what you know about the children and the incident.',NULL,'user:2','2026-12-02 05:52:13.724',NULL,NULL,'2026-12-02 05:52:14.010','user:2',NULL,NULL,'2026-12-02 05:52:14.109',NULL,385,NULL,50,NULL,'2026-12-02 16:30:00.000',NULL,NULL,'','2026-12-02 05:52:14.109'),
('8615ad15-ee14-11f1-a1da-02fc00000001',1,'childProtectionReferral:1:7fadf79c-ee14-11f1-a1da-02fc00000001',NULL,'recordPoliceReferral','861537bd-ee14-11f1-a1da-02fc00000001','86155eed-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,'created','DSL records the police referral',NULL,'Refer to the police now (999 if a child is in immediate danger, otherwise 101) and record it. An adult sharing images of a child is always urgent.',NULL,NULL,'2026-12-02 05:52:14.152',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,50,NULL,NULL,NULL,NULL,'','2026-12-02 05:52:14.152'),
('86164958-ee14-11f1-a1da-02fc00000001',1,'childProtectionReferral:1:7fadf79c-ee14-11f1-a1da-02fc00000001',NULL,'recordSocialCareReferral','861537bd-ee14-11f1-a1da-02fc00000001','86158601-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,'created','DSL records the children\'s social care referral',NULL,NULL,NULL,NULL,'2026-12-02 05:52:14.156',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,50,NULL,NULL,NULL,NULL,'','2026-12-02 05:52:14.156');
/*!40000 ALTER TABLE `ACT_HI_TASKINST` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ACT_HI_TSK_LOG`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_HI_TSK_LOG` (
  `ID_` bigint(20) NOT NULL AUTO_INCREMENT,
  `TYPE_` varchar(64) DEFAULT NULL,
  `TASK_ID_` varchar(64) NOT NULL,
  `TIME_STAMP_` timestamp(3) NOT NULL,
  `USER_ID_` varchar(255) DEFAULT NULL,
  `DATA_` varchar(4000) DEFAULT NULL,
  `EXECUTION_ID_` varchar(64) DEFAULT NULL,
  `PROC_INST_ID_` varchar(64) DEFAULT NULL,
  `PROC_DEF_ID_` varchar(64) DEFAULT NULL,
  `SCOPE_ID_` varchar(255) DEFAULT NULL,
  `SCOPE_DEFINITION_ID_` varchar(255) DEFAULT NULL,
  `SUB_SCOPE_ID_` varchar(255) DEFAULT NULL,
  `SCOPE_TYPE_` varchar(255) DEFAULT NULL,
  `TENANT_ID_` varchar(255) DEFAULT '',
  PRIMARY KEY (`ID_`),
  KEY `ACT_IDX_ACT_HI_TSK_LOG_TASK` (`TASK_ID_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_HI_TSK_LOG` WRITE;
/*!40000 ALTER TABLE `ACT_HI_TSK_LOG` DISABLE KEYS */;
/*!40000 ALTER TABLE `ACT_HI_TSK_LOG` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ACT_HI_VARINST`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_HI_VARINST` (
  `ID_` varchar(64) NOT NULL,
  `REV_` int(11) DEFAULT 1,
  `PROC_INST_ID_` varchar(64) DEFAULT NULL,
  `EXECUTION_ID_` varchar(64) DEFAULT NULL,
  `TASK_ID_` varchar(64) DEFAULT NULL,
  `NAME_` varchar(255) NOT NULL,
  `VAR_TYPE_` varchar(100) DEFAULT NULL,
  `SCOPE_ID_` varchar(255) DEFAULT NULL,
  `SUB_SCOPE_ID_` varchar(255) DEFAULT NULL,
  `SCOPE_TYPE_` varchar(255) DEFAULT NULL,
  `BYTEARRAY_ID_` varchar(64) DEFAULT NULL,
  `DOUBLE_` double DEFAULT NULL,
  `LONG_` bigint(20) DEFAULT NULL,
  `TEXT_` varchar(4000) DEFAULT NULL,
  `TEXT2_` varchar(4000) DEFAULT NULL,
  `META_INFO_` varchar(4000) DEFAULT NULL,
  `CREATE_TIME_` datetime(3) DEFAULT NULL,
  `LAST_UPDATED_TIME_` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`ID_`),
  KEY `ACT_IDX_HI_PROCVAR_NAME_TYPE` (`NAME_`,`VAR_TYPE_`),
  KEY `ACT_IDX_HI_VAR_SCOPE_ID_TYPE` (`SCOPE_ID_`,`SCOPE_TYPE_`),
  KEY `ACT_IDX_HI_VAR_SUB_ID_TYPE` (`SUB_SCOPE_ID_`,`SCOPE_TYPE_`),
  KEY `ACT_IDX_HI_PROCVAR_PROC_INST` (`PROC_INST_ID_`),
  KEY `ACT_IDX_HI_PROCVAR_TASK_ID` (`TASK_ID_`),
  KEY `ACT_IDX_HI_PROCVAR_EXE` (`EXECUTION_ID_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_HI_VARINST` WRITE;
/*!40000 ALTER TABLE `ACT_HI_VARINST` DISABLE KEYS */;
INSERT INTO `ACT_HI_VARINST` VALUES
('8186af47-ee14-11f1-a1da-02fc00000001',0,'8186af46-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,'reviewGroup','string',NULL,NULL,NULL,NULL,NULL,NULL,'school:1:online-safety-lead',NULL,NULL,'2026-12-02 05:52:06.505','2026-12-02 05:52:06.505'),
('8186fd68-ee14-11f1-a1da-02fc00000001',0,'8186af46-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,'reporterUser','string',NULL,NULL,NULL,NULL,NULL,NULL,'user:8',NULL,NULL,'2026-12-02 05:52:06.506','2026-12-02 05:52:06.506'),
('8186fd69-ee14-11f1-a1da-02fc00000001',0,'8186af46-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,'providerDeadline','string',NULL,NULL,NULL,NULL,NULL,NULL,'P2D',NULL,NULL,'2026-12-02 05:52:06.506','2026-12-02 05:52:06.506'),
('8186fd6a-ee14-11f1-a1da-02fc00000001',0,'8186af46-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,'urgent','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:06.506','2026-12-02 05:52:06.506'),
('8186fd6b-ee14-11f1-a1da-02fc00000001',0,'8186af46-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,'caseReference','string',NULL,NULL,NULL,NULL,NULL,NULL,'SC-2026-000001',NULL,NULL,'2026-12-02 05:52:06.506','2026-12-02 05:52:06.506'),
('8186fd6c-ee14-11f1-a1da-02fc00000001',0,'8186af46-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,'withheldFiles','integer',NULL,NULL,NULL,NULL,NULL,0,'0',NULL,NULL,'2026-12-02 05:52:06.506','2026-12-02 05:52:06.506'),
('8186fd6d-ee14-11f1-a1da-02fc00000001',0,'8186af46-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,'headTeacherGroup','string',NULL,NULL,NULL,NULL,NULL,NULL,'school:1:head-teacher',NULL,NULL,'2026-12-02 05:52:06.506','2026-12-02 05:52:06.506'),
('8186fd6e-ee14-11f1-a1da-02fc00000001',0,'8186af46-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,'category','string',NULL,NULL,NULL,NULL,NULL,NULL,'CYBERBULLYING',NULL,NULL,'2026-12-02 05:52:06.506','2026-12-02 05:52:06.506'),
('8186fd6f-ee14-11f1-a1da-02fc00000001',0,'8186af46-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,'removalDeadline','string',NULL,NULL,NULL,NULL,NULL,NULL,'P5D',NULL,NULL,'2026-12-02 05:52:06.506','2026-12-02 05:52:06.506'),
('8186fd70-ee14-11f1-a1da-02fc00000001',0,'8186af46-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,'policeWanted','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:06.506','2026-12-02 05:52:06.506'),
('8186fd71-ee14-11f1-a1da-02fc00000001',0,'8186af46-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,'schoolNation','string',NULL,NULL,NULL,NULL,NULL,NULL,'ENGLAND',NULL,NULL,'2026-12-02 05:52:06.506','2026-12-02 05:52:06.506'),
('8186fd72-ee14-11f1-a1da-02fc00000001',0,'8186af46-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,'triageDeadline','string',NULL,NULL,NULL,NULL,NULL,NULL,'P1D',NULL,NULL,'2026-12-02 05:52:06.506','2026-12-02 05:52:06.506'),
('8186fd73-ee14-11f1-a1da-02fc00000001',0,'8186af46-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,'schoolId','long',NULL,NULL,NULL,NULL,NULL,1,'1',NULL,NULL,'2026-12-02 05:52:06.506','2026-12-02 05:52:06.506'),
('8186fd74-ee14-11f1-a1da-02fc00000001',0,'8186af46-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,'hrGroup','string',NULL,NULL,NULL,NULL,NULL,NULL,'la:1:hr',NULL,NULL,'2026-12-02 05:52:06.506','2026-12-02 05:52:06.506'),
('81e5713d-ee14-11f1-a1da-02fc00000001',0,'8186af46-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,'severity','string',NULL,NULL,NULL,NULL,NULL,NULL,'MEDIUM',NULL,NULL,'2026-12-02 05:52:07.125','2026-12-02 05:52:07.125'),
('81e5713e-ee14-11f1-a1da-02fc00000001',0,'8186af46-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,'mayBeCriminal','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:07.125','2026-12-02 05:52:07.125'),
('81e5713f-ee14-11f1-a1da-02fc00000001',0,'8186af46-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,'perpetrator','string',NULL,NULL,NULL,NULL,NULL,NULL,'OTHER',NULL,NULL,'2026-12-02 05:52:07.125','2026-12-02 05:52:07.125'),
('81e57140-ee14-11f1-a1da-02fc00000001',0,'8186af46-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,'removalNeeded','boolean',NULL,NULL,NULL,NULL,NULL,1,NULL,NULL,NULL,'2026-12-02 05:52:07.125','2026-12-02 05:52:07.125'),
('81e57141-ee14-11f1-a1da-02fc00000001',0,'8186af46-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,'posterKnown','boolean',NULL,NULL,NULL,NULL,NULL,1,NULL,NULL,NULL,'2026-12-02 05:52:07.125','2026-12-02 05:52:07.125'),
('81e57142-ee14-11f1-a1da-02fc00000001',0,'8186af46-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,'maliciousClaimByPupil','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:07.125','2026-12-02 05:52:07.125'),
('81ee4aef-ee14-11f1-a1da-02fc00000001',0,'81ee23de-ee14-11f1-a1da-02fc00000001','81ee23de-ee14-11f1-a1da-02fc00000001',NULL,'severity','string',NULL,NULL,NULL,NULL,NULL,NULL,'MEDIUM',NULL,NULL,'2026-12-02 05:52:07.183','2026-12-02 05:52:07.183'),
('81ee4af0-ee14-11f1-a1da-02fc00000001',0,'81ee23de-ee14-11f1-a1da-02fc00000001','81ee23de-ee14-11f1-a1da-02fc00000001',NULL,'triageDeadline','string',NULL,NULL,NULL,NULL,NULL,NULL,'P1D',NULL,NULL,'2026-12-02 05:52:07.183','2026-12-02 05:52:07.183'),
('81ee4af1-ee14-11f1-a1da-02fc00000001',0,'81ee23de-ee14-11f1-a1da-02fc00000001','81ee23de-ee14-11f1-a1da-02fc00000001',NULL,'caseReference','string',NULL,NULL,NULL,NULL,NULL,NULL,'SC-2026-000001',NULL,NULL,'2026-12-02 05:52:07.183','2026-12-02 05:52:07.183'),
('81ee4af2-ee14-11f1-a1da-02fc00000001',0,'81ee23de-ee14-11f1-a1da-02fc00000001','81ee23de-ee14-11f1-a1da-02fc00000001',NULL,'removalDeadline','string',NULL,NULL,NULL,NULL,NULL,NULL,'P5D',NULL,NULL,'2026-12-02 05:52:07.183','2026-12-02 05:52:07.183'),
('81ee4af3-ee14-11f1-a1da-02fc00000001',0,'81ee23de-ee14-11f1-a1da-02fc00000001','81ee23de-ee14-11f1-a1da-02fc00000001',NULL,'perpetrator','string',NULL,NULL,NULL,NULL,NULL,NULL,'OTHER',NULL,NULL,'2026-12-02 05:52:07.183','2026-12-02 05:52:07.183'),
('81ee4af4-ee14-11f1-a1da-02fc00000001',0,'81ee23de-ee14-11f1-a1da-02fc00000001','81ee23de-ee14-11f1-a1da-02fc00000001',NULL,'reporterUser','string',NULL,NULL,NULL,NULL,NULL,NULL,'user:8',NULL,NULL,'2026-12-02 05:52:07.184','2026-12-02 05:52:07.184'),
('81ee7105-ee14-11f1-a1da-02fc00000001',0,'81ee23de-ee14-11f1-a1da-02fc00000001','81ee23de-ee14-11f1-a1da-02fc00000001',NULL,'posterKnown','boolean',NULL,NULL,NULL,NULL,NULL,1,NULL,NULL,NULL,'2026-12-02 05:52:07.184','2026-12-02 05:52:07.184'),
('81ee7106-ee14-11f1-a1da-02fc00000001',0,'81ee23de-ee14-11f1-a1da-02fc00000001','81ee23de-ee14-11f1-a1da-02fc00000001',NULL,'maliciousClaimByPupil','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:07.184','2026-12-02 05:52:07.184'),
('81ee7107-ee14-11f1-a1da-02fc00000001',0,'81ee23de-ee14-11f1-a1da-02fc00000001','81ee23de-ee14-11f1-a1da-02fc00000001',NULL,'headTeacherGroup','string',NULL,NULL,NULL,NULL,NULL,NULL,'school:1:head-teacher',NULL,NULL,'2026-12-02 05:52:07.184','2026-12-02 05:52:07.184'),
('81ee7108-ee14-11f1-a1da-02fc00000001',0,'81ee23de-ee14-11f1-a1da-02fc00000001','81ee23de-ee14-11f1-a1da-02fc00000001',NULL,'withheldFiles','integer',NULL,NULL,NULL,NULL,NULL,0,'0',NULL,NULL,'2026-12-02 05:52:07.184','2026-12-02 05:52:07.184'),
('81ee7109-ee14-11f1-a1da-02fc00000001',0,'81ee23de-ee14-11f1-a1da-02fc00000001','81ee23de-ee14-11f1-a1da-02fc00000001',NULL,'schoolNation','string',NULL,NULL,NULL,NULL,NULL,NULL,'ENGLAND',NULL,NULL,'2026-12-02 05:52:07.184','2026-12-02 05:52:07.184'),
('81ee710a-ee14-11f1-a1da-02fc00000001',0,'81ee23de-ee14-11f1-a1da-02fc00000001','81ee23de-ee14-11f1-a1da-02fc00000001',NULL,'providerDeadline','string',NULL,NULL,NULL,NULL,NULL,NULL,'P2D',NULL,NULL,'2026-12-02 05:52:07.184','2026-12-02 05:52:07.184'),
('81ee710b-ee14-11f1-a1da-02fc00000001',0,'81ee23de-ee14-11f1-a1da-02fc00000001','81ee23de-ee14-11f1-a1da-02fc00000001',NULL,'policeWanted','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:07.184','2026-12-02 05:52:07.184'),
('81ee710c-ee14-11f1-a1da-02fc00000001',0,'81ee23de-ee14-11f1-a1da-02fc00000001','81ee23de-ee14-11f1-a1da-02fc00000001',NULL,'schoolId','long',NULL,NULL,NULL,NULL,NULL,1,'1',NULL,NULL,'2026-12-02 05:52:07.184','2026-12-02 05:52:07.184'),
('81ee710d-ee14-11f1-a1da-02fc00000001',0,'81ee23de-ee14-11f1-a1da-02fc00000001','81ee23de-ee14-11f1-a1da-02fc00000001',NULL,'hrGroup','string',NULL,NULL,NULL,NULL,NULL,NULL,'la:1:hr',NULL,NULL,'2026-12-02 05:52:07.185','2026-12-02 05:52:07.185'),
('81ee981e-ee14-11f1-a1da-02fc00000001',0,'81ee23de-ee14-11f1-a1da-02fc00000001','81ee23de-ee14-11f1-a1da-02fc00000001',NULL,'reviewGroup','string',NULL,NULL,NULL,NULL,NULL,NULL,'school:1:online-safety-lead',NULL,NULL,'2026-12-02 05:52:07.185','2026-12-02 05:52:07.185'),
('81ee981f-ee14-11f1-a1da-02fc00000001',0,'81ee23de-ee14-11f1-a1da-02fc00000001','81ee23de-ee14-11f1-a1da-02fc00000001',NULL,'category','string',NULL,NULL,NULL,NULL,NULL,NULL,'CYBERBULLYING',NULL,NULL,'2026-12-02 05:52:07.185','2026-12-02 05:52:07.185'),
('81ee9820-ee14-11f1-a1da-02fc00000001',0,'81ee23de-ee14-11f1-a1da-02fc00000001','81ee23de-ee14-11f1-a1da-02fc00000001',NULL,'urgent','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:07.185','2026-12-02 05:52:07.185'),
('81ee9821-ee14-11f1-a1da-02fc00000001',0,'81ee23de-ee14-11f1-a1da-02fc00000001','81ee23de-ee14-11f1-a1da-02fc00000001',NULL,'mayBeCriminal','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:07.185','2026-12-02 05:52:07.185'),
('81ee9822-ee14-11f1-a1da-02fc00000001',0,'81ee23de-ee14-11f1-a1da-02fc00000001','81ee23de-ee14-11f1-a1da-02fc00000001',NULL,'removalNeeded','boolean',NULL,NULL,NULL,NULL,NULL,1,NULL,NULL,NULL,'2026-12-02 05:52:07.185','2026-12-02 05:52:07.185'),
('82436eed-ee14-11f1-a1da-02fc00000001',0,'81ee23de-ee14-11f1-a1da-02fc00000001','81ee23de-ee14-11f1-a1da-02fc00000001',NULL,'removalRequestedOn','date',NULL,NULL,NULL,NULL,NULL,1795478400000,NULL,NULL,NULL,'2026-12-02 05:52:07.741','2026-12-02 05:52:07.741'),
('82831009-ee14-11f1-a1da-02fc00000001',0,'81ee23de-ee14-11f1-a1da-02fc00000001','81ee23de-ee14-11f1-a1da-02fc00000001',NULL,'removalOutcome','string',NULL,NULL,NULL,NULL,NULL,NULL,'REFUSED',NULL,NULL,'2026-12-02 05:52:08.158','2026-12-02 05:52:08.158'),
('828496ac-ee14-11f1-a1da-02fc00000001',0,'8186af46-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,'removalOutcome','string',NULL,NULL,NULL,NULL,NULL,NULL,'REFUSED',NULL,NULL,'2026-12-02 05:52:08.168','2026-12-02 05:52:08.168'),
('82866b72-ee14-11f1-a1da-02fc00000001',0,'82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,'severity','string',NULL,NULL,NULL,NULL,NULL,NULL,'MEDIUM',NULL,NULL,'2026-12-02 05:52:08.180','2026-12-02 05:52:08.180'),
('82866b73-ee14-11f1-a1da-02fc00000001',0,'82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,'triageDeadline','string',NULL,NULL,NULL,NULL,NULL,NULL,'P1D',NULL,NULL,'2026-12-02 05:52:08.180','2026-12-02 05:52:08.180'),
('82866b74-ee14-11f1-a1da-02fc00000001',0,'82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,'caseReference','string',NULL,NULL,NULL,NULL,NULL,NULL,'SC-2026-000001',NULL,NULL,'2026-12-02 05:52:08.180','2026-12-02 05:52:08.180'),
('82866b75-ee14-11f1-a1da-02fc00000001',0,'82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,'perpetrator','string',NULL,NULL,NULL,NULL,NULL,NULL,'OTHER',NULL,NULL,'2026-12-02 05:52:08.180','2026-12-02 05:52:08.180'),
('82866b76-ee14-11f1-a1da-02fc00000001',0,'82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,'removalDeadline','string',NULL,NULL,NULL,NULL,NULL,NULL,'P5D',NULL,NULL,'2026-12-02 05:52:08.180','2026-12-02 05:52:08.180'),
('82866b77-ee14-11f1-a1da-02fc00000001',0,'82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,'reporterUser','string',NULL,NULL,NULL,NULL,NULL,NULL,'user:8',NULL,NULL,'2026-12-02 05:52:08.180','2026-12-02 05:52:08.180'),
('82866b78-ee14-11f1-a1da-02fc00000001',0,'82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,'posterKnown','boolean',NULL,NULL,NULL,NULL,NULL,1,NULL,NULL,NULL,'2026-12-02 05:52:08.180','2026-12-02 05:52:08.180'),
('82866b79-ee14-11f1-a1da-02fc00000001',0,'82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,'removalOutcome','string',NULL,NULL,NULL,NULL,NULL,NULL,'REFUSED',NULL,NULL,'2026-12-02 05:52:08.180','2026-12-02 05:52:08.180'),
('82866b7a-ee14-11f1-a1da-02fc00000001',0,'82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,'maliciousClaimByPupil','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:08.180','2026-12-02 05:52:08.180'),
('82866b7b-ee14-11f1-a1da-02fc00000001',0,'82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,'headTeacherGroup','string',NULL,NULL,NULL,NULL,NULL,NULL,'school:1:head-teacher',NULL,NULL,'2026-12-02 05:52:08.180','2026-12-02 05:52:08.180'),
('82866b7c-ee14-11f1-a1da-02fc00000001',0,'82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,'withheldFiles','integer',NULL,NULL,NULL,NULL,NULL,0,'0',NULL,NULL,'2026-12-02 05:52:08.180','2026-12-02 05:52:08.180'),
('82866b7d-ee14-11f1-a1da-02fc00000001',0,'82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,'schoolNation','string',NULL,NULL,NULL,NULL,NULL,NULL,'ENGLAND',NULL,NULL,'2026-12-02 05:52:08.180','2026-12-02 05:52:08.180'),
('82866b7e-ee14-11f1-a1da-02fc00000001',0,'82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,'providerDeadline','string',NULL,NULL,NULL,NULL,NULL,NULL,'P2D',NULL,NULL,'2026-12-02 05:52:08.180','2026-12-02 05:52:08.180'),
('82866b7f-ee14-11f1-a1da-02fc00000001',0,'82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,'policeWanted','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:08.180','2026-12-02 05:52:08.180'),
('82866b80-ee14-11f1-a1da-02fc00000001',0,'82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,'schoolId','long',NULL,NULL,NULL,NULL,NULL,1,'1',NULL,NULL,'2026-12-02 05:52:08.180','2026-12-02 05:52:08.180'),
('82866b81-ee14-11f1-a1da-02fc00000001',0,'82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,'hrGroup','string',NULL,NULL,NULL,NULL,NULL,NULL,'la:1:hr',NULL,NULL,'2026-12-02 05:52:08.180','2026-12-02 05:52:08.180'),
('82866b82-ee14-11f1-a1da-02fc00000001',0,'82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,'reviewGroup','string',NULL,NULL,NULL,NULL,NULL,NULL,'school:1:online-safety-lead',NULL,NULL,'2026-12-02 05:52:08.180','2026-12-02 05:52:08.180'),
('82866b83-ee14-11f1-a1da-02fc00000001',0,'82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,'category','string',NULL,NULL,NULL,NULL,NULL,NULL,'CYBERBULLYING',NULL,NULL,'2026-12-02 05:52:08.180','2026-12-02 05:52:08.180'),
('82866b84-ee14-11f1-a1da-02fc00000001',0,'82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,'urgent','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:08.180','2026-12-02 05:52:08.180'),
('82866b85-ee14-11f1-a1da-02fc00000001',0,'82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,'mayBeCriminal','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:08.180','2026-12-02 05:52:08.180'),
('82866b86-ee14-11f1-a1da-02fc00000001',0,'82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,'removalNeeded','boolean',NULL,NULL,NULL,NULL,NULL,1,NULL,NULL,NULL,'2026-12-02 05:52:08.180','2026-12-02 05:52:08.180'),
('82d37a22-ee14-11f1-a1da-02fc00000001',0,'82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,'materialUrl','string',NULL,NULL,NULL,NULL,NULL,NULL,'https://social.example/post/123',NULL,NULL,'2026-12-02 05:52:08.685','2026-12-02 05:52:08.685'),
('82d37a23-ee14-11f1-a1da-02fc00000001',0,'82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,'capturedOn','date',NULL,NULL,NULL,NULL,NULL,1795737600000,NULL,NULL,NULL,'2026-12-02 05:52:08.685','2026-12-02 05:52:08.685'),
('8328ed2e-ee14-11f1-a1da-02fc00000001',0,'82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,'provider','string',NULL,NULL,NULL,NULL,NULL,NULL,'Facebook',NULL,NULL,'2026-12-02 05:52:09.245','2026-12-02 05:52:09.245'),
('8328ed2f-ee14-11f1-a1da-02fc00000001',0,'82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,'materialIllegal','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:09.245','2026-12-02 05:52:09.245'),
('8328ed30-ee14-11f1-a1da-02fc00000001',0,'82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,'termBroken','string',NULL,NULL,NULL,NULL,NULL,NULL,'Bullying and harassment',NULL,NULL,'2026-12-02 05:52:09.245','2026-12-02 05:52:09.245'),
('8328ed31-ee14-11f1-a1da-02fc00000001',0,'82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,'providerReference','string',NULL,NULL,NULL,NULL,NULL,NULL,'FB-778812',NULL,NULL,'2026-12-02 05:52:09.245','2026-12-02 05:52:09.245'),
('838abc50-ee14-11f1-a1da-02fc00000001',0,'838abc4f-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001',NULL,'reviewGroup','string',NULL,NULL,NULL,NULL,NULL,NULL,'school:1:online-safety-lead',NULL,NULL,'2026-12-02 05:52:09.886','2026-12-02 05:52:09.886'),
('838abc51-ee14-11f1-a1da-02fc00000001',0,'838abc4f-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001',NULL,'reporterUser','string',NULL,NULL,NULL,NULL,NULL,NULL,'user:8',NULL,NULL,'2026-12-02 05:52:09.886','2026-12-02 05:52:09.886'),
('838ae362-ee14-11f1-a1da-02fc00000001',0,'838abc4f-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001',NULL,'providerDeadline','string',NULL,NULL,NULL,NULL,NULL,NULL,'P2D',NULL,NULL,'2026-12-02 05:52:09.887','2026-12-02 05:52:09.887'),
('838ae363-ee14-11f1-a1da-02fc00000001',0,'838abc4f-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001',NULL,'urgent','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:09.887','2026-12-02 05:52:09.887'),
('838ae364-ee14-11f1-a1da-02fc00000001',0,'838abc4f-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001',NULL,'caseReference','string',NULL,NULL,NULL,NULL,NULL,NULL,'SC-2026-000002',NULL,NULL,'2026-12-02 05:52:09.887','2026-12-02 05:52:09.887'),
('838ae365-ee14-11f1-a1da-02fc00000001',0,'838abc4f-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001',NULL,'withheldFiles','integer',NULL,NULL,NULL,NULL,NULL,0,'0',NULL,NULL,'2026-12-02 05:52:09.887','2026-12-02 05:52:09.887'),
('838ae366-ee14-11f1-a1da-02fc00000001',0,'838abc4f-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001',NULL,'headTeacherGroup','string',NULL,NULL,NULL,NULL,NULL,NULL,'school:1:head-teacher',NULL,NULL,'2026-12-02 05:52:09.887','2026-12-02 05:52:09.887'),
('838ae367-ee14-11f1-a1da-02fc00000001',0,'838abc4f-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001',NULL,'category','string',NULL,NULL,NULL,NULL,NULL,NULL,'CYBERBULLYING',NULL,NULL,'2026-12-02 05:52:09.887','2026-12-02 05:52:09.887'),
('838ae368-ee14-11f1-a1da-02fc00000001',0,'838abc4f-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001',NULL,'removalDeadline','string',NULL,NULL,NULL,NULL,NULL,NULL,'P5D',NULL,NULL,'2026-12-02 05:52:09.887','2026-12-02 05:52:09.887'),
('838ae369-ee14-11f1-a1da-02fc00000001',0,'838abc4f-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001',NULL,'policeWanted','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:09.887','2026-12-02 05:52:09.887'),
('838ae36a-ee14-11f1-a1da-02fc00000001',0,'838abc4f-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001',NULL,'schoolNation','string',NULL,NULL,NULL,NULL,NULL,NULL,'ENGLAND',NULL,NULL,'2026-12-02 05:52:09.887','2026-12-02 05:52:09.887'),
('838ae36b-ee14-11f1-a1da-02fc00000001',0,'838abc4f-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001',NULL,'triageDeadline','string',NULL,NULL,NULL,NULL,NULL,NULL,'P1D',NULL,NULL,'2026-12-02 05:52:09.887','2026-12-02 05:52:09.887'),
('838ae36c-ee14-11f1-a1da-02fc00000001',0,'838abc4f-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001',NULL,'schoolId','long',NULL,NULL,NULL,NULL,NULL,1,'1',NULL,NULL,'2026-12-02 05:52:09.887','2026-12-02 05:52:09.887'),
('838ae36d-ee14-11f1-a1da-02fc00000001',0,'838abc4f-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001',NULL,'hrGroup','string',NULL,NULL,NULL,NULL,NULL,NULL,'la:1:hr',NULL,NULL,'2026-12-02 05:52:09.887','2026-12-02 05:52:09.887'),
('83ca5d86-ee14-11f1-a1da-02fc00000001',0,'838abc4f-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001',NULL,'severity','string',NULL,NULL,NULL,NULL,NULL,NULL,'HIGH',NULL,NULL,'2026-12-02 05:52:10.303','2026-12-02 05:52:10.303'),
('83ca5d87-ee14-11f1-a1da-02fc00000001',0,'838abc4f-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001',NULL,'mayBeCriminal','boolean',NULL,NULL,NULL,NULL,NULL,1,NULL,NULL,NULL,'2026-12-02 05:52:10.303','2026-12-02 05:52:10.303'),
('83ca5d88-ee14-11f1-a1da-02fc00000001',0,'838abc4f-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001',NULL,'perpetrator','string',NULL,NULL,NULL,NULL,NULL,NULL,'COLLEAGUE',NULL,NULL,'2026-12-02 05:52:10.303','2026-12-02 05:52:10.303'),
('83ca5d89-ee14-11f1-a1da-02fc00000001',0,'838abc4f-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001',NULL,'removalNeeded','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:10.303','2026-12-02 05:52:10.303'),
('83ca5d8a-ee14-11f1-a1da-02fc00000001',0,'838abc4f-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001',NULL,'posterKnown','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:10.303','2026-12-02 05:52:10.303'),
('83ca5d8b-ee14-11f1-a1da-02fc00000001',0,'838abc4f-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001',NULL,'maliciousClaimByPupil','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:10.303','2026-12-02 05:52:10.303'),
('83cb9616-ee14-11f1-a1da-02fc00000001',0,'83cb9615-ee14-11f1-a1da-02fc00000001','83cb9615-ee14-11f1-a1da-02fc00000001',NULL,'severity','string',NULL,NULL,NULL,NULL,NULL,NULL,'HIGH',NULL,NULL,'2026-12-02 05:52:10.311','2026-12-02 05:52:10.311'),
('83cb9617-ee14-11f1-a1da-02fc00000001',0,'83cb9615-ee14-11f1-a1da-02fc00000001','83cb9615-ee14-11f1-a1da-02fc00000001',NULL,'triageDeadline','string',NULL,NULL,NULL,NULL,NULL,NULL,'P1D',NULL,NULL,'2026-12-02 05:52:10.311','2026-12-02 05:52:10.311'),
('83cb9618-ee14-11f1-a1da-02fc00000001',0,'83cb9615-ee14-11f1-a1da-02fc00000001','83cb9615-ee14-11f1-a1da-02fc00000001',NULL,'caseReference','string',NULL,NULL,NULL,NULL,NULL,NULL,'SC-2026-000002',NULL,NULL,'2026-12-02 05:52:10.311','2026-12-02 05:52:10.311'),
('83cb9619-ee14-11f1-a1da-02fc00000001',0,'83cb9615-ee14-11f1-a1da-02fc00000001','83cb9615-ee14-11f1-a1da-02fc00000001',NULL,'removalDeadline','string',NULL,NULL,NULL,NULL,NULL,NULL,'P5D',NULL,NULL,'2026-12-02 05:52:10.311','2026-12-02 05:52:10.311'),
('83cb961a-ee14-11f1-a1da-02fc00000001',0,'83cb9615-ee14-11f1-a1da-02fc00000001','83cb9615-ee14-11f1-a1da-02fc00000001',NULL,'perpetrator','string',NULL,NULL,NULL,NULL,NULL,NULL,'COLLEAGUE',NULL,NULL,'2026-12-02 05:52:10.311','2026-12-02 05:52:10.311'),
('83cb961b-ee14-11f1-a1da-02fc00000001',0,'83cb9615-ee14-11f1-a1da-02fc00000001','83cb9615-ee14-11f1-a1da-02fc00000001',NULL,'reporterUser','string',NULL,NULL,NULL,NULL,NULL,NULL,'user:8',NULL,NULL,'2026-12-02 05:52:10.311','2026-12-02 05:52:10.311'),
('83cb961c-ee14-11f1-a1da-02fc00000001',0,'83cb9615-ee14-11f1-a1da-02fc00000001','83cb9615-ee14-11f1-a1da-02fc00000001',NULL,'posterKnown','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:10.311','2026-12-02 05:52:10.311'),
('83cb961d-ee14-11f1-a1da-02fc00000001',0,'83cb9615-ee14-11f1-a1da-02fc00000001','83cb9615-ee14-11f1-a1da-02fc00000001',NULL,'maliciousClaimByPupil','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:10.311','2026-12-02 05:52:10.311'),
('83cb961e-ee14-11f1-a1da-02fc00000001',0,'83cb9615-ee14-11f1-a1da-02fc00000001','83cb9615-ee14-11f1-a1da-02fc00000001',NULL,'headTeacherGroup','string',NULL,NULL,NULL,NULL,NULL,NULL,'school:1:head-teacher',NULL,NULL,'2026-12-02 05:52:10.311','2026-12-02 05:52:10.311'),
('83cb961f-ee14-11f1-a1da-02fc00000001',0,'83cb9615-ee14-11f1-a1da-02fc00000001','83cb9615-ee14-11f1-a1da-02fc00000001',NULL,'withheldFiles','integer',NULL,NULL,NULL,NULL,NULL,0,'0',NULL,NULL,'2026-12-02 05:52:10.311','2026-12-02 05:52:10.311'),
('83cb9620-ee14-11f1-a1da-02fc00000001',0,'83cb9615-ee14-11f1-a1da-02fc00000001','83cb9615-ee14-11f1-a1da-02fc00000001',NULL,'schoolNation','string',NULL,NULL,NULL,NULL,NULL,NULL,'ENGLAND',NULL,NULL,'2026-12-02 05:52:10.311','2026-12-02 05:52:10.311'),
('83cb9621-ee14-11f1-a1da-02fc00000001',0,'83cb9615-ee14-11f1-a1da-02fc00000001','83cb9615-ee14-11f1-a1da-02fc00000001',NULL,'providerDeadline','string',NULL,NULL,NULL,NULL,NULL,NULL,'P2D',NULL,NULL,'2026-12-02 05:52:10.311','2026-12-02 05:52:10.311'),
('83cb9622-ee14-11f1-a1da-02fc00000001',0,'83cb9615-ee14-11f1-a1da-02fc00000001','83cb9615-ee14-11f1-a1da-02fc00000001',NULL,'policeWanted','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:10.311','2026-12-02 05:52:10.311'),
('83cb9623-ee14-11f1-a1da-02fc00000001',0,'83cb9615-ee14-11f1-a1da-02fc00000001','83cb9615-ee14-11f1-a1da-02fc00000001',NULL,'schoolId','long',NULL,NULL,NULL,NULL,NULL,1,'1',NULL,NULL,'2026-12-02 05:52:10.311','2026-12-02 05:52:10.311'),
('83cb9624-ee14-11f1-a1da-02fc00000001',0,'83cb9615-ee14-11f1-a1da-02fc00000001','83cb9615-ee14-11f1-a1da-02fc00000001',NULL,'hrGroup','string',NULL,NULL,NULL,NULL,NULL,NULL,'la:1:hr',NULL,NULL,'2026-12-02 05:52:10.311','2026-12-02 05:52:10.311'),
('83cb9625-ee14-11f1-a1da-02fc00000001',0,'83cb9615-ee14-11f1-a1da-02fc00000001','83cb9615-ee14-11f1-a1da-02fc00000001',NULL,'reviewGroup','string',NULL,NULL,NULL,NULL,NULL,NULL,'school:1:online-safety-lead',NULL,NULL,'2026-12-02 05:52:10.311','2026-12-02 05:52:10.311'),
('83cbbd36-ee14-11f1-a1da-02fc00000001',0,'83cb9615-ee14-11f1-a1da-02fc00000001','83cb9615-ee14-11f1-a1da-02fc00000001',NULL,'urgent','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:10.312','2026-12-02 05:52:10.312'),
('83cbbd37-ee14-11f1-a1da-02fc00000001',0,'83cb9615-ee14-11f1-a1da-02fc00000001','83cb9615-ee14-11f1-a1da-02fc00000001',NULL,'category','string',NULL,NULL,NULL,NULL,NULL,NULL,'CYBERBULLYING',NULL,NULL,'2026-12-02 05:52:10.312','2026-12-02 05:52:10.312'),
('83cbbd38-ee14-11f1-a1da-02fc00000001',0,'83cb9615-ee14-11f1-a1da-02fc00000001','83cb9615-ee14-11f1-a1da-02fc00000001',NULL,'mayBeCriminal','boolean',NULL,NULL,NULL,NULL,NULL,1,NULL,NULL,NULL,'2026-12-02 05:52:10.312','2026-12-02 05:52:10.312'),
('83cbbd39-ee14-11f1-a1da-02fc00000001',0,'83cb9615-ee14-11f1-a1da-02fc00000001','83cb9615-ee14-11f1-a1da-02fc00000001',NULL,'removalNeeded','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:10.312','2026-12-02 05:52:10.312'),
('840bac75-ee14-11f1-a1da-02fc00000001',0,'83cb9615-ee14-11f1-a1da-02fc00000001','83cb9615-ee14-11f1-a1da-02fc00000001',NULL,'staffMemberConsulted','boolean',NULL,NULL,NULL,NULL,NULL,1,NULL,NULL,NULL,'2026-12-02 05:52:10.731','2026-12-02 05:52:10.731'),
('840bac76-ee14-11f1-a1da-02fc00000001',0,'83cb9615-ee14-11f1-a1da-02fc00000001','83cb9615-ee14-11f1-a1da-02fc00000001',NULL,'policeInvolved','boolean',NULL,NULL,NULL,NULL,NULL,1,NULL,NULL,NULL,'2026-12-02 05:52:10.731','2026-12-02 05:52:10.731'),
('844d7073-ee14-11f1-a1da-02fc00000001',0,'83cb9615-ee14-11f1-a1da-02fc00000001','83cb9615-ee14-11f1-a1da-02fc00000001',NULL,'policeRoute','string',NULL,NULL,NULL,NULL,NULL,NULL,'NON_EMERGENCY_101',NULL,NULL,'2026-12-02 05:52:11.162','2026-12-02 05:52:11.162'),
('844d7074-ee14-11f1-a1da-02fc00000001',0,'83cb9615-ee14-11f1-a1da-02fc00000001','83cb9615-ee14-11f1-a1da-02fc00000001',NULL,'crimeReference','string',NULL,NULL,NULL,NULL,NULL,NULL,'CR-2026-4471',NULL,NULL,'2026-12-02 05:52:11.162','2026-12-02 05:52:11.162'),
('844d7075-ee14-11f1-a1da-02fc00000001',0,'83cb9615-ee14-11f1-a1da-02fc00000001','83cb9615-ee14-11f1-a1da-02fc00000001',NULL,'policeOfficer','string',NULL,NULL,NULL,NULL,NULL,NULL,'PC Jones',NULL,NULL,'2026-12-02 05:52:11.162','2026-12-02 05:52:11.162'),
('844d7076-ee14-11f1-a1da-02fc00000001',0,'83cb9615-ee14-11f1-a1da-02fc00000001','83cb9615-ee14-11f1-a1da-02fc00000001',NULL,'referredOn','date',NULL,NULL,NULL,NULL,NULL,1795651200000,NULL,NULL,NULL,'2026-12-02 05:52:11.162','2026-12-02 05:52:11.162'),
('848ac79e-ee14-11f1-a1da-02fc00000001',0,'83cb9615-ee14-11f1-a1da-02fc00000001','83cb9615-ee14-11f1-a1da-02fc00000001',NULL,'policeClearedOn','date',NULL,NULL,NULL,NULL,NULL,1795996800000,NULL,NULL,NULL,'2026-12-02 05:52:11.564','2026-12-02 05:52:11.564'),
('848c0021-ee14-11f1-a1da-02fc00000001',0,'838abc4f-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001',NULL,'policeInvolved','boolean',NULL,NULL,NULL,NULL,NULL,1,NULL,NULL,NULL,'2026-12-02 05:52:11.572','2026-12-02 05:52:11.572'),
('848d86c7-ee14-11f1-a1da-02fc00000001',0,'848d86c6-ee14-11f1-a1da-02fc00000001','848d86c6-ee14-11f1-a1da-02fc00000001',NULL,'severity','string',NULL,NULL,NULL,NULL,NULL,NULL,'HIGH',NULL,NULL,'2026-12-02 05:52:11.582','2026-12-02 05:52:11.582'),
('848d86c8-ee14-11f1-a1da-02fc00000001',0,'848d86c6-ee14-11f1-a1da-02fc00000001','848d86c6-ee14-11f1-a1da-02fc00000001',NULL,'triageDeadline','string',NULL,NULL,NULL,NULL,NULL,NULL,'P1D',NULL,NULL,'2026-12-02 05:52:11.582','2026-12-02 05:52:11.582'),
('848d86c9-ee14-11f1-a1da-02fc00000001',0,'848d86c6-ee14-11f1-a1da-02fc00000001','848d86c6-ee14-11f1-a1da-02fc00000001',NULL,'caseReference','string',NULL,NULL,NULL,NULL,NULL,NULL,'SC-2026-000002',NULL,NULL,'2026-12-02 05:52:11.582','2026-12-02 05:52:11.582'),
('848d86ca-ee14-11f1-a1da-02fc00000001',0,'848d86c6-ee14-11f1-a1da-02fc00000001','848d86c6-ee14-11f1-a1da-02fc00000001',NULL,'removalDeadline','string',NULL,NULL,NULL,NULL,NULL,NULL,'P5D',NULL,NULL,'2026-12-02 05:52:11.582','2026-12-02 05:52:11.582'),
('848d86cb-ee14-11f1-a1da-02fc00000001',0,'848d86c6-ee14-11f1-a1da-02fc00000001','848d86c6-ee14-11f1-a1da-02fc00000001',NULL,'perpetrator','string',NULL,NULL,NULL,NULL,NULL,NULL,'COLLEAGUE',NULL,NULL,'2026-12-02 05:52:11.582','2026-12-02 05:52:11.582'),
('848d86cc-ee14-11f1-a1da-02fc00000001',0,'848d86c6-ee14-11f1-a1da-02fc00000001','848d86c6-ee14-11f1-a1da-02fc00000001',NULL,'posterKnown','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:11.582','2026-12-02 05:52:11.582'),
('848d86cd-ee14-11f1-a1da-02fc00000001',0,'848d86c6-ee14-11f1-a1da-02fc00000001','848d86c6-ee14-11f1-a1da-02fc00000001',NULL,'reporterUser','string',NULL,NULL,NULL,NULL,NULL,NULL,'user:8',NULL,NULL,'2026-12-02 05:52:11.582','2026-12-02 05:52:11.582'),
('848d86ce-ee14-11f1-a1da-02fc00000001',0,'848d86c6-ee14-11f1-a1da-02fc00000001','848d86c6-ee14-11f1-a1da-02fc00000001',NULL,'maliciousClaimByPupil','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:11.582','2026-12-02 05:52:11.582'),
('848d86cf-ee14-11f1-a1da-02fc00000001',0,'848d86c6-ee14-11f1-a1da-02fc00000001','848d86c6-ee14-11f1-a1da-02fc00000001',NULL,'headTeacherGroup','string',NULL,NULL,NULL,NULL,NULL,NULL,'school:1:head-teacher',NULL,NULL,'2026-12-02 05:52:11.582','2026-12-02 05:52:11.582'),
('848d86d0-ee14-11f1-a1da-02fc00000001',0,'848d86c6-ee14-11f1-a1da-02fc00000001','848d86c6-ee14-11f1-a1da-02fc00000001',NULL,'withheldFiles','integer',NULL,NULL,NULL,NULL,NULL,0,'0',NULL,NULL,'2026-12-02 05:52:11.582','2026-12-02 05:52:11.582'),
('848d86d1-ee14-11f1-a1da-02fc00000001',0,'848d86c6-ee14-11f1-a1da-02fc00000001','848d86c6-ee14-11f1-a1da-02fc00000001',NULL,'policeInvolved','boolean',NULL,NULL,NULL,NULL,NULL,1,NULL,NULL,NULL,'2026-12-02 05:52:11.582','2026-12-02 05:52:11.582'),
('848d86d2-ee14-11f1-a1da-02fc00000001',0,'848d86c6-ee14-11f1-a1da-02fc00000001','848d86c6-ee14-11f1-a1da-02fc00000001',NULL,'schoolNation','string',NULL,NULL,NULL,NULL,NULL,NULL,'ENGLAND',NULL,NULL,'2026-12-02 05:52:11.582','2026-12-02 05:52:11.582'),
('848dd4f3-ee14-11f1-a1da-02fc00000001',0,'848d86c6-ee14-11f1-a1da-02fc00000001','848d86c6-ee14-11f1-a1da-02fc00000001',NULL,'providerDeadline','string',NULL,NULL,NULL,NULL,NULL,NULL,'P2D',NULL,NULL,'2026-12-02 05:52:11.584','2026-12-02 05:52:11.584'),
('848dd4f4-ee14-11f1-a1da-02fc00000001',0,'848d86c6-ee14-11f1-a1da-02fc00000001','848d86c6-ee14-11f1-a1da-02fc00000001',NULL,'policeWanted','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:11.584','2026-12-02 05:52:11.584'),
('848dd4f5-ee14-11f1-a1da-02fc00000001',0,'848d86c6-ee14-11f1-a1da-02fc00000001','848d86c6-ee14-11f1-a1da-02fc00000001',NULL,'schoolId','long',NULL,NULL,NULL,NULL,NULL,1,'1',NULL,NULL,'2026-12-02 05:52:11.584','2026-12-02 05:52:11.584'),
('848dd4f6-ee14-11f1-a1da-02fc00000001',0,'848d86c6-ee14-11f1-a1da-02fc00000001','848d86c6-ee14-11f1-a1da-02fc00000001',NULL,'hrGroup','string',NULL,NULL,NULL,NULL,NULL,NULL,'la:1:hr',NULL,NULL,'2026-12-02 05:52:11.584','2026-12-02 05:52:11.584'),
('848dd4f7-ee14-11f1-a1da-02fc00000001',0,'848d86c6-ee14-11f1-a1da-02fc00000001','848d86c6-ee14-11f1-a1da-02fc00000001',NULL,'reviewGroup','string',NULL,NULL,NULL,NULL,NULL,NULL,'school:1:online-safety-lead',NULL,NULL,'2026-12-02 05:52:11.584','2026-12-02 05:52:11.584'),
('848dd4f8-ee14-11f1-a1da-02fc00000001',0,'848d86c6-ee14-11f1-a1da-02fc00000001','848d86c6-ee14-11f1-a1da-02fc00000001',NULL,'urgent','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:11.584','2026-12-02 05:52:11.584'),
('848dd4f9-ee14-11f1-a1da-02fc00000001',0,'848d86c6-ee14-11f1-a1da-02fc00000001','848d86c6-ee14-11f1-a1da-02fc00000001',NULL,'category','string',NULL,NULL,NULL,NULL,NULL,NULL,'CYBERBULLYING',NULL,NULL,'2026-12-02 05:52:11.584','2026-12-02 05:52:11.584'),
('848dd4fa-ee14-11f1-a1da-02fc00000001',0,'848d86c6-ee14-11f1-a1da-02fc00000001','848d86c6-ee14-11f1-a1da-02fc00000001',NULL,'mayBeCriminal','boolean',NULL,NULL,NULL,NULL,NULL,1,NULL,NULL,NULL,'2026-12-02 05:52:11.584','2026-12-02 05:52:11.584'),
('848dd4fb-ee14-11f1-a1da-02fc00000001',0,'848d86c6-ee14-11f1-a1da-02fc00000001','848d86c6-ee14-11f1-a1da-02fc00000001',NULL,'removalNeeded','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:11.584','2026-12-02 05:52:11.584'),
('84cc1588-ee14-11f1-a1da-02fc00000001',0,'848d86c6-ee14-11f1-a1da-02fc00000001','848d86c6-ee14-11f1-a1da-02fc00000001',NULL,'disciplinaryOutcome','string',NULL,NULL,NULL,NULL,NULL,NULL,'Final written warning',NULL,NULL,'2026-12-02 05:52:11.992','2026-12-02 05:52:11.992'),
('84ccb1cb-ee14-11f1-a1da-02fc00000001',0,'838abc4f-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001',NULL,'disciplinaryOutcome','string',NULL,NULL,NULL,NULL,NULL,NULL,'Final written warning',NULL,NULL,'2026-12-02 05:52:11.996','2026-12-02 05:52:11.996'),
('850e9cd6-ee14-11f1-a1da-02fc00000001',0,'838abc4f-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001',NULL,'supportOffered','string',NULL,NULL,NULL,NULL,NULL,NULL,'Counselling via the employee assistance programme',NULL,NULL,'2026-12-02 05:52:12.428','2026-12-02 05:52:12.428'),
('850e9cd7-ee14-11f1-a1da-02fc00000001',0,'838abc4f-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001',NULL,'supportOfferedOn','date',NULL,NULL,NULL,NULL,NULL,1796083200000,NULL,NULL,NULL,'2026-12-02 05:52:12.428','2026-12-02 05:52:12.428'),
('854b099f-ee14-11f1-a1da-02fc00000001',0,'838abc4f-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001',NULL,'caseOutcome','string',NULL,NULL,NULL,NULL,NULL,NULL,'Posts removed, colleague disciplined',NULL,NULL,'2026-12-02 05:52:12.824','2026-12-02 05:52:12.824'),
('857e4ea6-ee14-11f1-a1da-02fc00000001',0,'838abc4f-ee14-11f1-a1da-02fc00000001','838abc4f-ee14-11f1-a1da-02fc00000001',NULL,'satisfied','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:13.160','2026-12-02 05:52:13.160'),
('85d34c7c-ee14-11f1-a1da-02fc00000001',0,'85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,'reviewGroup','string',NULL,NULL,NULL,NULL,NULL,NULL,'school:1:dsl',NULL,NULL,'2026-12-02 05:52:13.717','2026-12-02 05:52:13.717'),
('85d34c7d-ee14-11f1-a1da-02fc00000001',0,'85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,'reporterUser','string',NULL,NULL,NULL,NULL,NULL,NULL,'user:8',NULL,NULL,'2026-12-02 05:52:13.717','2026-12-02 05:52:13.717'),
('85d34c7e-ee14-11f1-a1da-02fc00000001',0,'85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,'providerDeadline','string',NULL,NULL,NULL,NULL,NULL,NULL,'P2D',NULL,NULL,'2026-12-02 05:52:13.717','2026-12-02 05:52:13.717'),
('85d34c7f-ee14-11f1-a1da-02fc00000001',0,'85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,'urgent','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:13.717','2026-12-02 05:52:13.717'),
('85d34c80-ee14-11f1-a1da-02fc00000001',0,'85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,'caseReference','string',NULL,NULL,NULL,NULL,NULL,NULL,'SC-2026-000003',NULL,NULL,'2026-12-02 05:52:13.717','2026-12-02 05:52:13.717'),
('85d34c81-ee14-11f1-a1da-02fc00000001',0,'85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,'withheldFiles','integer',NULL,NULL,NULL,NULL,NULL,0,'0',NULL,NULL,'2026-12-02 05:52:13.717','2026-12-02 05:52:13.717'),
('85d34c82-ee14-11f1-a1da-02fc00000001',0,'85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,'headTeacherGroup','string',NULL,NULL,NULL,NULL,NULL,NULL,'school:1:head-teacher',NULL,NULL,'2026-12-02 05:52:13.717','2026-12-02 05:52:13.717'),
('85d34c83-ee14-11f1-a1da-02fc00000001',0,'85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,'category','string',NULL,NULL,NULL,NULL,NULL,NULL,'NUDE_IMAGES',NULL,NULL,'2026-12-02 05:52:13.717','2026-12-02 05:52:13.717'),
('85d34c84-ee14-11f1-a1da-02fc00000001',0,'85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,'removalDeadline','string',NULL,NULL,NULL,NULL,NULL,NULL,'P5D',NULL,NULL,'2026-12-02 05:52:13.717','2026-12-02 05:52:13.717'),
('85d34c85-ee14-11f1-a1da-02fc00000001',0,'85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,'policeWanted','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:13.717','2026-12-02 05:52:13.717'),
('85d34c86-ee14-11f1-a1da-02fc00000001',0,'85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,'schoolNation','string',NULL,NULL,NULL,NULL,NULL,NULL,'ENGLAND',NULL,NULL,'2026-12-02 05:52:13.717','2026-12-02 05:52:13.717'),
('85d34c87-ee14-11f1-a1da-02fc00000001',0,'85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,'triageDeadline','string',NULL,NULL,NULL,NULL,NULL,NULL,'P1D',NULL,NULL,'2026-12-02 05:52:13.717','2026-12-02 05:52:13.717'),
('85d34c88-ee14-11f1-a1da-02fc00000001',0,'85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,'schoolId','long',NULL,NULL,NULL,NULL,NULL,1,'1',NULL,NULL,'2026-12-02 05:52:13.717','2026-12-02 05:52:13.717'),
('85d34c89-ee14-11f1-a1da-02fc00000001',0,'85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,'hrGroup','string',NULL,NULL,NULL,NULL,NULL,NULL,'la:1:hr',NULL,NULL,'2026-12-02 05:52:13.717','2026-12-02 05:52:13.717'),
('85d3e8ce-ee14-11f1-a1da-02fc00000001',1,'85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,'referralInProgress','boolean',NULL,NULL,NULL,NULL,NULL,1,NULL,NULL,NULL,'2026-12-02 05:52:13.721','2026-12-02 05:52:14.148'),
('85d3e8cf-ee14-11f1-a1da-02fc00000001',0,'85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,'referralsRecorded','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:13.721','2026-12-02 05:52:13.721'),
('860e59d4-ee14-11f1-a1da-02fc00000001',0,'85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,'childrenInvolved','long',NULL,NULL,NULL,NULL,NULL,2,'2',NULL,NULL,'2026-12-02 05:52:14.104','2026-12-02 05:52:14.104'),
('860e59d5-ee14-11f1-a1da-02fc00000001',0,'85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,'youngestAge','long',NULL,NULL,NULL,NULL,NULL,13,'13',NULL,NULL,'2026-12-02 05:52:14.104','2026-12-02 05:52:14.104'),
('860e59d6-ee14-11f1-a1da-02fc00000001',0,'85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,'childVulnerable','boolean',NULL,NULL,NULL,NULL,NULL,1,NULL,NULL,NULL,'2026-12-02 05:52:14.104','2026-12-02 05:52:14.104'),
('860e59d7-ee14-11f1-a1da-02fc00000001',0,'85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,'adultInvolved','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:14.104','2026-12-02 05:52:14.104'),
('860e59d8-ee14-11f1-a1da-02fc00000001',0,'85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,'coercionOrExploitation','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:14.104','2026-12-02 05:52:14.104'),
('860e59d9-ee14-11f1-a1da-02fc00000001',0,'85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,'unusualOrViolentContent','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:14.104','2026-12-02 05:52:14.104'),
('860e59da-ee14-11f1-a1da-02fc00000001',0,'85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,'sexualActsUnder13','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:14.104','2026-12-02 05:52:14.104'),
('860e59db-ee14-11f1-a1da-02fc00000001',0,'85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,'sharedWithoutConsent','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:14.104','2026-12-02 05:52:14.104'),
('860e59dc-ee14-11f1-a1da-02fc00000001',0,'85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,'immediateRiskOfHarm','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:14.104','2026-12-02 05:52:14.104'),
('860e59dd-ee14-11f1-a1da-02fc00000001',0,'85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,'howWidelyShared','string',NULL,NULL,NULL,NULL,NULL,NULL,'Sent to two classmates on Snapchat',NULL,NULL,'2026-12-02 05:52:14.104','2026-12-02 05:52:14.104'),
('860e59de-ee14-11f1-a1da-02fc00000001',0,'85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,'deviceSearched','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:14.104','2026-12-02 05:52:14.104'),
('8613b113-ee14-11f1-a1da-02fc00000001',0,'85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,'referralRequired','boolean',NULL,NULL,NULL,NULL,NULL,1,NULL,NULL,NULL,'2026-12-02 05:52:14.139','2026-12-02 05:52:14.139'),
('8613b114-ee14-11f1-a1da-02fc00000001',0,'85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,'urgentPolice','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:14.139','2026-12-02 05:52:14.139'),
('8613b115-ee14-11f1-a1da-02fc00000001',0,'85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,'referralReason','string',NULL,NULL,NULL,NULL,NULL,NULL,'A child aged 13 or under is involved',NULL,NULL,'2026-12-02 05:52:14.139','2026-12-02 05:52:14.139'),
('8613d826-ee14-11f1-a1da-02fc00000001',0,'85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,'referralTableVersion','integer',NULL,NULL,NULL,NULL,NULL,1,'1',NULL,NULL,'2026-12-02 05:52:14.140','2026-12-02 05:52:14.140'),
('86155ece-ee14-11f1-a1da-02fc00000001',0,'861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,'deviceSearched','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:14.150','2026-12-02 05:52:14.150'),
('86155ecf-ee14-11f1-a1da-02fc00000001',0,'861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,'referralReason','string',NULL,NULL,NULL,NULL,NULL,NULL,'A child aged 13 or under is involved',NULL,NULL,'2026-12-02 05:52:14.150','2026-12-02 05:52:14.150'),
('86155ed0-ee14-11f1-a1da-02fc00000001',0,'861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,'sharedWithoutConsent','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:14.150','2026-12-02 05:52:14.150'),
('86155ed1-ee14-11f1-a1da-02fc00000001',0,'861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,'urgentPolice','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:14.150','2026-12-02 05:52:14.150'),
('86155ed2-ee14-11f1-a1da-02fc00000001',0,'861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,'caseReference','string',NULL,NULL,NULL,NULL,NULL,NULL,'SC-2026-000003',NULL,NULL,'2026-12-02 05:52:14.150','2026-12-02 05:52:14.150'),
('86155ed3-ee14-11f1-a1da-02fc00000001',0,'861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,'reporterUser','string',NULL,NULL,NULL,NULL,NULL,NULL,'user:8',NULL,NULL,'2026-12-02 05:52:14.150','2026-12-02 05:52:14.150'),
('86155ed4-ee14-11f1-a1da-02fc00000001',0,'861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,'withheldFiles','integer',NULL,NULL,NULL,NULL,NULL,0,'0',NULL,NULL,'2026-12-02 05:52:14.150','2026-12-02 05:52:14.150'),
('86155ed5-ee14-11f1-a1da-02fc00000001',0,'861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,'youngestAge','long',NULL,NULL,NULL,NULL,NULL,13,'13',NULL,NULL,'2026-12-02 05:52:14.150','2026-12-02 05:52:14.150'),
('86155ed6-ee14-11f1-a1da-02fc00000001',0,'861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,'childrenInvolved','long',NULL,NULL,NULL,NULL,NULL,2,'2',NULL,NULL,'2026-12-02 05:52:14.150','2026-12-02 05:52:14.150'),
('86155ed7-ee14-11f1-a1da-02fc00000001',0,'861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,'unusualOrViolentContent','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:14.150','2026-12-02 05:52:14.150'),
('86155ed8-ee14-11f1-a1da-02fc00000001',0,'861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,'schoolId','long',NULL,NULL,NULL,NULL,NULL,1,'1',NULL,NULL,'2026-12-02 05:52:14.150','2026-12-02 05:52:14.150'),
('86155ed9-ee14-11f1-a1da-02fc00000001',0,'861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,'immediateRiskOfHarm','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:14.150','2026-12-02 05:52:14.150'),
('86155eda-ee14-11f1-a1da-02fc00000001',0,'861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,'coercionOrExploitation','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:14.150','2026-12-02 05:52:14.150'),
('86155edb-ee14-11f1-a1da-02fc00000001',0,'861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,'urgent','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:14.150','2026-12-02 05:52:14.150'),
('86155edc-ee14-11f1-a1da-02fc00000001',0,'861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,'sexualActsUnder13','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:14.150','2026-12-02 05:52:14.150'),
('86155edd-ee14-11f1-a1da-02fc00000001',0,'861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,'childVulnerable','boolean',NULL,NULL,NULL,NULL,NULL,1,NULL,NULL,NULL,'2026-12-02 05:52:14.150','2026-12-02 05:52:14.150'),
('86155ede-ee14-11f1-a1da-02fc00000001',0,'861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,'triageDeadline','string',NULL,NULL,NULL,NULL,NULL,NULL,'P1D',NULL,NULL,'2026-12-02 05:52:14.150','2026-12-02 05:52:14.150'),
('86155edf-ee14-11f1-a1da-02fc00000001',0,'861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,'removalDeadline','string',NULL,NULL,NULL,NULL,NULL,NULL,'P5D',NULL,NULL,'2026-12-02 05:52:14.150','2026-12-02 05:52:14.150'),
('86155ee0-ee14-11f1-a1da-02fc00000001',0,'861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,'headTeacherGroup','string',NULL,NULL,NULL,NULL,NULL,NULL,'school:1:head-teacher',NULL,NULL,'2026-12-02 05:52:14.150','2026-12-02 05:52:14.150'),
('86155ee1-ee14-11f1-a1da-02fc00000001',0,'861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,'referralsRecorded','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:14.150','2026-12-02 05:52:14.150'),
('86155ee2-ee14-11f1-a1da-02fc00000001',0,'861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,'schoolNation','string',NULL,NULL,NULL,NULL,NULL,NULL,'ENGLAND',NULL,NULL,'2026-12-02 05:52:14.150','2026-12-02 05:52:14.150'),
('86155ee3-ee14-11f1-a1da-02fc00000001',0,'861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,'providerDeadline','string',NULL,NULL,NULL,NULL,NULL,NULL,'P2D',NULL,NULL,'2026-12-02 05:52:14.150','2026-12-02 05:52:14.150'),
('86155ee4-ee14-11f1-a1da-02fc00000001',0,'861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,'policeWanted','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:14.150','2026-12-02 05:52:14.150'),
('86155ee5-ee14-11f1-a1da-02fc00000001',0,'861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,'referralInProgress','boolean',NULL,NULL,NULL,NULL,NULL,1,NULL,NULL,NULL,'2026-12-02 05:52:14.150','2026-12-02 05:52:14.150'),
('86155ee6-ee14-11f1-a1da-02fc00000001',0,'861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,'howWidelyShared','string',NULL,NULL,NULL,NULL,NULL,NULL,'Sent to two classmates on Snapchat',NULL,NULL,'2026-12-02 05:52:14.150','2026-12-02 05:52:14.150'),
('86155ee7-ee14-11f1-a1da-02fc00000001',0,'861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,'adultInvolved','boolean',NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,'2026-12-02 05:52:14.150','2026-12-02 05:52:14.150'),
('86155ee8-ee14-11f1-a1da-02fc00000001',0,'861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,'hrGroup','string',NULL,NULL,NULL,NULL,NULL,NULL,'la:1:hr',NULL,NULL,'2026-12-02 05:52:14.150','2026-12-02 05:52:14.150'),
('86155ee9-ee14-11f1-a1da-02fc00000001',0,'861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,'referralRequired','boolean',NULL,NULL,NULL,NULL,NULL,1,NULL,NULL,NULL,'2026-12-02 05:52:14.150','2026-12-02 05:52:14.150'),
('86155eea-ee14-11f1-a1da-02fc00000001',0,'861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,'reviewGroup','string',NULL,NULL,NULL,NULL,NULL,NULL,'school:1:dsl',NULL,NULL,'2026-12-02 05:52:14.150','2026-12-02 05:52:14.150'),
('86155eeb-ee14-11f1-a1da-02fc00000001',0,'861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,'category','string',NULL,NULL,NULL,NULL,NULL,NULL,'NUDE_IMAGES',NULL,NULL,'2026-12-02 05:52:14.150','2026-12-02 05:52:14.150'),
('86155eec-ee14-11f1-a1da-02fc00000001',0,'861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,'referralTableVersion','integer',NULL,NULL,NULL,NULL,NULL,1,'1',NULL,NULL,'2026-12-02 05:52:14.150','2026-12-02 05:52:14.150');
/*!40000 ALTER TABLE `ACT_HI_VARINST` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ACT_ID_BYTEARRAY`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_ID_BYTEARRAY` (
  `ID_` varchar(64) NOT NULL,
  `REV_` int(11) DEFAULT NULL,
  `NAME_` varchar(255) DEFAULT NULL,
  `BYTES_` longblob DEFAULT NULL,
  PRIMARY KEY (`ID_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_ID_BYTEARRAY` WRITE;
/*!40000 ALTER TABLE `ACT_ID_BYTEARRAY` DISABLE KEYS */;
/*!40000 ALTER TABLE `ACT_ID_BYTEARRAY` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ACT_ID_GROUP`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_ID_GROUP` (
  `ID_` varchar(64) NOT NULL,
  `REV_` int(11) DEFAULT NULL,
  `NAME_` varchar(255) DEFAULT NULL,
  `TYPE_` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`ID_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_ID_GROUP` WRITE;
/*!40000 ALTER TABLE `ACT_ID_GROUP` DISABLE KEYS */;
/*!40000 ALTER TABLE `ACT_ID_GROUP` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ACT_ID_INFO`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_ID_INFO` (
  `ID_` varchar(64) NOT NULL,
  `REV_` int(11) DEFAULT NULL,
  `USER_ID_` varchar(64) DEFAULT NULL,
  `TYPE_` varchar(64) DEFAULT NULL,
  `KEY_` varchar(255) DEFAULT NULL,
  `VALUE_` varchar(255) DEFAULT NULL,
  `PASSWORD_` longblob DEFAULT NULL,
  `PARENT_ID_` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`ID_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_ID_INFO` WRITE;
/*!40000 ALTER TABLE `ACT_ID_INFO` DISABLE KEYS */;
/*!40000 ALTER TABLE `ACT_ID_INFO` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ACT_ID_MEMBERSHIP`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_ID_MEMBERSHIP` (
  `USER_ID_` varchar(64) NOT NULL,
  `GROUP_ID_` varchar(64) NOT NULL,
  PRIMARY KEY (`USER_ID_`,`GROUP_ID_`),
  KEY `ACT_FK_MEMB_GROUP` (`GROUP_ID_`),
  CONSTRAINT `ACT_FK_MEMB_GROUP` FOREIGN KEY (`GROUP_ID_`) REFERENCES `ACT_ID_GROUP` (`ID_`),
  CONSTRAINT `ACT_FK_MEMB_USER` FOREIGN KEY (`USER_ID_`) REFERENCES `ACT_ID_USER` (`ID_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_ID_MEMBERSHIP` WRITE;
/*!40000 ALTER TABLE `ACT_ID_MEMBERSHIP` DISABLE KEYS */;
/*!40000 ALTER TABLE `ACT_ID_MEMBERSHIP` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ACT_ID_PRIV`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_ID_PRIV` (
  `ID_` varchar(64) NOT NULL,
  `NAME_` varchar(255) NOT NULL,
  PRIMARY KEY (`ID_`),
  UNIQUE KEY `ACT_UNIQ_PRIV_NAME` (`NAME_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_ID_PRIV` WRITE;
/*!40000 ALTER TABLE `ACT_ID_PRIV` DISABLE KEYS */;
/*!40000 ALTER TABLE `ACT_ID_PRIV` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ACT_ID_PRIV_MAPPING`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_ID_PRIV_MAPPING` (
  `ID_` varchar(64) NOT NULL,
  `PRIV_ID_` varchar(64) NOT NULL,
  `USER_ID_` varchar(255) DEFAULT NULL,
  `GROUP_ID_` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`ID_`),
  KEY `ACT_FK_PRIV_MAPPING` (`PRIV_ID_`),
  KEY `ACT_IDX_PRIV_USER` (`USER_ID_`),
  KEY `ACT_IDX_PRIV_GROUP` (`GROUP_ID_`),
  CONSTRAINT `ACT_FK_PRIV_MAPPING` FOREIGN KEY (`PRIV_ID_`) REFERENCES `ACT_ID_PRIV` (`ID_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_ID_PRIV_MAPPING` WRITE;
/*!40000 ALTER TABLE `ACT_ID_PRIV_MAPPING` DISABLE KEYS */;
/*!40000 ALTER TABLE `ACT_ID_PRIV_MAPPING` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ACT_ID_PROPERTY`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_ID_PROPERTY` (
  `NAME_` varchar(64) NOT NULL,
  `VALUE_` varchar(300) DEFAULT NULL,
  `REV_` int(11) DEFAULT NULL,
  PRIMARY KEY (`NAME_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_ID_PROPERTY` WRITE;
/*!40000 ALTER TABLE `ACT_ID_PROPERTY` DISABLE KEYS */;
INSERT INTO `ACT_ID_PROPERTY` VALUES
('schema.version','7.2.0.2',1);
/*!40000 ALTER TABLE `ACT_ID_PROPERTY` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ACT_ID_TOKEN`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_ID_TOKEN` (
  `ID_` varchar(64) NOT NULL,
  `REV_` int(11) DEFAULT NULL,
  `TOKEN_VALUE_` varchar(255) DEFAULT NULL,
  `TOKEN_DATE_` timestamp(3) NULL DEFAULT NULL,
  `IP_ADDRESS_` varchar(255) DEFAULT NULL,
  `USER_AGENT_` varchar(255) DEFAULT NULL,
  `USER_ID_` varchar(255) DEFAULT NULL,
  `TOKEN_DATA_` varchar(2000) DEFAULT NULL,
  PRIMARY KEY (`ID_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_ID_TOKEN` WRITE;
/*!40000 ALTER TABLE `ACT_ID_TOKEN` DISABLE KEYS */;
/*!40000 ALTER TABLE `ACT_ID_TOKEN` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ACT_ID_USER`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_ID_USER` (
  `ID_` varchar(64) NOT NULL,
  `REV_` int(11) DEFAULT NULL,
  `FIRST_` varchar(255) DEFAULT NULL,
  `LAST_` varchar(255) DEFAULT NULL,
  `DISPLAY_NAME_` varchar(255) DEFAULT NULL,
  `EMAIL_` varchar(255) DEFAULT NULL,
  `PWD_` varchar(255) DEFAULT NULL,
  `PICTURE_ID_` varchar(64) DEFAULT NULL,
  `TENANT_ID_` varchar(255) DEFAULT '',
  PRIMARY KEY (`ID_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_ID_USER` WRITE;
/*!40000 ALTER TABLE `ACT_ID_USER` DISABLE KEYS */;
/*!40000 ALTER TABLE `ACT_ID_USER` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ACT_PROCDEF_INFO`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_PROCDEF_INFO` (
  `ID_` varchar(64) NOT NULL,
  `PROC_DEF_ID_` varchar(64) NOT NULL,
  `REV_` int(11) DEFAULT NULL,
  `INFO_JSON_ID_` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`ID_`),
  UNIQUE KEY `ACT_UNIQ_INFO_PROCDEF` (`PROC_DEF_ID_`),
  KEY `ACT_IDX_INFO_PROCDEF` (`PROC_DEF_ID_`),
  KEY `ACT_FK_INFO_JSON_BA` (`INFO_JSON_ID_`),
  CONSTRAINT `ACT_FK_INFO_JSON_BA` FOREIGN KEY (`INFO_JSON_ID_`) REFERENCES `ACT_GE_BYTEARRAY` (`ID_`),
  CONSTRAINT `ACT_FK_INFO_PROCDEF` FOREIGN KEY (`PROC_DEF_ID_`) REFERENCES `ACT_RE_PROCDEF` (`ID_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_PROCDEF_INFO` WRITE;
/*!40000 ALTER TABLE `ACT_PROCDEF_INFO` DISABLE KEYS */;
/*!40000 ALTER TABLE `ACT_PROCDEF_INFO` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ACT_RE_DEPLOYMENT`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_RE_DEPLOYMENT` (
  `ID_` varchar(64) NOT NULL,
  `NAME_` varchar(255) DEFAULT NULL,
  `CATEGORY_` varchar(255) DEFAULT NULL,
  `KEY_` varchar(255) DEFAULT NULL,
  `TENANT_ID_` varchar(255) DEFAULT '',
  `DEPLOY_TIME_` timestamp(3) NULL DEFAULT NULL,
  `DERIVED_FROM_` varchar(64) DEFAULT NULL,
  `DERIVED_FROM_ROOT_` varchar(64) DEFAULT NULL,
  `PARENT_DEPLOYMENT_ID_` varchar(255) DEFAULT NULL,
  `ENGINE_VERSION_` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`ID_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_RE_DEPLOYMENT` WRITE;
/*!40000 ALTER TABLE `ACT_RE_DEPLOYMENT` DISABLE KEYS */;
INSERT INTO `ACT_RE_DEPLOYMENT` VALUES
('7f7f4671-ee14-11f1-a1da-02fc00000001','safecase-models',NULL,NULL,'','2026-12-02 05:52:03.098',NULL,NULL,'7f7f4671-ee14-11f1-a1da-02fc00000001',NULL);
/*!40000 ALTER TABLE `ACT_RE_DEPLOYMENT` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ACT_RE_MODEL`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_RE_MODEL` (
  `ID_` varchar(64) NOT NULL,
  `REV_` int(11) DEFAULT NULL,
  `NAME_` varchar(255) DEFAULT NULL,
  `KEY_` varchar(255) DEFAULT NULL,
  `CATEGORY_` varchar(255) DEFAULT NULL,
  `CREATE_TIME_` timestamp(3) NULL DEFAULT NULL,
  `LAST_UPDATE_TIME_` timestamp(3) NULL DEFAULT NULL,
  `VERSION_` int(11) DEFAULT NULL,
  `META_INFO_` varchar(4000) DEFAULT NULL,
  `DEPLOYMENT_ID_` varchar(64) DEFAULT NULL,
  `EDITOR_SOURCE_VALUE_ID_` varchar(64) DEFAULT NULL,
  `EDITOR_SOURCE_EXTRA_VALUE_ID_` varchar(64) DEFAULT NULL,
  `TENANT_ID_` varchar(255) DEFAULT '',
  PRIMARY KEY (`ID_`),
  KEY `ACT_FK_MODEL_SOURCE` (`EDITOR_SOURCE_VALUE_ID_`),
  KEY `ACT_FK_MODEL_SOURCE_EXTRA` (`EDITOR_SOURCE_EXTRA_VALUE_ID_`),
  KEY `ACT_FK_MODEL_DEPLOYMENT` (`DEPLOYMENT_ID_`),
  CONSTRAINT `ACT_FK_MODEL_DEPLOYMENT` FOREIGN KEY (`DEPLOYMENT_ID_`) REFERENCES `ACT_RE_DEPLOYMENT` (`ID_`),
  CONSTRAINT `ACT_FK_MODEL_SOURCE` FOREIGN KEY (`EDITOR_SOURCE_VALUE_ID_`) REFERENCES `ACT_GE_BYTEARRAY` (`ID_`),
  CONSTRAINT `ACT_FK_MODEL_SOURCE_EXTRA` FOREIGN KEY (`EDITOR_SOURCE_EXTRA_VALUE_ID_`) REFERENCES `ACT_GE_BYTEARRAY` (`ID_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_RE_MODEL` WRITE;
/*!40000 ALTER TABLE `ACT_RE_MODEL` DISABLE KEYS */;
/*!40000 ALTER TABLE `ACT_RE_MODEL` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ACT_RE_PROCDEF`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_RE_PROCDEF` (
  `ID_` varchar(64) NOT NULL,
  `REV_` int(11) DEFAULT NULL,
  `CATEGORY_` varchar(255) DEFAULT NULL,
  `NAME_` varchar(255) DEFAULT NULL,
  `KEY_` varchar(255) NOT NULL,
  `VERSION_` int(11) NOT NULL,
  `DEPLOYMENT_ID_` varchar(64) DEFAULT NULL,
  `RESOURCE_NAME_` varchar(4000) DEFAULT NULL,
  `DGRM_RESOURCE_NAME_` varchar(4000) DEFAULT NULL,
  `DESCRIPTION_` varchar(4000) DEFAULT NULL,
  `HAS_START_FORM_KEY_` tinyint(4) DEFAULT NULL,
  `HAS_GRAPHICAL_NOTATION_` tinyint(4) DEFAULT NULL,
  `SUSPENSION_STATE_` int(11) DEFAULT NULL,
  `TENANT_ID_` varchar(255) DEFAULT '',
  `ENGINE_VERSION_` varchar(255) DEFAULT NULL,
  `DERIVED_FROM_` varchar(64) DEFAULT NULL,
  `DERIVED_FROM_ROOT_` varchar(64) DEFAULT NULL,
  `DERIVED_VERSION_` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`ID_`),
  UNIQUE KEY `ACT_UNIQ_PROCDEF` (`KEY_`,`VERSION_`,`DERIVED_VERSION_`,`TENANT_ID_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_RE_PROCDEF` WRITE;
/*!40000 ALTER TABLE `ACT_RE_PROCDEF` DISABLE KEYS */;
INSERT INTO `ACT_RE_PROCDEF` VALUES
('childProtectionIncident:1:7fadf7a2-ee14-11f1-a1da-02fc00000001',1,'https://safecase.org/processes','Child-protection incident (nude images)','childProtectionIncident',1,'7f7f4671-ee14-11f1-a1da-02fc00000001','childProtectionIncident.bpmn20.xml',NULL,'A report of nude or semi-nude images of a pupil. Only the school\'s DSL and deputy DSL can pick it up.',0,0,1,'',NULL,NULL,NULL,0),
('childProtectionReferral:1:7fadf79c-ee14-11f1-a1da-02fc00000001',1,'https://safecase.org/processes','Referral to police and children\'s social care','childProtectionReferral',1,'7f7f4671-ee14-11f1-a1da-02fc00000001','childProtectionReferral.bpmn20.xml',NULL,NULL,0,0,1,'',NULL,NULL,NULL,0),
('hrDisciplinaryHandOff:1:7fadf79d-ee14-11f1-a1da-02fc00000001',1,'https://safecase.org/processes','Hand-off to LA HR','hrDisciplinaryHandOff',1,'7f7f4671-ee14-11f1-a1da-02fc00000001','hrDisciplinaryHandOff.bpmn20.xml',NULL,NULL,0,0,1,'',NULL,NULL,NULL,0),
('policeReferral:1:7fadf7a0-ee14-11f1-a1da-02fc00000001',1,'https://safecase.org/processes','Police referral','policeReferral',1,'7f7f4671-ee14-11f1-a1da-02fc00000001','policeReferral.bpmn20.xml',NULL,NULL,0,0,1,'',NULL,NULL,NULL,0),
('providerTakedown:1:7fadf79f-ee14-11f1-a1da-02fc00000001',1,'https://safecase.org/processes','Provider takedown','providerTakedown',1,'7f7f4671-ee14-11f1-a1da-02fc00000001','providerTakedown.bpmn20.xml',NULL,NULL,0,0,1,'',NULL,NULL,NULL,0),
('removalRequest:1:7fadf79e-ee14-11f1-a1da-02fc00000001',1,'https://safecase.org/processes','Removal request to the poster','removalRequest',1,'7f7f4671-ee14-11f1-a1da-02fc00000001','removalRequest.bpmn20.xml',NULL,NULL,0,0,1,'',NULL,NULL,NULL,0),
('schoolProcedure:1:7fadf7a1-ee14-11f1-a1da-02fc00000001',1,'https://safecase.org/processes','School procedure','schoolProcedure',1,'7f7f4671-ee14-11f1-a1da-02fc00000001','schoolProcedure.bpmn20.xml',NULL,NULL,0,0,1,'',NULL,NULL,NULL,0),
('staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001',1,'https://safecase.org/processes','Staff online-safety incident','staffIncident',1,'7f7f4671-ee14-11f1-a1da-02fc00000001','staffIncident.bpmn20.xml',NULL,'A member of staff has reported an online-safety incident. The online-safety lead triages it, runs the responses it needs, records the support given and closes it with the staff member.',0,0,1,'',NULL,NULL,NULL,0);
/*!40000 ALTER TABLE `ACT_RE_PROCDEF` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ACT_RU_ACTINST`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_RU_ACTINST` (
  `ID_` varchar(64) NOT NULL,
  `REV_` int(11) DEFAULT 1,
  `PROC_DEF_ID_` varchar(64) NOT NULL,
  `PROC_INST_ID_` varchar(64) NOT NULL,
  `EXECUTION_ID_` varchar(64) NOT NULL,
  `ACT_ID_` varchar(255) NOT NULL,
  `TASK_ID_` varchar(64) DEFAULT NULL,
  `CALL_PROC_INST_ID_` varchar(64) DEFAULT NULL,
  `ACT_NAME_` varchar(255) DEFAULT NULL,
  `ACT_TYPE_` varchar(255) NOT NULL,
  `ASSIGNEE_` varchar(255) DEFAULT NULL,
  `COMPLETED_BY_` varchar(255) DEFAULT NULL,
  `START_TIME_` datetime(3) NOT NULL,
  `END_TIME_` datetime(3) DEFAULT NULL,
  `DURATION_` bigint(20) DEFAULT NULL,
  `TRANSACTION_ORDER_` int(11) DEFAULT NULL,
  `DELETE_REASON_` varchar(4000) DEFAULT NULL,
  `TENANT_ID_` varchar(255) DEFAULT '',
  PRIMARY KEY (`ID_`),
  KEY `ACT_IDX_RU_ACTI_START` (`START_TIME_`),
  KEY `ACT_IDX_RU_ACTI_END` (`END_TIME_`),
  KEY `ACT_IDX_RU_ACTI_PROC` (`PROC_INST_ID_`),
  KEY `ACT_IDX_RU_ACTI_PROC_ACT` (`PROC_INST_ID_`,`ACT_ID_`),
  KEY `ACT_IDX_RU_ACTI_EXEC` (`EXECUTION_ID_`),
  KEY `ACT_IDX_RU_ACTI_EXEC_ACT` (`EXECUTION_ID_`,`ACT_ID_`),
  KEY `ACT_IDX_RU_ACTI_TASK` (`TASK_ID_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_RU_ACTINST` WRITE;
/*!40000 ALTER TABLE `ACT_RU_ACTINST` DISABLE KEYS */;
INSERT INTO `ACT_RU_ACTINST` VALUES
('8186fd76-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001','8186fd75-ee14-11f1-a1da-02fc00000001','incidentReported',NULL,NULL,'Incident reported','startEvent',NULL,NULL,'2026-12-02 05:52:06.506','2026-12-02 05:52:06.510',4,1,NULL,''),
('81880ee7-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001','8186fd75-ee14-11f1-a1da-02fc00000001','toTriage',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:06.513','2026-12-02 05:52:06.513',0,2,NULL,''),
('818835f9-ee14-11f1-a1da-02fc00000001',2,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001','81880ee8-ee14-11f1-a1da-02fc00000001','triage',NULL,NULL,'Triage of the report','subProcess',NULL,NULL,'2026-12-02 05:52:06.514','2026-12-02 05:52:07.145',631,3,'terminate end event (triageDone)',''),
('818835fb-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001','818835fa-ee14-11f1-a1da-02fc00000001','triageStarted',NULL,NULL,'Lead told of the report','startEvent',NULL,NULL,'2026-12-02 05:52:06.514','2026-12-02 05:52:06.514',0,4,NULL,''),
('818835fc-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001','818835fa-ee14-11f1-a1da-02fc00000001','toTriageByLead',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:06.514','2026-12-02 05:52:06.514',0,5,NULL,''),
('818835fd-ee14-11f1-a1da-02fc00000001',3,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001','818835fa-ee14-11f1-a1da-02fc00000001','triageByLead','818bdf80-ee14-11f1-a1da-02fc00000001',NULL,'Lead triages report','userTask','user:5','user:5','2026-12-02 05:52:06.514','2026-12-02 05:52:07.140',626,6,NULL,''),
('8188841f-ee14-11f1-a1da-02fc00000001',2,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001','81885d0e-ee14-11f1-a1da-02fc00000001','triageDeadlineMissed',NULL,NULL,'Triage deadline missed','boundaryEvent',NULL,NULL,'2026-12-02 05:52:06.516','2026-12-02 05:52:07.139',623,7,NULL,''),
('81e7bb33-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001','818835fa-ee14-11f1-a1da-02fc00000001','toTriaged',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:07.140','2026-12-02 05:52:07.140',0,1,NULL,''),
('81e7e244-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001','818835fa-ee14-11f1-a1da-02fc00000001','triageDone',NULL,NULL,'Report triaged','endEvent',NULL,NULL,'2026-12-02 05:52:07.141','2026-12-02 05:52:07.141',0,2,'terminate end event (triageDone)',''),
('81e8cca6-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001','81e83065-ee14-11f1-a1da-02fc00000001','toRecordTriage',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:07.147','2026-12-02 05:52:07.147',0,3,NULL,''),
('81e8f3b7-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001','81e83065-ee14-11f1-a1da-02fc00000001','recordTriage',NULL,NULL,'Record that the report is triaged','serviceTask',NULL,NULL,'2026-12-02 05:52:07.148','2026-12-02 05:52:07.164',16,4,NULL,''),
('81eb8bc8-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001','81e83065-ee14-11f1-a1da-02fc00000001','toPoliceQuestion',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:07.165','2026-12-02 05:52:07.165',0,5,NULL,''),
('81eb8bc9-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001','81e83065-ee14-11f1-a1da-02fc00000001','policeToConsider',NULL,NULL,'Police to consider?','exclusiveGateway',NULL,NULL,'2026-12-02 05:52:07.165','2026-12-02 05:52:07.172',7,6,NULL,''),
('81ec9d3a-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001','81e83065-ee14-11f1-a1da-02fc00000001','noPoliceConsideration',NULL,NULL,'No','sequenceFlow',NULL,NULL,'2026-12-02 05:52:07.172','2026-12-02 05:52:07.172',0,7,NULL,''),
('81ec9d3b-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001','81e83065-ee14-11f1-a1da-02fc00000001','responses',NULL,NULL,'Responses chosen at triage','inclusiveGateway',NULL,NULL,'2026-12-02 05:52:07.172','2026-12-02 05:52:07.174',2,8,NULL,''),
('81edd5bc-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001','81e83065-ee14-11f1-a1da-02fc00000001','toRemovalRequest',NULL,NULL,'Poster known','sequenceFlow',NULL,NULL,'2026-12-02 05:52:07.180','2026-12-02 05:52:07.180',0,9,NULL,''),
('81edd5bd-ee14-11f1-a1da-02fc00000001',2,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001','81e83065-ee14-11f1-a1da-02fc00000001','removalRequest',NULL,'81ee23de-ee14-11f1-a1da-02fc00000001','Removal request to the poster','callActivity',NULL,NULL,'2026-12-02 05:52:07.180','2026-12-02 05:52:08.177',997,10,NULL,''),
('82861d4d-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001','81e83065-ee14-11f1-a1da-02fc00000001','toRemoved',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:08.178','2026-12-02 05:52:08.178',0,1,NULL,''),
('82861d4e-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001','81e83065-ee14-11f1-a1da-02fc00000001','removedByPoster',NULL,NULL,'Removed by the poster?','exclusiveGateway',NULL,NULL,'2026-12-02 05:52:08.178','2026-12-02 05:52:08.178',0,2,NULL,''),
('8286445f-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001','81e83065-ee14-11f1-a1da-02fc00000001','posterDidNotRemove',NULL,NULL,'Refused or ignored','sequenceFlow',NULL,NULL,'2026-12-02 05:52:08.179','2026-12-02 05:52:08.179',0,3,NULL,''),
('82864460-ee14-11f1-a1da-02fc00000001',1,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001','81e83065-ee14-11f1-a1da-02fc00000001','providerTakedownAfterRefusal',NULL,'82866b71-ee14-11f1-a1da-02fc00000001','Provider takedown','callActivity',NULL,NULL,'2026-12-02 05:52:08.179',NULL,NULL,4,NULL,''),
('82866b88-ee14-11f1-a1da-02fc00000001',1,'providerTakedown:1:7fadf79f-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001','82866b87-ee14-11f1-a1da-02fc00000001','takedownNeeded',NULL,NULL,'Takedown needed','startEvent',NULL,NULL,'2026-12-02 05:52:08.180','2026-12-02 05:52:08.180',0,1,NULL,''),
('82866b89-ee14-11f1-a1da-02fc00000001',1,'providerTakedown:1:7fadf79f-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001','82866b87-ee14-11f1-a1da-02fc00000001','toLocation',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:08.180','2026-12-02 05:52:08.180',0,2,NULL,''),
('82866b8a-ee14-11f1-a1da-02fc00000001',3,'providerTakedown:1:7fadf79f-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001','82866b87-ee14-11f1-a1da-02fc00000001','recordMaterialLocation','8286929b-ee14-11f1-a1da-02fc00000001',NULL,'Lead records where the material is','userTask','user:5','user:5','2026-12-02 05:52:08.180','2026-12-02 05:52:08.803',623,3,NULL,''),
('82e57b84-ee14-11f1-a1da-02fc00000001',1,'providerTakedown:1:7fadf79f-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001','82866b87-ee14-11f1-a1da-02fc00000001','toReport',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:08.803','2026-12-02 05:52:08.803',0,1,NULL,''),
('82e5a295-ee14-11f1-a1da-02fc00000001',3,'providerTakedown:1:7fadf79f-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001','82866b87-ee14-11f1-a1da-02fc00000001','reportToProvider','82e5c9a6-ee14-11f1-a1da-02fc00000001',NULL,'Lead reports the material to the provider','userTask','user:5','user:5','2026-12-02 05:52:08.804','2026-12-02 05:52:09.250',446,2,NULL,''),
('8329b082-ee14-11f1-a1da-02fc00000001',1,'providerTakedown:1:7fadf79f-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001','82866b87-ee14-11f1-a1da-02fc00000001','toAwait',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:09.250','2026-12-02 05:52:09.250',0,1,NULL,''),
('8329b084-ee14-11f1-a1da-02fc00000001',1,'providerTakedown:1:7fadf79f-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001','8329b083-ee14-11f1-a1da-02fc00000001','awaitProvider',NULL,NULL,'Waiting for the provider','subProcess',NULL,NULL,'2026-12-02 05:52:09.250',NULL,NULL,2,NULL,''),
('8329b086-ee14-11f1-a1da-02fc00000001',1,'providerTakedown:1:7fadf79f-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001','8329b085-ee14-11f1-a1da-02fc00000001','awaitStarted',NULL,NULL,'Reported to the provider','startEvent',NULL,NULL,'2026-12-02 05:52:09.250','2026-12-02 05:52:09.250',0,3,NULL,''),
('8329b087-ee14-11f1-a1da-02fc00000001',1,'providerTakedown:1:7fadf79f-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001','8329b085-ee14-11f1-a1da-02fc00000001','toDecision',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:09.251','2026-12-02 05:52:09.251',0,4,NULL,''),
('8329d798-ee14-11f1-a1da-02fc00000001',1,'providerTakedown:1:7fadf79f-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001','8329b085-ee14-11f1-a1da-02fc00000001','recordProviderDecision','832a73db-ee14-11f1-a1da-02fc00000001',NULL,'Record the provider\'s decision','userTask',NULL,NULL,'2026-12-02 05:52:09.251',NULL,NULL,5,NULL,''),
('8329d79a-ee14-11f1-a1da-02fc00000001',1,'providerTakedown:1:7fadf79f-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001','8329d799-ee14-11f1-a1da-02fc00000001','providerSilent',NULL,NULL,'Not removed after the waiting time','boundaryEvent',NULL,NULL,'2026-12-02 05:52:09.251',NULL,NULL,6,NULL,''),
('85d34c8b-ee14-11f1-a1da-02fc00000001',1,'childProtectionIncident:1:7fadf7a2-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001','incidentReported',NULL,NULL,'Incident reported to the DSL','startEvent',NULL,NULL,'2026-12-02 05:52:13.717','2026-12-02 05:52:13.721',4,1,NULL,''),
('85d40fe0-ee14-11f1-a1da-02fc00000001',1,'childProtectionIncident:1:7fadf7a2-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001','toFilesQuestion',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:13.722','2026-12-02 05:52:13.722',0,2,NULL,''),
('85d40fe1-ee14-11f1-a1da-02fc00000001',1,'childProtectionIncident:1:7fadf7a2-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001','filesHeldQuestion',NULL,NULL,'Files held from before re-categorisation?','inclusiveGateway',NULL,NULL,'2026-12-02 05:52:13.722','2026-12-02 05:52:13.724',2,3,NULL,''),
('85d45e02-ee14-11f1-a1da-02fc00000001',1,'childProtectionIncident:1:7fadf7a2-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001','toReview',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:13.724','2026-12-02 05:52:13.724',0,4,NULL,''),
('85d45e03-ee14-11f1-a1da-02fc00000001',3,'childProtectionIncident:1:7fadf7a2-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001','initialReviewByDsl','85d4fa44-ee14-11f1-a1da-02fc00000001',NULL,'DSL carries out initial review','userTask','user:2','user:2','2026-12-02 05:52:13.724','2026-12-02 05:52:14.110',386,5,NULL,''),
('860f443f-ee14-11f1-a1da-02fc00000001',1,'childProtectionIncident:1:7fadf7a2-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001','toSearchQuestion',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:14.110','2026-12-02 05:52:14.110',0,1,NULL,''),
('860f6b50-ee14-11f1-a1da-02fc00000001',1,'childProtectionIncident:1:7fadf7a2-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001','deviceSearchedQuestion',NULL,NULL,'Device searched?','inclusiveGateway',NULL,NULL,'2026-12-02 05:52:14.111','2026-12-02 05:52:14.111',0,2,NULL,''),
('860f9261-ee14-11f1-a1da-02fc00000001',1,'childProtectionIncident:1:7fadf7a2-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001','toDecision',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:14.112','2026-12-02 05:52:14.112',0,3,NULL,''),
('860f9262-ee14-11f1-a1da-02fc00000001',1,'childProtectionIncident:1:7fadf7a2-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001','decideReferral',NULL,NULL,'Referral decision (decision table)','serviceTask',NULL,NULL,'2026-12-02 05:52:14.112','2026-12-02 05:52:14.145',33,4,NULL,''),
('8614c287-ee14-11f1-a1da-02fc00000001',1,'childProtectionIncident:1:7fadf7a2-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001','toReferralQuestion',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:14.146','2026-12-02 05:52:14.146',0,5,NULL,''),
('8614c288-ee14-11f1-a1da-02fc00000001',1,'childProtectionIncident:1:7fadf7a2-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001','referralRequiredQuestion',NULL,NULL,'Referral required?','exclusiveGateway',NULL,NULL,'2026-12-02 05:52:14.146','2026-12-02 05:52:14.147',1,6,NULL,''),
('8614e999-ee14-11f1-a1da-02fc00000001',1,'childProtectionIncident:1:7fadf7a2-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001','referralRequiredFlow',NULL,NULL,'Yes','sequenceFlow',NULL,NULL,'2026-12-02 05:52:14.147','2026-12-02 05:52:14.147',0,7,NULL,''),
('8614e99a-ee14-11f1-a1da-02fc00000001',1,'childProtectionIncident:1:7fadf7a2-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001','referralNeeded',NULL,NULL,'Referred already?','exclusiveGateway',NULL,NULL,'2026-12-02 05:52:14.147','2026-12-02 05:52:14.147',0,8,NULL,''),
('8614e99b-ee14-11f1-a1da-02fc00000001',1,'childProtectionIncident:1:7fadf7a2-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001','notYetReferred',NULL,NULL,'No','sequenceFlow',NULL,NULL,'2026-12-02 05:52:14.147','2026-12-02 05:52:14.147',0,9,NULL,''),
('861510ac-ee14-11f1-a1da-02fc00000001',1,'childProtectionIncident:1:7fadf7a2-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001','referToAgencies',NULL,'861537bd-ee14-11f1-a1da-02fc00000001','Referral to police and children\'s social care','callActivity',NULL,NULL,'2026-12-02 05:52:14.148',NULL,NULL,10,NULL,''),
('86155eee-ee14-11f1-a1da-02fc00000001',1,'childProtectionReferral:1:7fadf79c-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001','86155eed-ee14-11f1-a1da-02fc00000001','referralNeeded',NULL,NULL,'Referral needed','startEvent',NULL,NULL,'2026-12-02 05:52:14.150','2026-12-02 05:52:14.150',0,1,NULL,''),
('86155eef-ee14-11f1-a1da-02fc00000001',1,'childProtectionReferral:1:7fadf79c-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001','86155eed-ee14-11f1-a1da-02fc00000001','toReferBoth',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:14.150','2026-12-02 05:52:14.150',0,2,NULL,''),
('86155ef0-ee14-11f1-a1da-02fc00000001',1,'childProtectionReferral:1:7fadf79c-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001','86155eed-ee14-11f1-a1da-02fc00000001','referBoth',NULL,NULL,'Refer to both','parallelGateway',NULL,NULL,'2026-12-02 05:52:14.150','2026-12-02 05:52:14.151',1,3,NULL,''),
('86158602-ee14-11f1-a1da-02fc00000001',1,'childProtectionReferral:1:7fadf79c-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001','86155eed-ee14-11f1-a1da-02fc00000001','toPolice',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:14.151','2026-12-02 05:52:14.151',0,4,NULL,''),
('8615ad13-ee14-11f1-a1da-02fc00000001',1,'childProtectionReferral:1:7fadf79c-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001','86158601-ee14-11f1-a1da-02fc00000001','toSocialCare',NULL,NULL,NULL,'sequenceFlow',NULL,NULL,'2026-12-02 05:52:14.152','2026-12-02 05:52:14.152',0,5,NULL,''),
('8615ad14-ee14-11f1-a1da-02fc00000001',1,'childProtectionReferral:1:7fadf79c-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001','86155eed-ee14-11f1-a1da-02fc00000001','recordPoliceReferral','8615ad15-ee14-11f1-a1da-02fc00000001',NULL,'DSL records the police referral','userTask',NULL,NULL,'2026-12-02 05:52:14.152',NULL,NULL,6,NULL,''),
('86164957-ee14-11f1-a1da-02fc00000001',1,'childProtectionReferral:1:7fadf79c-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001','86158601-ee14-11f1-a1da-02fc00000001','recordSocialCareReferral','86164958-ee14-11f1-a1da-02fc00000001',NULL,'DSL records the children\'s social care referral','userTask',NULL,NULL,'2026-12-02 05:52:14.156',NULL,NULL,7,NULL,'');
/*!40000 ALTER TABLE `ACT_RU_ACTINST` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ACT_RU_DEADLETTER_JOB`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_RU_DEADLETTER_JOB` (
  `ID_` varchar(64) NOT NULL,
  `REV_` int(11) DEFAULT NULL,
  `CATEGORY_` varchar(255) DEFAULT NULL,
  `TYPE_` varchar(255) NOT NULL,
  `EXCLUSIVE_` tinyint(1) DEFAULT NULL,
  `EXECUTION_ID_` varchar(64) DEFAULT NULL,
  `PROCESS_INSTANCE_ID_` varchar(64) DEFAULT NULL,
  `PROC_DEF_ID_` varchar(64) DEFAULT NULL,
  `ELEMENT_ID_` varchar(255) DEFAULT NULL,
  `ELEMENT_NAME_` varchar(255) DEFAULT NULL,
  `SCOPE_ID_` varchar(255) DEFAULT NULL,
  `SUB_SCOPE_ID_` varchar(255) DEFAULT NULL,
  `SCOPE_TYPE_` varchar(255) DEFAULT NULL,
  `SCOPE_DEFINITION_ID_` varchar(255) DEFAULT NULL,
  `CORRELATION_ID_` varchar(255) DEFAULT NULL,
  `EXCEPTION_STACK_ID_` varchar(64) DEFAULT NULL,
  `EXCEPTION_MSG_` varchar(4000) DEFAULT NULL,
  `DUEDATE_` timestamp(3) NULL DEFAULT NULL,
  `REPEAT_` varchar(255) DEFAULT NULL,
  `HANDLER_TYPE_` varchar(255) DEFAULT NULL,
  `HANDLER_CFG_` varchar(4000) DEFAULT NULL,
  `CUSTOM_VALUES_ID_` varchar(64) DEFAULT NULL,
  `CREATE_TIME_` timestamp(3) NULL DEFAULT NULL,
  `TENANT_ID_` varchar(255) DEFAULT '',
  PRIMARY KEY (`ID_`),
  KEY `ACT_IDX_DEADLETTER_JOB_EXCEPTION_STACK_ID` (`EXCEPTION_STACK_ID_`),
  KEY `ACT_IDX_DEADLETTER_JOB_CUSTOM_VALUES_ID` (`CUSTOM_VALUES_ID_`),
  KEY `ACT_IDX_DEADLETTER_JOB_CORRELATION_ID` (`CORRELATION_ID_`),
  KEY `ACT_IDX_DJOB_SCOPE` (`SCOPE_ID_`,`SCOPE_TYPE_`),
  KEY `ACT_IDX_DJOB_SUB_SCOPE` (`SUB_SCOPE_ID_`,`SCOPE_TYPE_`),
  KEY `ACT_IDX_DJOB_SCOPE_DEF` (`SCOPE_DEFINITION_ID_`,`SCOPE_TYPE_`),
  KEY `ACT_FK_DEADLETTER_JOB_EXECUTION` (`EXECUTION_ID_`),
  KEY `ACT_FK_DEADLETTER_JOB_PROCESS_INSTANCE` (`PROCESS_INSTANCE_ID_`),
  KEY `ACT_FK_DEADLETTER_JOB_PROC_DEF` (`PROC_DEF_ID_`),
  CONSTRAINT `ACT_FK_DEADLETTER_JOB_CUSTOM_VALUES` FOREIGN KEY (`CUSTOM_VALUES_ID_`) REFERENCES `ACT_GE_BYTEARRAY` (`ID_`),
  CONSTRAINT `ACT_FK_DEADLETTER_JOB_EXCEPTION` FOREIGN KEY (`EXCEPTION_STACK_ID_`) REFERENCES `ACT_GE_BYTEARRAY` (`ID_`),
  CONSTRAINT `ACT_FK_DEADLETTER_JOB_EXECUTION` FOREIGN KEY (`EXECUTION_ID_`) REFERENCES `ACT_RU_EXECUTION` (`ID_`),
  CONSTRAINT `ACT_FK_DEADLETTER_JOB_PROCESS_INSTANCE` FOREIGN KEY (`PROCESS_INSTANCE_ID_`) REFERENCES `ACT_RU_EXECUTION` (`ID_`),
  CONSTRAINT `ACT_FK_DEADLETTER_JOB_PROC_DEF` FOREIGN KEY (`PROC_DEF_ID_`) REFERENCES `ACT_RE_PROCDEF` (`ID_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_RU_DEADLETTER_JOB` WRITE;
/*!40000 ALTER TABLE `ACT_RU_DEADLETTER_JOB` DISABLE KEYS */;
/*!40000 ALTER TABLE `ACT_RU_DEADLETTER_JOB` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ACT_RU_ENTITYLINK`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_RU_ENTITYLINK` (
  `ID_` varchar(64) NOT NULL,
  `REV_` int(11) DEFAULT NULL,
  `CREATE_TIME_` datetime(3) DEFAULT NULL,
  `LINK_TYPE_` varchar(255) DEFAULT NULL,
  `SCOPE_ID_` varchar(255) DEFAULT NULL,
  `SUB_SCOPE_ID_` varchar(255) DEFAULT NULL,
  `SCOPE_TYPE_` varchar(255) DEFAULT NULL,
  `SCOPE_DEFINITION_ID_` varchar(255) DEFAULT NULL,
  `PARENT_ELEMENT_ID_` varchar(255) DEFAULT NULL,
  `REF_SCOPE_ID_` varchar(255) DEFAULT NULL,
  `REF_SCOPE_TYPE_` varchar(255) DEFAULT NULL,
  `REF_SCOPE_DEFINITION_ID_` varchar(255) DEFAULT NULL,
  `ROOT_SCOPE_ID_` varchar(255) DEFAULT NULL,
  `ROOT_SCOPE_TYPE_` varchar(255) DEFAULT NULL,
  `HIERARCHY_TYPE_` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`ID_`),
  KEY `ACT_IDX_ENT_LNK_SCOPE` (`SCOPE_ID_`,`SCOPE_TYPE_`,`LINK_TYPE_`),
  KEY `ACT_IDX_ENT_LNK_REF_SCOPE` (`REF_SCOPE_ID_`,`REF_SCOPE_TYPE_`,`LINK_TYPE_`),
  KEY `ACT_IDX_ENT_LNK_ROOT_SCOPE` (`ROOT_SCOPE_ID_`,`ROOT_SCOPE_TYPE_`,`LINK_TYPE_`),
  KEY `ACT_IDX_ENT_LNK_SCOPE_DEF` (`SCOPE_DEFINITION_ID_`,`SCOPE_TYPE_`,`LINK_TYPE_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_RU_ENTITYLINK` WRITE;
/*!40000 ALTER TABLE `ACT_RU_ENTITYLINK` DISABLE KEYS */;
/*!40000 ALTER TABLE `ACT_RU_ENTITYLINK` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ACT_RU_EVENT_SUBSCR`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_RU_EVENT_SUBSCR` (
  `ID_` varchar(64) NOT NULL,
  `REV_` int(11) DEFAULT NULL,
  `EVENT_TYPE_` varchar(255) NOT NULL,
  `EVENT_NAME_` varchar(255) DEFAULT NULL,
  `EXECUTION_ID_` varchar(64) DEFAULT NULL,
  `PROC_INST_ID_` varchar(64) DEFAULT NULL,
  `ACTIVITY_ID_` varchar(64) DEFAULT NULL,
  `CONFIGURATION_` varchar(255) DEFAULT NULL,
  `CREATED_` timestamp(3) NOT NULL DEFAULT current_timestamp(3),
  `PROC_DEF_ID_` varchar(64) DEFAULT NULL,
  `SUB_SCOPE_ID_` varchar(64) DEFAULT NULL,
  `SCOPE_ID_` varchar(64) DEFAULT NULL,
  `SCOPE_DEFINITION_ID_` varchar(64) DEFAULT NULL,
  `SCOPE_DEFINITION_KEY_` varchar(255) DEFAULT NULL,
  `SCOPE_TYPE_` varchar(64) DEFAULT NULL,
  `LOCK_TIME_` timestamp(3) NULL DEFAULT NULL,
  `LOCK_OWNER_` varchar(255) DEFAULT NULL,
  `TENANT_ID_` varchar(255) DEFAULT '',
  PRIMARY KEY (`ID_`),
  KEY `ACT_IDX_EVENT_SUBSCR_CONFIG_` (`CONFIGURATION_`),
  KEY `ACT_IDX_EVENT_SUBSCR_EXEC_ID` (`EXECUTION_ID_`),
  KEY `ACT_IDX_EVENT_SUBSCR_PROC_ID` (`PROC_INST_ID_`),
  KEY `ACT_IDX_EVENT_SUBSCR_SCOPEREF_` (`SCOPE_ID_`,`SCOPE_TYPE_`),
  CONSTRAINT `ACT_FK_EVENT_EXEC` FOREIGN KEY (`EXECUTION_ID_`) REFERENCES `ACT_RU_EXECUTION` (`ID_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_RU_EVENT_SUBSCR` WRITE;
/*!40000 ALTER TABLE `ACT_RU_EVENT_SUBSCR` DISABLE KEYS */;
INSERT INTO `ACT_RU_EVENT_SUBSCR` VALUES
('85d3c1bd-ee14-11f1-a1da-02fc00000001',1,'message','referralNowRequested','85d34c8c-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001','referNowRequested',NULL,'2026-12-02 05:52:13.720','childProtectionIncident:1:7fadf7a2-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'');
/*!40000 ALTER TABLE `ACT_RU_EVENT_SUBSCR` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ACT_RU_EXECUTION`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_RU_EXECUTION` (
  `ID_` varchar(64) NOT NULL,
  `REV_` int(11) DEFAULT NULL,
  `PROC_INST_ID_` varchar(64) DEFAULT NULL,
  `BUSINESS_KEY_` varchar(255) DEFAULT NULL,
  `PARENT_ID_` varchar(64) DEFAULT NULL,
  `PROC_DEF_ID_` varchar(64) DEFAULT NULL,
  `SUPER_EXEC_` varchar(64) DEFAULT NULL,
  `ROOT_PROC_INST_ID_` varchar(64) DEFAULT NULL,
  `ACT_ID_` varchar(255) DEFAULT NULL,
  `IS_ACTIVE_` tinyint(4) DEFAULT NULL,
  `IS_CONCURRENT_` tinyint(4) DEFAULT NULL,
  `IS_SCOPE_` tinyint(4) DEFAULT NULL,
  `IS_EVENT_SCOPE_` tinyint(4) DEFAULT NULL,
  `IS_MI_ROOT_` tinyint(4) DEFAULT NULL,
  `SUSPENSION_STATE_` int(11) DEFAULT NULL,
  `CACHED_ENT_STATE_` int(11) DEFAULT NULL,
  `TENANT_ID_` varchar(255) DEFAULT '',
  `NAME_` varchar(255) DEFAULT NULL,
  `START_ACT_ID_` varchar(255) DEFAULT NULL,
  `START_TIME_` datetime(3) DEFAULT NULL,
  `START_USER_ID_` varchar(255) DEFAULT NULL,
  `LOCK_TIME_` timestamp(3) NULL DEFAULT NULL,
  `LOCK_OWNER_` varchar(255) DEFAULT NULL,
  `IS_COUNT_ENABLED_` tinyint(4) DEFAULT NULL,
  `EVT_SUBSCR_COUNT_` int(11) DEFAULT NULL,
  `TASK_COUNT_` int(11) DEFAULT NULL,
  `JOB_COUNT_` int(11) DEFAULT NULL,
  `TIMER_JOB_COUNT_` int(11) DEFAULT NULL,
  `SUSP_JOB_COUNT_` int(11) DEFAULT NULL,
  `DEADLETTER_JOB_COUNT_` int(11) DEFAULT NULL,
  `EXTERNAL_WORKER_JOB_COUNT_` int(11) DEFAULT NULL,
  `VAR_COUNT_` int(11) DEFAULT NULL,
  `ID_LINK_COUNT_` int(11) DEFAULT NULL,
  `CALLBACK_ID_` varchar(255) DEFAULT NULL,
  `CALLBACK_TYPE_` varchar(255) DEFAULT NULL,
  `REFERENCE_ID_` varchar(255) DEFAULT NULL,
  `REFERENCE_TYPE_` varchar(255) DEFAULT NULL,
  `PROPAGATED_STAGE_INST_ID_` varchar(255) DEFAULT NULL,
  `BUSINESS_STATUS_` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`ID_`),
  KEY `ACT_IDX_EXEC_BUSKEY` (`BUSINESS_KEY_`),
  KEY `ACT_IDC_EXEC_ROOT` (`ROOT_PROC_INST_ID_`),
  KEY `ACT_IDX_EXEC_REF_ID_` (`REFERENCE_ID_`),
  KEY `ACT_FK_EXE_PROCINST` (`PROC_INST_ID_`),
  KEY `ACT_FK_EXE_PARENT` (`PARENT_ID_`),
  KEY `ACT_FK_EXE_SUPER` (`SUPER_EXEC_`),
  KEY `ACT_FK_EXE_PROCDEF` (`PROC_DEF_ID_`),
  CONSTRAINT `ACT_FK_EXE_PARENT` FOREIGN KEY (`PARENT_ID_`) REFERENCES `ACT_RU_EXECUTION` (`ID_`) ON DELETE CASCADE,
  CONSTRAINT `ACT_FK_EXE_PROCDEF` FOREIGN KEY (`PROC_DEF_ID_`) REFERENCES `ACT_RE_PROCDEF` (`ID_`),
  CONSTRAINT `ACT_FK_EXE_PROCINST` FOREIGN KEY (`PROC_INST_ID_`) REFERENCES `ACT_RU_EXECUTION` (`ID_`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `ACT_FK_EXE_SUPER` FOREIGN KEY (`SUPER_EXEC_`) REFERENCES `ACT_RU_EXECUTION` (`ID_`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_RU_EXECUTION` WRITE;
/*!40000 ALTER TABLE `ACT_RU_EXECUTION` DISABLE KEYS */;
INSERT INTO `ACT_RU_EXECUTION` VALUES
('8186af46-ee14-11f1-a1da-02fc00000001',2,'8186af46-ee14-11f1-a1da-02fc00000001','SC-2026-000001',NULL,'staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001',NULL,'8186af46-ee14-11f1-a1da-02fc00000001',NULL,1,0,1,0,0,1,NULL,'',NULL,'incidentReported','2026-12-02 05:52:06.504',NULL,NULL,NULL,1,0,0,0,0,0,0,0,0,0,NULL,NULL,NULL,NULL,NULL,NULL),
('81e83065-ee14-11f1-a1da-02fc00000001',2,'8186af46-ee14-11f1-a1da-02fc00000001',NULL,'8186af46-ee14-11f1-a1da-02fc00000001','staffIncident:1:7fadd08b-ee14-11f1-a1da-02fc00000001',NULL,'8186af46-ee14-11f1-a1da-02fc00000001','providerTakedownAfterRefusal',1,0,0,0,0,1,NULL,'',NULL,NULL,'2026-12-02 05:52:07.142',NULL,NULL,NULL,1,0,0,0,0,0,0,0,0,0,NULL,NULL,NULL,NULL,NULL,NULL),
('82866b71-ee14-11f1-a1da-02fc00000001',1,'82866b71-ee14-11f1-a1da-02fc00000001','SC-2026-000001',NULL,'providerTakedown:1:7fadf79f-ee14-11f1-a1da-02fc00000001','81e83065-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,1,0,1,0,0,1,NULL,'',NULL,'takedownNeeded','2026-12-02 05:52:08.180',NULL,NULL,NULL,1,0,0,0,0,0,0,0,0,0,NULL,NULL,NULL,NULL,NULL,NULL),
('8329b083-ee14-11f1-a1da-02fc00000001',1,'82866b71-ee14-11f1-a1da-02fc00000001',NULL,'82866b71-ee14-11f1-a1da-02fc00000001','providerTakedown:1:7fadf79f-ee14-11f1-a1da-02fc00000001',NULL,'8186af46-ee14-11f1-a1da-02fc00000001','awaitProvider',1,0,1,0,0,1,NULL,'',NULL,NULL,'2026-12-02 05:52:09.250',NULL,NULL,NULL,1,0,0,0,0,0,0,0,0,0,NULL,NULL,NULL,NULL,NULL,NULL),
('8329b085-ee14-11f1-a1da-02fc00000001',1,'82866b71-ee14-11f1-a1da-02fc00000001',NULL,'8329b083-ee14-11f1-a1da-02fc00000001','providerTakedown:1:7fadf79f-ee14-11f1-a1da-02fc00000001',NULL,'8186af46-ee14-11f1-a1da-02fc00000001','recordProviderDecision',1,0,0,0,0,1,NULL,'',NULL,NULL,'2026-12-02 05:52:09.250',NULL,NULL,NULL,1,0,1,0,0,0,0,0,0,0,NULL,NULL,NULL,NULL,NULL,NULL),
('8329d799-ee14-11f1-a1da-02fc00000001',1,'82866b71-ee14-11f1-a1da-02fc00000001',NULL,'8329b085-ee14-11f1-a1da-02fc00000001','providerTakedown:1:7fadf79f-ee14-11f1-a1da-02fc00000001',NULL,'8186af46-ee14-11f1-a1da-02fc00000001','providerSilent',1,0,0,0,0,1,NULL,'',NULL,NULL,'2026-12-02 05:52:09.251',NULL,NULL,NULL,1,0,0,0,1,0,0,0,0,0,NULL,NULL,NULL,NULL,NULL,NULL),
('85d34c7b-ee14-11f1-a1da-02fc00000001',2,'85d34c7b-ee14-11f1-a1da-02fc00000001','SC-2026-000003',NULL,'childProtectionIncident:1:7fadf7a2-ee14-11f1-a1da-02fc00000001',NULL,'85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,1,0,1,0,0,1,NULL,'',NULL,'incidentReported','2026-12-02 05:52:13.717',NULL,NULL,NULL,1,0,0,0,0,0,0,0,0,0,NULL,NULL,NULL,NULL,NULL,NULL),
('85d34c8a-ee14-11f1-a1da-02fc00000001',2,'85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,'85d34c7b-ee14-11f1-a1da-02fc00000001','childProtectionIncident:1:7fadf7a2-ee14-11f1-a1da-02fc00000001',NULL,'85d34c7b-ee14-11f1-a1da-02fc00000001','referToAgencies',1,0,0,0,0,1,NULL,'',NULL,NULL,'2026-12-02 05:52:13.717',NULL,NULL,NULL,1,0,0,0,0,0,0,0,0,0,NULL,NULL,NULL,NULL,NULL,NULL),
('85d34c8c-ee14-11f1-a1da-02fc00000001',1,'85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,'85d34c7b-ee14-11f1-a1da-02fc00000001','childProtectionIncident:1:7fadf7a2-ee14-11f1-a1da-02fc00000001',NULL,'85d34c7b-ee14-11f1-a1da-02fc00000001','referNowRequested',0,0,0,1,0,1,NULL,'',NULL,NULL,'2026-12-02 05:52:13.717',NULL,NULL,NULL,1,1,0,0,0,0,0,0,0,0,NULL,NULL,NULL,NULL,NULL,NULL),
('861537bd-ee14-11f1-a1da-02fc00000001',1,'861537bd-ee14-11f1-a1da-02fc00000001','SC-2026-000003',NULL,'childProtectionReferral:1:7fadf79c-ee14-11f1-a1da-02fc00000001','85d34c8a-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,1,0,1,0,0,1,NULL,'',NULL,'referralNeeded','2026-12-02 05:52:14.149',NULL,NULL,NULL,1,0,0,0,0,0,0,0,0,0,NULL,NULL,NULL,NULL,NULL,NULL),
('86155eed-ee14-11f1-a1da-02fc00000001',1,'861537bd-ee14-11f1-a1da-02fc00000001',NULL,'861537bd-ee14-11f1-a1da-02fc00000001','childProtectionReferral:1:7fadf79c-ee14-11f1-a1da-02fc00000001',NULL,'85d34c7b-ee14-11f1-a1da-02fc00000001','recordPoliceReferral',1,0,0,0,0,1,NULL,'',NULL,NULL,'2026-12-02 05:52:14.150',NULL,NULL,NULL,1,0,1,0,0,0,0,0,0,0,NULL,NULL,NULL,NULL,NULL,NULL),
('86158601-ee14-11f1-a1da-02fc00000001',1,'861537bd-ee14-11f1-a1da-02fc00000001',NULL,'861537bd-ee14-11f1-a1da-02fc00000001','childProtectionReferral:1:7fadf79c-ee14-11f1-a1da-02fc00000001',NULL,'85d34c7b-ee14-11f1-a1da-02fc00000001','recordSocialCareReferral',1,0,0,0,0,1,NULL,'',NULL,NULL,'2026-12-02 05:52:14.151',NULL,NULL,NULL,1,0,1,0,0,0,0,0,0,0,NULL,NULL,NULL,NULL,NULL,NULL);
/*!40000 ALTER TABLE `ACT_RU_EXECUTION` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ACT_RU_EXTERNAL_JOB`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_RU_EXTERNAL_JOB` (
  `ID_` varchar(64) NOT NULL,
  `REV_` int(11) DEFAULT NULL,
  `CATEGORY_` varchar(255) DEFAULT NULL,
  `TYPE_` varchar(255) NOT NULL,
  `LOCK_EXP_TIME_` timestamp(3) NULL DEFAULT NULL,
  `LOCK_OWNER_` varchar(255) DEFAULT NULL,
  `EXCLUSIVE_` tinyint(1) DEFAULT NULL,
  `EXECUTION_ID_` varchar(64) DEFAULT NULL,
  `PROCESS_INSTANCE_ID_` varchar(64) DEFAULT NULL,
  `PROC_DEF_ID_` varchar(64) DEFAULT NULL,
  `ELEMENT_ID_` varchar(255) DEFAULT NULL,
  `ELEMENT_NAME_` varchar(255) DEFAULT NULL,
  `SCOPE_ID_` varchar(255) DEFAULT NULL,
  `SUB_SCOPE_ID_` varchar(255) DEFAULT NULL,
  `SCOPE_TYPE_` varchar(255) DEFAULT NULL,
  `SCOPE_DEFINITION_ID_` varchar(255) DEFAULT NULL,
  `CORRELATION_ID_` varchar(255) DEFAULT NULL,
  `RETRIES_` int(11) DEFAULT NULL,
  `EXCEPTION_STACK_ID_` varchar(64) DEFAULT NULL,
  `EXCEPTION_MSG_` varchar(4000) DEFAULT NULL,
  `DUEDATE_` timestamp(3) NULL DEFAULT NULL,
  `REPEAT_` varchar(255) DEFAULT NULL,
  `HANDLER_TYPE_` varchar(255) DEFAULT NULL,
  `HANDLER_CFG_` varchar(4000) DEFAULT NULL,
  `CUSTOM_VALUES_ID_` varchar(64) DEFAULT NULL,
  `CREATE_TIME_` timestamp(3) NULL DEFAULT NULL,
  `TENANT_ID_` varchar(255) DEFAULT '',
  PRIMARY KEY (`ID_`),
  KEY `ACT_IDX_EXTERNAL_JOB_EXCEPTION_STACK_ID` (`EXCEPTION_STACK_ID_`),
  KEY `ACT_IDX_EXTERNAL_JOB_CUSTOM_VALUES_ID` (`CUSTOM_VALUES_ID_`),
  KEY `ACT_IDX_EXTERNAL_JOB_CORRELATION_ID` (`CORRELATION_ID_`),
  KEY `ACT_IDX_EJOB_SCOPE` (`SCOPE_ID_`,`SCOPE_TYPE_`),
  KEY `ACT_IDX_EJOB_SUB_SCOPE` (`SUB_SCOPE_ID_`,`SCOPE_TYPE_`),
  KEY `ACT_IDX_EJOB_SCOPE_DEF` (`SCOPE_DEFINITION_ID_`,`SCOPE_TYPE_`),
  CONSTRAINT `ACT_FK_EXTERNAL_JOB_CUSTOM_VALUES` FOREIGN KEY (`CUSTOM_VALUES_ID_`) REFERENCES `ACT_GE_BYTEARRAY` (`ID_`),
  CONSTRAINT `ACT_FK_EXTERNAL_JOB_EXCEPTION` FOREIGN KEY (`EXCEPTION_STACK_ID_`) REFERENCES `ACT_GE_BYTEARRAY` (`ID_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_RU_EXTERNAL_JOB` WRITE;
/*!40000 ALTER TABLE `ACT_RU_EXTERNAL_JOB` DISABLE KEYS */;
/*!40000 ALTER TABLE `ACT_RU_EXTERNAL_JOB` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ACT_RU_HISTORY_JOB`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_RU_HISTORY_JOB` (
  `ID_` varchar(64) NOT NULL,
  `REV_` int(11) DEFAULT NULL,
  `LOCK_EXP_TIME_` timestamp(3) NULL DEFAULT NULL,
  `LOCK_OWNER_` varchar(255) DEFAULT NULL,
  `RETRIES_` int(11) DEFAULT NULL,
  `EXCEPTION_STACK_ID_` varchar(64) DEFAULT NULL,
  `EXCEPTION_MSG_` varchar(4000) DEFAULT NULL,
  `HANDLER_TYPE_` varchar(255) DEFAULT NULL,
  `HANDLER_CFG_` varchar(4000) DEFAULT NULL,
  `CUSTOM_VALUES_ID_` varchar(64) DEFAULT NULL,
  `ADV_HANDLER_CFG_ID_` varchar(64) DEFAULT NULL,
  `CREATE_TIME_` timestamp(3) NULL DEFAULT NULL,
  `SCOPE_TYPE_` varchar(255) DEFAULT NULL,
  `TENANT_ID_` varchar(255) DEFAULT '',
  PRIMARY KEY (`ID_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_RU_HISTORY_JOB` WRITE;
/*!40000 ALTER TABLE `ACT_RU_HISTORY_JOB` DISABLE KEYS */;
/*!40000 ALTER TABLE `ACT_RU_HISTORY_JOB` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ACT_RU_IDENTITYLINK`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_RU_IDENTITYLINK` (
  `ID_` varchar(64) NOT NULL,
  `REV_` int(11) DEFAULT NULL,
  `GROUP_ID_` varchar(255) DEFAULT NULL,
  `TYPE_` varchar(255) DEFAULT NULL,
  `USER_ID_` varchar(255) DEFAULT NULL,
  `TASK_ID_` varchar(64) DEFAULT NULL,
  `PROC_INST_ID_` varchar(64) DEFAULT NULL,
  `PROC_DEF_ID_` varchar(64) DEFAULT NULL,
  `SCOPE_ID_` varchar(255) DEFAULT NULL,
  `SUB_SCOPE_ID_` varchar(255) DEFAULT NULL,
  `SCOPE_TYPE_` varchar(255) DEFAULT NULL,
  `SCOPE_DEFINITION_ID_` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`ID_`),
  KEY `ACT_IDX_IDENT_LNK_USER` (`USER_ID_`),
  KEY `ACT_IDX_IDENT_LNK_GROUP` (`GROUP_ID_`),
  KEY `ACT_IDX_IDENT_LNK_SCOPE` (`SCOPE_ID_`,`SCOPE_TYPE_`),
  KEY `ACT_IDX_IDENT_LNK_SUB_SCOPE` (`SUB_SCOPE_ID_`,`SCOPE_TYPE_`),
  KEY `ACT_IDX_IDENT_LNK_SCOPE_DEF` (`SCOPE_DEFINITION_ID_`,`SCOPE_TYPE_`),
  KEY `ACT_IDX_ATHRZ_PROCEDEF` (`PROC_DEF_ID_`),
  KEY `ACT_FK_TSKASS_TASK` (`TASK_ID_`),
  KEY `ACT_FK_IDL_PROCINST` (`PROC_INST_ID_`),
  CONSTRAINT `ACT_FK_ATHRZ_PROCEDEF` FOREIGN KEY (`PROC_DEF_ID_`) REFERENCES `ACT_RE_PROCDEF` (`ID_`),
  CONSTRAINT `ACT_FK_IDL_PROCINST` FOREIGN KEY (`PROC_INST_ID_`) REFERENCES `ACT_RU_EXECUTION` (`ID_`),
  CONSTRAINT `ACT_FK_TSKASS_TASK` FOREIGN KEY (`TASK_ID_`) REFERENCES `ACT_RU_TASK` (`ID_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_RU_IDENTITYLINK` WRITE;
/*!40000 ALTER TABLE `ACT_RU_IDENTITYLINK` DISABLE KEYS */;
INSERT INTO `ACT_RU_IDENTITYLINK` VALUES
('81cbf5c5-ee14-11f1-a1da-02fc00000001',1,NULL,'participant','user:5',NULL,'8186af46-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL),
('82bc96be-ee14-11f1-a1da-02fc00000001',1,NULL,'participant','user:5',NULL,'82866b71-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL),
('832a73dc-ee14-11f1-a1da-02fc00000001',1,'school:1:online-safety-lead','candidate',NULL,'832a73db-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL),
('86007717-ee14-11f1-a1da-02fc00000001',1,NULL,'participant','user:2',NULL,'85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL),
('8615ad16-ee14-11f1-a1da-02fc00000001',1,'school:1:dsl','candidate',NULL,'8615ad15-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL),
('86164959-ee14-11f1-a1da-02fc00000001',1,'school:1:dsl','candidate',NULL,'86164958-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL);
/*!40000 ALTER TABLE `ACT_RU_IDENTITYLINK` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ACT_RU_JOB`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_RU_JOB` (
  `ID_` varchar(64) NOT NULL,
  `REV_` int(11) DEFAULT NULL,
  `CATEGORY_` varchar(255) DEFAULT NULL,
  `TYPE_` varchar(255) NOT NULL,
  `LOCK_EXP_TIME_` timestamp(3) NULL DEFAULT NULL,
  `LOCK_OWNER_` varchar(255) DEFAULT NULL,
  `EXCLUSIVE_` tinyint(1) DEFAULT NULL,
  `EXECUTION_ID_` varchar(64) DEFAULT NULL,
  `PROCESS_INSTANCE_ID_` varchar(64) DEFAULT NULL,
  `PROC_DEF_ID_` varchar(64) DEFAULT NULL,
  `ELEMENT_ID_` varchar(255) DEFAULT NULL,
  `ELEMENT_NAME_` varchar(255) DEFAULT NULL,
  `SCOPE_ID_` varchar(255) DEFAULT NULL,
  `SUB_SCOPE_ID_` varchar(255) DEFAULT NULL,
  `SCOPE_TYPE_` varchar(255) DEFAULT NULL,
  `SCOPE_DEFINITION_ID_` varchar(255) DEFAULT NULL,
  `CORRELATION_ID_` varchar(255) DEFAULT NULL,
  `RETRIES_` int(11) DEFAULT NULL,
  `EXCEPTION_STACK_ID_` varchar(64) DEFAULT NULL,
  `EXCEPTION_MSG_` varchar(4000) DEFAULT NULL,
  `DUEDATE_` timestamp(3) NULL DEFAULT NULL,
  `REPEAT_` varchar(255) DEFAULT NULL,
  `HANDLER_TYPE_` varchar(255) DEFAULT NULL,
  `HANDLER_CFG_` varchar(4000) DEFAULT NULL,
  `CUSTOM_VALUES_ID_` varchar(64) DEFAULT NULL,
  `CREATE_TIME_` timestamp(3) NULL DEFAULT NULL,
  `TENANT_ID_` varchar(255) DEFAULT '',
  PRIMARY KEY (`ID_`),
  KEY `ACT_IDX_JOB_EXCEPTION_STACK_ID` (`EXCEPTION_STACK_ID_`),
  KEY `ACT_IDX_JOB_CUSTOM_VALUES_ID` (`CUSTOM_VALUES_ID_`),
  KEY `ACT_IDX_JOB_CORRELATION_ID` (`CORRELATION_ID_`),
  KEY `ACT_IDX_JOB_SCOPE` (`SCOPE_ID_`,`SCOPE_TYPE_`),
  KEY `ACT_IDX_JOB_SUB_SCOPE` (`SUB_SCOPE_ID_`,`SCOPE_TYPE_`),
  KEY `ACT_IDX_JOB_SCOPE_DEF` (`SCOPE_DEFINITION_ID_`,`SCOPE_TYPE_`),
  KEY `ACT_FK_JOB_EXECUTION` (`EXECUTION_ID_`),
  KEY `ACT_FK_JOB_PROCESS_INSTANCE` (`PROCESS_INSTANCE_ID_`),
  KEY `ACT_FK_JOB_PROC_DEF` (`PROC_DEF_ID_`),
  CONSTRAINT `ACT_FK_JOB_CUSTOM_VALUES` FOREIGN KEY (`CUSTOM_VALUES_ID_`) REFERENCES `ACT_GE_BYTEARRAY` (`ID_`),
  CONSTRAINT `ACT_FK_JOB_EXCEPTION` FOREIGN KEY (`EXCEPTION_STACK_ID_`) REFERENCES `ACT_GE_BYTEARRAY` (`ID_`),
  CONSTRAINT `ACT_FK_JOB_EXECUTION` FOREIGN KEY (`EXECUTION_ID_`) REFERENCES `ACT_RU_EXECUTION` (`ID_`),
  CONSTRAINT `ACT_FK_JOB_PROCESS_INSTANCE` FOREIGN KEY (`PROCESS_INSTANCE_ID_`) REFERENCES `ACT_RU_EXECUTION` (`ID_`),
  CONSTRAINT `ACT_FK_JOB_PROC_DEF` FOREIGN KEY (`PROC_DEF_ID_`) REFERENCES `ACT_RE_PROCDEF` (`ID_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_RU_JOB` WRITE;
/*!40000 ALTER TABLE `ACT_RU_JOB` DISABLE KEYS */;
/*!40000 ALTER TABLE `ACT_RU_JOB` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ACT_RU_SUSPENDED_JOB`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_RU_SUSPENDED_JOB` (
  `ID_` varchar(64) NOT NULL,
  `REV_` int(11) DEFAULT NULL,
  `CATEGORY_` varchar(255) DEFAULT NULL,
  `TYPE_` varchar(255) NOT NULL,
  `EXCLUSIVE_` tinyint(1) DEFAULT NULL,
  `EXECUTION_ID_` varchar(64) DEFAULT NULL,
  `PROCESS_INSTANCE_ID_` varchar(64) DEFAULT NULL,
  `PROC_DEF_ID_` varchar(64) DEFAULT NULL,
  `ELEMENT_ID_` varchar(255) DEFAULT NULL,
  `ELEMENT_NAME_` varchar(255) DEFAULT NULL,
  `SCOPE_ID_` varchar(255) DEFAULT NULL,
  `SUB_SCOPE_ID_` varchar(255) DEFAULT NULL,
  `SCOPE_TYPE_` varchar(255) DEFAULT NULL,
  `SCOPE_DEFINITION_ID_` varchar(255) DEFAULT NULL,
  `CORRELATION_ID_` varchar(255) DEFAULT NULL,
  `RETRIES_` int(11) DEFAULT NULL,
  `EXCEPTION_STACK_ID_` varchar(64) DEFAULT NULL,
  `EXCEPTION_MSG_` varchar(4000) DEFAULT NULL,
  `DUEDATE_` timestamp(3) NULL DEFAULT NULL,
  `REPEAT_` varchar(255) DEFAULT NULL,
  `HANDLER_TYPE_` varchar(255) DEFAULT NULL,
  `HANDLER_CFG_` varchar(4000) DEFAULT NULL,
  `CUSTOM_VALUES_ID_` varchar(64) DEFAULT NULL,
  `CREATE_TIME_` timestamp(3) NULL DEFAULT NULL,
  `TENANT_ID_` varchar(255) DEFAULT '',
  PRIMARY KEY (`ID_`),
  KEY `ACT_IDX_SUSPENDED_JOB_EXCEPTION_STACK_ID` (`EXCEPTION_STACK_ID_`),
  KEY `ACT_IDX_SUSPENDED_JOB_CUSTOM_VALUES_ID` (`CUSTOM_VALUES_ID_`),
  KEY `ACT_IDX_SUSPENDED_JOB_CORRELATION_ID` (`CORRELATION_ID_`),
  KEY `ACT_IDX_SJOB_SCOPE` (`SCOPE_ID_`,`SCOPE_TYPE_`),
  KEY `ACT_IDX_SJOB_SUB_SCOPE` (`SUB_SCOPE_ID_`,`SCOPE_TYPE_`),
  KEY `ACT_IDX_SJOB_SCOPE_DEF` (`SCOPE_DEFINITION_ID_`,`SCOPE_TYPE_`),
  KEY `ACT_FK_SUSPENDED_JOB_EXECUTION` (`EXECUTION_ID_`),
  KEY `ACT_FK_SUSPENDED_JOB_PROCESS_INSTANCE` (`PROCESS_INSTANCE_ID_`),
  KEY `ACT_FK_SUSPENDED_JOB_PROC_DEF` (`PROC_DEF_ID_`),
  CONSTRAINT `ACT_FK_SUSPENDED_JOB_CUSTOM_VALUES` FOREIGN KEY (`CUSTOM_VALUES_ID_`) REFERENCES `ACT_GE_BYTEARRAY` (`ID_`),
  CONSTRAINT `ACT_FK_SUSPENDED_JOB_EXCEPTION` FOREIGN KEY (`EXCEPTION_STACK_ID_`) REFERENCES `ACT_GE_BYTEARRAY` (`ID_`),
  CONSTRAINT `ACT_FK_SUSPENDED_JOB_EXECUTION` FOREIGN KEY (`EXECUTION_ID_`) REFERENCES `ACT_RU_EXECUTION` (`ID_`),
  CONSTRAINT `ACT_FK_SUSPENDED_JOB_PROCESS_INSTANCE` FOREIGN KEY (`PROCESS_INSTANCE_ID_`) REFERENCES `ACT_RU_EXECUTION` (`ID_`),
  CONSTRAINT `ACT_FK_SUSPENDED_JOB_PROC_DEF` FOREIGN KEY (`PROC_DEF_ID_`) REFERENCES `ACT_RE_PROCDEF` (`ID_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_RU_SUSPENDED_JOB` WRITE;
/*!40000 ALTER TABLE `ACT_RU_SUSPENDED_JOB` DISABLE KEYS */;
/*!40000 ALTER TABLE `ACT_RU_SUSPENDED_JOB` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ACT_RU_TASK`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_RU_TASK` (
  `ID_` varchar(64) NOT NULL,
  `REV_` int(11) DEFAULT NULL,
  `EXECUTION_ID_` varchar(64) DEFAULT NULL,
  `PROC_INST_ID_` varchar(64) DEFAULT NULL,
  `PROC_DEF_ID_` varchar(64) DEFAULT NULL,
  `TASK_DEF_ID_` varchar(64) DEFAULT NULL,
  `SCOPE_ID_` varchar(255) DEFAULT NULL,
  `SUB_SCOPE_ID_` varchar(255) DEFAULT NULL,
  `SCOPE_TYPE_` varchar(255) DEFAULT NULL,
  `SCOPE_DEFINITION_ID_` varchar(255) DEFAULT NULL,
  `PROPAGATED_STAGE_INST_ID_` varchar(255) DEFAULT NULL,
  `STATE_` varchar(255) DEFAULT NULL,
  `NAME_` varchar(255) DEFAULT NULL,
  `PARENT_TASK_ID_` varchar(64) DEFAULT NULL,
  `DESCRIPTION_` varchar(4000) DEFAULT NULL,
  `TASK_DEF_KEY_` varchar(255) DEFAULT NULL,
  `OWNER_` varchar(255) DEFAULT NULL,
  `ASSIGNEE_` varchar(255) DEFAULT NULL,
  `DELEGATION_` varchar(64) DEFAULT NULL,
  `PRIORITY_` int(11) DEFAULT NULL,
  `CREATE_TIME_` timestamp(3) NULL DEFAULT NULL,
  `IN_PROGRESS_TIME_` datetime(3) DEFAULT NULL,
  `IN_PROGRESS_STARTED_BY_` varchar(255) DEFAULT NULL,
  `CLAIM_TIME_` datetime(3) DEFAULT NULL,
  `CLAIMED_BY_` varchar(255) DEFAULT NULL,
  `SUSPENDED_TIME_` datetime(3) DEFAULT NULL,
  `SUSPENDED_BY_` varchar(255) DEFAULT NULL,
  `IN_PROGRESS_DUE_DATE_` datetime(3) DEFAULT NULL,
  `DUE_DATE_` datetime(3) DEFAULT NULL,
  `CATEGORY_` varchar(255) DEFAULT NULL,
  `SUSPENSION_STATE_` int(11) DEFAULT NULL,
  `TENANT_ID_` varchar(255) DEFAULT '',
  `FORM_KEY_` varchar(255) DEFAULT NULL,
  `IS_COUNT_ENABLED_` tinyint(4) DEFAULT NULL,
  `VAR_COUNT_` int(11) DEFAULT NULL,
  `ID_LINK_COUNT_` int(11) DEFAULT NULL,
  `SUB_TASK_COUNT_` int(11) DEFAULT NULL,
  PRIMARY KEY (`ID_`),
  KEY `ACT_IDX_TASK_CREATE` (`CREATE_TIME_`),
  KEY `ACT_IDX_TASK_SCOPE` (`SCOPE_ID_`,`SCOPE_TYPE_`),
  KEY `ACT_IDX_TASK_SUB_SCOPE` (`SUB_SCOPE_ID_`,`SCOPE_TYPE_`),
  KEY `ACT_IDX_TASK_SCOPE_DEF` (`SCOPE_DEFINITION_ID_`,`SCOPE_TYPE_`),
  KEY `ACT_FK_TASK_EXE` (`EXECUTION_ID_`),
  KEY `ACT_FK_TASK_PROCINST` (`PROC_INST_ID_`),
  KEY `ACT_FK_TASK_PROCDEF` (`PROC_DEF_ID_`),
  CONSTRAINT `ACT_FK_TASK_EXE` FOREIGN KEY (`EXECUTION_ID_`) REFERENCES `ACT_RU_EXECUTION` (`ID_`),
  CONSTRAINT `ACT_FK_TASK_PROCDEF` FOREIGN KEY (`PROC_DEF_ID_`) REFERENCES `ACT_RE_PROCDEF` (`ID_`),
  CONSTRAINT `ACT_FK_TASK_PROCINST` FOREIGN KEY (`PROC_INST_ID_`) REFERENCES `ACT_RU_EXECUTION` (`ID_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_RU_TASK` WRITE;
/*!40000 ALTER TABLE `ACT_RU_TASK` DISABLE KEYS */;
INSERT INTO `ACT_RU_TASK` VALUES
('832a73db-ee14-11f1-a1da-02fc00000001',1,'8329b085-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001','providerTakedown:1:7fadf79f-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,'created','Record the provider\'s decision',NULL,NULL,'recordProviderDecision',NULL,NULL,NULL,50,'2026-12-02 05:52:09.251',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2026-12-03 16:30:00.000',NULL,1,'',NULL,1,0,1,0),
('8615ad15-ee14-11f1-a1da-02fc00000001',1,'86155eed-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001','childProtectionReferral:1:7fadf79c-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,'created','DSL records the police referral',NULL,'Refer to the police now (999 if a child is in immediate danger, otherwise 101) and record it. An adult sharing images of a child is always urgent.','recordPoliceReferral',NULL,NULL,NULL,50,'2026-12-02 05:52:14.152',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,1,'',NULL,1,0,1,0),
('86164958-ee14-11f1-a1da-02fc00000001',1,'86158601-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001','childProtectionReferral:1:7fadf79c-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,'created','DSL records the children\'s social care referral',NULL,NULL,'recordSocialCareReferral',NULL,NULL,NULL,50,'2026-12-02 05:52:14.156',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,1,'',NULL,1,0,1,0);
/*!40000 ALTER TABLE `ACT_RU_TASK` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ACT_RU_TIMER_JOB`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_RU_TIMER_JOB` (
  `ID_` varchar(64) NOT NULL,
  `REV_` int(11) DEFAULT NULL,
  `CATEGORY_` varchar(255) DEFAULT NULL,
  `TYPE_` varchar(255) NOT NULL,
  `LOCK_EXP_TIME_` timestamp(3) NULL DEFAULT NULL,
  `LOCK_OWNER_` varchar(255) DEFAULT NULL,
  `EXCLUSIVE_` tinyint(1) DEFAULT NULL,
  `EXECUTION_ID_` varchar(64) DEFAULT NULL,
  `PROCESS_INSTANCE_ID_` varchar(64) DEFAULT NULL,
  `PROC_DEF_ID_` varchar(64) DEFAULT NULL,
  `ELEMENT_ID_` varchar(255) DEFAULT NULL,
  `ELEMENT_NAME_` varchar(255) DEFAULT NULL,
  `SCOPE_ID_` varchar(255) DEFAULT NULL,
  `SUB_SCOPE_ID_` varchar(255) DEFAULT NULL,
  `SCOPE_TYPE_` varchar(255) DEFAULT NULL,
  `SCOPE_DEFINITION_ID_` varchar(255) DEFAULT NULL,
  `CORRELATION_ID_` varchar(255) DEFAULT NULL,
  `RETRIES_` int(11) DEFAULT NULL,
  `EXCEPTION_STACK_ID_` varchar(64) DEFAULT NULL,
  `EXCEPTION_MSG_` varchar(4000) DEFAULT NULL,
  `DUEDATE_` timestamp(3) NULL DEFAULT NULL,
  `REPEAT_` varchar(255) DEFAULT NULL,
  `HANDLER_TYPE_` varchar(255) DEFAULT NULL,
  `HANDLER_CFG_` varchar(4000) DEFAULT NULL,
  `CUSTOM_VALUES_ID_` varchar(64) DEFAULT NULL,
  `CREATE_TIME_` timestamp(3) NULL DEFAULT NULL,
  `TENANT_ID_` varchar(255) DEFAULT '',
  PRIMARY KEY (`ID_`),
  KEY `ACT_IDX_TIMER_JOB_EXCEPTION_STACK_ID` (`EXCEPTION_STACK_ID_`),
  KEY `ACT_IDX_TIMER_JOB_CUSTOM_VALUES_ID` (`CUSTOM_VALUES_ID_`),
  KEY `ACT_IDX_TIMER_JOB_CORRELATION_ID` (`CORRELATION_ID_`),
  KEY `ACT_IDX_TIMER_JOB_DUEDATE` (`DUEDATE_`),
  KEY `ACT_IDX_TJOB_SCOPE` (`SCOPE_ID_`,`SCOPE_TYPE_`),
  KEY `ACT_IDX_TJOB_SUB_SCOPE` (`SUB_SCOPE_ID_`,`SCOPE_TYPE_`),
  KEY `ACT_IDX_TJOB_SCOPE_DEF` (`SCOPE_DEFINITION_ID_`,`SCOPE_TYPE_`),
  KEY `ACT_FK_TIMER_JOB_EXECUTION` (`EXECUTION_ID_`),
  KEY `ACT_FK_TIMER_JOB_PROCESS_INSTANCE` (`PROCESS_INSTANCE_ID_`),
  KEY `ACT_FK_TIMER_JOB_PROC_DEF` (`PROC_DEF_ID_`),
  CONSTRAINT `ACT_FK_TIMER_JOB_CUSTOM_VALUES` FOREIGN KEY (`CUSTOM_VALUES_ID_`) REFERENCES `ACT_GE_BYTEARRAY` (`ID_`),
  CONSTRAINT `ACT_FK_TIMER_JOB_EXCEPTION` FOREIGN KEY (`EXCEPTION_STACK_ID_`) REFERENCES `ACT_GE_BYTEARRAY` (`ID_`),
  CONSTRAINT `ACT_FK_TIMER_JOB_EXECUTION` FOREIGN KEY (`EXECUTION_ID_`) REFERENCES `ACT_RU_EXECUTION` (`ID_`),
  CONSTRAINT `ACT_FK_TIMER_JOB_PROCESS_INSTANCE` FOREIGN KEY (`PROCESS_INSTANCE_ID_`) REFERENCES `ACT_RU_EXECUTION` (`ID_`),
  CONSTRAINT `ACT_FK_TIMER_JOB_PROC_DEF` FOREIGN KEY (`PROC_DEF_ID_`) REFERENCES `ACT_RE_PROCDEF` (`ID_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_RU_TIMER_JOB` WRITE;
/*!40000 ALTER TABLE `ACT_RU_TIMER_JOB` DISABLE KEYS */;
INSERT INTO `ACT_RU_TIMER_JOB` VALUES
('832bd36e-ee14-11f1-a1da-02fc00000001',1,NULL,'timer',NULL,NULL,1,'8329d799-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001','providerTakedown:1:7fadf79f-ee14-11f1-a1da-02fc00000001','providerSilent','Not removed after the waiting time',NULL,NULL,NULL,NULL,'832bd36d-ee14-11f1-a1da-02fc00000001',3,NULL,NULL,'2026-12-03 16:30:00.000',NULL,'trigger-timer','{\"activityId\":\"providerSilent\",\"calendarName\":\"schoolWorkingTime\"}',NULL,'2026-12-02 05:52:09.264','');
/*!40000 ALTER TABLE `ACT_RU_TIMER_JOB` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ACT_RU_VARIABLE`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACT_RU_VARIABLE` (
  `ID_` varchar(64) NOT NULL,
  `REV_` int(11) DEFAULT NULL,
  `TYPE_` varchar(255) NOT NULL,
  `NAME_` varchar(255) NOT NULL,
  `EXECUTION_ID_` varchar(64) DEFAULT NULL,
  `PROC_INST_ID_` varchar(64) DEFAULT NULL,
  `TASK_ID_` varchar(64) DEFAULT NULL,
  `SCOPE_ID_` varchar(255) DEFAULT NULL,
  `SUB_SCOPE_ID_` varchar(255) DEFAULT NULL,
  `SCOPE_TYPE_` varchar(255) DEFAULT NULL,
  `BYTEARRAY_ID_` varchar(64) DEFAULT NULL,
  `DOUBLE_` double DEFAULT NULL,
  `LONG_` bigint(20) DEFAULT NULL,
  `TEXT_` varchar(4000) DEFAULT NULL,
  `TEXT2_` varchar(4000) DEFAULT NULL,
  `META_INFO_` varchar(4000) DEFAULT NULL,
  PRIMARY KEY (`ID_`),
  KEY `ACT_IDX_RU_VAR_SCOPE_ID_TYPE` (`SCOPE_ID_`,`SCOPE_TYPE_`),
  KEY `ACT_IDX_RU_VAR_SUB_ID_TYPE` (`SUB_SCOPE_ID_`,`SCOPE_TYPE_`),
  KEY `ACT_FK_VAR_BYTEARRAY` (`BYTEARRAY_ID_`),
  KEY `ACT_IDX_VARIABLE_TASK_ID` (`TASK_ID_`),
  KEY `ACT_FK_VAR_EXE` (`EXECUTION_ID_`),
  KEY `ACT_FK_VAR_PROCINST` (`PROC_INST_ID_`),
  CONSTRAINT `ACT_FK_VAR_BYTEARRAY` FOREIGN KEY (`BYTEARRAY_ID_`) REFERENCES `ACT_GE_BYTEARRAY` (`ID_`),
  CONSTRAINT `ACT_FK_VAR_EXE` FOREIGN KEY (`EXECUTION_ID_`) REFERENCES `ACT_RU_EXECUTION` (`ID_`),
  CONSTRAINT `ACT_FK_VAR_PROCINST` FOREIGN KEY (`PROC_INST_ID_`) REFERENCES `ACT_RU_EXECUTION` (`ID_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ACT_RU_VARIABLE` WRITE;
/*!40000 ALTER TABLE `ACT_RU_VARIABLE` DISABLE KEYS */;
INSERT INTO `ACT_RU_VARIABLE` VALUES
('8186af47-ee14-11f1-a1da-02fc00000001',1,'string','reviewGroup','8186af46-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'school:1:online-safety-lead',NULL,NULL),
('8186fd68-ee14-11f1-a1da-02fc00000001',1,'string','reporterUser','8186af46-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'user:8',NULL,NULL),
('8186fd69-ee14-11f1-a1da-02fc00000001',1,'string','providerDeadline','8186af46-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'P2D',NULL,NULL),
('8186fd6a-ee14-11f1-a1da-02fc00000001',1,'boolean','urgent','8186af46-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL),
('8186fd6b-ee14-11f1-a1da-02fc00000001',1,'string','caseReference','8186af46-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'SC-2026-000001',NULL,NULL),
('8186fd6c-ee14-11f1-a1da-02fc00000001',1,'integer','withheldFiles','8186af46-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,0,'0',NULL,NULL),
('8186fd6d-ee14-11f1-a1da-02fc00000001',1,'string','headTeacherGroup','8186af46-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'school:1:head-teacher',NULL,NULL),
('8186fd6e-ee14-11f1-a1da-02fc00000001',1,'string','category','8186af46-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'CYBERBULLYING',NULL,NULL),
('8186fd6f-ee14-11f1-a1da-02fc00000001',1,'string','removalDeadline','8186af46-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'P5D',NULL,NULL),
('8186fd70-ee14-11f1-a1da-02fc00000001',1,'boolean','policeWanted','8186af46-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL),
('8186fd71-ee14-11f1-a1da-02fc00000001',1,'string','schoolNation','8186af46-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'ENGLAND',NULL,NULL),
('8186fd72-ee14-11f1-a1da-02fc00000001',1,'string','triageDeadline','8186af46-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'P1D',NULL,NULL),
('8186fd73-ee14-11f1-a1da-02fc00000001',1,'long','schoolId','8186af46-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,1,'1',NULL,NULL),
('8186fd74-ee14-11f1-a1da-02fc00000001',1,'string','hrGroup','8186af46-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'la:1:hr',NULL,NULL),
('81e5713d-ee14-11f1-a1da-02fc00000001',1,'string','severity','8186af46-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'MEDIUM',NULL,NULL),
('81e5713e-ee14-11f1-a1da-02fc00000001',1,'boolean','mayBeCriminal','8186af46-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL),
('81e5713f-ee14-11f1-a1da-02fc00000001',1,'string','perpetrator','8186af46-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'OTHER',NULL,NULL),
('81e57140-ee14-11f1-a1da-02fc00000001',1,'boolean','removalNeeded','8186af46-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,1,NULL,NULL,NULL),
('81e57141-ee14-11f1-a1da-02fc00000001',1,'boolean','posterKnown','8186af46-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,1,NULL,NULL,NULL),
('81e57142-ee14-11f1-a1da-02fc00000001',1,'boolean','maliciousClaimByPupil','8186af46-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL),
('828496ac-ee14-11f1-a1da-02fc00000001',1,'string','removalOutcome','8186af46-ee14-11f1-a1da-02fc00000001','8186af46-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'REFUSED',NULL,NULL),
('82866b72-ee14-11f1-a1da-02fc00000001',1,'string','severity','82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'MEDIUM',NULL,NULL),
('82866b73-ee14-11f1-a1da-02fc00000001',1,'string','triageDeadline','82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'P1D',NULL,NULL),
('82866b74-ee14-11f1-a1da-02fc00000001',1,'string','caseReference','82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'SC-2026-000001',NULL,NULL),
('82866b75-ee14-11f1-a1da-02fc00000001',1,'string','perpetrator','82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'OTHER',NULL,NULL),
('82866b76-ee14-11f1-a1da-02fc00000001',1,'string','removalDeadline','82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'P5D',NULL,NULL),
('82866b77-ee14-11f1-a1da-02fc00000001',1,'string','reporterUser','82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'user:8',NULL,NULL),
('82866b78-ee14-11f1-a1da-02fc00000001',1,'boolean','posterKnown','82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,1,NULL,NULL,NULL),
('82866b79-ee14-11f1-a1da-02fc00000001',1,'string','removalOutcome','82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'REFUSED',NULL,NULL),
('82866b7a-ee14-11f1-a1da-02fc00000001',1,'boolean','maliciousClaimByPupil','82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL),
('82866b7b-ee14-11f1-a1da-02fc00000001',1,'string','headTeacherGroup','82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'school:1:head-teacher',NULL,NULL),
('82866b7c-ee14-11f1-a1da-02fc00000001',1,'integer','withheldFiles','82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,0,'0',NULL,NULL),
('82866b7d-ee14-11f1-a1da-02fc00000001',1,'string','schoolNation','82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'ENGLAND',NULL,NULL),
('82866b7e-ee14-11f1-a1da-02fc00000001',1,'string','providerDeadline','82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'P2D',NULL,NULL),
('82866b7f-ee14-11f1-a1da-02fc00000001',1,'boolean','policeWanted','82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL),
('82866b80-ee14-11f1-a1da-02fc00000001',1,'long','schoolId','82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,1,'1',NULL,NULL),
('82866b81-ee14-11f1-a1da-02fc00000001',1,'string','hrGroup','82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'la:1:hr',NULL,NULL),
('82866b82-ee14-11f1-a1da-02fc00000001',1,'string','reviewGroup','82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'school:1:online-safety-lead',NULL,NULL),
('82866b83-ee14-11f1-a1da-02fc00000001',1,'string','category','82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'CYBERBULLYING',NULL,NULL),
('82866b84-ee14-11f1-a1da-02fc00000001',1,'boolean','urgent','82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL),
('82866b85-ee14-11f1-a1da-02fc00000001',1,'boolean','mayBeCriminal','82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL),
('82866b86-ee14-11f1-a1da-02fc00000001',1,'boolean','removalNeeded','82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,1,NULL,NULL,NULL),
('82d37a22-ee14-11f1-a1da-02fc00000001',1,'string','materialUrl','82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'https://social.example/post/123',NULL,NULL),
('82d37a23-ee14-11f1-a1da-02fc00000001',1,'date','capturedOn','82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,1795737600000,NULL,NULL,NULL),
('8328ed2e-ee14-11f1-a1da-02fc00000001',1,'string','provider','82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'Facebook',NULL,NULL),
('8328ed2f-ee14-11f1-a1da-02fc00000001',1,'boolean','materialIllegal','82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL),
('8328ed30-ee14-11f1-a1da-02fc00000001',1,'string','termBroken','82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'Bullying and harassment',NULL,NULL),
('8328ed31-ee14-11f1-a1da-02fc00000001',1,'string','providerReference','82866b71-ee14-11f1-a1da-02fc00000001','82866b71-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'FB-778812',NULL,NULL),
('85d34c7c-ee14-11f1-a1da-02fc00000001',1,'string','reviewGroup','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'school:1:dsl',NULL,NULL),
('85d34c7d-ee14-11f1-a1da-02fc00000001',1,'string','reporterUser','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'user:8',NULL,NULL),
('85d34c7e-ee14-11f1-a1da-02fc00000001',1,'string','providerDeadline','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'P2D',NULL,NULL),
('85d34c7f-ee14-11f1-a1da-02fc00000001',1,'boolean','urgent','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL),
('85d34c80-ee14-11f1-a1da-02fc00000001',1,'string','caseReference','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'SC-2026-000003',NULL,NULL),
('85d34c81-ee14-11f1-a1da-02fc00000001',1,'integer','withheldFiles','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,0,'0',NULL,NULL),
('85d34c82-ee14-11f1-a1da-02fc00000001',1,'string','headTeacherGroup','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'school:1:head-teacher',NULL,NULL),
('85d34c83-ee14-11f1-a1da-02fc00000001',1,'string','category','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'NUDE_IMAGES',NULL,NULL),
('85d34c84-ee14-11f1-a1da-02fc00000001',1,'string','removalDeadline','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'P5D',NULL,NULL),
('85d34c85-ee14-11f1-a1da-02fc00000001',1,'boolean','policeWanted','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL),
('85d34c86-ee14-11f1-a1da-02fc00000001',1,'string','schoolNation','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'ENGLAND',NULL,NULL),
('85d34c87-ee14-11f1-a1da-02fc00000001',1,'string','triageDeadline','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'P1D',NULL,NULL),
('85d34c88-ee14-11f1-a1da-02fc00000001',1,'long','schoolId','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,1,'1',NULL,NULL),
('85d34c89-ee14-11f1-a1da-02fc00000001',1,'string','hrGroup','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'la:1:hr',NULL,NULL),
('85d3e8ce-ee14-11f1-a1da-02fc00000001',2,'boolean','referralInProgress','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,1,NULL,NULL,NULL),
('85d3e8cf-ee14-11f1-a1da-02fc00000001',1,'boolean','referralsRecorded','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL),
('860e59d4-ee14-11f1-a1da-02fc00000001',1,'long','childrenInvolved','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,2,'2',NULL,NULL),
('860e59d5-ee14-11f1-a1da-02fc00000001',1,'long','youngestAge','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,13,'13',NULL,NULL),
('860e59d6-ee14-11f1-a1da-02fc00000001',1,'boolean','childVulnerable','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,1,NULL,NULL,NULL),
('860e59d7-ee14-11f1-a1da-02fc00000001',1,'boolean','adultInvolved','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL),
('860e59d8-ee14-11f1-a1da-02fc00000001',1,'boolean','coercionOrExploitation','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL),
('860e59d9-ee14-11f1-a1da-02fc00000001',1,'boolean','unusualOrViolentContent','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL),
('860e59da-ee14-11f1-a1da-02fc00000001',1,'boolean','sexualActsUnder13','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL),
('860e59db-ee14-11f1-a1da-02fc00000001',1,'boolean','sharedWithoutConsent','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL),
('860e59dc-ee14-11f1-a1da-02fc00000001',1,'boolean','immediateRiskOfHarm','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL),
('860e59dd-ee14-11f1-a1da-02fc00000001',1,'string','howWidelyShared','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'Sent to two classmates on Snapchat',NULL,NULL),
('860e59de-ee14-11f1-a1da-02fc00000001',1,'boolean','deviceSearched','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL),
('8613b113-ee14-11f1-a1da-02fc00000001',1,'boolean','referralRequired','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,1,NULL,NULL,NULL),
('8613b114-ee14-11f1-a1da-02fc00000001',1,'boolean','urgentPolice','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL),
('8613b115-ee14-11f1-a1da-02fc00000001',1,'string','referralReason','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'A child aged 13 or under is involved',NULL,NULL),
('8613d826-ee14-11f1-a1da-02fc00000001',1,'integer','referralTableVersion','85d34c7b-ee14-11f1-a1da-02fc00000001','85d34c7b-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,1,'1',NULL,NULL),
('86155ece-ee14-11f1-a1da-02fc00000001',1,'boolean','deviceSearched','861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL),
('86155ecf-ee14-11f1-a1da-02fc00000001',1,'string','referralReason','861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'A child aged 13 or under is involved',NULL,NULL),
('86155ed0-ee14-11f1-a1da-02fc00000001',1,'boolean','sharedWithoutConsent','861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL),
('86155ed1-ee14-11f1-a1da-02fc00000001',1,'boolean','urgentPolice','861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL),
('86155ed2-ee14-11f1-a1da-02fc00000001',1,'string','caseReference','861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'SC-2026-000003',NULL,NULL),
('86155ed3-ee14-11f1-a1da-02fc00000001',1,'string','reporterUser','861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'user:8',NULL,NULL),
('86155ed4-ee14-11f1-a1da-02fc00000001',1,'integer','withheldFiles','861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,0,'0',NULL,NULL),
('86155ed5-ee14-11f1-a1da-02fc00000001',1,'long','youngestAge','861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,13,'13',NULL,NULL),
('86155ed6-ee14-11f1-a1da-02fc00000001',1,'long','childrenInvolved','861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,2,'2',NULL,NULL),
('86155ed7-ee14-11f1-a1da-02fc00000001',1,'boolean','unusualOrViolentContent','861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL),
('86155ed8-ee14-11f1-a1da-02fc00000001',1,'long','schoolId','861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,1,'1',NULL,NULL),
('86155ed9-ee14-11f1-a1da-02fc00000001',1,'boolean','immediateRiskOfHarm','861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL),
('86155eda-ee14-11f1-a1da-02fc00000001',1,'boolean','coercionOrExploitation','861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL),
('86155edb-ee14-11f1-a1da-02fc00000001',1,'boolean','urgent','861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL),
('86155edc-ee14-11f1-a1da-02fc00000001',1,'boolean','sexualActsUnder13','861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL),
('86155edd-ee14-11f1-a1da-02fc00000001',1,'boolean','childVulnerable','861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,1,NULL,NULL,NULL),
('86155ede-ee14-11f1-a1da-02fc00000001',1,'string','triageDeadline','861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'P1D',NULL,NULL),
('86155edf-ee14-11f1-a1da-02fc00000001',1,'string','removalDeadline','861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'P5D',NULL,NULL),
('86155ee0-ee14-11f1-a1da-02fc00000001',1,'string','headTeacherGroup','861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'school:1:head-teacher',NULL,NULL),
('86155ee1-ee14-11f1-a1da-02fc00000001',1,'boolean','referralsRecorded','861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL),
('86155ee2-ee14-11f1-a1da-02fc00000001',1,'string','schoolNation','861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'ENGLAND',NULL,NULL),
('86155ee3-ee14-11f1-a1da-02fc00000001',1,'string','providerDeadline','861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'P2D',NULL,NULL),
('86155ee4-ee14-11f1-a1da-02fc00000001',1,'boolean','policeWanted','861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL),
('86155ee5-ee14-11f1-a1da-02fc00000001',1,'boolean','referralInProgress','861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,1,NULL,NULL,NULL),
('86155ee6-ee14-11f1-a1da-02fc00000001',1,'string','howWidelyShared','861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'Sent to two classmates on Snapchat',NULL,NULL),
('86155ee7-ee14-11f1-a1da-02fc00000001',1,'boolean','adultInvolved','861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL),
('86155ee8-ee14-11f1-a1da-02fc00000001',1,'string','hrGroup','861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'la:1:hr',NULL,NULL),
('86155ee9-ee14-11f1-a1da-02fc00000001',1,'boolean','referralRequired','861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,1,NULL,NULL,NULL),
('86155eea-ee14-11f1-a1da-02fc00000001',1,'string','reviewGroup','861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'school:1:dsl',NULL,NULL),
('86155eeb-ee14-11f1-a1da-02fc00000001',1,'string','category','861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'NUDE_IMAGES',NULL,NULL),
('86155eec-ee14-11f1-a1da-02fc00000001',1,'integer','referralTableVersion','861537bd-ee14-11f1-a1da-02fc00000001','861537bd-ee14-11f1-a1da-02fc00000001',NULL,NULL,NULL,NULL,NULL,NULL,1,'1',NULL,NULL);
/*!40000 ALTER TABLE `ACT_RU_VARIABLE` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `FLW_CHANNEL_DEFINITION`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `FLW_CHANNEL_DEFINITION` (
  `ID_` varchar(255) NOT NULL,
  `NAME_` varchar(255) DEFAULT NULL,
  `VERSION_` int(11) DEFAULT NULL,
  `KEY_` varchar(255) DEFAULT NULL,
  `CATEGORY_` varchar(255) DEFAULT NULL,
  `TYPE_` varchar(255) DEFAULT NULL,
  `IMPLEMENTATION_` varchar(255) DEFAULT NULL,
  `DEPLOYMENT_ID_` varchar(255) DEFAULT NULL,
  `CREATE_TIME_` datetime(3) DEFAULT NULL,
  `TENANT_ID_` varchar(255) DEFAULT NULL,
  `RESOURCE_NAME_` varchar(255) DEFAULT NULL,
  `DESCRIPTION_` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`ID_`),
  UNIQUE KEY `ACT_IDX_CHANNEL_DEF_UNIQ` (`KEY_`,`VERSION_`,`TENANT_ID_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `FLW_CHANNEL_DEFINITION` WRITE;
/*!40000 ALTER TABLE `FLW_CHANNEL_DEFINITION` DISABLE KEYS */;
/*!40000 ALTER TABLE `FLW_CHANNEL_DEFINITION` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `FLW_EVENT_DEFINITION`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `FLW_EVENT_DEFINITION` (
  `ID_` varchar(255) NOT NULL,
  `NAME_` varchar(255) DEFAULT NULL,
  `VERSION_` int(11) DEFAULT NULL,
  `KEY_` varchar(255) DEFAULT NULL,
  `CATEGORY_` varchar(255) DEFAULT NULL,
  `DEPLOYMENT_ID_` varchar(255) DEFAULT NULL,
  `TENANT_ID_` varchar(255) DEFAULT NULL,
  `RESOURCE_NAME_` varchar(255) DEFAULT NULL,
  `DESCRIPTION_` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`ID_`),
  UNIQUE KEY `ACT_IDX_EVENT_DEF_UNIQ` (`KEY_`,`VERSION_`,`TENANT_ID_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `FLW_EVENT_DEFINITION` WRITE;
/*!40000 ALTER TABLE `FLW_EVENT_DEFINITION` DISABLE KEYS */;
/*!40000 ALTER TABLE `FLW_EVENT_DEFINITION` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `FLW_EVENT_DEPLOYMENT`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `FLW_EVENT_DEPLOYMENT` (
  `ID_` varchar(255) NOT NULL,
  `NAME_` varchar(255) DEFAULT NULL,
  `CATEGORY_` varchar(255) DEFAULT NULL,
  `DEPLOY_TIME_` datetime(3) DEFAULT NULL,
  `TENANT_ID_` varchar(255) DEFAULT NULL,
  `PARENT_DEPLOYMENT_ID_` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`ID_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `FLW_EVENT_DEPLOYMENT` WRITE;
/*!40000 ALTER TABLE `FLW_EVENT_DEPLOYMENT` DISABLE KEYS */;
/*!40000 ALTER TABLE `FLW_EVENT_DEPLOYMENT` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `FLW_EVENT_RESOURCE`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `FLW_EVENT_RESOURCE` (
  `ID_` varchar(255) NOT NULL,
  `NAME_` varchar(255) DEFAULT NULL,
  `DEPLOYMENT_ID_` varchar(255) DEFAULT NULL,
  `RESOURCE_BYTES_` longblob DEFAULT NULL,
  PRIMARY KEY (`ID_`),
  KEY `FLW_IDX_EVENT_RSRC_DPL` (`DEPLOYMENT_ID_`),
  CONSTRAINT `FLW_FK_EVENT_RSRC_DPL` FOREIGN KEY (`DEPLOYMENT_ID_`) REFERENCES `FLW_EVENT_DEPLOYMENT` (`ID_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `FLW_EVENT_RESOURCE` WRITE;
/*!40000 ALTER TABLE `FLW_EVENT_RESOURCE` DISABLE KEYS */;
/*!40000 ALTER TABLE `FLW_EVENT_RESOURCE` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `FLW_RU_BATCH`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `FLW_RU_BATCH` (
  `ID_` varchar(64) NOT NULL,
  `REV_` int(11) DEFAULT NULL,
  `TYPE_` varchar(64) NOT NULL,
  `SEARCH_KEY_` varchar(255) DEFAULT NULL,
  `SEARCH_KEY2_` varchar(255) DEFAULT NULL,
  `CREATE_TIME_` datetime(3) NOT NULL,
  `COMPLETE_TIME_` datetime(3) DEFAULT NULL,
  `STATUS_` varchar(255) DEFAULT NULL,
  `BATCH_DOC_ID_` varchar(64) DEFAULT NULL,
  `TENANT_ID_` varchar(255) DEFAULT '',
  PRIMARY KEY (`ID_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `FLW_RU_BATCH` WRITE;
/*!40000 ALTER TABLE `FLW_RU_BATCH` DISABLE KEYS */;
/*!40000 ALTER TABLE `FLW_RU_BATCH` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `FLW_RU_BATCH_PART`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `FLW_RU_BATCH_PART` (
  `ID_` varchar(64) NOT NULL,
  `REV_` int(11) DEFAULT NULL,
  `BATCH_ID_` varchar(64) DEFAULT NULL,
  `TYPE_` varchar(64) NOT NULL,
  `SCOPE_ID_` varchar(64) DEFAULT NULL,
  `SUB_SCOPE_ID_` varchar(64) DEFAULT NULL,
  `SCOPE_TYPE_` varchar(64) DEFAULT NULL,
  `SEARCH_KEY_` varchar(255) DEFAULT NULL,
  `SEARCH_KEY2_` varchar(255) DEFAULT NULL,
  `CREATE_TIME_` datetime(3) NOT NULL,
  `COMPLETE_TIME_` datetime(3) DEFAULT NULL,
  `STATUS_` varchar(255) DEFAULT NULL,
  `RESULT_DOC_ID_` varchar(64) DEFAULT NULL,
  `TENANT_ID_` varchar(255) DEFAULT '',
  PRIMARY KEY (`ID_`),
  KEY `FLW_IDX_BATCH_PART` (`BATCH_ID_`),
  CONSTRAINT `FLW_FK_BATCH_PART_PARENT` FOREIGN KEY (`BATCH_ID_`) REFERENCES `FLW_RU_BATCH` (`ID_`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `FLW_RU_BATCH_PART` WRITE;
/*!40000 ALTER TABLE `FLW_RU_BATCH_PART` DISABLE KEYS */;
/*!40000 ALTER TABLE `FLW_RU_BATCH_PART` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `app_user`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `app_user` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `username` varchar(100) NOT NULL,
  `display_name` varchar(200) NOT NULL,
  `email` varchar(254) NOT NULL,
  `password_hash` varchar(512) NOT NULL,
  `local_authority_id` bigint(20) NOT NULL,
  `school_id` bigint(20) DEFAULT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_app_user_username` (`username`),
  KEY `fk_app_user_la` (`local_authority_id`),
  KEY `fk_app_user_school` (`school_id`),
  CONSTRAINT `fk_app_user_la` FOREIGN KEY (`local_authority_id`) REFERENCES `local_authority` (`id`),
  CONSTRAINT `fk_app_user_school` FOREIGN KEY (`school_id`) REFERENCES `school` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=13 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `app_user` WRITE;
/*!40000 ALTER TABLE `app_user` DISABLE KEYS */;
INSERT INTO `app_user` VALUES
(1,'dsl.hillview','Hugo Safeguarding','dsl.hillview@example.org','PBKDF2WithHmacSHA256:120000:ZQPYocoH/KX/m39S7d8MLaGAm1fdfd9G12wpHJ+kfEU=:aBobhZvaWryy2meHexmcC9MhoiyNqVOTaSj1JgtG3xo=',1,2,1),
(2,'dsl.riverside','Dana Safeguarding','dsl.riverside@example.org','PBKDF2WithHmacSHA256:120000:ZQPYocoH/KX/m39S7d8MLaGAm1fdfd9G12wpHJ+kfEU=:aBobhZvaWryy2meHexmcC9MhoiyNqVOTaSj1JgtG3xo=',1,1,1),
(3,'lead.oakfield','Omar Lead','lead.oakfield@example.org','PBKDF2WithHmacSHA256:120000:ZQPYocoH/KX/m39S7d8MLaGAm1fdfd9G12wpHJ+kfEU=:aBobhZvaWryy2meHexmcC9MhoiyNqVOTaSj1JgtG3xo=',1,3,1),
(4,'lead.hillview','Holly Lead','lead.hillview@example.org','PBKDF2WithHmacSHA256:120000:ZQPYocoH/KX/m39S7d8MLaGAm1fdfd9G12wpHJ+kfEU=:aBobhZvaWryy2meHexmcC9MhoiyNqVOTaSj1JgtG3xo=',1,2,1),
(5,'lead.riverside','Lee Lead','lead.riverside@example.org','PBKDF2WithHmacSHA256:120000:ZQPYocoH/KX/m39S7d8MLaGAm1fdfd9G12wpHJ+kfEU=:aBobhZvaWryy2meHexmcC9MhoiyNqVOTaSj1JgtG3xo=',1,1,1),
(6,'hr.northshire','Hana HR','hr.northshire@example.org','PBKDF2WithHmacSHA256:120000:ZQPYocoH/KX/m39S7d8MLaGAm1fdfd9G12wpHJ+kfEU=:aBobhZvaWryy2meHexmcC9MhoiyNqVOTaSj1JgtG3xo=',1,NULL,1),
(7,'admin.northshire','Alex Admin','admin.northshire@example.org','PBKDF2WithHmacSHA256:120000:ZQPYocoH/KX/m39S7d8MLaGAm1fdfd9G12wpHJ+kfEU=:aBobhZvaWryy2meHexmcC9MhoiyNqVOTaSj1JgtG3xo=',1,NULL,1),
(8,'staff.riverside','Sam Staff','staff.riverside@example.org','PBKDF2WithHmacSHA256:120000:ZQPYocoH/KX/m39S7d8MLaGAm1fdfd9G12wpHJ+kfEU=:aBobhZvaWryy2meHexmcC9MhoiyNqVOTaSj1JgtG3xo=',1,1,1),
(9,'deputydsl.riverside','Dev Deputy','deputydsl.riverside@example.org','PBKDF2WithHmacSHA256:120000:ZQPYocoH/KX/m39S7d8MLaGAm1fdfd9G12wpHJ+kfEU=:aBobhZvaWryy2meHexmcC9MhoiyNqVOTaSj1JgtG3xo=',1,1,1),
(10,'governor.riverside','Gita Governor','governor.riverside@example.org','PBKDF2WithHmacSHA256:120000:ZQPYocoH/KX/m39S7d8MLaGAm1fdfd9G12wpHJ+kfEU=:aBobhZvaWryy2meHexmcC9MhoiyNqVOTaSj1JgtG3xo=',1,1,1),
(11,'staff.hillview','Hal Staff','staff.hillview@example.org','PBKDF2WithHmacSHA256:120000:ZQPYocoH/KX/m39S7d8MLaGAm1fdfd9G12wpHJ+kfEU=:aBobhZvaWryy2meHexmcC9MhoiyNqVOTaSj1JgtG3xo=',1,2,1),
(12,'head.riverside','Harriet Head','head.riverside@example.org','PBKDF2WithHmacSHA256:120000:ZQPYocoH/KX/m39S7d8MLaGAm1fdfd9G12wpHJ+kfEU=:aBobhZvaWryy2meHexmcC9MhoiyNqVOTaSj1JgtG3xo=',1,1,1);
/*!40000 ALTER TABLE `app_user` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `audit_event`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `audit_event` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `occurred_at` datetime(6) NOT NULL,
  `actor_id` bigint(20) DEFAULT NULL,
  `school_id` bigint(20) DEFAULT NULL,
  `action` varchar(40) NOT NULL,
  `subject` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_audit_subject` (`subject`,`occurred_at`),
  KEY `ix_audit_actor` (`actor_id`,`occurred_at`)
) ENGINE=InnoDB AUTO_INCREMENT=34 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `audit_event` WRITE;
/*!40000 ALTER TABLE `audit_event` DISABLE KEYS */;
INSERT INTO `audit_event` VALUES
(1,'2026-12-02 05:52:06.603917',8,1,'INCIDENT_REPORTED','SC-2026-000001'),
(2,'2026-12-02 05:52:06.970086',5,1,'TASK_CLAIMED','SC-2026-000001'),
(3,'2026-12-02 05:52:07.243457',5,1,'TASK_COMPLETED','SC-2026-000001'),
(4,'2026-12-02 05:52:07.625158',5,1,'TASK_CLAIMED','SC-2026-000001'),
(5,'2026-12-02 05:52:07.773259',5,1,'TASK_COMPLETED','SC-2026-000001'),
(6,'2026-12-02 05:52:08.069409',5,1,'TASK_CLAIMED','SC-2026-000001'),
(7,'2026-12-02 05:52:08.224206',5,1,'TASK_COMPLETED','SC-2026-000001'),
(8,'2026-12-02 05:52:08.567478',5,1,'TASK_CLAIMED','SC-2026-000001'),
(9,'2026-12-02 05:52:08.818247',5,1,'TASK_COMPLETED','SC-2026-000001'),
(10,'2026-12-02 05:52:09.139322',5,1,'TASK_CLAIMED','SC-2026-000001'),
(11,'2026-12-02 05:52:09.281694',5,1,'TASK_COMPLETED','SC-2026-000001'),
(12,'2026-12-02 05:52:09.823735',5,1,'CASE_VIEWED','SC-2026-000001'),
(13,'2026-12-02 05:52:09.903064',8,1,'INCIDENT_REPORTED','SC-2026-000002'),
(14,'2026-12-02 05:52:10.214459',5,1,'TASK_CLAIMED','SC-2026-000002'),
(15,'2026-12-02 05:52:10.338074',5,1,'TASK_COMPLETED','SC-2026-000002'),
(16,'2026-12-02 05:52:10.638711',5,1,'TASK_CLAIMED','SC-2026-000002'),
(17,'2026-12-02 05:52:10.760982',5,1,'TASK_COMPLETED','SC-2026-000002'),
(18,'2026-12-02 05:52:11.067870',5,1,'TASK_CLAIMED','SC-2026-000002'),
(19,'2026-12-02 05:52:11.178388',5,1,'TASK_COMPLETED','SC-2026-000002'),
(20,'2026-12-02 05:52:11.479986',5,1,'TASK_CLAIMED','SC-2026-000002'),
(21,'2026-12-02 05:52:11.611823',5,1,'TASK_COMPLETED','SC-2026-000002'),
(22,'2026-12-02 05:52:11.911702',6,NULL,'TASK_CLAIMED','SC-2026-000002'),
(23,'2026-12-02 05:52:12.009998',6,NULL,'TASK_COMPLETED','SC-2026-000002'),
(24,'2026-12-02 05:52:12.302762',5,1,'TASK_CLAIMED','SC-2026-000002'),
(25,'2026-12-02 05:52:12.440759',5,1,'TASK_COMPLETED','SC-2026-000002'),
(26,'2026-12-02 05:52:12.731888',5,1,'TASK_CLAIMED','SC-2026-000002'),
(27,'2026-12-02 05:52:12.844417',5,1,'TASK_COMPLETED','SC-2026-000002'),
(28,'2026-12-02 05:52:13.179487',8,1,'TASK_COMPLETED','SC-2026-000002'),
(29,'2026-12-02 05:52:13.674616',5,1,'CASE_VIEWED','SC-2026-000002'),
(30,'2026-12-02 05:52:13.741374',8,1,'INCIDENT_REPORTED','SC-2026-000003'),
(31,'2026-12-02 05:52:14.018472',2,1,'TASK_CLAIMED','SC-2026-000003'),
(32,'2026-12-02 05:52:14.183314',2,1,'TASK_COMPLETED','SC-2026-000003'),
(33,'2026-12-02 05:52:14.697563',2,1,'CASE_VIEWED','SC-2026-000003');
/*!40000 ALTER TABLE `audit_event` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `child_safeguarding_record`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `child_safeguarding_record` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `incident_id` bigint(20) NOT NULL,
  `child_number` int(11) NOT NULL,
  `child_label` varchar(40) NOT NULL,
  `age` int(11) NOT NULL,
  `vulnerable` tinyint(1) NOT NULL,
  `risk_assessment` text NOT NULL,
  `safeguards` text NOT NULL,
  `parents_informed` tinyint(1) NOT NULL,
  `parents_rationale` text NOT NULL,
  `not_informed_agreed_by` varchar(200) DEFAULT NULL,
  `parents_review_on` date DEFAULT NULL,
  `recorded_at` datetime(6) NOT NULL,
  `recorded_by` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_child_record` (`incident_id`,`child_number`),
  CONSTRAINT `fk_child_record_incident` FOREIGN KEY (`incident_id`) REFERENCES `incident` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `child_safeguarding_record` WRITE;
/*!40000 ALTER TABLE `child_safeguarding_record` DISABLE KEYS */;
/*!40000 ALTER TABLE `child_safeguarding_record` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `evidence_item`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `evidence_item` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `incident_id` bigint(20) NOT NULL,
  `kind` varchar(20) NOT NULL,
  `file_name` varchar(255) DEFAULT NULL,
  `media_type` varchar(100) DEFAULT NULL,
  `size_bytes` bigint(20) DEFAULT NULL,
  `sha256` char(64) DEFAULT NULL,
  `content` longblob DEFAULT NULL,
  `web_address` varchar(2048) DEFAULT NULL,
  `captured_at` datetime DEFAULT NULL,
  `added_by` bigint(20) NOT NULL,
  `added_at` datetime(6) NOT NULL,
  `withheld` tinyint(1) NOT NULL DEFAULT 0,
  `destroyed_at` datetime(6) DEFAULT NULL,
  `destroyed_by` varchar(64) DEFAULT NULL,
  `destruction_witness` varchar(200) DEFAULT NULL,
  `destruction_note` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_evidence_user` (`added_by`),
  KEY `ix_evidence_incident` (`incident_id`,`added_at`),
  CONSTRAINT `fk_evidence_incident` FOREIGN KEY (`incident_id`) REFERENCES `incident` (`id`),
  CONSTRAINT `fk_evidence_user` FOREIGN KEY (`added_by`) REFERENCES `app_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `evidence_item` WRITE;
/*!40000 ALTER TABLE `evidence_item` DISABLE KEYS */;
/*!40000 ALTER TABLE `evidence_item` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `incident`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `incident` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `reference` varchar(20) NOT NULL,
  `school_id` bigint(20) NOT NULL,
  `reporter_id` bigint(20) NOT NULL,
  `category` varchar(40) NOT NULL,
  `status` varchar(30) NOT NULL,
  `description` text NOT NULL,
  `occurred_at` datetime NOT NULL,
  `reported_at` datetime(6) NOT NULL,
  `platform` varchar(100) DEFAULT NULL,
  `location_url` varchar(2048) DEFAULT NULL,
  `phone_number` varchar(40) DEFAULT NULL,
  `account_name` varchar(200) DEFAULT NULL,
  `process_instance_id` varchar(64) DEFAULT NULL,
  `version` bigint(20) NOT NULL DEFAULT 0,
  `handed_to_hr` tinyint(1) NOT NULL DEFAULT 0,
  `closed_at` datetime(6) DEFAULT NULL,
  `reporter_satisfied` tinyint(1) DEFAULT NULL,
  `advice_lines_given` tinyint(1) NOT NULL DEFAULT 0,
  `perpetrator_kind` varchar(20) NOT NULL DEFAULT 'UNKNOWN',
  `perpetrator_name` varchar(200) DEFAULT NULL,
  `immediate_danger` tinyint(1) NOT NULL DEFAULT 0,
  `police_wanted` tinyint(1) NOT NULL DEFAULT 0,
  `evidence_held` varchar(2000) DEFAULT NULL,
  `referral_table_version` int(11) DEFAULT NULL,
  `referral_required` tinyint(1) DEFAULT NULL,
  `urgent_police` tinyint(1) NOT NULL DEFAULT 0,
  `recategorised_from` varchar(40) DEFAULT NULL,
  `recategorised_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_incident_reference` (`reference`),
  KEY `ix_incident_school_reported` (`school_id`,`reported_at`),
  KEY `ix_incident_reporter_reported` (`reporter_id`,`reported_at`),
  KEY `ix_incident_process` (`process_instance_id`),
  KEY `ix_incident_school_hr` (`school_id`,`handed_to_hr`),
  KEY `ix_incident_school_category_reported` (`school_id`,`category`,`reported_at`),
  KEY `ix_incident_hr_reported` (`handed_to_hr`,`reported_at`),
  CONSTRAINT `fk_incident_reporter` FOREIGN KEY (`reporter_id`) REFERENCES `app_user` (`id`),
  CONSTRAINT `fk_incident_school` FOREIGN KEY (`school_id`) REFERENCES `school` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=4 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `incident` WRITE;
/*!40000 ALTER TABLE `incident` DISABLE KEYS */;
INSERT INTO `incident` VALUES
(1,'SC-2026-000001',1,8,'CYBERBULLYING','TRIAGED','A parent\'s friend keeps posting mocking comments and an edited photo of me on a public Facebook page about the school.','2026-11-23 16:45:00','2026-12-02 05:52:06.475602','Facebook','https://social.example/post/123',NULL,'riverside.gossip','8186af46-ee14-11f1-a1da-02fc00000001',3,0,NULL,NULL,0,'OTHER',NULL,0,0,'Screen captures with time, date and web address',NULL,NULL,0,NULL,NULL),
(2,'SC-2026-000002',1,8,'CYBERBULLYING','CLOSED','A colleague has been posting insulting comments about me in a public group on a social network.','2026-11-25 19:30:00','2026-12-02 05:52:09.884233','Facebook',NULL,NULL,NULL,'838abc4f-ee14-11f1-a1da-02fc00000001',5,1,'2026-12-02 05:52:13.166482',0,1,'COLLEAGUE',NULL,0,0,'Screen captures of the posts',NULL,NULL,0,NULL,NULL),
(3,'SC-2026-000003',1,8,'NUDE_IMAGES','REPORTED','A pupil told me a nude image of another pupil is being passed round a class group.','2026-11-30 12:15:00','2026-12-02 05:52:13.714384','Snapchat',NULL,NULL,NULL,'85d34c7b-ee14-11f1-a1da-02fc00000001',3,0,NULL,NULL,0,'PUPIL',NULL,0,0,NULL,1,1,0,NULL,NULL);
/*!40000 ALTER TABLE `incident` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `letter_template`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `letter_template` (
  `school_id` bigint(20) NOT NULL,
  `removal_request` text NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`school_id`),
  CONSTRAINT `fk_letter_template_school` FOREIGN KEY (`school_id`) REFERENCES `school` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `letter_template` WRITE;
/*!40000 ALTER TABLE `letter_template` DISABLE KEYS */;
/*!40000 ALTER TABLE `letter_template` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `local_authority`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `local_authority` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_local_authority_name` (`name`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `local_authority` WRITE;
/*!40000 ALTER TABLE `local_authority` DISABLE KEYS */;
INSERT INTO `local_authority` VALUES
(1,'Northshire County Council');
/*!40000 ALTER TABLE `local_authority` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `provider`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `provider` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `kind` varchar(30) NOT NULL,
  `reporting_route` varchar(1000) NOT NULL,
  `phone` varchar(200) DEFAULT NULL,
  `email` varchar(254) DEFAULT NULL,
  `web_address` varchar(500) DEFAULT NULL,
  `updated_at` datetime(6) NOT NULL,
  `version` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_provider_name` (`name`),
  KEY `ix_provider_kind_name` (`kind`,`name`)
) ENGINE=InnoDB AUTO_INCREMENT=24 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `provider` WRITE;
/*!40000 ALTER TABLE `provider` DISABLE KEYS */;
INSERT INTO `provider` VALUES
(1,'O2','MOBILE_NETWORK','Nuisance and malicious call, text and picture message team. From your O2 mobile: 202 (pay monthly) or 4445 (pay as you go). They can change the number and work with the police to trace calls.','03448 090 020 (pay monthly); 03448 090 222 (pay as you go)',NULL,NULL,'2026-12-02 05:52:00.396131',0),
(2,'Vodafone','MOBILE_NETWORK','Nuisance and malicious call team. From your Vodafone mobile: 191. They can change the number and work with the police to trace calls.','08700 700 191 (pay monthly); 08700 776 655 (pay as you go)',NULL,NULL,'2026-12-02 05:52:00.396131',0),
(3,'Three','MOBILE_NETWORK','Nuisance and malicious call team. From your Three mobile: 333. They can change the number and work with the police to trace calls.','08707 330 333',NULL,NULL,'2026-12-02 05:52:00.396131',0),
(4,'EE (Orange and T-Mobile)','MOBILE_NETWORK','Nuisance and malicious call team. From your EE mobile: 150. They can change the number and work with the police to trace calls.','07953 966 250',NULL,NULL,'2026-12-02 05:52:00.396131',0),
(5,'Virgin Mobile','MOBILE_NETWORK','Nuisance and malicious call team. From your Virgin mobile: 789. They can change the number and work with the police to trace calls.','0345 6000 789',NULL,NULL,'2026-12-02 05:52:00.396131',0),
(6,'BT','MOBILE_NETWORK','Nuisance call advice line.','08000 328 751',NULL,NULL,'2026-12-02 05:52:00.396131',0),
(7,'Facebook','SOCIAL_NETWORK','Read Facebook\'s rules, then use Report to Facebook or the Facebook Safety Centre.',NULL,NULL,NULL,'2026-12-02 05:52:00.396131',0),
(8,'Instagram','SOCIAL_NETWORK','Read Instagram\'s rules, then use Report to Instagram or the Instagram Safety Centre.',NULL,NULL,NULL,'2026-12-02 05:52:00.396131',0),
(9,'Twitter','SOCIAL_NETWORK','Read Twitter\'s rules, then use Reporting to Twitter.',NULL,NULL,NULL,'2026-12-02 05:52:00.396131',0),
(10,'Vine','SOCIAL_NETWORK','Read Vine\'s rules, then use Contacting Vine and reporting.',NULL,NULL,NULL,'2026-12-02 05:52:00.396131',0),
(11,'Kik Messenger','SOCIAL_NETWORK','Read Kik\'s rules, then use Reporting to Kik or the Kik Help Centre.',NULL,NULL,NULL,'2026-12-02 05:52:00.396131',0),
(12,'Ask.fm','SOCIAL_NETWORK','Read Ask.fm\'s terms of service. You do not need to be logged in to report: move the mouse over the post on someone else\'s profile and use the drop-down arrow to report it.',NULL,NULL,NULL,'2026-12-02 05:52:00.396131',0),
(13,'Tumblr','SOCIAL_NETWORK','Read Tumblr\'s rules, then report to Tumblr by e-mail. Take a screen shot as evidence and attach it to the e-mail.',NULL,NULL,NULL,'2026-12-02 05:52:00.396131',0),
(14,'Kiwi','SOCIAL_NETWORK','Read Kiwi\'s rules, then use Report to Kiwi.',NULL,NULL,NULL,'2026-12-02 05:52:00.396131',0),
(15,'YouTube','VIDEO_PHOTO_HOST','Logged-in YouTube members can report inappropriate content; see also YouTube\'s rules and Safety Centre.',NULL,NULL,NULL,'2026-12-02 05:52:00.396131',0),
(16,'Flickr','VIDEO_PHOTO_HOST','Use the Report Abuse link at the bottom of each page; logged-in members can use \"flag this photo\" on individual pictures.',NULL,NULL,NULL,'2026-12-02 05:52:00.396131',0),
(17,'WhatsApp','MESSENGER','The FAQs explain how to block other users. There is no abuse reporting service, but details can be e-mailed.',NULL,'support@whatsapp.com',NULL,'2026-12-02 05:52:00.396131',0),
(18,'Snapchat','MESSENGER','Safety information and reporting options are on Snapchat\'s safety pages.',NULL,NULL,NULL,'2026-12-02 05:52:00.396131',0),
(19,'Skype','MESSENGER','Follow Skype\'s advice on reporting abuse. Archived or recorded conversations are the best evidence.',NULL,NULL,NULL,'2026-12-02 05:52:00.396131',0),
(20,'Chatrooms, forums and message boards','CHAT_FORUM','Use the service\'s reporting mechanism to contact the provider or moderators; users who abuse the service can have their accounts deleted and moderators can remove content that breaks the terms of use.',NULL,NULL,NULL,'2026-12-02 05:52:00.396131',0),
(21,'YouNow','LIVE_STREAMING','Safety information and how to contact a moderator are on YouNow\'s pages.',NULL,NULL,NULL,'2026-12-02 05:52:00.396131',0),
(22,'Periscope','LIVE_STREAMING','Report inappropriate content as Periscope\'s help pages describe; its terms of service say what is not allowed.',NULL,NULL,NULL,'2026-12-02 05:52:00.396131',0),
(23,'Professionals Online Safety Helpline (UK Safer Internet Centre)','HELPLINE','Help for professionals working with children and young people, including staff protecting their own online reputation. Open 10am to 4pm, Monday to Friday. Escalate here when a provider has not removed material after the waiting time.','0844 381 4772','helpline@saferinternet.org.uk',NULL,'2026-12-02 05:52:00.396131',0);
/*!40000 ALTER TABLE `provider` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `report_draft`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `report_draft` (
  `reporter_id` bigint(20) NOT NULL,
  `category` varchar(40) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `occurred_at` datetime DEFAULT NULL,
  `platform` varchar(100) DEFAULT NULL,
  `location_url` varchar(2048) DEFAULT NULL,
  `phone_number` varchar(40) DEFAULT NULL,
  `account_name` varchar(200) DEFAULT NULL,
  `perpetrator` varchar(20) DEFAULT NULL,
  `perpetrator_name` varchar(200) DEFAULT NULL,
  `immediate_danger` tinyint(1) DEFAULT NULL,
  `police_wanted` tinyint(1) DEFAULT NULL,
  `evidence_held` varchar(2000) DEFAULT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`reporter_id`),
  CONSTRAINT `fk_report_draft_user` FOREIGN KEY (`reporter_id`) REFERENCES `app_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `report_draft` WRITE;
/*!40000 ALTER TABLE `report_draft` DISABLE KEYS */;
/*!40000 ALTER TABLE `report_draft` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `safecase_schema_history`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `safecase_schema_history` (
  `installed_rank` int(11) NOT NULL,
  `version` varchar(50) DEFAULT NULL,
  `description` varchar(200) NOT NULL,
  `type` varchar(20) NOT NULL,
  `script` varchar(1000) NOT NULL,
  `checksum` int(11) DEFAULT NULL,
  `installed_by` varchar(100) NOT NULL,
  `installed_on` timestamp NOT NULL DEFAULT current_timestamp(),
  `execution_time` int(11) NOT NULL,
  `success` tinyint(1) NOT NULL,
  PRIMARY KEY (`installed_rank`),
  KEY `safecase_schema_history_s_idx` (`success`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `safecase_schema_history` WRITE;
/*!40000 ALTER TABLE `safecase_schema_history` DISABLE KEYS */;
INSERT INTO `safecase_schema_history` VALUES
(1,'1','foundation','SQL','V1__foundation.sql',-714421516,'safecase_v12','2026-12-02 05:52:00',33,1),
(2,'2','school closures','SQL','V2__school_closures.sql',-2063851681,'safecase_v12','2026-12-02 05:52:00',3,1),
(3,'3','case closure and hr','SQL','V3__case_closure_and_hr.sql',73513154,'safecase_v12','2026-12-02 05:52:00',6,1),
(4,'4','task notifications','SQL','V4__task_notifications.sql',-1775419360,'safecase_v12','2026-12-02 05:52:00',3,1),
(5,'5','provider directory','SQL','V5__provider_directory.sql',-531338019,'safecase_v12','2026-12-02 05:52:00',3,1),
(6,'6','report circumstances','SQL','V6__report_circumstances.sql',-1611588415,'safecase_v12','2026-12-02 05:52:00',8,1),
(7,'7','evidence','SQL','V7__evidence.sql',683405280,'safecase_v12','2026-12-02 05:52:00',4,1),
(8,'8','report drafts','SQL','V8__report_drafts.sql',691576353,'safecase_v12','2026-12-02 05:52:00',3,1),
(9,'9','letter templates','SQL','V9__letter_templates.sql',1978946201,'safecase_v12','2026-12-02 05:52:00',6,1),
(10,'10','child protection record','SQL','V10__child_protection_record.sql',1646259539,'safecase_v12','2026-12-02 05:52:00',7,1),
(11,'11','case register index','SQL','V11__case_register_index.sql',1008596380,'safecase_v12','2026-12-02 05:52:00',18,1),
(12,'12','recategorisation and withheld files','SQL','V12__recategorisation_and_withheld_files.sql',1691920545,'safecase_v12','2026-12-02 05:52:00',9,1);
/*!40000 ALTER TABLE `safecase_schema_history` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `school`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `school` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `local_authority_id` bigint(20) NOT NULL,
  `name` varchar(200) NOT NULL,
  `urn` varchar(20) NOT NULL,
  `nation` varchar(30) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_school_urn` (`urn`),
  KEY `fk_school_la` (`local_authority_id`),
  CONSTRAINT `fk_school_la` FOREIGN KEY (`local_authority_id`) REFERENCES `local_authority` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=4 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `school` WRITE;
/*!40000 ALTER TABLE `school` DISABLE KEYS */;
INSERT INTO `school` VALUES
(1,1,'Riverside Primary School','900001','ENGLAND'),
(2,1,'Hillview Academy','900002','ENGLAND'),
(3,1,'Oakfield High School','900003','ENGLAND');
/*!40000 ALTER TABLE `school` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `school_closure`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `school_closure` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `local_authority_id` bigint(20) NOT NULL,
  `school_id` bigint(20) DEFAULT NULL,
  `first_day` date NOT NULL,
  `last_day` date NOT NULL,
  `reason` varchar(200) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_closure_school_last_day` (`school_id`,`last_day`),
  KEY `ix_closure_la_last_day` (`local_authority_id`,`last_day`),
  CONSTRAINT `fk_closure_la` FOREIGN KEY (`local_authority_id`) REFERENCES `local_authority` (`id`),
  CONSTRAINT `fk_closure_school` FOREIGN KEY (`school_id`) REFERENCES `school` (`id`),
  CONSTRAINT `ck_closure_order` CHECK (`last_day` >= `first_day`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `school_closure` WRITE;
/*!40000 ALTER TABLE `school_closure` DISABLE KEYS */;
/*!40000 ALTER TABLE `school_closure` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `task_notification`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `task_notification` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `task_id` varchar(64) NOT NULL,
  `case_reference` varchar(64) DEFAULT NULL,
  `school_id` bigint(20) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `send_after` datetime(6) NOT NULL,
  `sent_at` datetime(6) DEFAULT NULL,
  `recipients` int(11) NOT NULL DEFAULT 0,
  `outcome` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_task_notification_task` (`task_id`),
  KEY `ix_task_notification_due` (`sent_at`,`send_after`)
) ENGINE=InnoDB AUTO_INCREMENT=18 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `task_notification` WRITE;
/*!40000 ALTER TABLE `task_notification` DISABLE KEYS */;
INSERT INTO `task_notification` VALUES
(1,'818bdf80-ee14-11f1-a1da-02fc00000001','SC-2026-000001',1,'2026-12-02 05:52:06.544842','2026-12-02 08:30:00.000000',NULL,0,NULL),
(2,'81ee9827-ee14-11f1-a1da-02fc00000001','SC-2026-000001',1,'2026-12-02 05:52:07.188864','2026-12-02 08:30:00.000000',NULL,0,NULL),
(3,'82448062-ee14-11f1-a1da-02fc00000001','SC-2026-000001',1,'2026-12-02 05:52:07.750130','2026-12-02 08:30:00.000000',NULL,0,NULL),
(4,'8286929b-ee14-11f1-a1da-02fc00000001','SC-2026-000001',1,'2026-12-02 05:52:08.181815','2026-12-02 08:30:00.000000',NULL,0,NULL),
(5,'82e5c9a6-ee14-11f1-a1da-02fc00000001','SC-2026-000001',1,'2026-12-02 05:52:08.806323','2026-12-02 08:30:00.000000',NULL,0,NULL),
(6,'832a73db-ee14-11f1-a1da-02fc00000001','SC-2026-000001',1,'2026-12-02 05:52:09.256619','2026-12-02 08:30:00.000000',NULL,0,NULL),
(7,'838b7fb9-ee14-11f1-a1da-02fc00000001','SC-2026-000002',1,'2026-12-02 05:52:09.892043','2026-12-02 08:30:00.000000',NULL,0,NULL),
(8,'83cbbd3e-ee14-11f1-a1da-02fc00000001','SC-2026-000002',1,'2026-12-02 05:52:10.312964','2026-12-02 08:30:00.000000',NULL,0,NULL),
(9,'840c96db-ee14-11f1-a1da-02fc00000001','SC-2026-000002',1,'2026-12-02 05:52:10.738127','2026-12-02 08:30:00.000000',NULL,0,NULL),
(10,'844de5a9-ee14-11f1-a1da-02fc00000001','SC-2026-000002',1,'2026-12-02 05:52:11.166521','2026-12-02 08:30:00.000000',NULL,0,NULL),
(11,'848ebe62-ee14-11f1-a1da-02fc00000001','SC-2026-000002',1,'2026-12-02 05:52:11.590773','2026-12-02 08:30:00.000000',NULL,0,NULL),
(12,'84cd7520-ee14-11f1-a1da-02fc00000001','SC-2026-000002',1,'2026-12-02 05:52:12.001856','2026-12-02 08:30:00.000000',NULL,0,NULL),
(13,'850eeafa-ee14-11f1-a1da-02fc00000001','SC-2026-000002',1,'2026-12-02 05:52:12.431423','2026-12-02 08:30:00.000000',NULL,0,NULL),
(14,'854b57c2-ee14-11f1-a1da-02fc00000001','SC-2026-000002',1,'2026-12-02 05:52:12.828698','2026-12-02 08:30:00.000000',NULL,0,NULL),
(15,'85d4fa44-ee14-11f1-a1da-02fc00000001','SC-2026-000003',1,'2026-12-02 05:52:13.729821','2026-12-02 08:30:00.000000',NULL,0,NULL),
(16,'8615ad15-ee14-11f1-a1da-02fc00000001','SC-2026-000003',1,'2026-12-02 05:52:14.153430','2026-12-02 08:30:00.000000',NULL,0,NULL),
(17,'86164958-ee14-11f1-a1da-02fc00000001','SC-2026-000003',1,'2026-12-02 05:52:14.157032','2026-12-02 08:30:00.000000',NULL,0,NULL);
/*!40000 ALTER TABLE `task_notification` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `user_role`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `user_role` (
  `user_id` bigint(20) NOT NULL,
  `role` varchar(30) NOT NULL,
  PRIMARY KEY (`user_id`,`role`),
  CONSTRAINT `fk_user_role_user` FOREIGN KEY (`user_id`) REFERENCES `app_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `user_role` WRITE;
/*!40000 ALTER TABLE `user_role` DISABLE KEYS */;
INSERT INTO `user_role` VALUES
(1,'DSL'),
(1,'STAFF'),
(2,'DSL'),
(2,'STAFF'),
(3,'ONLINE_SAFETY_LEAD'),
(3,'STAFF'),
(4,'ONLINE_SAFETY_LEAD'),
(4,'STAFF'),
(5,'ONLINE_SAFETY_LEAD'),
(5,'STAFF'),
(6,'HR_OFFICER'),
(7,'LA_ADMIN'),
(8,'STAFF'),
(9,'DEPUTY_DSL'),
(9,'STAFF'),
(10,'GOVERNOR'),
(11,'STAFF'),
(12,'HEAD_TEACHER'),
(12,'STAFF');
/*!40000 ALTER TABLE `user_role` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

