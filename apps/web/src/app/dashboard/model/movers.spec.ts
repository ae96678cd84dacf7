import { aMover } from '../testing/dashboard-builders';
import { mismatchExplanation, moverChangeText, moverEffectText } from './movers';

const change = (title: string, before: number | null, after: number | null) => ({
  key: title.toLowerCase(),
  title,
  before,
  after,
});

describe('the change behind a mover', () => {
  it('lists the ratings that changed, the biggest change first, with signs', () => {
    const mover = aMover({
      changedPrinciples: [
        change('Mutual trust', -1, 1),
        change('Continuity', 0, 2),
        change('Kindness', -2, 2),
      ],
    });
    expect(moverChangeText(mover)).toBe(
      'Ratings changed: Kindness −2 → +2; Mutual trust −1 → +1; Continuity 0 → +2',
    );
  });

  it('says how many more changed when there are too many to list', () => {
    const mover = aMover({
      changedPrinciples: ['A', 'B', 'C', 'D', 'E'].map((t) => change(t, 0, 1)),
    });
    expect(moverChangeText(mover)).toBe(
      'Ratings changed: A 0 → +1; B 0 → +1; C 0 → +1 … and 2 more',
    );
  });

  it('says "no rating" where a principle had none (not applicable or not yet rated)', () => {
    expect(moverChangeText(aMover({ changedPrinciples: [change('Fairness', null, -1)] }))).toBe(
      'Ratings changed: Fairness no rating → −1',
    );
  });

  it('gives the reason a protocol was retired', () => {
    const mover = aMover({
      change: 'retired',
      after: null,
      delta: null,
      before: -32.43,
      retiredReason: 'The rule was only assumed.',
    });
    expect(moverChangeText(mover)).toBe('Retired: The rule was only assumed.');
    expect(moverEffectText(mover)).toBe('No longer in the register; it scored −32.4');
    expect(moverChangeText(aMover({ change: 'retired', retiredReason: null }))).toBe('Retired');
  });

  it('says a new protocol was introduced, and what it scores', () => {
    const mover = aMover({ change: 'introduced', before: null, delta: null, after: 40 });
    expect(moverChangeText(mover)).toBe('Introduced');
    expect(moverEffectText(mover)).toBe('New in this audit, scoring +40.0');
  });

  it('gives the effect on the score with an arrow and in words', () => {
    expect(moverEffectText(aMover())).toBe('▲ up 120.0 points (−57.1 → +62.9)');
    expect(moverEffectText(aMover({ before: 65.7, after: 47.1, delta: -18.6 }))).toBe(
      '▼ down 18.6 points (+65.7 → +47.1)',
    );
  });
});

describe('a mismatch', () => {
  it('explains in words why it matters', () => {
    expect(
      mismatchExplanation({
        protocolId: 'p',
        name: 'Home care payment model',
        contextNeed: 'relational',
        score: -60,
        category: 'Commissioning and contracts',
      }),
    ).toBe(
      'This protocol governs work that needs a relationship, but it inhibits the relational principles (overall score −60.0): it imposes a script, a slot or a process where a person needs a relationship.',
    );
  });
});
