import { niceAxis } from './axis-ticks';

describe('a value axis with round ticks', () => {
  it('ticks 0, 25, 50, 75 for scores up to about 60, not just 0 and 50', () => {
    expect(niceAxis([12, 33.4, 58])).toEqual({ min: 0, max: 75, ticks: [0, 25, 50, 75] });
  });

  it('keeps zero on the axis, and the ends round, when scores go below it', () => {
    const axis = niceAxis([-38, 10, 64]);
    expect(axis.ticks).toContain(0);
    expect(axis.min).toBeLessThanOrEqual(-38);
    expect(axis.max).toBeGreaterThanOrEqual(64);
    expect(axis.ticks).toEqual([-50, 0, 50, 100]);
  });

  it('never goes past ±100 for values within it', () => {
    expect(niceAxis([-99, 99])).toEqual({ min: -100, max: 100, ticks: [-100, -50, 0, 50, 100] });
  });

  it('has room for a tick when every value is zero', () => {
    expect(niceAxis([0, 0]).ticks.length).toBeGreaterThan(1);
  });
});
