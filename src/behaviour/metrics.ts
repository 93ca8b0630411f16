/**
 * The service metrics of a generated agent-month (docs/behaviour.md §"Service metrics"; the metrics
 * of seed 004 (004_81d4706ebc33c59f.txt) 在线时长、消息回复率、咨询响应速度、好评率、退货率 and the
 * platform exports' 首次/平均响应时长、客户满意率): online hours, reply rate, average and first response
 * time, satisfaction, good-review rate and return rate.
 *
 * Each metric is a latent value = a centre + the agent's persistent traits + the month's own noise +
 * the policy's response, mapped to its unit (logistic for rates, exponential for times and hours):
 * - the traits: a service trait z (drawn once when the agent is seated, stream KIND.serviceTrait) and
 *   the existing skill; an agent who replies fast this month tends to next month too;
 * - the month: one normal per metric from stream (slot, month, KIND.serviceMetrics), in a fixed order,
 *   so the draws are the same under every policy (common random numbers) and new to the generator
 *   (no existing stream moves);
 * - the response: `shift[metric]` (in units of the metric's between-agent spread, in its better
 *   direction) from the policy's stake in the metric (kpiResponse.ts), zero in probation;
 * - overload (present agents covering empty posts) slows replies by the staffing factor, as it
 *   raises slow-reply counts (docs/behaviour.md §"Vacancies and capacity").
 * Centres and spreads are in METRIC_MODEL with their sources (mostly assumptions). A month with no day
 * worked has online hours 0 and no rates (absent, not 0: nothing was received to reply to).
 */
import { SERVICE_METRICS, type ServiceMetric } from '../policy/types';
import { KIND, PART, Xoshiro128, keyPart } from './random';
import type { ShopState } from './types';

/** The generated service metrics, in the order of every per-metric array (`shift`, the month's normals). */
export { SERVICE_METRICS, type ServiceMetric };

/**
 * The model of each metric: `centre` on the latent scale, `skill` and `service` loadings on the
 * standardised traits (positive = better), `month` the σ of the month's noise. `better` says which
 * way of the unit is better; `spread` (√(skill² + service²)) is the unit of a response shift.
 */
export interface MetricModel {
  /** Scale of the latent: logit of a rate, or log of a time / of hours per shift hour. */
  scale: 'logit' | 'log';
  skill: number;
  service: number;
  month: number;
  better: 'higher' | 'lower';
}

/**
 * Calibration (docs/behaviour.md §"Service metrics"). Centres that depend on the shop are set in
 * `metricCentres`: online hours from the shift length (seed 002 (002_fc8d89eb9e52b9d0.txt) 白班
 * 9:00–17:30, 晚班 17:30–22:30), the return rate from the category. Every spread is an assumption.
 */
export const METRIC_MODEL: Readonly<Record<ServiceMetric, MetricModel>> = {
  onlineHours: { scale: 'log', skill: 0, service: 0.06, month: 0.04, better: 'higher' },
  replyRate: { scale: 'logit', skill: 0, service: 0.5, month: 0.35, better: 'higher' },
  avgResponseSec: { scale: 'log', skill: 0, service: 0.35, month: 0.2, better: 'lower' },
  firstResponseSec: { scale: 'log', skill: 0, service: 0.35, month: 0.2, better: 'lower' },
  satisfactionRate: { scale: 'logit', skill: 0.25, service: 0.25, month: 0.3, better: 'higher' },
  goodReviewRate: { scale: 'logit', skill: 0.25, service: 0.2, month: 0.35, better: 'higher' },
  returnRate: { scale: 'logit', skill: 0.15, service: 0, month: 0.15, better: 'lower' },
};

/** Median reply rate, average and first response time of an average agent (assumptions; seed 000's 2-minute reply rule is far above them). */
export const METRIC_MEDIANS = {
  replyRate: 0.975,
  avgResponseSec: 28,
  firstResponseSec: 12,
  satisfactionRate: 0.93,
  goodReviewRate: 0.985,
} as const;

/** Online hours of a shift day (seed 002: 白班 9:00–17:30 = 8.5 h, 晚班 17:30–22:30 = 5 h). */
export const SHIFT_HOURS = { day: 8.5, night: 5 } as const;

/** Between-agent spread of a metric on its latent scale: the unit of a response shift. */
export function metricSpread(m: ServiceMetric): number {
  const x = METRIC_MODEL[m];
  return Math.hypot(x.skill, x.service);
}

const logit = (p: number) => Math.log(p / (1 - p));

/** Centre of each metric on its latent scale for a shop whose category returns `returnRate` of orders. */
export function metricCentres(returnRate: number): Float64Array {
  return Float64Array.from([
    0, // online hours: log(hours ÷ shift hours of the days worked)
    logit(METRIC_MEDIANS.replyRate),
    Math.log(METRIC_MEDIANS.avgResponseSec),
    Math.log(METRIC_MEDIANS.firstResponseSec),
    logit(METRIC_MEDIANS.satisfactionRate),
    logit(METRIC_MEDIANS.goodReviewRate),
    returnRate > 0 && returnRate < 1 ? logit(returnRate) : 0,
  ]);
}

/** The typical value of a metric (latent at its centre, plus `shift` spreads in its better direction), in the record's unit per shift hour for online hours. */
export function metricAt(m: ServiceMetric, centre: number, shiftSpreads: number): number {
  const x = METRIC_MODEL[m];
  const l = centre + (x.better === 'higher' ? 1 : -1) * shiftSpreads * metricSpread(m);
  return x.scale === 'logit' ? 1 / (1 + Math.exp(-l)) : Math.exp(l);
}

const rng = new Xoshiro128(0);

