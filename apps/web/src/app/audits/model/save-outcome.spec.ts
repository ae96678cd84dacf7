import type { AuditRating, ErrorBody, RatingCellChange } from '@rcp/api-contract';
import { aRating, anEdit } from '../testing/builders';
import { cellKey, editKey, initialSaveState } from './autosave';
import {
  afterSave,
  describeCell,
  refusalMessage,
  reloadFailed,
  RETRY_MESSAGE,
  savedChanges,
  saveFailure,
} from './save-outcome';

const body = (over: Partial<ErrorBody> = {}): ErrorBody => ({
  statusCode: 400,
  error: 'Bad Request',
  message: 'Refused.',
  ...over,
});
const named = (edit: { protocolId: string; principleKey: string }) =>
  `${edit.protocolId} / ${edit.principleKey}`;

describe('what follows a failed save', () => {
  it('a stale version is a conflict, carrying what the server said', () => {
    expect(saveFailure(409, body({ message: 'Changed.', conflicts: [] }), [], named)).toEqual({
      kind: 'conflict',
      message: 'Changed.',
      conflicts: [],
    });
    expect(saveFailure(412, body({ message: 'Changed.' }), [], named)).toEqual({
      kind: 'conflict',
      message: 'Changed.',
      conflicts: [],
    });
  });

  it.each([0, 429, 500, 503])('no answer or a busy, broken server (%i): tried again', (status) => {
    expect(saveFailure(status, body(), [], named)).toEqual({
      kind: 'retry',
      message: RETRY_MESSAGE,
    });
  });

  it('any other refusal is said in words, naming the refused cells', () => {
    const sent = [anEdit(), anEdit({ principleKey: 'kindness' })];
    const invalid = body({
      errors: [{ field: 'ratings.1.evidence.text', messages: ['must not be empty'] }],
    });
    expect(saveFailure(400, invalid, sent, named)).toEqual({
      kind: 'refused',
      message: 'p-a / kindness: evidence text must not be empty',
    });
    expect(refusalMessage(403, body(), sent, named)).toBe(
      'you do not have permission to change this audit.',
    );
    expect(refusalMessage(401, body(), sent, named)).toBe('your session has ended. Sign in again.');
    expect(refusalMessage(404, body({ message: 'Not found.' }), sent, named)).toBe('Not found.');
  });

  it('names a cell by protocol and principle, by id when they are unknown', () => {
    const rows = [{ protocol: { id: 'p-a', name: 'Home care' } }];
    const columns = [{ key: 'kindness', title: 'Kindness' }];
    expect(describeCell(rows, columns, anEdit({ principleKey: 'kindness' }))).toBe(
      'Home care, Kindness',
    );
    expect(describeCell([], [], anEdit({ protocolId: 'p-x', principleKey: 'k' }))).toBe('p-x, k');
  });

  it('a failed reload says why and is not tried again', () => {
    expect(reloadFailed(initialSaveState(3), 'No.')).toEqual({
      ...initialSaveState(3),
      status: { kind: 'error', message: 'No.', retry: false },
    });
  });
});

describe('what follows an accepted save', () => {
  const change = (
    protocolId: string,
    principleKey: string,
    before: AuditRating | null,
    after: AuditRating | null,
  ): RatingCellChange => ({
    protocolId,
    principleKey,
    perspective: 'leadership',
    before,
    after,
    version: 4,
    changedAt: '2026-02-02T10:00:00.000Z',
    changedBy: null,
  });

  it('stores what the server returned, merges other people’s changes and names their rows', () => {
    const mine = anEdit({ value: 2 });
    const sent = new Map([[editKey(mine), mine]]);
    const returned = aRating({ value: 2 });
    const theirs = aRating({ protocolId: 'p-c', principleKey: 'kindness', value: -1 });
    const gone = aRating({ protocolId: 'p-b', principleKey: 'continuity' });
    const stored = new Map([[cellKey('leadership', 'p-b', 'continuity'), gone]]);
    const result = savedChanges(stored, sent, {
      ratings: [returned],
      othersChanged: [
        change('p-c', 'kindness', null, theirs),
        change('p-b', 'continuity', gone, null),
      ],
    });
    expect([...result.stored.values()]).toEqual([returned, theirs]);
    expect([...result.changedByOthers]).toEqual([
      'leadership|p-c|kindness',
      'leadership|p-b|continuity',
    ]);
    expect([...result.rows]).toEqual(['leadership|p-a', 'leadership|p-c', 'leadership|p-b']);
    expect(stored.size).toBe(1);
  });

  it('saves again while edits wait, else shows the register’s change or checks the scores', () => {
    expect(afterSave(2, true)).toBe('saveAgain');
    expect(afterSave(0, true)).toBe('reload');
    expect(afterSave(0, false)).toBe('check');
  });
});
