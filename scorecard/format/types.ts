import type { CategoricalValue, CharacteristicName, ScoreCategory } from './characteristics';

/** Shape of subgraphs/scores/model/scorecard-v<N>.json. */

export const BANDS = ['POOR', 'FAIR', 'GOOD', 'VERY_GOOD', 'EXCELLENT'] as const;
export type ScoreBand = (typeof BANDS)[number];

export interface ScorecardBin {
  label: string;
  /** categorical characteristics: the values that fall in this bin */
  values?: CategoricalValue[];
  /** numeric characteristics: the bin holds min <= value < max (max null = no upper bound) */
  min?: number;
  max?: number | null;
  /** training applicants in the bin and how many of them were bad (null: outcome never looked at) */
  applicants: number;
  bads: number | null;
  /** ln(share of goods / share of bads); null where the data were deliberately not looked at */
  woe: number | null;
  points: number;
}

export interface ScorecardCharacteristic {
  name: CharacteristicName;
  category: ScoreCategory;
  kind: 'categorical' | 'numeric';
  scored: boolean;
  /** why the characteristic is or is not scored */
  note: string;
  coefficient: number;
  bins: ScorecardBin[];
}

export interface ScalingParameters {
  /** score = offset + factor * ln(odds good:bad); the score at baseOdds is baseScore */
  baseScore: number;
  baseOdds: number;
  pointsToDoubleOdds: number;
  factor: number;
  offset: number;
  scaleMin: number;
  scaleMax: number;
  /** the lowest and highest sum of points any applicant can reach */
  achievableMin: number;
  achievableMax: number;
}

export interface BandCut {
  band: ScoreBand;
  /** lowest score in the band */
  minScore: number;
  /** the probability of default at minScore */
  probabilityOfDefaultAtMin: number;
}

export interface CutOff {
  probabilityOfDefault: number;
  /** approve when score >= this */
  score: number;
  rationale: string;
}

export interface GroupApproval {
  group: string;
  applicants: number;
  approvalRate: number;
}

export interface FairnessCheck {
  attribute: 'sex' | 'foreignWorker' | 'age';
  groups: GroupApproval[];
  /** lower approval rate / higher approval rate */
  approvalRateRatio: number;
  passesFourFifthsRule: boolean;
}

export interface CalibrationRow {
  band: ScoreBand;
  minScore: number;
  /** out-of-fold predictions in the band, averaged per repetition */
  applicants: number;
  meanPredictedPd: number;
  observedBadRate: number;
}

export interface MeanSd {
  mean: number;
  sd: number;
}

export interface Evaluation {
  method: string;
  folds: number;
  auc: MeanSd;
  gini: MeanSd;
  ks: MeanSd;
  pooledOutOfFold: { auc: number; gini: number; ks: number };
  inSampleAuc: number;
  calibration: CalibrationRow[];
  cost: {
    matrix: string;
    totalPerRepetition: number;
    perApplicant: number;
    badApprovedPerRepetition: number;
    goodRejectedPerRepetition: number;
    approvalRate: number;
    approveEveryoneCost: number;
    rejectEveryoneCost: number;
  };
  fairness: { rule: string; note: string; checks: FairnessCheck[] };
}

/**
 * How a scorecard is fitted: what the less-discriminatory-alternative search varies.
 * Protected attributes enter only the last two, which shape the fit's objective, never
 * an input, a bin or a threshold: a person's score never depends on their own group.
 */
export interface FitSpec {
  /**
   * 'data': the orders of ORDINAL_ORDERS, each in the direction its data say
   * (scorecard-v1). 'domain': DOMAIN_ORDERS and NUMERIC_RISK_DIRECTIONS, in the
   * direction a consumer would predict whatever the data say.
   */
  monotonicity: 'data' | 'domain';
  /** characteristics kept out of the model (0 points), sorted */
  excluded: CharacteristicName[];
  /** at most this many classes for each characteristic named */
  maxClasses: Partial<Record<CharacteristicName, number>>;
  /** weight of the penalty on the squared gaps in mean log-odds between protected groups; 0 = plain fit */
  fairnessPenalty: number;
  /** training applicants weighted so that outcome and protected group are independent (Kamiran and Calders) */
  reweighing: boolean;
}

export interface ScorecardModel {
  version: string;
  description: string;
  data: { source: string; applicants: number; bads: number };
  policy: { relationships: string; protectedCharacteristics: string };
  method: {
    binning: string;
    weightOfEvidence: string;
    regression: string;
    droppedCharacteristics: { name: CharacteristicName; reason: string }[];
    /** absent: fitted as scorecard-v1 was (DATA_MONOTONE_FIT) */
    fit?: FitSpec;
  };
  intercept: number;
  scaling: ScalingParameters;
  bands: BandCut[];
  cutOff: CutOff;
  characteristics: ScorecardCharacteristic[];
  evaluation: Evaluation;
}
