import { assessChange, assessPrinciple } from './achievement';

describe('assessPrinciple', () => {
  it('meets a raised target when the recorded rating reaches or passes it', () => {
    expect(assessPrinciple('k', 2, -1, 2)).toMatchObject({ met: true, moved: true });
    expect(assessPrinciple('k', 1, -1, 2)).toMatchObject({ met: true, moved: true });
  });
  it('moves without meeting when the rating went part of the way', () => {
    expect(assessPrinciple('k', 2, -1, 0)).toMatchObject({ met: false, moved: true });
  });
  it('neither meets nor moves when the rating stayed or fell', () => {
    expect(assessPrinciple('k', 2, -1, -1)).toMatchObject({ met: false, moved: false });
    expect(assessPrinciple('k', 2, -1, -2)).toMatchObject({ met: false, moved: false });
  });
  it('a target below the baseline is met by going down to it', () => {
    expect(assessPrinciple('k', 0, 2, 0)).toMatchObject({ met: true, moved: true });
    expect(assessPrinciple('k', 0, 2, 1)).toMatchObject({ met: false, moved: true });
  });
  it('a target already at the baseline is met but not a movement', () => {
    expect(assessPrinciple('k', 1, 1, 1)).toMatchObject({ met: true, moved: false });
  });
  it('with no baseline rating, meeting the target counts as moving', () => {
    expect(assessPrinciple('k', 1, null, 1)).toMatchObject({ met: true, moved: true });
    expect(assessPrinciple('k', 1, null, 0)).toMatchObject({ met: false, moved: false });
  });
  it('an unrated or N/A recorded value never meets a numeric target', () => {
    expect(assessPrinciple('k', 1, -1, null)).toMatchObject({ met: false, moved: false });
  });
  it('an N/A target is met by an N/A recording', () => {
    expect(assessPrinciple('k', null, 1, null)).toMatchObject({ met: true, moved: false });
  });
});

describe('assessChange', () => {
  const base = {
    kind: 'amend' as const,
    status: 'in-progress' as const,
    compared: true,
    targetRatings: { a: 2 as const, b: 1 as const },
    before: { a: -1 as const, b: -1 as const },
  };

  it('is pending until an audit is submitted after the change was agreed', () => {
    expect(assessChange({ ...base, compared: false, after: null }).outcome).toBe('pending');
  });
  it('reached when every target is met', () => {
    expect(assessChange({ ...base, after: { a: 2, b: 2 } }).outcome).toBe('reached');
  });
  it('partly when one principle moved toward its target', () => {
    expect(assessChange({ ...base, after: { a: 0, b: -1 } }).outcome).toBe('partly');
  });
  it('not when nothing moved, flagged when the change is marked done', () => {
    const still = assessChange({ ...base, status: 'done', after: { a: -1, b: -1 } });
    expect(still).toMatchObject({ outcome: 'not', doneButNotMoved: true });
    expect(assessChange({ ...base, after: { a: -1, b: -2 } })).toMatchObject({
      outcome: 'not',
      doneButNotMoved: false,
    });
  });
  it('not when the protocol is missing from the compared audit', () => {
    expect(assessChange({ ...base, after: null }).outcome).toBe('not');
  });
  it('N/A targets are shown but not counted', () => {
    const r = assessChange({
      ...base,
      targetRatings: { a: 2, c: null },
      after: { a: 2, c: 1 },
    });
    expect(r.outcome).toBe('reached');
    expect(r.principles.map((p) => p.principleKey)).toEqual(['a', 'c']);
  });
  it('retire: retired when the protocol left the audit; not (and flagged if done) otherwise', () => {
    const retire = { ...base, kind: 'retire' as const, targetRatings: {} };
    expect(assessChange({ ...retire, after: null }).outcome).toBe('retired');
    expect(assessChange({ ...retire, status: 'done', after: { a: -1 } })).toMatchObject({
      outcome: 'not',
      doneButNotMoved: true,
    });
  });
  it('introduce: reached when the new protocol is rated at its targets', () => {
    expect(
      assessChange({ ...base, kind: 'introduce', before: null, after: { a: 2, b: 1 } }).outcome,
    ).toBe('reached');
  });
});
