import { differenceValueText } from './difference-text';

describe('a changed value in words, for the comparison', () => {
  it('shows text as it is, and an empty text as none', () => {
    expect(differenceValueText('description', 'A clearer description.')).toBe(
      'A clearer description.',
    );
    expect(differenceValueText('description', '')).toBe('None');
  });

  it('shows numbers, flags and contexts as people read them', () => {
    expect(differenceValueText('weight', 1.5)).toBe('1.5');
    expect(differenceValueText('relational', true)).toBe('Yes');
    expect(differenceValueText('contexts', ['relational', 'mixed'])).toBe('Relational, mixed');
    expect(differenceValueText('provisionalCoverageBelow', 0.8)).toBe('80%');
    expect(differenceValueText('mismatchThreshold', -20)).toBe('−20');
  });

  it('names linked principles by their titles', () => {
    const titles = new Map([['mutual-trust', 'Mutual trust']]);
    expect(differenceValueText('principleKeys', ['mutual-trust', 'gone'], titles)).toBe(
      'Mutual trust, gone',
    );
    expect(differenceValueText('principleKeys', [])).toBe('None');
  });

  it('spells out compound settings part by part', () => {
    expect(
      differenceValueText('thresholds', { enabling: 20, inhibiting: -20, mixedStrength: 2 }),
    ).toBe('enabling +20, inhibiting −20, mixed strength 2');
    expect(differenceValueText('reachWeights', { low: 1, medium: 3, high: 9 })).toBe(
      'low 1, medium 3, high 9',
    );
  });
});
