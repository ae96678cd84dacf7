import { type Perspective, PERSPECTIVES } from '@rcp/vocabulary';
import {
  DEMO_COUNCILS,
  DemoCouncil,
  PROTOCOL_LIBRARY,
  ProtocolTemplate,
  SERVICE_AREAS_BY_COUNCIL_TYPE,
} from '@rcp/content';
import { PlannedChange, planChanges } from './demo-change-plan';
import { councilIdentity, CouncilIdentity } from './demo-names';
import { halfYears, nextHalfYear } from './demo-periods';
import { randomSource, shuffle } from './demo-random';
import { PlannedProtocol, PlannedRating, rateAudit } from './demo-ratings';

export type { PlannedProtocol, PlannedRating } from './demo-ratings';

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
  /**
   * Protocols in each council's register (benchmark datasets). Unset: 30–50, as many as the
   * library has for the council's service areas; beyond that, local variants of library rules.
   */
  protocolsPerCouncil?: number;
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

export interface PlannedCouncil extends CouncilIdentity {
  protocols: PlannedProtocol[];
  audits: PlannedAudit[];
  /** The council's change plan, consistent with its audits. */
  changes: PlannedChange[];
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

/** Where a local variant of a library rule applies; its name must differ from the original's. */
const LOCALITIES = ['north', 'south', 'east', 'west', 'central', 'rural', 'urban', 'coastal'];

/**
 * `wanted` templates from the pool: the pool itself, then (only when it is too short) variants
 * of its rules for a locality, each with its own key and name.
 */
function withVariants(pool: ProtocolTemplate[], wanted: number): ProtocolTemplate[] {
  const out = pool.slice(0, wanted);
  for (let i = out.length; i < wanted; i++) {
    const original = pool[i % pool.length];
    const n = Math.floor(i / pool.length) - 1;
    const locality = LOCALITIES[n % LOCALITIES.length];
    const round = Math.floor(n / LOCALITIES.length);
    const suffix = round > 0 ? `${locality} ${round + 1}` : locality;
    out.push({
      ...original,
      key: `${original.key}~${suffix.replace(' ', '-')}`,
      name: `${original.name} (${suffix} area)`,
    });
  }
  return out;
}

function planProtocols(
  council: CouncilIdentity,
  audits: number,
  rnd: () => number,
  perCouncil: number | undefined,
): PlannedProtocol[] {
  const areas = new Set<string>(SERVICE_AREAS_BY_COUNCIL_TYPE[council.type]);
  const shuffled = shuffle(
    PROTOCOL_LIBRARY.filter((p) => areas.has(p.serviceArea)),
    rnd,
  );
  const drawn = 30 + Math.floor(rnd() * 21);
  const wanted = perCouncil ?? Math.min(shuffled.length, drawn);
  const pool = withVariants(shuffled, wanted);
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

export function planCouncil(i: number, options: DemoOptions): PlannedCouncil {
  const rnd = randomSource(options.seed * 1000 + i);
  const identity = councilIdentity(i, rnd);
  const protocols = planProtocols(
    identity,
    options.auditsPerCouncil,
    rnd,
    options.protocolsPerCouncil,
  );
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
