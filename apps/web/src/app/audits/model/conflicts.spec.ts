import { aRating, anEdit } from '../testing/builders';
import { EMPTY_QUEUE, queueEdit, ratingKey } from './autosave';
import { diffConflict, sameRating } from './conflicts';

const stored = (...ratings: ReturnType<typeof aRating>[]) =>
  new Map(ratings.map((r) => [ratingKey(r), r]));

describe('comparing my version with theirs after a conflict', () => {
  it('lists the cells someone else changed, added or cleared', () => {
    const mine = stored(
      aRating({ principleKey: 'kindness', value: 1 }),
      aRating({ principleKey: 'continuity', value: 0 }),
    );
    const theirs = [
      aRating({ principleKey: 'kindness', value: -1, ratedAt: 'later' }),
      aRating({ principleKey: 'mutual-trust', value: null }),
    ];
    const diff = diffConflict(mine, theirs, EMPTY_QUEUE);
    expect(
      diff.changedByThem.map((c) => [c.principleKey, c.before?.value, c.theirs?.value]),
    ).toEqual([
      ['kindness', 1, -1],
      ['continuity', 0, undefined],
      ['mutual-trust', undefined, null],
    ]);
    expect(diff.mineOnly).toEqual([]);
  });

  it('puts my unsaved edits next to theirs, and counts the cells we both changed', () => {
    const before = stored(aRating({ principleKey: 'kindness', value: 1 }));
    const theirs = [aRating({ principleKey: 'kindness', value: 0 })];
    let queue = queueEdit(EMPTY_QUEUE, anEdit({ principleKey: 'kindness', value: -1 }), undefined);
    queue = queueEdit(queue, anEdit({ principleKey: 'continuity', value: 2 }), undefined);
    const diff = diffConflict(before, theirs, queue);
    expect(diff.bothChanged).toBe(1);
    expect(diff.changedByThem[0].mine?.value).toBe(-1);
    expect(diff.mineOnly.map((c) => [c.principleKey, c.mine?.value])).toEqual([['continuity', 2]]);
  });

  it('sees someone confirming a carried-forward rating as a change, but not a new timestamp', () => {
    const carried = aRating({ carriedForward: true });
    expect(sameRating(carried, { ...carried, carriedForward: false })).toBe(false);
    expect(sameRating(carried, { ...carried, ratedAt: 'later' })).toBe(true);
    expect(sameRating(undefined, undefined)).toBe(true);
  });

  it('finds nothing to report when the versions hold the same ratings', () => {
    const r = aRating();
    expect(diffConflict(stored(r), [r], EMPTY_QUEUE).changedByThem).toEqual([]);
  });
});
