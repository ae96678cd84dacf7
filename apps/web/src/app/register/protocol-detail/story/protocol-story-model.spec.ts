import { aProtocol, aStory } from '../../testing';
import {
  mismatchStatus,
  ratingText,
  registerChangeText,
  scoreSeries,
  scoreSummary,
  scoreTable,
} from './protocol-story-model';

describe("a protocol's story, in words and numbers", () => {
  const { audits } = aStory();

  it('draws the leadership score of each audit with one, labelled by the short audit name', () => {
    expect(scoreSeries(audits)).toEqual([
      {
        name: 'Score',
        series: [
          { name: 'H1 2025', value: -60 },
          { name: 'H2 2025', value: 12.5 },
        ],
      },
    ]);
    const unscored = [{ ...audits[0], scores: [{ ...audits[0].scores[0], score: null }] }];
    expect(scoreSeries(unscored)).toEqual([]);
  });

  it('tables every perspective scored, with class and mismatch, and a draft marked as live', () => {
    const draft = { ...audits[1], auditId: 'audit-3', label: 'H1 2026', status: 'draft' as const };
    const table = scoreTable([...audits, draft]);
    expect(table.columns.map((c) => c.label)).toEqual([
      'Audit',
      'Period ends',
      'Status',
      'Score (leadership)',
      'Class (leadership)',
      'Mismatch (leadership)',
      'Score (frontline practitioners)',
      'Class (frontline practitioners)',
      'Mismatch (frontline practitioners)',
    ]);
    expect(table.rows[0]).toMatchObject({
      'leadership-score': -60,
      'leadership-class': 'Inhibiting',
      'leadership-mismatch': 'Yes',
      'frontline-score': null,
    });
    expect(table.rows[2]['status']).toBe('Draft (scored live)');
  });

  it('sums the score up in one sentence', () => {
    expect(scoreSummary(audits)).toBe(
      'Its score rose from −60.0 in H1 2025 to 12.5 in H2 2025, over 2 audits.',
    );
    expect(scoreSummary([])).toBe('No audit has covered this protocol yet, so it has no score.');
  });

  it('says whether the latest scored audit found a mismatch', () => {
    const protocol = aProtocol({ contextNeed: 'relational' });
    expect(mismatchStatus(protocol, audits)).toEqual({
      tone: 'ok',
      text: 'No mismatch in H2 2025.',
    });
    expect(mismatchStatus(protocol, audits.slice(0, 1)).tone).toBe('warn');
    expect(mismatchStatus(protocol, []).text).toBe('Not known yet: no audit has scored it.');
    expect(mismatchStatus(aProtocol({ contextNeed: 'transactional' }), audits).tone).toBe('none');
  });

  it('words ratings and register changes', () => {
    expect([ratingText(2), ratingText(-1), ratingText(0), ratingText(null)]).toEqual([
      '+2',
      '−1',
      '0',
      'Not applicable',
    ]);
    const [updated] = aStory().registerChanges;
    expect(registerChangeText(updated)).toBe('Changed: owner, reach');
    expect(
      registerChangeText({
        ...updated,
        action: 'protocol.restored',
        changedFields: [],
        reason: 'Mistake',
      }),
    ).toBe('Restored. Reason: Mistake');
  });
});
