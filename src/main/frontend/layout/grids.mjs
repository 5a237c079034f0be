// Where bpmn-auto-layout's first placement is tidied, per model (layout.mjs reads it):
//   grid:    element id -> [column, row, columns spanned, rows spanned]; each sub-process has a
//            grid of its own inside it. Any numbers; only their order counts.
//   gaps / rowGaps: space after a column / row, where 60 / 70 px is too little or too much.
//   flows:   flow id -> { via: row | { row, dy } | { dy } (a detour at that height),
//            from / to: 'top' | 'bottom' | 'left' | 'right' (the side it leaves or enters) }.
//   labels:  event or gateway id -> { side: 'above' | 'below' | 'left' | 'above-left' | 'below-left', width }.
// A model with no entry keeps bpmn-auto-layout's placement.
export const GRIDS = {
  hrDisciplinaryHandOff: {},
  removalRequest: {},
  childProtectionReferral: {
    grid: {
      recordPoliceReferral: [2, -0.5], recordSocialCareReferral: [2, 0.5],
      referralNeeded: [0, 0], referBoth: [1, 0], bothReferred: [3, 0], referred: [4, 0]
    },
    rowGaps: { '-0.5': 10, 0: 10 }
  },
  policeReferral: {},
  schoolProcedure: {
    grid: {
      applyParentalConductProcedure: [2, -0.5], applyBehaviourProcedure: [2, 0.5],
      procedureNeeded: [0, 0], whichProcedure: [1, 0], proceduresDone: [3, 0], procedureApplied: [4, 0]
    },
    gaps: { 1: 110 },
    rowGaps: { '-0.5': 10, 0: 10 }
  },
  providerTakedown: {
    grid: {
      takedownNeeded: [0, 0], recordMaterialLocation: [1, 0], reportToProvider: [2, 0], reported: [3, 0],
      awaitProvider: [4, 0, 3], providerRefused: [7, 0], removed: [8, 0], reportHarmfulContent: [8, 1], refusalHandled: [9, 1],
      elsewhere: [4, 1], takedownElsewhere: [5, 1], takenDownElsewhere: [6, 1], onlyHere: [5, 2],
      // inside awaitProvider
      awaitStarted: [0, 0], recordProviderDecision: [1, 0], providerDecided: [2, 0], escalateToHelpline: [2, 1], escalated: [3, 1]
    }
  },
  staffIncident: {
    grid: {
      incidentReported: [0, 0], triage: [1, 0, 1, 2], recordTriage: [2, 0], triaged: [3, 0], policeToConsider: [4, 0],
      policeReferral: [5, -1], recordSupport: [7, -2], responses: [6, 0],
      removalRequest: [7, 0], providerTakedown: [7, 1], impersonationComplaint: [7, 2], reportToPhoneNetwork: [7, 3],
      schoolProcedure: [7, 4], hrDisciplinaryHandOff: [7, 5],
      removedByPoster: [8, 0], providerTakedownAfterRefusal: [9, 0], responsesDone: [10, 0], responsesAndSupportDone: [11, 0],
      recordOutcome: [12, 0], staffSatisfaction: [13, 0], satisfiedQuestion: [14, 0], headTeacherReviewsHandling: [15, 1],
      closeCase: [16, 0], caseClosed: [17, 0],
      // inside triage
      triageStarted: [0, 0], triageByLead: [1, 0], triageDone: [2, 0], headTeacherEnsuresTriage: [2, 1], escalationSeen: [3, 1]
    },
    gaps: { 4: 110, 6: 150, 8: 110 },
    rowGaps: { 0: 40, 1: 40, 2: 40, 3: 40, 4: 40 },
    labels: { responses: { side: 'below-left' }, responsesDone: { side: 'below-left', width: 62 } },
    flows: {
      noFurtherResponse: { from: 'top', via: { dy: -110 } },
      posterRemoved: { via: { dy: -70 } },
      afterPolice: { to: 'left' },
      closeWithoutAnswer: { via: { row: 1, dy: 75 }, to: 'bottom' }
    }
  },
  childProtectionIncident: {
    grid: {
      incidentReported: [0, 0], filesHeldQuestion: [1, 0], review: [2, 0, 2, 2], deviceSearchedQuestion: [4, 0],
      decideReferral: [5, 0], referralRequiredQuestion: [7, 0], referralNeeded: [11, 0], referToAgencies: [12, 0],
      safeguardChildren: [13, 0], safeguardingSteps: [14, 0], offerRemovalHelp: [15, 0], safeguardingDone: [16, 0],
      completeDslRecord: [17, 0], imageViewedQuestion: [18, 0], closeCase: [20, 0], closed: [21, 0],
      destroyWithheldFiles: [2, -1], filesDestroyed: [3, -1], recordDeviceSearch: [5, -1], deviceSearchRecorded: [6, -1],
      recordChildSafeguarding: [15, -1], recordImageViewing: [19, -1],
      recordHandlingRationale: [8, 1], headTeacherAgreesHandling: [9, 1], headAgreed: [10, 1], considerSanctions: [15, 1],
      referLater: [2, 2, 2],
      // inside review
      reviewStarted: [0, 0], initialReviewByDsl: [1, 0], reviewDone: [2, 0], deputyAndHeadEnsureReview: [2, 1], reviewEscalationSeen: [3, 1],
      // inside referLater
      referNowRequested: [0, 0], laterReferral: [1, 0], laterReferred: [2, 0]
    },
    gaps: { 0: 90, 7: 110 },
    flows: {
      referredBeforeReview: { via: -1 },
      alreadyReferred: { via: { dy: -75 } },
      headDisagrees: { from: 'right' },
      headAgrees: { via: { dy: 65 } },
      afterViewing: { to: 'top' }
    }
  }
};
