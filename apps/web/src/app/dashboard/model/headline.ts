import { CouncilDashboard, DashboardHeadline } from '@rcp/api-contract';
import { PROTOCOL_CLASS_LABELS } from '@rcp/vocabulary';
import { CLASS_KEYS, ClassKey, formatPercent, plural, shortLabel, totalOf } from './dashboard-text';

/** The name of the headline index for the filters in force. */
export function indexName(filters: CouncilDashboard['filters']): string {
  const base = filters.scope === 'wider' ? 'Wider-environment index' : 'Council index';
  return filters.serviceArea ? `${base}: ${filters.serviceArea}` : base;
}

/**
 * Why an index is provisional, in words (shown after a "Provisional" tag: never by colour alone).
 */
export function provisionalText(headline: DashboardHeadline): string | null {
  if (!headline.provisional) return null;
  return `Only ${formatPercent(headline.coverage)} of the register has been assessed, so this index may change as the rest is rated.`;
}

/** "1 fewer protocol than in H2 2025", "3 more …", "The same number as in …". */
export function loadChangeText(
  change: number | null,
  compareTo: CouncilDashboard['compareTo'],
): string | null {
  if (change === null || !compareTo) return null;
  const when = shortLabel(compareTo);
  if (change === 0) return `The same number as in ${when}`;
  const n = Math.abs(change);
  const arrow = change > 0 ? '▲' : '▼';
  return `${arrow} ${plural(n, 'protocol')} ${change > 0 ? 'more' : 'fewer'} than in ${when}`;
}

export interface ClassShare {
  key: ClassKey;
  label: string;
  count: number;
  /** 0…1 of all protocols. */
  share: number;
  shareText: string;
}

/** Each class's count and share of all protocols (the five shares add up to 100%). */
export function classShares(counts: DashboardHeadline['classCounts']): ClassShare[] {
  const total = totalOf(counts);
  return CLASS_KEYS.map((key) => {
    const share = total ? counts[key] / total : 0;
    return {
      key,
      label: PROTOCOL_CLASS_LABELS[key],
      count: counts[key],
      share,
      shareText: formatPercent(share),
    };
  });
}

export function mismatchCountText(count: number): string {
  return count === 0
    ? 'No relational need is governed by a protocol that inhibits relationships.'
    : `${plural(count, 'relational need')} governed by a protocol that inhibits relationships.`;
}

/** What the headline's counts count, in words: one scope, the other reported apart. */
export function countsScopeText(
  h: Pick<DashboardHeadline, 'scope' | 'protocolLoad' | 'widerProtocolLoad'>,
): string {
  if (h.scope === 'wider') return `Of ${h.protocolLoad} wider-environment protocols.`;
  const wider = h.widerProtocolLoad;
  return wider > 0
    ? `Of ${h.protocolLoad} organisational protocols; ${wider} in the wider environment are reported apart.`
    : `Of ${h.protocolLoad} organisational protocols.`;
}
