import type {
  BenchmarkCouncil,
  Benchmarks,
  PeerGroupFilter,
  PrincipleBenchmark,
} from '@rcp/api-contract';
import { competitionRanks, Distribution } from '@rcp/scoring';
import { Actor } from '../auth/actor';
import type { LabelOrder } from './anonymous-labels';
import {
  inGroup,
  letters,
  NEAR_BAND,
  positionAgainst,
  RawTrendPoint,
  withheldTrend,
} from './benchmark-groups';
import type { LatestAuditRow } from './benchmarks.repository';

export interface BenchmarkQuery {
  asAt?: string;
  principle?: string;
  comparison: PeerGroupFilter;
  display: PeerGroupFilter;
}

/** What the response is made from, whether read from the stored model or computed for a date. */
export interface NetworkFigures<R extends LatestAuditRow> {
  /** Each active council's latest scored submission. */
  all: R[];
  /** A council's leadership index of one principle in that submission. */
  principleOf(row: R, key: string): number | null;
  /** The comparison group's distribution of the council index (null) or of one principle. */
  distributionOf(principle: string | null): Distribution | null;
  /** The comparison group's trend of the measure asked for, before withholding. */
  trend: RawTrendPoint[];
}

const collator = new Intl.Collator();

/**
 * The benchmarks as one viewer may see them: names only with consent (coordinators see all),
 * anonymous councils labelled in the order `labels` draws for this view, and nothing aggregate
 * below the minimum group size.
 */
export function benchmarksFor<R extends LatestAuditRow>(
  actor: Actor,
  q: BenchmarkQuery,
  titles: Map<string, string>,
  minimum: number,
  figures: NetworkFigures<R>,
  labels: LabelOrder,
): Benchmarks {
  const coordinator = actor.role === 'coordinator';
  const { all, principleOf } = figures;
  const group = all.filter((r) => inGroup(r, q.comparison));
  // The measure ranked: the council index, or one principle's index when a principle is chosen.
  const measure = (r: R): number | null =>
    q.principle ? principleOf(r, q.principle) : r.index_score;
  const ranked = group.filter((r) => measure(r) !== null);
  const values = ranked.map((r) => measure(r) as number);
  const ranks = competitionRanks(values);
  const enough = ranked.length >= minimum;

  // Anonymous labels: a random order drawn for this view (in council id order, so the same draw
  // gives the same labels), so a label never follows a council from one view to another.
  const anonymous = ranked
    .filter((r) => !coordinator && r.council_id !== actor.councilId && r.sharing !== 'named')
    .map((r) => r.council_id)
    .sort();
  const order = labels(anonymous.length);
  const labelOf = new Map(anonymous.map((id, i) => [id, `Council ${letters(order[i])}`]));

  const view = (r: R, rank: number): BenchmarkCouncil => {
    const isYou = r.council_id === actor.councilId;
    const identifiable = coordinator || isYou || r.sharing === 'named';
    const value = measure(r) as number;
    return {
      councilId: identifiable ? r.council_id : null,
      label: identifiable ? r.name : (labelOf.get(r.council_id) as string),
      named: identifiable,
      isYou,
      // Exact figures and dates would let one anonymous council be matched across views.
      index: identifiable ? value : Math.round(value),
      // Below the minimum group size even a rank would single councils out.
      rank: enough || coordinator ? rank : null,
      provisional: identifiable ? r.provisional : null,
      periodEnd: identifiable ? r.period_end : null,
      type: identifiable ? r.type : null,
      region: identifiable ? r.region : null,
      populationBand: identifiable ? r.population_band : null,
    };
  };
  const entries = ranked
    .map((row, i) => ({ row, rank: ranks[i], view: view(row, ranks[i]) }))
    .sort((a, b) => a.rank - b.rank || collator.compare(a.view.label, b.view.label));
  // Coordinators may look at a display group inside the comparison group; ranks stay group-wide.
  const displayed = entries
    .filter((e) => !coordinator || inGroup(e.row, q.display))
    .map((e) => e.view);
  const you = entries.find((e) => e.view.isYou)?.view ?? null;
  const ownRow = all.find((r) => r.council_id === actor.councilId);

  const principles: PrincipleBenchmark[] = [...titles.entries()]
    .filter(([key]) => !q.principle || key === q.principle)
    .map(([key, title]) => {
      const d = enough ? figures.distributionOf(key) : null;
      const yours = ownRow ? principleOf(ownRow, key) : null;
      return {
        key,
        title,
        distribution: d,
        yours,
        position: positionAgainst(yours, d?.median ?? null),
      };
    });

  return {
    asAt: q.asAt ?? null,
    comparisonGroup: q.comparison,
    displayGroup: q.display,
    minimumGroupSize: minimum,
    nearBand: NEAR_BAND,
    groupSize: ranked.length,
    suppressedReason: enough
      ? null
      : `Figures are withheld: the comparison group has ${ranked.length} council${ranked.length === 1 ? '' : 's'} with a submitted audit, and at least ${minimum} are needed so that no council can be singled out.`,
    distribution: enough ? figures.distributionOf(q.principle ?? null) : null,
    // Below the minimum, council users see only themselves; coordinators still see the list.
    councils: enough || coordinator ? displayed : displayed.filter((c) => c.isYou),
    you,
    principles,
    trend: withheldTrend(figures.trend, minimum),
  };
}
