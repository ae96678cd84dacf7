import { DashboardAuditRef, PrincipleProfilePoint } from '@rcp/api-contract';
import { roundScore } from '@rcp/scoring';
import { ChartTable } from '../../shared/charts/chart-table';
import { listOf, plural, shortLabel } from './dashboard-text';
import { formatIndex } from '../../shared/format/index-format';

export interface GroupedSeries {
  name: string;
  series: Array<{ name: string; value: number }>;
}

/**
 * One sentence on the principle profile: the strongest and weakest principle now, and how many
 * principles rose or fell since the comparison audit.
 */
export function profileSummary(
  profile: readonly PrincipleProfilePoint[],
  selected: DashboardAuditRef | null,
  compareTo: DashboardAuditRef | null,
): string {
  const now = profile.filter((p) => p.current !== null);
  const when = selected ? ` in ${shortLabel(selected)}` : '';
  if (now.length === 0) return `No principle has a rating${when}.`;
  const sorted = [...now].sort((a, b) => (b.current ?? 0) - (a.current ?? 0));
  const strongest = sorted[0];
  const weakest = sorted[sorted.length - 1];
  let sentence =
    sorted.length === 1
      ? `${strongest.title} is the only principle with a rating${when} (${formatIndex(strongest.current)})`
      : `${strongest.title} is the strongest principle${when} (${formatIndex(strongest.current)}) and ${weakest.title} the weakest (${formatIndex(weakest.current)})`;
  if (compareTo) {
    const both = profile.filter((p) => p.current !== null && p.previous !== null);
    const delta = (p: PrincipleProfilePoint) => roundScore((p.current ?? 0) - (p.previous ?? 0));
    const rose = both.filter((p) => delta(p) > 0).length;
    const fell = both.filter((p) => delta(p) < 0).length;
    const same = both.length - rose - fell;
    const parts = [
      rose ? `${plural(rose, 'principle')} rose` : '',
      fell ? `${plural(fell, 'principle')} fell` : '',
      same ? `${plural(same, 'principle')} stayed the same` : '',
    ].filter(Boolean);
    sentence += parts.length
      ? `; since ${shortLabel(compareTo)}, ${listOf(parts)}`
      : `; no principle can be compared with ${shortLabel(compareTo)}`;
  }
  return `${sentence}.`;
}

/** The numbers behind the profile: each principle now, then, and the change. */
export function profileTable(
  profile: readonly PrincipleProfilePoint[],
  selected: DashboardAuditRef | null,
  compareTo: DashboardAuditRef | null,
): ChartTable {
  const columns = [
    { key: 'principle', label: 'Principle' },
    { key: 'current', label: selected ? shortLabel(selected) : 'Chosen audit', numeric: true },
  ];
  if (compareTo) {
    columns.push(
      { key: 'previous', label: shortLabel(compareTo), numeric: true },
      { key: 'change', label: 'Change', numeric: true },
    );
  }
  return {
    columns,
    rows: profile.map((p) => ({
      principle: p.title,
      current: roundScore(p.current),
      previous: roundScore(p.previous),
      change: p.current !== null && p.previous !== null ? roundScore(p.current - p.previous) : null,
    })),
  };
}

/**
 * Grouped bars: one group per principle, a bar for the chosen audit and one for the comparison.
 * Principles with no value in either audit are left out (never drawn as zero).
 */
export function profileSeries(
  profile: readonly PrincipleProfilePoint[],
  currentName: string,
  previousName: string | null,
): GroupedSeries[] {
  return profile
    .filter((p) => p.current !== null || (previousName !== null && p.previous !== null))
    .map((p) => ({
      name: p.title,
      series: [
        ...(p.current !== null ? [{ name: currentName, value: roundScore(p.current) }] : []),
        ...(previousName !== null && p.previous !== null
          ? [{ name: previousName, value: roundScore(p.previous) }]
          : []),
      ],
    }));
}
