/**
 * Carry-over state of a run (docs/rules-file.md §guarantee, §dismissal): per agent the guarantee
 * balances, the run of low-score months and the year's warnings; and the last month's pool reports.
 */
import { newGuaranteeState, type GuaranteeState } from '../components/guarantee';
import { RowCache } from './rowCache';

/** Per-agent state carried from month to month. */
export interface AgentState {
  guarantee: GuaranteeState;
  lastMonth: string | null;
  lowScoreRun: number;
  warningsYear: number;
  warnings: number;
}

/** What a team's pool did in a month. */
export interface TeamPoolReport {
  team: string;
  month: string;
  teamNetSalesFen: number;
  poolFen: number;
  /** Shares paid (after any score multiplier). */
  paidFen: number;
  /** Pool nobody could be paid from (every weight 0, or no member outside probation). */
  unspentFen: number;
  /** Withheld from shares by the score multiplier (stays with the shop). */
  withheldFen: number;
}

/** Carry-over state of a run: guarantee balances, score runs, warnings; and the last month's pool reports. */
export class PayLedger {
  readonly agents = new Map<string, AgentState>();
  pools: TeamPoolReport[] = [];

  /** The states of the month's agents in the order paid, for the next month's lookups (rowCache.ts). */
  readonly recent = new RowCache<AgentState>();

  state(agentId: string): AgentState {
    let s = this.agents.get(agentId);
    if (!s) {
      s = { guarantee: newGuaranteeState(), lastMonth: null, lowScoreRun: 0, warningsYear: 0, warnings: 0 };
      this.agents.set(agentId, s);
    }
    return s;
  }

  /** `state(agentId)` of the month's next agent (call in the order paid, after `recent.nextMonth()`). */
  nextState(agentId: string): AgentState {
    const s = this.recent.find(agentId) ?? this.state(agentId);
    this.recent.add(agentId, s);
    return s;
  }
}
