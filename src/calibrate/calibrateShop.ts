/**
 * The shop's behaviour from its months (docs/real-data.md §"What is estimated and how"): every
 * estimate family run over a records file, and the roster the simulation starts from (the agents
 * still employed at the end of the last month: names, teams, roles, levels, months of hire, and each
 * one's skill from their own conversion, shrunk toward the shop's by the amount of data).
 * Pure: the same records and scenario give the same numbers anywhere.
 */
import type { AgentMonth } from '../engine/records';
import { addMonths } from '../engine/months';
import type { BehaviourParams, SeatedAgent, ShopProfile } from '../behaviour/params';
import { estimateConduct, type ConductField } from './conduct';
import { estimateConversion } from './conversion';
import { estimateDemand } from './demand';
import type { Estimate } from './estimate';
import { monthsOf } from './monthsOf';
import { estimateOrders } from './orders';
import { estimateShopStructure, stayers } from './shopStructure';
import { estimateTurnover } from './turnover';
import type { Level, Role } from '../policy/types';

export interface Calibration {
  /** Months of data, first and last ("YYYY-MM"), and how many. */
  from: string;
  to: string;
  months: number;
  records: number;
  /** The month after the last: where "the next 12 months" start. */
  nextMonth: string;
  estimates: Estimate[];
  roster: SeatedAgent[];
  /** Usable conversion months per roster agent (the weight of their own data in their skill). */
  rosterMonths: Record<string, number>;
  roleCounts: Record<Role, number>;
  levelCounts: Record<Level, number>;
  /** Twelve months when estimated from ≥ 12 months of data, else null. */
  seasonality: number[] | null;
}

/**
 * `present(field)`: the file has that column (an absent column is "not provided": nothing is
 * estimated from it). Without it every field counts as present (a Paylab JSON records file).
 */
export function calibrateShop(
  records: readonly AgentMonth[],
  base: { shop: ShopProfile; behaviour: BehaviourParams },
  present: (field: keyof AgentMonth) => boolean = () => true,
): Calibration {
  if (records.length === 0) throw new RangeError('calibrateShop: no records');
  const { shop, behaviour: b } = base;
  const months = monthsOf(records);
  const structure = estimateShopStructure(months, { agents: shop.agents, teams: shop.teams });
  const conversion =
    present('inquiries') && present('orders')
      ? estimateConversion(records, b.ramp.length, b)
      : { estimates: [], skill: new Map<string, number>(), monthsByAgent: new Map<string, number>() };
  const demand = estimateDemand(months, {
    shop,
    capacity: b.capacity,
    roleCounts: structure.roleCounts,
    // demand is per day worked: without 出勤天数 there is nothing to divide by
    hasInquiries: present('inquiries') && present('daysWorked'),
    hasCases: present('afterSalesCases') && present('daysWorked'),
  });
  const orders = estimateOrders(
    records,
    { orders: present('orders'), paidOrders: present('paidOrders'), returns: present('returnsFen'), badReviews: present('badReviews') },
    { paymentRate: b.paymentRate, category: shop.category },
  );
  // a count is estimated only with its exposure: scheduled days for leave and absences, days worked for the rest
  const conduct = estimateConduct(months, (f: ConductField) => present(f) && present(f === 'leaveDays' || f === 'absences' ? 'scheduledDays' : 'daysWorked'), b, shop.nightShiftShare, structure.roleCounts);
  // who left is an input like any other: months nobody marked 离职 or not are no evidence of staying
  const turnover = present('left') ? estimateTurnover(records, b) : [];

  const last = months[months.length - 1]!;
  const roster: SeatedAgent[] = stayers(last).map((r) => ({
    agentId: r.agentId,
    name: r.name,
    team: r.team,
    role: r.role,
    level: r.level,
    hireMonth: r.hireMonth,
    skill: round4(conversion.skill.get(r.agentId) ?? 0),
  }));
  const rosterMonths: Record<string, number> = {};
  for (const a of roster) rosterMonths[a.agentId] = conversion.monthsByAgent.get(a.agentId) ?? 0;
  return {
    from: months[0]!.month,
    to: last.month,
    months: months.length,
    records: records.length,
    nextMonth: addMonths(last.month, 1),
    estimates: [...structure.estimates, ...demand.estimates, ...conversion.estimates, ...orders, ...conduct, ...turnover],
    roster,
    rosterMonths,
    roleCounts: structure.roleCounts,
    levelCounts: structure.levelCounts,
    seasonality: demand.seasonality,
  };
}

function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
