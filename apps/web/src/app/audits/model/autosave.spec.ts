import { aRating, anEdit } from '../testing/builders';
import {
  addEdit,
  applyEdit,
  beginSave,
  cellKey,
  EMPTY_QUEUE,
  hasUnsaved,
  initialSaveState,
  mergeQueues,
  queueEdit,
  discardAll,
  mergeOthers,
  resolveConflict,
  saveConflicted,
  saveFailed,
  saveStatusText,
  saveSucceeded,
  settleSaved,
  toPutRequest,
} from './autosave';

const EVIDENCE = { text: 'Carers rotate daily', date: '2026-03-01', url: null };
const at = new Date('2026-03-12T10:42:00');
const hhmm = (d: Date) => `${d.getHours()}:${String(d.getMinutes()).padStart(2, '0')}`;

describe('batching edits for autosave', () => {
  it('keeps one edit per cell: the latest wins', () => {
    let q = queueEdit(EMPTY_QUEUE, anEdit({ value: 1 }), undefined);
    q = queueEdit(q, anEdit({ value: 0 }), undefined);
    q = queueEdit(q, anEdit({ principleKey: 'kindness', value: -1 }), undefined);
    expect([...q.values()].map((e) => [e.principleKey, e.value])).toEqual([
      ['relationships-first', 0],
      ['kindness', -1],
    ]);
  });

  it('sends every waiting edit in one PUT with the version last read', () => {
    let q = queueEdit(EMPTY_QUEUE, anEdit({ value: 2, evidence: EVIDENCE }), undefined);
    q = queueEdit(q, anEdit({ principleKey: 'kindness', value: null }), undefined);
    q = queueEdit(q, anEdit({ principleKey: 'continuity', clear: true }), aRating());
    expect(toPutRequest(7, q)).toEqual({
      version: 7,
      ratings: [
        {
          protocolId: 'p-a',
          principleKey: 'relationships-first',
          perspective: 'leadership',
          value: 2,
          evidence: EVIDENCE,
        },
        { protocolId: 'p-a', principleKey: 'kindness', perspective: 'leadership', value: null },
        { protocolId: 'p-a', principleKey: 'continuity', perspective: 'leadership', clear: true },
      ],
    });
  });

  it('a later edit keeps the evidence an earlier one in the batch gave', () => {
    let q = queueEdit(EMPTY_QUEUE, anEdit({ value: 2, evidence: EVIDENCE }), undefined);
    q = queueEdit(q, anEdit({ value: 1 }), undefined);
    expect(q.get(cellKey('leadership', 'p-a', 'relationships-first'))).toMatchObject({
      value: 1,
      evidence: EVIDENCE,
    });
  });

  it('a later edit at neutral or across the sign does not take the earlier edit’s evidence', () => {
    let q = queueEdit(EMPTY_QUEUE, anEdit({ value: 2, evidence: EVIDENCE }), undefined);
    q = queueEdit(q, anEdit({ value: 0 }), undefined);
    expect([...q.values()][0]).toMatchObject({ value: 0, evidence: null });
  });

  it('drops an edit that puts a saved cell back as it was', () => {
    const stored = aRating({ value: 1 });
    let q = queueEdit(EMPTY_QUEUE, anEdit({ value: 0 }), stored);
    q = queueEdit(q, anEdit({ value: 1 }), stored);
    expect(q.size).toBe(0);
    expect(queueEdit(EMPTY_QUEUE, anEdit({ clear: true }), undefined).size).toBe(0);
  });

  it('keeps writing the same value to a carried-forward cell: that confirms it', () => {
    const carried = aRating({ value: 1, carriedForward: true });
    expect(queueEdit(EMPTY_QUEUE, anEdit({ value: 1 }), carried).size).toBe(1);
  });

  it('shows an unsaved edit on top of the stored cell, keeping its evidence', () => {
    const stored = aRating({
      value: 2,
      evidence: EVIDENCE,
      carriedForward: true,
    });
    expect(applyEdit(stored, anEdit({ value: 1 }), 'now')).toMatchObject({
      value: 1,
      evidence: EVIDENCE,
      carriedForward: false,
    });
    expect(applyEdit(stored, anEdit({ clear: true }), 'now')).toBeUndefined();
  });

  it('shows no evidence once an unsaved edit moves the cell to neutral', () => {
    const stored = aRating({ value: 2, evidence: EVIDENCE });
    expect(applyEdit(stored, anEdit({ value: 0 }), 'now')).toMatchObject({ evidence: null });
  });

  it('after a save, the cells the server returned replace the stored ones and cleared ones go', () => {
    const a = aRating({ principleKey: 'kindness', value: 0 });
    const b = aRating({ principleKey: 'continuity', value: -1 });
    const stored = new Map([
      [cellKey('leadership', 'p-a', 'kindness'), a],
      [cellKey('leadership', 'p-a', 'continuity'), b],
    ]);
    let sent = queueEdit(EMPTY_QUEUE, anEdit({ principleKey: 'kindness', value: 1 }), a);
    sent = queueEdit(sent, anEdit({ principleKey: 'continuity', clear: true }), b);
    const saved = aRating({ principleKey: 'kindness', value: 1, ratedAt: 'later' });
    const next = settleSaved(stored, sent, [saved]);
    expect([...next.values()]).toEqual([saved]);
    expect(stored.size).toBe(2);
  });
});

