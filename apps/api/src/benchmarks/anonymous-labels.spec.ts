import { seededLabelOrder } from './anonymous-labels';

describe('seededLabelOrder', () => {
  it('draws a permutation of every label, the same for the same secret and view', () => {
    const order = seededLabelOrder('secret', 'view 1')(40);
    expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(seededLabelOrder('secret', 'view 1')(40)).toEqual(order);
    // More than one HMAC block's worth of words (8 per block).
    expect(new Set(seededLabelOrder('secret', 'view 1')(500)).size).toBe(500);
  });

  it('draws unrelated orders for another view or another secret', () => {
    const order = seededLabelOrder('secret', 'view 1')(40);
    expect(seededLabelOrder('secret', 'view 2')(40)).not.toEqual(order);
    expect(seededLabelOrder('another secret', 'view 1')(40)).not.toEqual(order);
  });

  it('gives every council each label about equally often across views', () => {
    const n = 4;
    const views = 4000;
    const counts = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    for (let v = 0; v < views; v++)
      seededLabelOrder(
        'secret',
        `view ${v}`,
      )(n).forEach((label, council) => counts[council][label]++);
    // Expected 1,000 each; a fair draw is within ±120 of it (more than 6 standard deviations).
    for (const row of counts)
      for (const c of row) expect(Math.abs(c - views / n)).toBeLessThan(120);
  });

  it('handles no anonymous council and a single one', () => {
    expect(seededLabelOrder('secret', 'view')(0)).toEqual([]);
    expect(seededLabelOrder('secret', 'view')(1)).toEqual([0]);
  });
});
