import { BreakdownRow, ClassCounts } from '@rcp/api-contract';
import { PROTOCOL_CLASS_LABELS } from '@rcp/vocabulary';
import { ChartTable } from '../../shared/charts/chart-table';
import { CLASS_KEYS, listOf, plural, totalOf } from './dashboard-text';
import { GroupedSeries } from './principle-profile';
import { formatCount } from '../../shared/format/count-format';

export type BreakdownDimension = 'category' | 'service area';

function sum(rows: readonly BreakdownRow[]): ClassCounts {
  const total: ClassCounts = { enabling: 0, mixed: 0, neutral: 0, inhibiting: 0, unscored: 0 };
  for (const row of rows) for (const key of CLASS_KEYS) total[key] += row[key];
  return total;
}

/** "38 enabling, 7 inhibiting and 1 not scored" (classes with none are left out). */
export function classCountsText(counts: ClassCounts): string {
  const parts = CLASS_KEYS.filter((k) => counts[k] > 0).map(
    (k) => `${formatCount(counts[k])} ${PROTOCOL_CLASS_LABELS[k].toLowerCase()}`,
  );
  return parts.length ? listOf(parts) : 'none';
}

/**
 * One sentence on a class breakdown: the totals, and where the inhibiting protocols are
 * concentrated (or that there are none).
 */
export function breakdownSummary(
  rows: readonly BreakdownRow[],
  dimension: BreakdownDimension,
): string {
  if (rows.length === 0) return 'No protocols match these filters.';
  const total = sum(rows);
  const all = totalOf(total);
  const most = Math.max(...rows.map((r) => r.inhibiting));
  const where =
    most === 0
      ? `none is inhibiting in any ${dimension}`
      : (() => {
          const top = rows.filter((r) => r.inhibiting === most).map((r) => r.title);
          const n = formatCount(most);
          if (top.length === 1) return `${top[0]} has the most inhibiting protocols (${n})`;
          if (top.length <= 3)
            return `${listOf(top)} have the most inhibiting protocols (${n} each)`;
          return `the inhibiting protocols are spread across ${plural(rows.filter((r) => r.inhibiting > 0).length, dimension, dimension === 'category' ? 'categories' : 'service areas')}, at most ${n} in each`;
        })();
  return `Of ${plural(all, 'protocol')} across ${plural(rows.length, dimension, dimension === 'category' ? 'categories' : 'service areas')}, ${classCountsText(total)}; ${where}.`;
}

/** The numbers behind a stacked bar chart: protocols of each class in each row, and the total. */
export function breakdownTable(
  rows: readonly BreakdownRow[],
  dimension: BreakdownDimension,
): ChartTable {
  return {
    columns: [
      { key: 'title', label: dimension === 'category' ? 'Category' : 'Service area' },
      ...CLASS_KEYS.map((k) => ({ key: k, label: PROTOCOL_CLASS_LABELS[k], numeric: true })),
      { key: 'total', label: 'Total', numeric: true },
    ],
    rows: rows.map((r) => ({
      title: r.title,
      enabling: r.enabling,
      mixed: r.mixed,
      neutral: r.neutral,
      inhibiting: r.inhibiting,
      unscored: r.unscored,
      total: totalOf(r),
    })),
  };
}

/** Stacked bars: one per row, a segment per class (classes with none are drawn as nothing). */
export function breakdownSeries(rows: readonly BreakdownRow[]): GroupedSeries[] {
  return rows.map((r) => ({
    name: r.title,
    series: CLASS_KEYS.map((k) => ({ name: PROTOCOL_CLASS_LABELS[k], value: r[k] })),
  }));
}
