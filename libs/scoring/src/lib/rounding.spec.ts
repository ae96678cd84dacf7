import { roundScore } from './rounding';

describe('rounding for display', () => {
  it('rounds to one decimal place, halves away from zero', () => {
    expect(roundScore(-3.5714285714285716)).toBe(-3.6);
    expect(roundScore(12.25)).toBe(12.3);
    expect(roundScore(-12.25)).toBe(-12.3);
    expect(roundScore(12.24)).toBe(12.2);
    expect(roundScore(100)).toBe(100);
  });

  it('copes with numbers stored just below a half', () => {
    // 33.35 is stored as 33.3499999999999943…
    expect(roundScore(33.35)).toBe(33.4);
    expect(roundScore(1.05)).toBe(1.1);
  });

  it('never returns minus zero and keeps null as null', () => {
    expect(Object.is(roundScore(-0.04), 0)).toBe(true);
    expect(roundScore(null)).toBeNull();
  });
});
