import type { NetworkPlanRow } from '@rcp/api-contract';
import { ChartTable } from '../shared/charts/chart-table';
import { listOf, plural } from '../dashboard/model/dashboard-text';
import type { SortDirection } from './network-rows';

/** The columns of the network's plans, in order: the council, then its changes by status. */
export type PlanSortKey =
  | 'councilName'
  | 'proposed'
  | 'agreed'
  | 'inProgress'
  | 'done'
  | 'dropped'
  | 'overdue'
  | 'total';

export const PLAN_COLUMNS: ReadonlyArray<{ key: PlanSortKey; label: string; numeric: boolean }> = [
  { key: 'councilName', label: 'Council', numeric: false },
  { key: 'proposed', label: 'Proposed', numeric: true },
  { key: 'agreed', label: 'Agreed', numeric: true },
  { key: 'inProgress', label: 'In progress', numeric: true },
  { key: 'done', label: 'Done', numeric: true },
  { key: 'dropped', label: 'Dropped', numeric: true },
  { key: 'overdue', label: 'Overdue', numeric: true },
  { key: 'total', label: 'All changes', numeric: true },
];

const SORT_WORDS: Readonly<Record<PlanSortKey, string>> = {
  councilName: 'council',
  proposed: 'proposed changes',
  agreed: 'agreed changes',
  inProgress: 'changes in progress',
  done: 'changes done',
  dropped: 'dropped changes',
  overdue: 'overdue changes',
  total: 'all changes',
};

/** Rows in order of one column; ties by council name, A to Z. */
export function sortPlanRows(
  rows: readonly NetworkPlanRow[],
  key: PlanSortKey,
  direction: SortDirection,
): NetworkPlanRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const order =
      key === 'councilName' ? a.councilName.localeCompare(b.councilName, 'en-GB') : a[key] - b[key];
    return order !== 0 ? sign * order : a.councilName.localeCompare(b.councilName, 'en-GB');
  });
}

/** "Sorted by overdue changes, most first." */
export function planSortSentence(key: PlanSortKey, direction: SortDirection): string {
  const order =
    key === 'councilName'
      ? direction === 'ascending'
        ? 'A to Z'
        : 'Z to A'
      : direction === 'ascending'
        ? 'fewest first'
        : 'most first';
  return `Sorted by ${SORT_WORDS[key]}, ${order}.`;
}

/**
 * One or two sentences on the network's plans: how many councils plan how many changes, by
 * status, and which have overdue ones.
 */
export function networkPlansSummary(rows: readonly NetworkPlanRow[]): string {
  if (rows.length === 0) return 'There are no councils in the network yet.';
  const planning = rows.filter((r) => r.total > 0);
  if (planning.length === 0) {
    return `None of the ${plural(rows.length, 'council')} in the network has planned a change yet.`;
  }
  const sum = (k: Exclude<PlanSortKey, 'councilName'>) => rows.reduce((n, r) => n + r[k], 0);
  const total = sum('total');
  const byStatus = listOf(
    (
      [
        ['proposed', 'proposed'],
        ['agreed', 'agreed'],
        ['inProgress', 'in progress'],
        ['done', 'done'],
        ['dropped', 'dropped'],
      ] as const
    )
      .filter(([k]) => sum(k) > 0)
      .map(([k, words]) => `${sum(k).toLocaleString('en-GB')} ${words}`),
  );
  const who =
    rows.length === 1
      ? 'The only council in the network has'
      : planning.length === rows.length
        ? `All ${rows.length} councils in the network have`
        : `${plural(planning.length, 'council')} of ${rows.length} in the network ${planning.length === 1 ? 'has' : 'have'}`;
  const first = `${who} planned ${plural(total, 'change')}: ${byStatus}.`;
  const overdue = rows.filter((r) => r.overdue > 0);
  if (overdue.length === 0) return `${first} None is overdue.`;
  const late = sum('overdue');
  const names = [...overdue]
    .sort((a, b) => b.overdue - a.overdue || a.councilName.localeCompare(b.councilName, 'en-GB'))
    .map((r) => `${r.councilName} (${r.overdue})`);
  return `${first} ${plural(late, 'change is', 'changes are')} overdue, in ${listOf(names)}.`;
}

/** The table as CSV. */
export function networkPlansTable(rows: readonly NetworkPlanRow[]): ChartTable {
  return {
    columns: PLAN_COLUMNS.map((c) => ({ key: c.key, label: c.label, numeric: c.numeric })),
    rows: rows.map((r) => ({
      councilName: r.councilName,
      proposed: r.proposed,
      agreed: r.agreed,
      inProgress: r.inProgress,
      done: r.done,
      dropped: r.dropped,
      overdue: r.overdue,
      total: r.total,
    })),
  };
}
