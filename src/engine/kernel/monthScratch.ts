/**
 * The kernel's working values of one month (kernel/payMonthRows.ts): per agent-month (index of the
 * record) and per team, in typed arrays reused from month to month, so paying a month allocates no
 * object per agent. The kernel is synchronous, so one scratch serves every call.
 */
import { GATED_LINES } from '../../policy/types';
import { RowCache } from './rowCache';

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

  /** Names of the month's teams, in order of first appearance (`teamOf`). */
  teamName: string[] = [];
  /**
   * A key for every team name seen (kept from month to month while there are few), found through
   * the previous month's list of members' teams in record order (rowCache.ts), and for each key the
   * month (`stamp`) it last had an index and that index.
   */
  private readonly teamKeys = new Map<string, number>();
  private readonly teamRecent = new RowCache<number>();
  private keyStamp = new Int32Array(16);
  private keyTeam = new Int32Array(16);
  private stamp = 0;
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
    this.teamName.length = 0;
    this.teams = 0;
    this.stamp++;
    this.teamRecent.nextMonth();
    if (this.teamKeys.size > 4096 || this.stamp > 2 ** 30) {
      this.stamp = 1;
      this.teamKeys.clear();
      this.teamRecent.clear();
      this.keyStamp.fill(0);
    }
  }

  /**
   * The month's index of team `name` (its members' records give their teams one by one): a new
   * index, with its sums at 0, at the team's first member of the month.
   */
  teamOf(name: string): number {
    let key = this.teamRecent.find(name);
    if (key === undefined) {
      key = this.teamKeys.get(name);
      if (key === undefined) {
        key = this.teamKeys.size;
        this.teamKeys.set(name, key);
        if (key >= this.keyStamp.length) {
          const stamp = new Int32Array(2 * this.keyStamp.length);
          stamp.set(this.keyStamp);
          this.keyStamp = stamp;
          this.keyTeam = new Int32Array(stamp.length);
        }
      }
    }
    this.teamRecent.add(name, key);
    if (this.keyStamp[key] === this.stamp) return this.keyTeam[key]!;
    const t = this.teams++;
    this.keyStamp[key] = this.stamp;
    this.keyTeam[key] = t;
    this.teamName.push(name);
    this.teamNet[t] = 0;
    this.teamPresSum[t] = 0;
    this.teamPresCount[t] = 0;
    this.teamTop[t] = 0;
    this.teamStart[t] = 0;
    return t;
  }
}
