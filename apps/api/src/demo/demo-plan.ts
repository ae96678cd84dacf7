import {
  COUNCIL_TYPES,
  type Perspective,
  PERSPECTIVES,
  POPULATION_BANDS,
  type Rating,
  REGIONS,
} from '@rcp/vocabulary';
import {
  DEMO_COUNCILS,
  DemoCouncil,
  PROTOCOL_LIBRARY,
  ProtocolTemplate,
  SERVICE_AREAS_BY_COUNCIL_TYPE,
} from '@rcp/content';
import { PlannedChange, planChanges } from './demo-change-plan';

/**
 * A deterministic plan of a demo network: councils, their registers and several years of audits
 * that tell believable stories. Pure: the same seed always gives the same network. Generated one
 * council at a time so a national-scale network never has to sit in memory at once.
 */

export interface DemoOptions {
  seed: number;
  /** Councils in the network; the first 12 are the named demo councils, the rest generated. */
  councils: number;
  /** Submitted half-yearly audits per council. */
  auditsPerCouncil: number;
  /** End of the latest submitted half-year (ISO date). */
  lastPeriodEnd: string;
  /** Also plan one draft audit (the next period) for Northfield. */
  draftForNorthfield: boolean;
  /**
   * The draft's period ends here when the next half-year has not ended yet (an audit's period
   * cannot end in the future): the half-year so far.
   */
  draftPeriodEndBy: string;
}

export const DEMO_DEFAULTS: DemoOptions = {
  seed: 2026,
  councils: DEMO_COUNCILS.length,
  auditsPerCouncil: 6,
  lastPeriodEnd: '2026-06-30',
  draftForNorthfield: true,
  draftPeriodEndBy: '2026-11-30',
};

export interface PlannedProtocol {
  template: ProtocolTemplate;
  /** Audit index from which it is in the register (0 = from the start). */
  introducedAt: number;
  /** Audit index from which it is retired (it is in no audit from then on). */
  retiredAt: number | null;
  retiredReason: string | null;
  /** Audit index from which the council runs the enabling version (Infinity: never). */
  reformAt: number;
  /** Audit index from which a reformed protocol slips back (Infinity: never). */
  revertAt: number;
  /**
   * The principles a reform reaches first: in the audit where it lands only these are rated the
   * enabling way (the change is half done), and for a partial reform it never gets further.
   */
  firstReformed: string[];
  /** The reform stops half way, so the protocol stays mixed. */
  partial: boolean;
}

export interface PlannedRating {
  protocolKey: string;
  principleKey: string;
  perspective: Perspective;
  value: Rating | null;
  evidence: string | null;
}

export interface PlannedAudit {
  index: number;
  label: string;
  periodStart: string;
  periodEnd: string;
  status: 'submitted' | 'draft';
  perspectives: Perspective[];
  /** Protocol keys in this audit. */
  protocolKeys: string[];
  ratings: PlannedRating[];
  /** Draft only: ratings pre-filled from the previous audit, not yet confirmed. */
  carriedForward: boolean;
}

export interface PlannedCouncil {
  slug: string;
  name: string;
  type: DemoCouncil['type'];
  region: DemoCouncil['region'];
  populationBand: DemoCouncil['populationBand'];
  sharing: DemoCouncil['sharing'];
  story: DemoCouncil['story'];
  protocols: PlannedProtocol[];
  audits: PlannedAudit[];
  /** The council's change plan, consistent with its audits. */
  changes: PlannedChange[];
}