/** The agent's service trait (standard normal), drawn once when seated in (slot, month of hire). */
export function drawServiceTrait(state: ShopState, slot: number, hireMonth: number): number {
  rng.seed(keyPart(keyPart(keyPart(state.repKey, slot, PART.slot), hireMonth, PART.month), KIND.serviceTrait, PART.kind) | 0);
  return rng.normal();
}

/** The metrics of one agent-month (fields of AgentMonth; undefined = absent). One scratch object, reused. */
export interface ServiceMetricValues {
  onlineHours: number | undefined;
  replyRateBp: number | undefined;
  avgResponseSec: number | undefined;
  firstResponseSec: number | undefined;
  satisfactionRateBp: number | undefined;
  goodReviewRateBp: number | undefined;
  returnRateBp: number | undefined;
}

/** The metrics of a record generated without them: every one absent (the fields stay, undefined, so all records have one shape). */
export const NO_METRICS: Readonly<ServiceMetricValues> = {
  onlineHours: undefined,
  replyRateBp: undefined,
  avgResponseSec: undefined,
  firstResponseSec: undefined,
  satisfactionRateBp: undefined,
  goodReviewRateBp: undefined,
  returnRateBp: undefined,
};
const out: ServiceMetricValues = { ...NO_METRICS };
const ownNoise = new Float64Array(SERVICE_METRICS.length);
const centresByInput = new WeakMap<object, Float64Array>();
const ZERO_SHIFT = new Float64Array(SERVICE_METRICS.length);
/** METRIC_MODEL as flat tables in SERVICE_METRICS order (the loop reads no strings and computes no hypot). */
const SIGN = Float64Array.from(SERVICE_METRICS, (m) => (METRIC_MODEL[m].better === 'higher' ? 1 : -1));
const SKILL = Float64Array.from(SERVICE_METRICS, (m) => METRIC_MODEL[m].skill);
const SERVICE = Float64Array.from(SERVICE_METRICS, (m) => METRIC_MODEL[m].service);
const SPREAD = Float64Array.from(SERVICE_METRICS, (m) => metricSpread(m));
const MONTH = Float64Array.from(SERVICE_METRICS, (m) => METRIC_MODEL[m].month);

/** The month's normals of the service metrics of a slot (stream (slot, month, KIND.serviceMetrics)), into `into[at …]`. */
export function drawMetricNoise(slotMonthKey: number, into: Float64Array, at: number): void {
  rng.seed(keyPart(slotMonthKey, KIND.serviceMetrics, PART.kind) | 0);
  rng.normalsInto(into, at, SERVICE_METRICS.length);
}

/**
 * The service metrics of slot `s` in a month (`slotMonthKey`: generateMonth's key of (slot, month)).
 * The month's normals are drawn first, whatever the policy (policy-independent); the response
 * `shift` (spreads by SERVICE_METRICS, or null in probation: nothing at stake) is added after.
 * `overload` (≥ 1, present agents' load relative to normal) slows replies. `noise` (optional): the
 * month's normals already drawn by drawMetricNoise at `noise[at …]` (shared by the variants of a
 * replication, monthDraws.ts); without it they are drawn here.
 */
export function serviceMetrics(
  state: ShopState,
  s: number,
  slotMonthKey: number,
  daysWorked: number,
  daysEmployed: number,
  night: boolean,
  overload: number,
  shift: ArrayLike<number> | null,
  noise?: Float64Array,
  at = 0,
): ServiceMetricValues {
  let nz = noise;
  if (!nz) {
    drawMetricNoise(slotMonthKey, ownNoise, 0);
    nz = ownNoise;
    at = 0;
  }
  if (daysWorked <= 0) {
    out.onlineHours = 0;
    out.replyRateBp = out.avgResponseSec = out.firstResponseSec = undefined;
    out.satisfactionRateBp = out.goodReviewRateBp = out.returnRateBp = undefined;
    return out;
  }
  let centres = centresByInput.get(state.input);
  if (!centres) {
    centres = metricCentres(state.input.shop.category.returnRate);
    centresByInput.set(state.input, centres);
  }
  const skillSpread = state.input.behaviour.skillSpread;
  const skillZ = skillSpread > 0 ? state.skill[s]! / skillSpread : 0;
  const svcZ = state.serviceTrait[s]!;
  const sh = shift ?? ZERO_SHIFT;
  const lat = latent;
  for (let i = 0; i < lat.length; i++) {
    lat[i] = centres[i]! + SIGN[i]! * (SKILL[i]! * skillZ + SERVICE[i]! * svcZ + sh[i]! * SPREAD[i]!) + MONTH[i]! * nz[at + i]!;
  }
  const hours = daysWorked * (night ? SHIFT_HOURS.night : SHIFT_HOURS.day) * Math.exp(lat[0]!);
  out.onlineHours = Math.min(daysEmployed * 24, Math.round(hours * 100) / 100);
  out.replyRateBp = bp(lat[1]!);
  const lnOverload = overload === 1 ? 0 : Math.log(overload);
  out.avgResponseSec = Math.round(Math.exp(lat[2]! + lnOverload) * 100) / 100;
  out.firstResponseSec = Math.round(Math.exp(lat[3]! + lnOverload) * 100) / 100;
  out.satisfactionRateBp = bp(lat[4]!);
  out.goodReviewRateBp = bp(lat[5]!);
  const ret = state.input.shop.category.returnRate;
  out.returnRateBp = ret <= 0 ? 0 : ret >= 1 ? 10_000 : bp(lat[6]!);
  return out;
}

/** Latent values of one agent-month, SERVICE_METRICS order (scratch). */
const latent = new Float64Array(SERVICE_METRICS.length);

/** A logit as a rate in ten-thousandths (0 … 10 000). */
function bp(l: number): number {
  return Math.round(10_000 / (1 + Math.exp(-l)));
}
