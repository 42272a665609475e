/** Public API of the policy and risk engine. Screens and the API call only what is exported here. */
export * from "./types";
export * from "./evaluation-types";
export { BANDS, BAND_IDS, MIN_SCORE, MAX_SCORE, bandOf, bandIndexOf, type Band } from "./bands";
export {
  compareOutcomes,
  maxOutcome,
  outcomeRank,
  outcomeAt,
  isRestrictedOrWorse,
} from "./outcome";
export { evaluateScenario, type EvaluateOptions } from "./scenario/evaluate";
export {
  explainCell,
  type CellExplanation,
  type MatchingRule,
  type RuleRef,
} from "./scenario/explain-cell";
export { ASSUMABLE_FACTS, type AssumedFact } from "./scenario/match-model";
export { isInForce } from "./scenario/build-matrix";
export {
  explainDeployment,
  type DeploymentExplanation,
  type FactorSum,
  type UpcomingRuleAt,
} from "./risk/explain-deployment";
export type { Factor } from "./risk/score-deployment";
export {
  summariseControls,
  type AxisControls,
  type ControlsSummary,
} from "./risk/summarise-controls";
export { isContractInForce } from "./risk/contract-terms";
export { previewClauseAssessment } from "./risk/preview-clause-assessment";
export type { AssessmentPreview, AssessmentPreviewChange } from "./risk/preview-clause-assessment";
export { isMemberOn, membersAsOf, inventoryAsOf } from "./groups/members-as-of";
export { membershipHistory, type DatedPeriod, type PeriodState } from "./groups/membership-history";
export {
  applyMemberList,
  type ListedMember,
  type MemberListChange,
} from "./groups/apply-member-list";
export * as RISK_WEIGHTS from "./risk/weights";
export {
  DEFAULT_METHODOLOGY,
  methodologyProblems,
  methodologyRef,
  type Methodology,
  type MethodologyRef,
} from "./methodology/methodology";
export {
  diffEvaluations,
  type CellChange,
  type DeploymentChange,
  type DeploymentSide,
  type Direction,
  type EvaluationDiff,
} from "./diff/diff-evaluations";
export { suggestAlternatives, type Alternative } from "./alternatives/suggest-alternatives";
