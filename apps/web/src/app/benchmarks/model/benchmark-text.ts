import { PeerGroupFilter } from '@rcp/api-contract';
import {
  COUNCIL_TYPE_LABELS,
  type CouncilType,
  labelOf,
  POPULATION_BAND_LABELS,
} from '@rcp/vocabulary';
import { formatIndex, MINUS } from '../../shared/format/index-format';

/**
 * A council's figure as the API gives it: one decimal for councils the caller may identify, whole
 * points for anonymous ones (the API rounds those so they are harder to match across views).
 */
export function formatCouncilIndex(council: { index: number; named: boolean }): string {
  if (council.named) return formatIndex(council.index);
  const r = Math.round(council.index);
  return r < 0 ? `${MINUS}${Math.abs(r)}` : String(r);
}

/** "Yes", "No", or "–" when the council's details are not shared with the caller. */
export function formatProvisional(provisional: boolean | null, yes = 'Yes'): string {
  return provisional === null ? '–' : provisional ? yes : 'No';
}

/** "1 council", "12 councils". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

/** 1 → "1st", 2 → "2nd", 3 → "3rd", 11 → "11th", 22 → "22nd", 113 → "113th". */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Council types as a plural noun, for "5th of 12 unitary authorities". */
const TYPE_PLURALS: Readonly<Record<CouncilType, [string, string]>> = {
  county: ['county council', 'county councils'],
  district: ['district council', 'district councils'],
  unitary: ['unitary authority', 'unitary authorities'],
  'metropolitan-borough': ['metropolitan borough', 'metropolitan boroughs'],
  'london-borough': ['London borough', 'London boroughs'],
  welsh: ['Welsh principal council', 'Welsh principal councils'],
  scottish: ['Scottish council', 'Scottish councils'],
  'northern-irish': ['Northern Irish district council', 'Northern Irish district councils'],
};

export function typeLabel(type: string | null | undefined): string {
  if (!type) return '–';
  return labelOf(COUNCIL_TYPE_LABELS, type);
}

export function populationBandLabel(band: string | null | undefined): string {
  if (!band) return '–';
  return labelOf(POPULATION_BAND_LABELS, band);
}

/** "the North West", "London", "Yorkshire and the Humber": a region in the middle of a sentence. */
export function regionInSentence(region: string): string {
  return /^(North|South|East|West)\b/.test(region) ? `the ${region}` : region;
}

export function isWholeNetwork(group: PeerGroupFilter): boolean {
  return !group.type && !group.region && !group.populationBand;
}

/**
 * The councils of a peer group as a counted noun phrase: "12 councils in the network",
 * "5 unitary authorities in the North West with 150,000 to 300,000 residents".
 */
export function countedGroup(count: number, group: PeerGroupFilter): string {
  if (isWholeNetwork(group)) return `${plural(count, 'council')} in the network`;
  const [one, many] = (group.type && TYPE_PLURALS[group.type as CouncilType]) || [
    'council',
    'councils',
  ];
  let phrase = plural(count, one, many);
  if (group.region) phrase += ` in ${regionInSentence(group.region)}`;
  if (group.populationBand) {
    const band = populationBandLabel(group.populationBand);
    phrase += ` with ${band.charAt(0).toLowerCase()}${band.slice(1)} residents`;
  }
  return phrase;
}

/** The group's name in a sentence without a count: "the network", "unitary authorities in Wales". */
export function groupName(group: PeerGroupFilter): string {
  if (isWholeNetwork(group)) return 'the network';
  return countedGroup(2, group).replace(/^2 /, '');
}

/** "network median" for the whole network, "peer median" for a narrower comparison group. */
export function medianName(group: PeerGroupFilter): string {
  return isWholeNetwork(group) ? 'network median' : 'peer median';
}

/**
 * A council's place in its comparison group: "5th of 12 unitary authorities", "joint 3rd of 12
 * councils in the network" (when another council has the same index).
 */
export function rankText(
  rank: number,
  groupSize: number,
  group: PeerGroupFilter,
  tied = false,
): string {
  return `${tied ? 'joint ' : ''}${ordinal(rank)} of ${countedGroup(groupSize, group)}`;
}

export type Position = 'above' | 'near' | 'below';

/** Above, near or below a median: within ±nearBand points counts as near (as the API decides). */
export function positionOf(value: number, median: number, nearBand: number): Position {
  if (value > median + nearBand) return 'above';
  if (value < median - nearBand) return 'below';
  return 'near';
}

/** Short words for a position, for a table cell. */
export const POSITION_WORDS: Readonly<Record<Position, string>> = {
  above: 'Above',
  near: 'Near',
  below: 'Below',
};

/** A shape for each position, so it never rests on colour: ▲ above, ● near, ▼ below. */
export const POSITION_SYMBOLS: Readonly<Record<Position, string>> = {
  above: '▲',
  near: '●',
  below: '▼',
};

/** "above the peer median", "near the network median". */
export function positionPhrase(position: Position, median: string): string {
  return `${position} the ${median}`;
}

/** What "near" means, in words: "within 5 points either side of". */
export function nearBandText(nearBand: number): string {
  return `within ${plural(nearBand, 'point')} either side of`;
}

/** "30 June 2026" from "2026-06-30". */
export function formatDay(isoDate: string | null | undefined): string {
  if (!isoDate) return '–';
  const d = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return isoDate;
  return d.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** What is being ranked: "index" or "Mutual trust score". */
export function measureName(principleTitle: string | null): string {
  return principleTitle ? `${principleTitle} score` : 'index';
}

/** "a, b and c". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
