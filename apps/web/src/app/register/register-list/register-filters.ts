import { Protocol } from '@rcp/api-contract';
import { ProtocolBasis, ProtocolScope } from '@rcp/vocabulary';
import { plural } from '../protocol-text';

/** What the register table is narrowed to; '' means "any". */
export interface RegisterFilters {
  /** Words that must all appear in the name, description, owner, service area or category. */
  text: string;
  category: string;
  serviceArea: string;
  scope: ProtocolScope | '';
  basis: ProtocolBasis | '';
  /** Retired protocols are left out unless this is on. */
  showRetired: boolean;
}

export const NO_FILTERS: RegisterFilters = Object.freeze({
  text: '',
  category: '',
  serviceArea: '',
  scope: '',
  basis: '',
  showRetired: false,
});

/** True when any filter other than "show retired" narrows the list. */
export function isFiltered(filters: RegisterFilters): boolean {
  return (
    filters.text.trim() !== '' ||
    filters.category !== '' ||
    filters.serviceArea !== '' ||
    filters.scope !== '' ||
    filters.basis !== ''
  );
}

function words(text: string): string[] {
  return text.toLocaleLowerCase('en-GB').split(/\s+/).filter(Boolean);
}

/**
 * The protocols that pass every filter, in the order given. Text matches whole or part words,
 * case-insensitively, in the name, description, owner, service area and category title.
 */
export function filterProtocols(
  protocols: readonly Protocol[],
  filters: RegisterFilters,
  categoryTitles: ReadonlyMap<string, string> = new Map(),
): Protocol[] {
  const wanted = words(filters.text);
  const serviceArea = filters.serviceArea.toLocaleLowerCase('en-GB');
  return protocols.filter((p) => {
    if (!filters.showRetired && p.status === 'retired') return false;
    if (filters.category && p.category !== filters.category) return false;
    if (serviceArea && p.serviceArea.trim().toLocaleLowerCase('en-GB') !== serviceArea)
      return false;
    if (filters.scope && p.scope !== filters.scope) return false;
    if (filters.basis && p.basis !== filters.basis) return false;
    if (wanted.length === 0) return true;
    const haystack = [
      p.name,
      p.description,
      p.owner,
      p.serviceArea,
      categoryTitles.get(p.category) ?? p.category,
    ]
      .join(' ')
      .toLocaleLowerCase('en-GB');
    return wanted.every((w) => haystack.includes(w));
  });
}

/** The service areas of the register, each once (ignoring case and spaces), sorted. */
export function serviceAreasOf(protocols: readonly Protocol[]): string[] {
  const byKey = new Map<string, string>();
  for (const p of protocols) {
    const area = p.serviceArea.trim();
    const key = area.toLocaleLowerCase('en-GB');
    if (area && !byKey.has(key)) byKey.set(key, area);
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b, 'en-GB'));
}

export interface RegisterCounts {
  active: number;
  /** Active protocols whose basis is "assumed": rules nobody has checked. */
  assumed: number;
  retired: number;
}

export function registerCounts(protocols: readonly Protocol[]): RegisterCounts {
  let active = 0;
  let assumed = 0;
  let retired = 0;
  for (const p of protocols) {
    if (p.status === 'retired') {
      retired++;
    } else {
      active++;
      if (p.basis === 'assumed') assumed++;
    }
  }
  return { active, assumed, retired };
}

/** "38 active protocols, 4 assumed rules nobody has checked" (the second half only when there are any). */
export function countsSentence(counts: RegisterCounts): string {
  const active = plural(counts.active, 'active protocol');
  if (counts.assumed === 0) return `${active}.`;
  return `${active}, ${plural(counts.assumed, 'assumed rule')} nobody has checked.`;
}

/** "Showing 12 of 38 protocols." for the table's caption and the live region. */
export function shownSentence(shown: number, of: number): string {
  if (shown === of) return `Showing all ${plural(of, 'protocol')}.`;
  return `Showing ${shown.toLocaleString('en-GB')} of ${plural(of, 'protocol')}.`;
}