describe('the autosave state', () => {
  it('waits, then sends, then says when everything was saved', () => {
    let s = addEdit(initialSaveState(3), anEdit(), undefined);
    expect(s.status).toEqual({ kind: 'pending' });
    expect(saveStatusText(s.status, hhmm)).toBe('Saving…');
    const begun = beginSave(s);
    expect(begun?.request.version).toBe(3);
    s = begun?.state ?? s;
    expect(s.status.kind).toBe('saving');
    expect(hasUnsaved(s)).toBe(true);
    s = saveSucceeded(s, 4, at);
    expect(s.version).toBe(4);
    expect(hasUnsaved(s)).toBe(false);
    expect(saveStatusText(s.status, hhmm)).toBe('All changes saved at 10:42');
  });

  it('edits made while a save is in flight go in the next batch, with the new version', () => {
    let s = addEdit(initialSaveState(3), anEdit({ value: 1 }), undefined);
    s = beginSave(s)?.state ?? s;
    s = addEdit(s, anEdit({ principleKey: 'kindness', value: 0 }), undefined);
    expect(beginSave(s)).toBeNull(); // one request at a time
    s = saveSucceeded(s, 4, at);
    expect(s.status.kind).toBe('pending');
    const next = beginSave(s);
    expect(next?.request).toEqual({
      version: 4,
      ratings: [
        {
          protocolId: 'p-a',
          principleKey: 'kindness',
          perspective: 'leadership',
          value: 0,
          baseVersion: 4,
        },
      ],
    });
  });

  it('an edit of a cell someone else changed meanwhile keeps its older base, so the server can say so', () => {
    let s = addEdit(initialSaveState(3), anEdit({ value: 1 }), undefined);
    s = beginSave(s)?.state ?? s;
    s = addEdit(s, anEdit({ principleKey: 'kindness', value: 0 }), undefined);
    s = addEdit(s, anEdit({ principleKey: 'continuity', value: 1 }), undefined);
    s = saveSucceeded(s, 5, at, new Set([cellKey('leadership', 'p-a', 'kindness')]));
    expect(beginSave(s)?.request.ratings.map((r) => [r.principleKey, r.baseVersion])).toEqual([
      ['kindness', 3],
      ['continuity', 5],
    ]);
  });

  it('typing again on a cell keeps the oldest base of its unsaved edits', () => {
    let q = queueEdit(EMPTY_QUEUE, anEdit({ value: 1 }), undefined, 3);
    q = queueEdit(q, anEdit({ value: 0 }), undefined, 6);
    expect([...q.values()][0]).toMatchObject({ value: 0, baseVersion: 3 });
  });

  it('on a conflict stops sending and keeps every edit, newer ones on top', () => {
    let s = addEdit(initialSaveState(3), anEdit({ value: 1 }), undefined);
    s = beginSave(s)?.state ?? s;
    s = addEdit(s, anEdit({ value: -1 }), undefined);
    s = addEdit(s, anEdit({ principleKey: 'kindness', value: 0 }), undefined);
    s = saveConflicted(s);
    expect(s.status.kind).toBe('conflict');
    expect(s.inFlight).toBeNull();
    expect([...s.pending.values()].map((e) => [e.principleKey, e.value])).toEqual([
      ['relationships-first', -1],
      ['kindness', 0],
    ]);
    expect(beginSave(s)).toBeNull();
    expect(saveStatusText(s.status, hhmm)).toMatch(/^Not saved: someone else changed/);
  });

  it('after a conflict, "keep mine" rests the edit on the new version, "take theirs" drops it, the rest wait as they were', () => {
    let s = addEdit(initialSaveState(3), anEdit({ value: 1 }), undefined);
    s = addEdit(s, anEdit({ principleKey: 'kindness', value: 0 }), undefined);
    s = addEdit(s, anEdit({ principleKey: 'continuity', value: -1 }), undefined);
    s = saveConflicted(beginSave(s)?.state ?? s);
    s = resolveConflict(
      s,
      new Map([
        [cellKey('leadership', 'p-a', 'relationships-first'), 'mine' as const],
        [cellKey('leadership', 'p-a', 'kindness'), 'theirs' as const],
      ]),
      9,
    );
    expect(s.status.kind).toBe('pending');
    expect(beginSave(s)?.request).toEqual({
      version: 9,
      ratings: [
        {
          protocolId: 'p-a',
          principleKey: 'relationships-first',
          perspective: 'leadership',
          value: 1,
          baseVersion: 9,
        },
        {
          protocolId: 'p-a',
          principleKey: 'continuity',
          perspective: 'leadership',
          value: -1,
          baseVersion: 3,
        },
      ],
    });
  });

  it('discarding after a conflict drops every edit', () => {
    let s = addEdit(initialSaveState(3), anEdit(), undefined);
    s = saveConflicted(beginSave(s)?.state ?? s);
    s = discardAll(s, 9);
    expect(hasUnsaved(s)).toBe(false);
    expect(s.version).toBe(9);
  });

  it('a failed save keeps the edits and says why', () => {
    let s = addEdit(initialSaveState(3), anEdit(), undefined);
    s = saveFailed(beginSave(s)?.state ?? s, 'the server could not be reached.', true);
    expect(s.pending.size).toBe(1);
    expect(saveStatusText(s.status, hhmm)).toBe('Not saved: the server could not be reached.');
    expect(beginSave(s)).not.toBeNull();
  });

  it('merges other people’s changes into the stored cells', () => {
    const stored = new Map([
      [cellKey('leadership', 'p-a', 'kindness'), aRating({ principleKey: 'kindness', value: 1 })],
    ]);
    const change = (principleKey: string, after: ReturnType<typeof aRating> | null) => ({
      protocolId: 'p-a',
      principleKey,
      perspective: 'leadership' as const,
      before: null,
      after,
      version: 4,
      changedBy: null,
      changedAt: '2026-12-06T10:00:00.000Z',
    });
    const next = mergeOthers(stored, [
      change('kindness', null),
      change('continuity', aRating({ principleKey: 'continuity', value: -1 })),
    ]);
    expect([...next.values()].map((r) => [r.principleKey, r.value])).toEqual([['continuity', -1]]);
  });

  it('merging keeps older cells and lets newer edits win', () => {
    const older = queueEdit(EMPTY_QUEUE, anEdit({ value: 1 }), undefined);
    const newer = queueEdit(EMPTY_QUEUE, anEdit({ value: 2, evidence: EVIDENCE }), undefined);
    expect([...mergeQueues(older, newer).values()]).toEqual([
      anEdit({ value: 2, evidence: EVIDENCE }),
    ]);
  });
});
