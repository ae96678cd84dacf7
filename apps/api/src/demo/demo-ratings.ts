import { type Perspective, type Rating } from '@rcp/vocabulary';
import { ProtocolTemplate } from '@rcp/content';

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

/** A number rounded onto the rating scale −2…2. */
export function clampRating(v: number): Rating {
  return Math.max(-2, Math.min(2, Math.round(v))) as Rating;
}

/**
 * The ratings of audit `k` of the protocols in it: each protocol's typical inhibiting or enabling
 * ratings (by where its reform stands), with some noise, and the frontline's and residents' views a
 * little less enabling than the leadership's. A low-coverage audit leaves some protocols unrated.
 */
export function rateAudit(
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
