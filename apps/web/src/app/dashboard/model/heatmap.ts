import { CouncilDashboard, HeatmapRow } from '@rcp/api-contract';
import { roundScore } from '@rcp/scoring';
import { ChartTable } from '../../shared/charts/chart-table';
import { classLabel, formatRating, listOf, plural } from './dashboard-text';
import { formatCount } from '../../shared/format/count-format';

export type HeatTone =
  | 'plus2'
  | 'plus1'
  | 'zero'
  | 'minus1'
  | 'minus2'
  | 'na'
  | 'unrated'
  | 'outside';

export interface HeatCell {
  /** What the cell shows: "+2", "−1", "0", "N/A", "–", or nothing where the principle does not apply. */
  text: string;
  /** The same in words, for the legend and for screen readers where the text is a symbol. */
  label: string;
  tone: HeatTone;
}

const RATED: Readonly<Record<number, HeatCell>> = {
  2: { text: formatRating(2), label: 'strongly enables', tone: 'plus2' },
  1: { text: formatRating(1), label: 'enables', tone: 'plus1' },
  0: { text: '0', label: 'no effect', tone: 'zero' },
  [-1]: { text: formatRating(-1), label: 'inhibits', tone: 'minus1' },
  [-2]: { text: formatRating(-2), label: 'strongly inhibits', tone: 'minus2' },
};

export const NOT_APPLICABLE: HeatCell = { text: 'N/A', label: 'not applicable', tone: 'na' };
export const NOT_RATED: HeatCell = { text: '–', label: 'not rated', tone: 'unrated' };
/** The principle does not apply to the protocol's context (e.g. a transactional service). */
export const OUTSIDE_CONTEXT: HeatCell = {
  text: '',
  label: 'does not apply to this kind of service',
  tone: 'outside',
};

type HeatPrinciple = CouncilDashboard['heatmap']['principles'][number];

/** Does the principle apply to the protocol at all (its context need)? */
export function applies(principle: HeatPrinciple, row: HeatmapRow): boolean {
  return principle.contexts.includes(row.contextNeed);
}

/**
 * A heat-map cell from the API's value: a rating −2…+2, null for "not applicable", absent
 * (undefined) when not rated. Cells where the principle does not apply to the protocol's context
 * are neither: they are outside the audit, and shown blank.
 */
export function heatCell(value: number | null | undefined, applicable = true): HeatCell {
  if (!applicable) return OUTSIDE_CONTEXT;
  if (value === undefined) return NOT_RATED;
  if (value === null) return NOT_APPLICABLE;
  return RATED[value] ?? NOT_RATED;
}

/** The legend, strongest enabling first. */
export const HEAT_LEGEND: readonly HeatCell[] = [
  RATED[2],
  RATED[1],
  RATED[0],
  RATED[-1],
  RATED[-2],
  NOT_APPLICABLE,
  NOT_RATED,
  OUTSIDE_CONTEXT,
];

export interface HeatCounts {
  enabling: number;
  inhibiting: number;
  zero: number;
  na: number;
  unrated: number;
  outside: number;
}

export function heatCounts(heatmap: CouncilDashboard['heatmap']): HeatCounts {
  const counts: HeatCounts = { enabling: 0, inhibiting: 0, zero: 0, na: 0, unrated: 0, outside: 0 };
  for (const row of heatmap.rows) {
    for (const p of heatmap.principles) {
      const value = row.cells[p.key];
      if (!applies(p, row)) counts.outside++;
      else if (value === undefined) counts.unrated++;
      else if (value === null) counts.na++;
      else if (value > 0) counts.enabling++;
      else if (value < 0) counts.inhibiting++;
      else counts.zero++;
    }
  }
  return counts;
}

/** One sentence on the heat map: how many cells enable, inhibit, have no effect or are missing. */
export function heatmapSummary(heatmap: CouncilDashboard['heatmap'], auditLabel: string): string {
  if (heatmap.rows.length === 0)
    return 'No protocols match these filters, so there is nothing to map.';
  const c = heatCounts(heatmap);
  const n = (count: number, one: string, many: string) =>
    `${formatCount(count)} ${count === 1 ? one : many}`;
  const cells = heatmap.rows.length * heatmap.principles.length - c.outside;
  const parts = [
    n(c.enabling, 'enables', 'enable') + ' (+1 or +2)',
    n(c.inhibiting, 'inhibits', 'inhibit') + ' (−1 or −2)',
    n(c.zero, 'has no effect', 'have no effect'),
    n(c.na, 'is not applicable', 'are not applicable'),
    n(c.unrated, 'is not rated', 'are not rated'),
  ];
  const outside = c.outside
    ? ` A further ${plural(c.outside, 'cell')} ${c.outside === 1 ? 'is' : 'are'} left blank: the principle does not apply to that kind of service.`
    : '';
  return `Of the ${plural(cells, 'cell')} for ${plural(heatmap.rows.length, 'protocol')} and ${plural(heatmap.principles.length, 'principle')}${auditLabel ? ` in ${auditLabel}` : ''}, ${listOf(parts)}.${outside}`;
}

function scopeWords(row: HeatmapRow): string {
  return row.scope === 'wider' ? 'Wider environment' : 'Organisational';
}

/**
 * The heat map's numbers as a plain table and CSV: ratings as numbers, "N/A", empty when not rated,
 * and "Does not apply" where the principle does not apply to the protocol's context.
 */
export function heatmapTable(heatmap: CouncilDashboard['heatmap']): ChartTable {
  return {
    columns: [
      { key: 'protocol', label: 'Protocol' },
      { key: 'category', label: 'Category' },
      { key: 'serviceArea', label: 'Service area' },
      { key: 'scope', label: 'Scope' },
      { key: 'score', label: 'Score', numeric: true },
      { key: 'class', label: 'Class' },
      ...heatmap.principles.map((p) => ({ key: `p:${p.key}`, label: p.title, numeric: true })),
    ],
    rows: heatmap.rows.map((row) => {
      const cells: Record<string, string | number | null> = {};
      for (const p of heatmap.principles) {
        const value = row.cells[p.key];
        cells[`p:${p.key}`] = !applies(p, row)
          ? 'Does not apply'
          : value === undefined
            ? null
            : value === null
              ? 'N/A'
              : value;
      }
      return {
        protocol: row.name,
        category: row.category,
        serviceArea: row.serviceArea,
        scope: scopeWords(row),
        score: roundScore(row.score),
        class: row.score === null ? classLabel(null) : classLabel(row.class),
        ...cells,
      };
    }),
  };
}

/** The heat map's scrolling region is at most this tall (heatmap.scss, `.heat-scroll`). */
export const HEAT_REGION_MAX_REM = 36;

/**
 * About how tall the heat map's region will be once drawn: its rotated-header row (~12 rem) and
 * ~3 rem a protocol row, capped at the region's height. Reserved while the table loads, so the
 * page below it does not move when it appears.
 */
export function heatmapHeightRem(rows: number): number {
  return Math.min(HEAT_REGION_MAX_REM, 12 + 3 * rows);
}
