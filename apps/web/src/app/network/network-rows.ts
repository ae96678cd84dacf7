import { NetworkCouncilRow } from '@rcp/api-contract';
import { COUNCIL_TYPE_LABELS, labelOf } from '@rcp/vocabulary';
import { roundScore } from '@rcp/scoring';
import { ChartTable } from '../shared/charts/chart-table';
import { listOf, percentNumber, plural } from '../dashboard/model/dashboard-text';
import { formatIndex } from '../shared/format/index-format';

/** One council's line in the coordinator's network overview. */
export interface NetworkRow {
  councilId: string;
  name: string;
  /** The council type in words ("Metropolitan borough"). */
  type: string;
  region: string;
  /** End of the period of the latest submitted audit, or null when there is none. */
  lastPeriodEnd: string | null;
  submittedAudits: number;
  index: number | null;
  /** Change since the council's previous submitted audit. */
  change: number | null;
  provisional: boolean;
  coverage: number | null;
}

/** A council's row from the API's network overview (GET /network/overview). */
export function networkRow(row: NetworkCouncilRow): NetworkRow {
  return {
    councilId: row.councilId,
    name: row.name,
    type: labelOf(COUNCIL_TYPE_LABELS, row.type),
    region: row.region,
    lastPeriodEnd: row.lastPeriodEnd,
    submittedAudits: row.submittedAudits,
    index: row.latestIndex,
    change: row.change,
    provisional: row.provisional ?? false,
    coverage: row.coverage,
  };
}

export type SortKey = 'name' | 'type' | 'region' | 'index' | 'change' | 'lastAudit' | 'coverage';
export type { SortDirection } from '../shared/tables/table-sort';
import type { SortDirection } from '../shared/tables/table-sort';

export const SORT_LABELS: Readonly<Record<SortKey, string>> = {
  name: 'council',
  type: 'type',
  region: 'region',
  index: 'latest index',
  change: 'change since the previous audit',
  lastAudit: 'last audit',
  coverage: 'coverage',
};

function sortValue(row: NetworkRow, key: SortKey): string | number | null {
  switch (key) {
    case 'name':
    case 'type':
    case 'region':
      return row[key];
    case 'lastAudit':
      return row.lastPeriodEnd;
    default:
      return row[key];
  }
}

/** Rows in order of one column; councils without a value always come last, then by name. */
export function sortRows(
  rows: readonly NetworkRow[],
  key: SortKey,
  direction: SortDirection,
): NetworkRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else {
      const order =
        typeof x === 'number' && typeof y === 'number'
          ? x - y
          : String(x).localeCompare(String(y), 'en-GB');
      if (order !== 0) return sign * order;
    }
    return a.name.localeCompare(b.name, 'en-GB');
  });
}

/** "Sorted by latest index, highest first." */
export function sortSentence(key: SortKey, direction: SortDirection): string {
  const numeric = key === 'index' || key === 'change' || key === 'coverage';
  const order =
    key === 'lastAudit'
      ? direction === 'ascending'
        ? 'oldest first'
        : 'most recent first'
      : numeric
        ? direction === 'ascending'
          ? 'lowest first'
          : 'highest first'
        : direction === 'ascending'
          ? 'A to Z'
          : 'Z to A';
  return `Sorted by ${SORT_LABELS[key]}, ${order}.`;
}

/**
 * One sentence on the network: how many councils, the range of their latest indexes, and how many
 * rose or fell since their previous audit.
 */
export function networkSummary(rows: readonly NetworkRow[]): string {
  if (rows.length === 0) return 'There are no councils in the network yet.';
  const withIndex = rows.filter((r) => r.index !== null);
  const parts = [`${plural(rows.length, 'council')} in the network`];
  if (withIndex.length === 0) {
    return `${parts[0]}; none has a submitted audit with an index yet.`;
  }
  const sorted = [...withIndex].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  const low = sorted[0];
  const high = sorted[sorted.length - 1];
  const range =
    withIndex.length === 1
      ? `only ${high.name} has an index (${formatIndex(high.index)})`
      : `latest indexes range from ${formatIndex(low.index)} (${low.name}) to ${formatIndex(high.index)} (${high.name})`;
  const changes = rows.filter((r) => r.change !== null).map((r) => roundScore(r.change ?? 0));
  const rose = changes.filter((c) => c > 0).length;
  const fell = changes.filter((c) => c < 0).length;
  const same = changes.length - rose - fell;
  const moves = [
    rose ? `${rose} rose` : '',
    fell ? `${fell} fell` : '',
    same ? `${same} stayed the same` : '',
  ].filter(Boolean);
  const without = rows.length - withIndex.length;
  return `${parts[0]}: ${range}${moves.length ? `; since their previous audit, ${listOf(moves)}` : ''}${without ? `; ${plural(without, 'council')} ${without === 1 ? 'has' : 'have'} no index yet` : ''}.`;
}

/** The overview as a table for CSV download. */
export function networkTable(rows: readonly NetworkRow[]): ChartTable {
  return {
    columns: [
      { key: 'name', label: 'Council' },
      { key: 'type', label: 'Type' },
      { key: 'region', label: 'Region' },
      { key: 'index', label: 'Latest index', numeric: true },
      { key: 'provisional', label: 'Provisional' },
      { key: 'change', label: 'Change since previous audit', numeric: true },
      { key: 'periodEnd', label: 'Last audit period ended' },
      { key: 'audits', label: 'Submitted audits', numeric: true },
      { key: 'coverage', label: 'Coverage (%)', numeric: true },
    ],
    rows: rows.map((r) => ({
      name: r.name,
      type: r.type,
      region: r.region,
      index: roundScore(r.index),
      provisional: r.index === null ? null : r.provisional ? 'Yes' : 'No',
      change: roundScore(r.change),
      periodEnd: r.lastPeriodEnd,
      audits: r.submittedAudits,
      coverage: r.coverage === null ? null : percentNumber(r.coverage),
    })),
  };
}
