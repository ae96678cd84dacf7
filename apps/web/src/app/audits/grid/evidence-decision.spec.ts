import { dialogEvidence, rateDecision } from './evidence-decision';

const evidence = { text: 'Named worker policy', date: '2025-03-01', url: null };

describe('what rating a cell does to its evidence', () => {
  it('a carried +2 with evidence changed to −2 needs new evidence: the dialog', () => {
    expect(rateDecision({ value: 2, evidence }, -2)).toEqual({ kind: 'dialog' });
  });

  it('a +2 with evidence changed to −1 (enabling to inhibiting) needs new evidence', () => {
    expect(rateDecision({ value: 2, evidence }, -1)).toEqual({ kind: 'dialog' });
    expect(rateDecision({ value: -1, evidence }, 1)).toEqual({ kind: 'dialog' });
  });

  it('reaching ±2 always needs evidence given for it', () => {
    expect(rateDecision(undefined, 2)).toEqual({ kind: 'dialog' });
    expect(rateDecision({ value: 1, evidence }, 2)).toEqual({ kind: 'dialog' });
    expect(rateDecision({ value: 0, evidence: null }, -2)).toEqual({ kind: 'dialog' });
  });

  it('keeps the evidence for the same value or a step within the same direction', () => {
    expect(rateDecision({ value: 2, evidence }, 2)).toEqual({ kind: 'write', evidence: undefined });
    expect(rateDecision({ value: 2, evidence }, 1)).toEqual({ kind: 'write', evidence: undefined });
    expect(rateDecision({ value: -2, evidence }, -1)).toEqual({
      kind: 'write',
      evidence: undefined,
    });
  });

  it('drops the evidence when the value moves to or from neutral or N/A', () => {
    expect(rateDecision({ value: 2, evidence }, 0)).toEqual({ kind: 'write', evidence: null });
    expect(rateDecision({ value: -1, evidence }, null)).toEqual({ kind: 'write', evidence: null });
    expect(rateDecision({ value: 0, evidence }, 1)).toEqual({ kind: 'write', evidence: null });
    expect(rateDecision(undefined, 1)).toEqual({ kind: 'write', evidence: null });
  });

  it('a ±2 confirmed without any evidence (old data) still needs the dialog', () => {
    expect(rateDecision({ value: 2, evidence: null }, 2)).toEqual({ kind: 'dialog' });
  });

  it('in the dialog, the old evidence is offered only when the rule keeps it', () => {
    expect(dialogEvidence({ value: 2, evidence }, 2)).toEqual({
      rule: 'keep',
      needed: true,
      reuse: true,
    });
    expect(dialogEvidence({ value: 2, evidence }, -2)).toEqual({
      rule: 'required',
      needed: true,
      reuse: false,
    });
    expect(dialogEvidence({ value: 2, evidence }, 0)).toEqual({
      rule: 'drop',
      needed: false,
      reuse: false,
    });
    expect(dialogEvidence({ value: 2, evidence }, 1).reuse).toBe(true);
  });
});
