/** Estimating a shop's behaviour from its real months (docs/real-data.md §"What is estimated and how"). */
export { calibrateShop, type Calibration } from './calibrateShop';
export { applyCalibration, type Choice } from './applyCalibration';
export type { Estimate, EstimateTarget, IntervalMethod } from './estimate';
