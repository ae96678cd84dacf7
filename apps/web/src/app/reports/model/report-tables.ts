import type { HeatmapRow, MismatchRow } from '@rcp/api-contract';
import { CONTEXT_NEED_LABELS } from '@rcp/vocabulary';
import { roundScore } from '@rcp/scoring';
import { ChartTable } from '../../shared/charts/chart-table';
import { classLabel } from '../../dashboard/model/dashboard-text';

/** Category key → title, from the dashboard's breakdown by category. */
export function categoryTitles(byCategory: ReadonlyArray<{ key: string; title: string }>) {
  return new Map(byCategory.map((c) => [c.key, c.title]));
}

/** Relational needs governed by a protocol that inhibits relationships, worst first. */
export function mismatchTable(
  rows: readonly MismatchRow[],
  categories: ReadonlyMap<string, string>,
): ChartTable {
  return {
    columns: [
      { key: 'protocol', label: 'Protocol' },
      { key: 'category', label: 'Category' },
      { key: 'need', label: 'What the need calls for' },
      { key: 'score', label: 'Score', numeric: true },
    ],
    rows: [...rows]
      .sort((a, b) => (a.score ?? 0) - (b.score ?? 0))
      .map((r) => ({
        protocol: r.name,
        category: categories.get(r.category) ?? r.category,
        need: CONTEXT_NEED_LABELS[r.contextNeed],
        score: roundScore(r.score),
      })),
  };
}

/** The wider environment's protocols (the council shapes them but does not control them). */
export function widerTable(
  rows: readonly HeatmapRow[],
  categories: ReadonlyMap<string, string>,
): ChartTable {
  return {
    columns: [
      { key: 'protocol', label: 'Protocol' },
      { key: 'category', label: 'Category' },
      { key: 'class', label: 'Effect' },
      { key: 'score', label: 'Score', numeric: true },
    ],
    rows: rows
      .filter((r) => r.scope === 'wider')
      .sort((a, b) => (a.score ?? 101) - (b.score ?? 101) || a.name.localeCompare(b.name))
      .map((r) => ({
        protocol: r.name,
        category: categories.get(r.category) ?? r.category,
        class: classLabel(r.class),
        score: roundScore(r.score),
      })),
  };
}
