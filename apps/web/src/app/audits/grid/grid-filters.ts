import type { Perspective, ProtocolClass } from '@rcp/vocabulary';
import type { GridRowModel } from '../audit-page/grid-model';

/** The rating grid's search and filters, as pure functions of the rows. */

export interface GridFilters {
  /** Part of the protocol's name, any case; blank for all. */
  readonly search: string;
  readonly category: string;
  readonly serviceArea: string;
  readonly cls: ProtocolClass | 'unscored' | '';
  readonly carriedOnly: boolean;
}

export const NO_FILTERS: GridFilters = {
  search: '',
  category: '',
  serviceArea: '',
  cls: '',
  carriedOnly: false,
};

/** Text compared loosely: any case, accents and runs of spaces ignored. */
function loose(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase('en-GB')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a protocol's name contains what was searched for (every word, in any order). */
export function nameMatches(name: string, search: string): boolean {
  const words = loose(search).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const text = loose(name);
  return words.every((w) => text.includes(w));
}

/** Whether a row passes the filters, judged on the ratings of `perspective` as they are now. */
export function rowMatches(
  row: GridRowModel,
  filters: GridFilters,
  perspective: Perspective,
): boolean {
  if (!nameMatches(row.protocol.name, filters.search)) return false;
  if (filters.category && row.protocol.category !== filters.category) return false;
  if (filters.serviceArea && row.protocol.serviceArea !== filters.serviceArea) return false;
  if (filters.cls) {
    const cls = row.result[perspective]().class ?? 'unscored';
    if (cls !== filters.cls) return false;
  }
  if (filters.carriedOnly) {
    const ratings = row.ratings[perspective]();
    if (!Object.values(ratings).some((r) => r.carriedForward)) return false;
  }
  return true;
}

/** Whether any filter narrows the rows (a blank search does not). */
export function anyFilter(f: GridFilters): boolean {
  return !!(f.search.trim() || f.category || f.serviceArea || f.cls || f.carriedOnly);
}

/** The categories the rows use, with their titles (the key when it has none), by title. */
export function categoryOptions(
  rows: readonly GridRowModel[],
  titles: ReadonlyMap<string, string>,
): Array<{ key: string; title: string }> {
  const keys = [...new Set(rows.map((r) => r.protocol.category))];
  return keys
    .map((key) => ({ key, title: titles.get(key) ?? key }))
    .sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
}

/** The service areas the rows use, in alphabetical order. */
export function serviceAreaOptions(rows: readonly GridRowModel[]): string[] {
  return [...new Set(rows.map((r) => r.protocol.serviceArea))].sort((a, b) =>
    a.localeCompare(b, 'en-GB'),
  );
}

/** What the grid announces after filtering: how many rows are shown (and match the search). */
export function matchCountMessage(shown: number, total: number, search: string): string {
  const searched = search.trim();
  if (searched) {
    const n = shown === 1 ? '1 protocol matches' : `${shown} protocols match`;
    return `${n} “${searched}” (of ${total}).`;
  }
  return shown === total
    ? `Showing all ${total} protocols.`
    : `Showing ${shown} of ${total} protocols.`;
}
