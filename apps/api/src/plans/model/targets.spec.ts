import { DEFAULT_SCORING_PARAMETERS } from '@rcp/scoring';
import type { FrameworkScoring } from '@rcp/api-contract';
import { suggestedTargets, targetRatingErrors } from './targets';

const scoring: FrameworkScoring = {
  ...(DEFAULT_SCORING_PARAMETERS as unknown as Omit<FrameworkScoring, 'principles'>),
  principles: [
    { key: 'a', weight: 1, contexts: ['relational', 'mixed'], relational: true },
    { key: 'b', weight: 1, contexts: ['relational', 'transactional', 'mixed'], relational: false },
  ],
};

describe('targets', () => {
  it('plus-one keeps higher current ratings', () => {
    const r = suggestedTargets(scoring, { contextNeed: 'relational', libraryKey: null }, { a: 2 });
    expect(r).toEqual({
      source: 'plus-one',
      targetRatings: { a: 2, b: 1 },
      enablingExemplar: null,
    });
  });
  it('reports keys that do not apply and values out of range', () => {
    expect(targetRatingErrors(scoring, 'transactional', { a: 1, b: 3, z: 1 })).toEqual([
      {
        field: 'targetRatings.a',
        messages: ['does not apply to a transactional context in the current framework'],
      },
      {
        field: 'targetRatings.b',
        messages: ['must be a whole number from -2 to 2, or null for not applicable'],
      },
      { field: 'targetRatings.z', messages: ['is not a principle of the current framework'] },
    ]);
  });
});