/** mulberry32: a small, fast, seedable PRNG (deterministic demo data, not cryptography). */
export function randomSource(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: readonly T[], rnd: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function halfYears(
  lastEnd: string,
  count: number,
): Array<{ start: string; end: string; label: string }> {
  const [year, month] = lastEnd.split('-').map(Number);
  let y = year;
  let h = month <= 6 ? 1 : 2;
  const periods: Array<{ start: string; end: string; label: string }> = [];
  for (let i = 0; i < count; i++) {
    periods.unshift({
      start: h === 1 ? `${y}-01-01` : `${y}-07-01`,
      end: h === 1 ? `${y}-06-30` : `${y}-12-31`,
      label: `H${h} ${y} (${h === 1 ? 'January to June' : 'July to December'})`,
    });
    if (h === 1) {
      h = 2;
      y -= 1;
    } else h = 1;
  }
  return periods;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The half-year after `end`, or as much of it as has ended by `endBy`. */
function nextHalfYear(end: string, endBy: string): { start: string; end: string; label: string } {
  const [year, month] = end.split('-').map(Number);
  const next =
    month <= 6
      ? { start: `${year}-07-01`, end: `${year}-12-31`, label: `H2 ${year} (July to December)` }
      : {
          start: `${year + 1}-01-01`,
          end: `${year + 1}-06-30`,
          label: `H1 ${year + 1} (January to June)`,
        };
  if (endBy >= next.end || endBy < next.start) return next;
  const [y, m] = endBy.split('-').map(Number);
  const half = next.start.endsWith('-07-01') ? 'H2' : 'H1';
  const first = MONTHS[Number(next.start.slice(5, 7)) - 1];
  return {
    start: next.start,
    end: endBy,
    label: `${half} ${y} so far (${first} to ${MONTHS[m - 1]})`,
  };
}

const PLACE_STARTS = [
  'Ash',
  'Bram',
  'Carr',
  'Dun',
  'Elm',
  'Fern',
  'Glen',
  'Hart',
  'Iver',
  'Kirk',
  'Lang',
  'Mar',
  'Nor',
  'Oak',
  'Pen',
  'Rad',
  'Shel',
  'Thorn',
  'Wyn',
  'Yar',
];
const PLACE_ENDS = [
  'bury',
  'ford',
  'ley',
  'mouth',
  'stead',
  'ton',
  'wick',
  'worth',
  'dale',
  'field',
  'gate',
  'ham',
  'holme',
  'minster',
  'port',
];
const TYPE_SUFFIX: Record<DemoCouncil['type'], string> = {
  county: 'County Council',
  district: 'District Council',
  unitary: 'Council',
  'metropolitan-borough': 'Metropolitan Borough Council',
  'london-borough': 'London Borough Council',
  welsh: 'County Borough Council',
  scottish: 'Council',
  'northern-irish': 'District Council',
};
const STORIES: DemoCouncil['story'][] = ['improving-strongly', 'improving', 'flat', 'slipping'];

/** The named demo councils first, then generated fictional ones for national-scale datasets. */
function councilIdentity(
  i: number,
  rnd: () => number,
): Omit<PlannedCouncil, 'protocols' | 'audits' | 'changes'> {
  if (i < DEMO_COUNCILS.length) {
    const c = DEMO_COUNCILS[i];
    return {
      slug: c.slug,
      name: c.name,
      type: c.type,
      region: c.region,
      populationBand: c.populationBand,
      sharing: c.sharing,
      story: c.story,
    };
  }
  const place = `${PLACE_STARTS[i % PLACE_STARTS.length]}${PLACE_ENDS[Math.floor(i / PLACE_STARTS.length) % PLACE_ENDS.length]}`;
  const type = COUNCIL_TYPES[Math.floor(rnd() * COUNCIL_TYPES.length)];
  const region =
    type === 'welsh'
      ? 'Wales'
      : type === 'scottish'
        ? 'Scotland'
        : type === 'northern-irish'
          ? 'Northern Ireland'
          : type === 'london-borough'
            ? 'London'
            : REGIONS.slice(0, 9)[Math.floor(rnd() * 9)];
  return {
    slug: `${place.toLowerCase()}-${i}`,
    name: `${place} ${i} ${TYPE_SUFFIX[type]}`,
    type,
    region: region as DemoCouncil['region'],
    populationBand: POPULATION_BANDS[Math.floor(rnd() * POPULATION_BANDS.length)],
    sharing: rnd() < 0.4 ? 'named' : 'anonymised',
    story: STORIES[Math.floor(rnd() * STORIES.length)],
  };
}

/** Share of protocols running their enabling version at the first and last audit, by story. */
const REFORM_ARC: Record<DemoCouncil['story'], [number, number]> = {
  'improving-strongly': [0.15, 0.75],
  improving: [0.2, 0.5],
  flat: [0.35, 0.38],
  slipping: [0.55, 0.3],
};

const RETIRE_REASONS = [
  'The Permissions Game showed this rule was only assumed: nothing in law or policy required it.',
  'Replaced by a principle-based approach agreed with staff.',
  'Stopped collecting this measure: it drove throughput, not outcomes.',
];

function planProtocols(
  council: Omit<PlannedCouncil, 'protocols' | 'audits' | 'changes'>,
  audits: number,
  rnd: () => number,
): PlannedProtocol[] {
  const areas = new Set<string>(SERVICE_AREAS_BY_COUNCIL_TYPE[council.type]);
  const pool = shuffle(
    PROTOCOL_LIBRARY.filter((p) => areas.has(p.serviceArea)),
    rnd,
  );
  const wanted = Math.min(pool.length, 30 + Math.floor(rnd() * 21));
  const [startShare, endShare] = REFORM_ARC[council.story];
  const last = Math.max(1, audits - 1);
  return pool.slice(0, wanted).map((template, i) => {
    const position = i / wanted;
    let reformAt = Infinity;
    let revertAt = Infinity;
    if (council.story === 'slipping') {
      if (position < startShare) {
        reformAt = 0;
        // Some of what worked slips back over the years.
        if (position >= endShare) revertAt = 1 + Math.floor(rnd() * last);
      }
    } else if (position < startShare) {
      reformAt = 0;
      // Flat councils churn: some of what worked slips back while other rules change for the better.
      if (council.story === 'flat' && position >= startShare - 0.12)
        revertAt = 1 + Math.floor(rnd() * last);
    } else if (position < endShare) {
      reformAt =
        1 + Math.floor(((position - startShare) / Math.max(0.01, endShare - startShare)) * last);
    } else if (council.story === 'flat' && position < endShare + 0.12) {
      reformAt = 1 + Math.floor(rnd() * last);
    }
    // Councils improving strongly retire some inhibiting rules outright and introduce new ones.
    let retiredAt: number | null = null;
    let introducedAt = 0;
    if (council.story === 'improving-strongly' && reformAt === Infinity && rnd() < 0.35)
      retiredAt = 2 + Math.floor(rnd() * (last - 1));
    // Improving councils also bring in new, enabling rules along the way.
    if (council.story.startsWith('improving') && i >= wanted - 2 && audits > 3) {
      introducedAt = 2 + Math.floor(rnd() * (audits - 3));
      reformAt = introducedAt;
    }
    const principleKeys = Object.keys(template.typicalRatings.enabling);
    return {
      template,
      introducedAt,
      retiredAt,
      retiredReason:
        retiredAt === null ? null : RETIRE_REASONS[Math.floor(rnd() * RETIRE_REASONS.length)],
      reformAt,
      revertAt,
      firstReformed: principleKeys.filter(() => rnd() < 0.5),
      // A rule brought in new is written the enabling way from the start.
      partial: introducedAt === 0 && reformAt !== Infinity && rnd() < 0.15,
    };
  });
}

function clampRating(v: number): Rating {
  return Math.max(-2, Math.min(2, Math.round(v))) as Rating;
}

function rateAudit(
  protocols: PlannedProtocol[],
  k: number,
  perspectives: Perspective[],
  lowCoverage: boolean,
  rnd: () => number,
): PlannedRating[] {
  const ratings: PlannedRating[] = [];
  for (const p of protocols) {
    if (lowCoverage && rnd() < 0.4) continue;
    const reformed = k >= p.reformAt && k < p.revertAt;
    // A reform lands half done in its first audit (unless it was in place from the start).
    const halfDone = reformed && (p.partial || (k === p.reformAt && p.reformAt > p.introducedAt));
    for (const principleKey of Object.keys(p.template.typicalRatings.enabling)) {
      const enabling = reformed && (!halfDone || p.firstReformed.includes(principleKey));
      const typical = enabling
        ? p.template.typicalRatings.enabling[principleKey]
        : p.template.typicalRatings.inhibiting[principleKey];
      let leadership: Rating | null = (typical ?? null) as Rating | null;
      if (leadership !== null && rnd() < 0.15)
        leadership = clampRating(leadership + (rnd() < 0.5 ? -1 : 1));
      for (const perspective of perspectives) {
        let value = leadership;
        // Frontline staff and residents tend to see the rules as less enabling than leaders do.
        if (value !== null && perspective === 'frontline' && rnd() < 0.35)
          value = clampRating(value - 1);
        if (value !== null && perspective === 'residents') {
          const r = rnd();
          if (r < 0.4) value = clampRating(value - 1);
          else if (r < 0.5) value = clampRating(value + 1);
        }
        const exemplar = enabling ? p.template.enablingExemplar : p.template.inhibitingExemplar;
        ratings.push({
          protocolKey: p.template.key,
          principleKey,
          perspective,
          value,
          evidence: value === 2 || value === -2 ? exemplar : null,
        });
      }
    }
  }
  return ratings;
}

export function planCouncil(i: number, options: DemoOptions): PlannedCouncil {
  const rnd = randomSource(options.seed * 1000 + i);
  const identity = councilIdentity(i, rnd);
  const protocols = planProtocols(identity, options.auditsPerCouncil, rnd);
  const periods = halfYears(options.lastPeriodEnd, options.auditsPerCouncil);
  const withPerspectives = i % 3 === 0;
  const audits: PlannedAudit[] = periods.map((period, k) => {
    const perspectives: Perspective[] =
      withPerspectives && k >= Math.floor(options.auditsPerCouncil / 2)
        ? [...PERSPECTIVES]
        : ['leadership'];
    const present = protocols.filter(
      (p) => k >= p.introducedAt && (p.retiredAt === null || k < p.retiredAt),
    );
    // A few audits are only partly done: low coverage marks their index provisional.
    const lowCoverage = (k === 0 && rnd() < 0.4) || (identity.story === 'flat' && k === 3);
    return {
      index: k,
      label: period.label,
      periodStart: period.start,
      periodEnd: period.end,
      status: 'submitted',
      perspectives,
      protocolKeys: present.map((p) => p.template.key),
      ratings: rateAudit(present, k, perspectives, lowCoverage, rnd),
      carriedForward: false,
    };
  });
  if (options.draftForNorthfield && identity.slug === 'northfield' && audits.length > 0) {
    const previous = audits[audits.length - 1];
    const period = nextHalfYear(previous.periodEnd, options.draftPeriodEndBy);
    const present = protocols.filter((p) => p.retiredAt === null);
    audits.push({
      index: audits.length,
      label: period.label,
      periodStart: period.start,
      periodEnd: period.end,
      status: 'draft',
      perspectives: previous.perspectives,
      protocolKeys: present.map((p) => p.template.key),
      ratings: previous.ratings.filter((r) =>
        present.some((p) => p.template.key === r.protocolKey),
      ),
      carriedForward: true,
    });
  }
  // A generator of its own, so the plan never changes the audits drawn above.
  const changes = planChanges(
    {
      protocols: protocols.map((p) => ({
        key: p.template.key,
        name: p.template.name,
        serviceArea: p.template.serviceArea,
        introducedAt: p.introducedAt,
        retiredAt: p.retiredAt,
        reformAt: p.reformAt,
        revertAt: p.revertAt,
        partial: p.partial,
      })),
      periodEnds: audits.filter((a) => a.status === 'submitted').map((a) => a.periodEnd),
    },
    randomSource((options.seed * 1000 + i) ^ 0x5bd1e995),
  );
  return { ...identity, protocols, audits, changes };
}
