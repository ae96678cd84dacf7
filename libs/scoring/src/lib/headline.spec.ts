import { DEFAULT_SCORING_PARAMETERS } from './config';
import { scoreAudit } from './audit-summary';
import { headlineFigures } from './headline';
import type { ProtocolInput, ScoringConfig } from './types';

const config: ScoringConfig = {
  ...DEFAULT_SCORING_PARAMETERS,
  principles: [
    { key: 'a', weight: 1, contexts: ['relational', 'transactional', 'mixed'], relational: true },
    { key: 'b', weight: 1, contexts: ['relational', 'transactional', 'mixed'], relational: false },
  ],
};

const protocol = (
  id: string,
  scope: 'organisational' | 'wider',
  a: number,
  b: number,
): ProtocolInput => ({
  id,
  category: 'c',
  serviceArea: 's',
  scope,
  contextNeed: 'relational',
  reach: 'medium',
  ratings: { a: a as 1, b: b as 1 },
});

describe('headlineFigures', () => {
  it('counts organisational protocols only, and reports the wider environment apart', () => {
    const summary = scoreAudit(config, [
      protocol('o1', 'organisational', 2, 2),
      protocol('o2', 'organisational', -2, -2),
      protocol('o3', 'organisational', 1, 1),
      protocol('w1', 'wider', -2, -2),
      protocol('w2', 'wider', 2, 2),
    ]);
    const h = headlineFigures(summary);
    expect(h.protocolLoad).toBe(3);
    expect(
      h.classCounts.enabling +
        h.classCounts.inhibiting +
        h.classCounts.mixed +
        h.classCounts.neutral +
        h.classCounts.unscored,
    ).toBe(3);
    expect(h.classCounts).toMatchObject({ enabling: 2, inhibiting: 1 });
    expect(h.widerProtocolLoad).toBe(2);
    expect(h.index).toBe(summary.index);
    expect(h.widerIndex).toBe(summary.wider.index);
  });
});
