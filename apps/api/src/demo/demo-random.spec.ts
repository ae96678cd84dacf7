import { randomSource, shuffle } from './demo-random';

describe('the demo generator’s randomness', () => {
  it('the same seed gives the same numbers, in 0…1', () => {
    const a = randomSource(7);
    const b = randomSource(7);
    const drawn = Array.from({ length: 20 }, () => a());
    expect(Array.from({ length: 20 }, () => b())).toEqual(drawn);
    expect(drawn.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(randomSource(8)()).not.toBe(drawn[0]);
  });

  it('shuffles a copy, keeping every item', () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const shuffled = shuffle(items, randomSource(1));
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...shuffled].sort((x, y) => x - y)).toEqual(items);
    expect(shuffle(items, randomSource(1))).toEqual(shuffled);
  });
});
