/**
 * The kernel's working values of one month (kernel/payMonthRows.ts): per agent-month (index of the
 * record) and per team, in typed arrays reused from month to month, so paying a month allocates no
 * object per agent. The kernel is synchronous, so one scratch serves every call.
 */
import { GATED_LINES } from '../../policy/types';

const G = GATED_LINES.length;

export class MonthScratch {
  /** Per agent-month: net credited sales (fen), score (hundredths; NaN none), multiplier num/den, target (fen; NaN none). */
  net = new Float64Array(0);
  scoreH = new Float64Array(0);
  multNum = new Float64Array(0);
  multDen = new Float64Array(0);
  targetFen = new Float64Array(0);
  /** 1 in a probation month. */
  probation = new Uint8Array(0);
  /** Index of the agent's team in this month's teams. */
  team = new Int32Array(0);
  /** Rank in the team for the rank bonus (0: none). */
  rank = new Int32Array(0);
  /** Gate factor of each gated line (GATED_LINES order): num/den at i × G + k. */
  gateNum = new Float64Array(0);
  gateDen = new Float64Array(0);

  /** Teams of the month, in order of first appearance. */
  readonly teamIndex = new Map<string, number>();
  teamName: string[] = [];
  /** Per team: net sales of every member, Σ and count of pre-sales members' net sales, top net sales outside probation. */
  teamNet = new Float64Array(0);
  teamPresSum = new Float64Array(0);
  teamPresCount = new Float64Array(0);
  teamTop = new Float64Array(0);
  /** Members of team t: members[teamStart[t] … teamStart[t + 1]), in record order. */
  teamStart = new Int32Array(0);
  members = new Int32Array(0);
  teams = 0;
  /** A team's pool members (outside probation), by record index, and their weights (poolShares.ts). */
  poolMember = new Int32Array(0);
  poolWeight = new Float64Array(0);

  /** Room for n agent-months (and at most n teams). */
  reset(n: number): void {
    if (this.net.length < n) {
      const cap = Math.max(n, 2 * this.net.length, 16);
      this.net = new Float64Array(cap);
      this.scoreH = new Float64Array(cap);
      this.multNum = new Float64Array(cap);
      this.multDen = new Float64Array(cap);
      this.targetFen = new Float64Array(cap);
      this.probation = new Uint8Array(cap);
      this.team = new Int32Array(cap);
      this.rank = new Int32Array(cap);
      this.gateNum = new Float64Array(cap * G);
      this.gateDen = new Float64Array(cap * G);
      this.teamNet = new Float64Array(cap);
      this.teamPresSum = new Float64Array(cap);
      this.teamPresCount = new Float64Array(cap);
      this.teamTop = new Float64Array(cap);
      this.teamStart = new Int32Array(cap + 1);
      this.members = new Int32Array(cap);
      this.poolMember = new Int32Array(cap);
      this.poolWeight = new Float64Array(cap);
    }
    this.teamIndex.clear();
    this.teamName.length = 0;
    this.teams = 0;
  }
}
