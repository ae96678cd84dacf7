import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { Audit, AuditStatusChange, PutRatingsRequest } from '@rcp/api-contract';
import { AuthService } from '../../accounts/auth.service';
import { aCurrentUser } from '../../accounts/testing';
import { aFramework, anAudit, anEdit, aRating } from '../testing/builders';
import { AUTOSAVE_DELAY_MS, AuditEditor } from './audit-editor';

describe('the audit editor', () => {
  let backend: HttpTestingController;
  let editor: AuditEditor;

  function setUp(role: 'lead' | 'viewer' = 'lead', audit: Audit = anAudit()) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        AuditEditor,
        {
          provide: AuthService,
          useValue: {
            currentUser: signal(aCurrentUser({ role, councilId: 'council-1' })),
            isSignedIn: signal(true),
          },
        },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    editor = TestBed.inject(AuditEditor);
    editor.load(audit.id);
    backend.expectOne('/api/v1/audits/audit-1').flush(audit);
    backend.expectOne('/api/v1/frameworks/versions/1').flush(aFramework());
  }

  beforeEach(() => jest.useFakeTimers());
  afterEach(() => {
    backend.verify();
    jest.useRealTimers();
  });

  function answer(body: Partial<{ version: number }> = {}) {
    const req = backend.expectOne({ method: 'PUT', url: '/api/v1/audits/audit-1/ratings' });
    const sent = req.request.body as PutRatingsRequest;
    req.flush({
      version: body.version ?? sent.version + 1,
      ratings: sent.ratings
        .filter((w) => !w.clear)
        .map((w) =>
          aRating({
            protocolId: w.protocolId,
            principleKey: w.principleKey,
            value: w.value ?? null,
            ratedAt: '2026-03-12T10:42:00.000Z',
          }),
        ),
      headline: editor.live()?.headline,
    });
    return sent;
  }

  it('counts the carried-forward ratings nobody has confirmed yet, and a confirmation takes one off', () => {
    setUp(
      'lead',
      anAudit({
        ratings: [
          aRating({ principleKey: 'relationships-first', value: 1, carriedForward: true }),
          aRating({ principleKey: 'kindness', value: 0, carriedForward: true }),
          aRating({ principleKey: 'fairness', value: 1 }),
        ],
      }),
    );
    expect(editor.unconfirmedCount()).toBe(2);
    editor.edit(anEdit({ principleKey: 'kindness', value: 0 })); // the same value: a confirmation
    expect(editor.unconfirmedCount()).toBe(1);
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    answer();
  });

  it('saves the edits typed within a pause as one PUT with the version it read', () => {
    setUp();
    editor.edit(anEdit({ value: 1 }));
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS / 2);
    editor.edit(anEdit({ principleKey: 'kindness', value: -1 }));
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1);
    backend.expectNone('/api/v1/audits/audit-1/ratings');
    jest.advanceTimersByTime(1);
    const sent = answer();
    expect(sent.version).toBe(1);
    expect(sent.ratings.map((r) => [r.principleKey, r.value])).toEqual([
      ['relationships-first', 1],
      ['kindness', -1],
    ]);
    expect(editor.save().status.kind).toBe('saved');
    expect(editor.save().version).toBe(2);
  });

  it('shows an edit at once and scores it live, before it is saved', () => {
    setUp();
    editor.edit(anEdit({ principleKey: 'kindness', value: 1 }));
    expect(editor.cell('leadership', 'p-a', 'kindness')?.value).toBe(1);
    expect(editor.live()?.headline.index).toBe(50);
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    answer();
  });

  /** The server's 409 for a cell someone else changed to `theirs` (by Sam, at version 4). */
  function refuseWithConflict(principleKey: string, theirs: number) {
    const req = backend.expectOne({ method: 'PUT', url: '/api/v1/audits/audit-1/ratings' });
    const sent = req.request.body as PutRatingsRequest;
    const yours = sent.ratings.find((r) => r.principleKey === principleKey);
    req.flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'Someone else changed a rating you changed. Choose which to keep.',
        currentVersion: 4,
        conflicts: [
          {
            protocolId: 'p-a',
            principleKey,
            perspective: 'leadership',
            before: null,
            after: aRating({ principleKey, value: theirs as 1 }),
            version: 4,
            changedBy: { name: 'Sam Patel', email: 'sam@council.example' },
            changedAt: '2026-12-06T10:00:00.000Z',
            yours,
          },
        ],
      },
      { status: 409, statusText: 'Conflict' },
    );
    return sent;
  }

  it('merges other people’s changes to other cells that come back with a save', () => {
    setUp();
    editor.edit(anEdit({ value: 1 }));
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    const req = backend.expectOne({ method: 'PUT', url: '/api/v1/audits/audit-1/ratings' });
    req.flush({
      version: 3,
      ratings: [aRating({ value: 1 })],
      headline: null,
      othersChanged: [
        {
          protocolId: 'p-a',
          principleKey: 'kindness',
          perspective: 'leadership',
          before: null,
          after: aRating({ principleKey: 'kindness', value: -1 }),
          version: 2,
          changedBy: { name: 'Sam Patel', email: 'sam@council.example' },
          changedAt: '2026-12-06T10:00:00.000Z',
        },
      ],
      registerChanged: false,
    });
    expect(editor.cell('leadership', 'p-a', 'kindness')?.value).toBe(-1);
    expect(editor.save().version).toBe(3);
    expect(editor.save().status.kind).toBe('saved');
  });

  it('on a conflict keeps every edit, says who changed which cell, and sends nothing until the person chooses', () => {
    setUp();
    editor.edit(anEdit({ value: -1 }));
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    refuseWithConflict('relationships-first', 1);
    expect(editor.save().status.kind).toBe('conflict');
    expect(editor.cell('leadership', 'p-a', 'relationships-first')?.value).toBe(-1);
    backend
      .expectOne('/api/v1/audits/audit-1')
      .flush(anAudit({ version: 4, ratings: [aRating({ value: 1 })] }));
    expect(
      editor
        .conflict()
        ?.cells.map((c) => [c.principleKey, c.theirs?.value, c.mine?.value, c.changedBy?.name]),
    ).toEqual([['relationships-first', 1, -1, 'Sam Patel']]);

    editor.edit(anEdit({ principleKey: 'kindness', value: 0 }));
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS * 3);
    backend.expectNone('/api/v1/audits/audit-1/ratings');
    expect(editor.conflict()?.unsaved).toBe(2);
  });

  it('"keep mine" sends my value resting on the version that showed theirs, with my other edits', () => {
    setUp();
    editor.edit(anEdit({ value: -1 }));
    editor.edit(anEdit({ principleKey: 'continuity', value: 1 }));
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    refuseWithConflict('relationships-first', 1);
    backend
      .expectOne('/api/v1/audits/audit-1')
      .flush(anAudit({ version: 4, ratings: [aRating({ value: 1 })] }));
    const key = editor.conflict()?.cells[0].key ?? '';
    editor.resolveConflict(new Map([[key, 'mine']]));
    const sent = answer();
    expect(sent.version).toBe(4);
    expect(sent.ratings.map((r) => [r.principleKey, r.value, r.baseVersion])).toEqual([
      ['relationships-first', -1, 4],
      ['continuity', 1, 1],
    ]);
    expect(editor.conflict()).toBeNull();
  });

  it('"take theirs" drops my edit of that cell only and shows their value', () => {
    setUp();
    editor.edit(anEdit({ value: -1 }));
    editor.edit(anEdit({ principleKey: 'continuity', value: 1 }));
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    refuseWithConflict('relationships-first', 1);
    backend
      .expectOne('/api/v1/audits/audit-1')
      .flush(anAudit({ version: 4, ratings: [aRating({ value: 1 })] }));
    const key = editor.conflict()?.cells[0].key ?? '';
    editor.resolveConflict(new Map([[key, 'theirs']]));
    expect(editor.cell('leadership', 'p-a', 'relationships-first')?.value).toBe(1);
    const sent = answer();
    expect(sent.ratings.map((r) => r.principleKey)).toEqual(['continuity']);
  });

  it('discarding after a conflict drops all my changes and shows the audit as it is', () => {
    setUp();
    editor.edit(anEdit({ value: -1 }));
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    refuseWithConflict('relationships-first', 2);
    backend
      .expectOne('/api/v1/audits/audit-1')
      .flush(anAudit({ version: 5, ratings: [aRating({ value: 2 })] }));
    editor.discardAllMine();
    expect(editor.cell('leadership', 'p-a', 'relationships-first')?.value).toBe(2);
    expect(editor.unsaved()).toBe(false);
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS * 2);
  });

  it('a refused ±2 (no evidence) says which cell, and keeps the edit', () => {
    setUp();
    editor.edit(anEdit({ value: 2 }));
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    backend.expectOne('/api/v1/audits/audit-1/ratings').flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Some ratings could not be saved.',
        errors: [
          { field: 'ratings.0.evidence', messages: ['is required for a rating of −2 or +2'] },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    const status = editor.save().status;
    expect(status.kind === 'error' && status.message).toBe(
      'Home care in 15-minute slots, Relationships first: evidence is required for a rating of −2 or +2',
    );
    expect(editor.unsaved()).toBe(true);
  });

  it('tries again by itself when the server could not be reached', () => {
    setUp();
    editor.edit(anEdit({ value: 1 }));
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    backend
      .expectOne('/api/v1/audits/audit-1/ratings')
      .flush(null, { status: 503, statusText: 'Service Unavailable' });
    expect(editor.save().status.kind).toBe('error');
    jest.advanceTimersByTime(5000);
    answer();
    expect(editor.save().status.kind).toBe('saved');
  });

  it('ignores edits for people who may only read the audit', () => {
    setUp('viewer');
    expect(editor.readOnly()).toBe(true);
    editor.edit(anEdit({ value: 1 }));
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS * 2);
    expect(editor.unsaved()).toBe(false);
  });

  it('a submitted audit is read-only, even for the lead', () => {
    setUp('lead', anAudit({ status: 'submitted', submittedAt: '2026-03-12T10:00:00.000Z' }));
    expect(editor.readOnly()).toBe(true);
  });

  it('submit and reopen answer small: the page keeps its protocols and saved ratings, with the new status and version', () => {
    setUp();
    editor.edit(anEdit({ value: 1 }));
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    answer(); // saved at version 2
    const { protocols, ratings, ...rest } = anAudit();
    const change: AuditStatusChange = {
      ...rest,
      status: 'submitted',
      submittedAt: '2026-03-12T10:00:00.000Z',
      version: 3,
      headline: { ...rest.headline, index: 50, provisional: false },
    };
    let shown: Audit | undefined;
    editor.submit().subscribe((a) => (shown = a));
    const submit = backend.expectOne({ method: 'POST', url: '/api/v1/audits/audit-1/submit' });
    expect(submit.request.body).toEqual({ version: 2 });
    submit.flush(change);
    expect(shown).toMatchObject({ status: 'submitted', version: 3, headline: { index: 50 } });
    expect(editor.audit()?.protocols).toEqual(protocols);
    expect(editor.audit()?.ratings).toEqual([
      expect.objectContaining({ principleKey: 'relationships-first', value: 1 }),
    ]);
    expect(ratings).toEqual([]);
    expect(editor.readOnly()).toBe(true);
    expect(editor.cell('leadership', protocols[0].id, 'relationships-first')?.value).toBe(1);

    editor.reopen('Evidence arrived late').subscribe();
    const reopen = backend.expectOne({ method: 'POST', url: '/api/v1/audits/audit-1/reopen' });
    expect(reopen.request.body).toEqual({ version: 3, reason: 'Evidence arrived late' });
    reopen.flush({
      ...change,
      status: 'draft',
      submittedAt: null,
      version: 4,
      reopenedReason: 'Evidence arrived late',
    });
    expect(editor.audit()).toMatchObject({ status: 'draft', version: 4, protocols });
    expect(editor.readOnly()).toBe(false);
    expect(editor.cell('leadership', protocols[0].id, 'relationships-first')?.value).toBe(1);
  });
});
