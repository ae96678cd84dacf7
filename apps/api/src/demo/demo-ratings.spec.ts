import { PROTOCOL_LIBRARY } from '@rcp/content';
import { randomSource } from './demo-random';
import { clampRating, PlannedProtocol, rateAudit } from './demo-ratings';

const template = PROTOCOL_LIBRARY[0];
const principles = Object.keys(template.typicalRatings.enabling);

function planned(over: Partial<PlannedProtocol> = {}): PlannedProtocol {
  return {
    template,
    introducedAt: 0,
    retiredAt: null,
    retiredReason: null,
    reformAt: 2,
    revertAt: Infinity,
    firstReformed: [],
    partial: false,
    ...over,
  };
}

describe('rating the demo audits', () => {
  it('clamps onto the rating scale', () => {
    expect([-5, -1.6, -0.6, 0.4, 0.6, 9].map((v) => clampRating(v))).toEqual([-2, -2, -1, 0, 1, 2]);
  });

  it('rates every principle of each protocol in each perspective', () => {
    const ratings = rateAudit([planned()], 0, ['leadership', 'frontline'], false, randomSource(1));
    expect(ratings).toHaveLength(principles.length * 2);
    expect(new Set(ratings.map((r) => r.protocolKey))).toEqual(new Set([template.key]));
    // Evidence is given for ±2 only.
    expect(ratings.every((r) => (r.value === 2 || r.value === -2) === (r.evidence !== null))).toBe(
      true,
    );
  });

  it('a reformed protocol rates higher than before its reform', () => {
    const total = (k: number) =>
      rateAudit([planned()], k, ['leadership'], false, randomSource(5)).reduce(
        (sum, r) => sum + (r.value ?? 0),
        0,
      );
    expect(total(3)).toBeGreaterThan(total(0));
  });

  it('is the same for the same seed', () => {
    const draw = () =>
      rateAudit([planned()], 1, ['leadership', 'residents'], true, randomSource(9));
    expect(draw()).toEqual(draw());
  });
});
