import type { AuditTrailEntry } from '@rcp/api-contract';
import { aRating } from '../testing/builders';
import { DEFAULT_RATING_WORDS } from './rating-text';
import { describeTrailEntry, newestFirst, TrailNames } from './trail-text';

const names: TrailNames = {
  protocolName: (id) => ({ 'p-a': 'Home care in 15-minute slots' })[id],
  principleTitle: (key) => ({ 'relationships-first': 'Relationships first' })[key],
  words: DEFAULT_RATING_WORDS,
  showPerspective: false,
};

function entry(overrides: Partial<AuditTrailEntry>): AuditTrailEntry {
  return {
    id: '1',
    occurredAt: '2026-03-12T10:42:00.000Z',
    actorEmail: 'lead@northfield.demo.example',
    action: 'rating.changed',
    before: null,
    after: null,
    ...overrides,
  };
}

describe('the audit trail in words', () => {
  it('names the protocol and principle and says before → after', () => {
    const line = describeTrailEntry(
      entry({
        before: aRating({ value: 1 }),
        after: aRating({ value: -2, evidence: { text: 'x', date: '2026-03-01', url: null } }),
      }),
      names,
    );
    expect(line).toMatchObject({
      who: 'lead@northfield.demo.example',
      subject: 'Home care in 15-minute slots, Relationships first',
      change: 'Enables (+1) → Strongly inhibits (−2), evidence added: “x”',
    });
  });

  it('says which evidence went with which value', () => {
    const ev = (text: string) => ({ text, date: '2026-03-01', url: null });
    const changed = describeTrailEntry(
      entry({
        before: aRating({ value: 2, evidence: ev('Workers choose visit times') }),
        after: aRating({ value: -2, evidence: ev('Visits are fixed by the rota') }),
      }),
      names,
    );
    expect(changed.change).toBe(
      'Strongly enables (+2) → Strongly inhibits (−2), evidence changed to “Visits are fixed by the rota” (was “Workers choose visit times”)',
    );
    const dropped = describeTrailEntry(
      entry({
        before: aRating({ value: 2, evidence: ev('Workers choose visit times') }),
        after: aRating({ value: 0 }),
      }),
      names,
    );
    expect(dropped.change).toBe(
      'Strongly enables (+2) → No effect (0), evidence removed (was “Workers choose visit times”)',
    );
  });

  it('says when a carried-forward rating was confirmed', () => {
    const line = describeTrailEntry(
      entry({ before: aRating({ carriedForward: true }), after: aRating() }),
      names,
    );
    expect(line.change).toBe('Confirmed the carried-forward rating Enables (+1)');
  });

  it('describes new, cleared and N/A ratings', () => {
    expect(
      describeTrailEntry(entry({ action: 'rating.added', after: aRating({ value: null }) }), names)
        .change,
    ).toBe('Not rated → Not applicable');
    expect(
      describeTrailEntry(entry({ action: 'rating.cleared', before: aRating({ value: 0 }) }), names)
        .change,
    ).toBe('No effect (0) → Not rated');
  });

  it('describes starting, submitting and reopening the audit', () => {
    expect(
      describeTrailEntry(entry({ action: 'audit.created', after: { carriedForward: 12 } }), names)
        .change,
    ).toBe('Started, with 12 ratings carried forward from the last submitted audit');
    expect(
      describeTrailEntry(
        entry({ action: 'audit.submitted', after: { index: -3.5714, provisional: true } }),
        names,
      ).change,
    ).toBe('Submitted and locked; council index −3.6 (provisional)');
    expect(
      describeTrailEntry(
        entry({ action: 'audit.reopened', after: { status: 'draft', reason: 'Missing evidence' } }),
        names,
      ).change,
    ).toBe('Reopened: “Missing evidence”');
  });

  it('lists the newest change first', () => {
    const sorted = newestFirst([
      entry({ id: '1', occurredAt: '2026-03-12T10:00:00.000Z' }),
      entry({ id: '3', occurredAt: '2026-03-12T11:00:00.000Z' }),
      entry({ id: '2', occurredAt: '2026-03-12T11:00:00.000Z' }),
    ]);
    expect(sorted.map((e) => e.id)).toEqual(['3', '2', '1']);
  });

  it('says how a register change reached the draft audit', () => {
    const view = {
      id: 'p-a',
      name: 'Home care in 15-minute slots',
      category: 'time-and-caseload',
      type: 'contract',
      serviceArea: 'Adult social care',
      scope: 'organisational',
      contextNeed: 'mixed',
      reach: 'low',
    };
    const withCategories: TrailNames = {
      ...names,
      categoryTitle: (key) => ({ 'time-and-caseload': 'Time and caseload' })[key],
    };
    expect(
      describeTrailEntry(entry({ action: 'audit.protocol-added', after: view }), names),
    ).toMatchObject({
      subject: 'Home care in 15-minute slots',
      change: 'Added to the register, so it joined this audit',
    });
    expect(
      describeTrailEntry(
        entry({
          action: 'audit.protocol-changed',
          before: view,
          after: { ...view, contextNeed: 'transactional', reach: 'high', category: 'continuity' },
        }),
        withCategories,
      ).change,
    ).toBe(
      'Changed in the register: category “Time and caseload” → “continuity”; context need mixed → transactional; reach low → high',
    );
    expect(
      describeTrailEntry(
        entry({
          action: 'audit.protocol-retired',
          before: view,
          after: { ...view, reason: 'Only assumed' },
        }),
        names,
      ).change,
    ).toBe('Retired from the register (“Only assumed”), so it left this audit with its ratings');
  });
});
