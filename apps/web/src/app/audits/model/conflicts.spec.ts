import type { RatingConflict } from '@rcp/api-contract';
import { aRating, anEdit } from '../testing/builders';
import { cellKey, EMPTY_QUEUE, queueEdit } from './autosave';
import { allChosen, cellConflicts } from './conflicts';

const conflict = (over: Partial<RatingConflict> = {}): RatingConflict => ({
  protocolId: 'p-a',
  principleKey: 'kindness',
  perspective: 'leadership',
  before: null,
  after: aRating({ principleKey: 'kindness', value: 1 }),
  version: 4,
  changedBy: { name: 'Sam Patel', email: 'sam@council.example' },
  changedAt: '2026-12-06T10:00:00.000Z',
  yours: { protocolId: 'p-a', principleKey: 'kindness', value: -1 },
  ...over,
});

describe('conflicts the server reported, cell by cell', () => {
  it('puts each conflicting cell beside the person’s unsaved edit of it, with who changed it', () => {
    const pending = queueEdit(
      EMPTY_QUEUE,
      anEdit({ principleKey: 'kindness', value: 0 }),
      undefined,
    );
    const [cell] = cellConflicts([conflict()], pending);
    expect(cell).toMatchObject({
      key: cellKey('leadership', 'p-a', 'kindness'),
      before: null,
      theirs: { value: 1 },
      changedBy: { name: 'Sam Patel' },
      mine: { value: 0 },
    });
  });

  it('settles nothing by default: every cell needs a choice', () => {
    const cells = cellConflicts(
      [conflict(), conflict({ principleKey: 'continuity' })],
      EMPTY_QUEUE,
    );
    const choices = new Map([[cells[0].key, 'mine' as const]]);
    expect(allChosen(cells, choices)).toBe(false);
    choices.set(cells[1].key, 'mine');
    expect(allChosen(cells, choices)).toBe(true);
  });
});
