import { aRating, anEdit } from '../testing/builders';
import { cellKey, initialSaveState } from '../model/autosave';
import { carriedCount, queueEdits, sameColumnKeys, storedRow } from './grid-model';

const column = (key: string) => ({ key, title: key, short: key, description: '' });

describe('the editor’s pure parts', () => {
  it('compares columns by their principles and order', () => {
    const ab = [column('a'), column('b')];
    expect(sameColumnKeys(ab, [column('a'), { ...column('b'), title: 'B' }])).toBe(true);
    expect(sameColumnKeys(ab, [column('b'), column('a')])).toBe(false);
    expect(sameColumnKeys(ab, [column('a')])).toBe(false);
  });

  it('picks one row’s stored cells by principle', () => {
    const kind = aRating({ principleKey: 'kindness' });
    const other = aRating({ protocolId: 'p-b', principleKey: 'kindness' });
    const stored = new Map([
      [cellKey('leadership', 'p-a', 'kindness'), kind],
      [cellKey('leadership', 'p-b', 'kindness'), other],
    ]);
    expect(storedRow(stored, 'leadership|p-a', [column('kindness'), column('continuity')])).toEqual(
      { kindness: kind },
    );
  });

  it('counts the ratings still carried forward', () => {
    expect(
      carriedCount([
        { a: aRating({ carriedForward: true }), b: aRating() },
        { a: aRating({ carriedForward: true }) },
      ]),
    ).toBe(2);
  });

  it('queues edits in order and names the rows they change', () => {
    const edits = [
      anEdit({ value: 1 }),
      anEdit({ principleKey: 'kindness', value: 0 }),
      anEdit({ protocolId: 'p-c', perspective: 'frontline', value: -1 }),
    ];
    const { state, rows } = queueEdits(initialSaveState(2), edits, new Map());
    expect([...state.pending.values()].map((e) => [e.principleKey, e.value])).toEqual([
      ['relationships-first', 1],
      ['kindness', 0],
      ['relationships-first', -1],
    ]);
    expect(state.status).toEqual({ kind: 'pending' });
    expect([...rows]).toEqual(['leadership|p-a', 'frontline|p-c']);
  });
});
