import { HttpErrorResponse } from '@angular/common/http';
import { toErrorBody } from './api-error';
import { EditConflict, isConflict } from './edit-conflict';

const refused = (status: number) =>
  new HttpErrorResponse({
    status,
    statusText: status === 409 ? 'Conflict' : 'Error',
    error: { statusCode: status, error: 'Conflict', message: 'Version mismatch' },
  });

describe('a save refused because someone else changed the record', () => {
  it('is recognised from the failed request or from its error body, and only for a 409', () => {
    expect(isConflict(refused(409))).toBe(true);
    expect(isConflict(toErrorBody(refused(409), 'Saving did not work.'))).toBe(true);
    expect(isConflict(refused(400))).toBe(false);
    expect(isConflict(toErrorBody(refused(500), 'Saving did not work.'))).toBe(false);
    expect(isConflict(new Error('offline'))).toBe(false);
    expect(isConflict(null)).toBe(false);
  });

  it('tells the person someone else changed it and offers Reload, until they reload or try again', () => {
    const conflict = new EditConflict('Someone else changed this council. Reload to see theirs.');
    expect(conflict.shown()).toBe(false);

    expect(conflict.recognise(refused(409))).toEqual([
      { message: 'Someone else changed this council. Reload to see theirs.' },
    ]);
    expect(conflict.shown()).toBe(true);

    conflict.clear();
    expect(conflict.shown()).toBe(false);
  });

  it('leaves any other failure to the form, without showing Reload', () => {
    const conflict = new EditConflict('Someone else changed this.');
    expect(conflict.recognise(toErrorBody(refused(400), 'Saving did not work.'))).toBeNull();
    expect(conflict.shown()).toBe(false);
  });
});
