/**
 * Carry-over state of a run (docs/rules-file.md §guarantee, §dismissal): per agent the guarantee
 * balances, the run of low-score months and the year's warnings; and the last month's pool reports.
 */
import { newGuaranteeState, type GuaranteeState } from '../components/guarantee';

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

  /**
   * The state of each row of the last months paid (row i of a month: records[i]) and its agent's id:
   * a month's records mostly list the same agents at the same rows as the month before (a roster in
   * slot order), so `stateAt` finds the state by row, with a comparison of ids, not a Map lookup.
   */
  private rowId: string[] = [];
  private rowState: AgentState[] = [];

  state(agentId: string): AgentState {
    let s = this.agents.get(agentId);
    if (!s) {
      s = { guarantee: newGuaranteeState(), lastMonth: null, lowScoreRun: 0, warningsYear: 0, warnings: 0 };
      this.agents.set(agentId, s);
    }
    return s;
  }

  /** `state(agentId)` of the agent at row `row` of the month (the same object). */
  stateAt(row: number, agentId: string): AgentState {
    if (this.rowId[row] === agentId) return this.rowState[row]!;
    const s = this.state(agentId);
    // rows are filled in order from 0, so the arrays stay dense
    this.rowId[row] = agentId;
    this.rowState[row] = s;
    return s;
  }
}
