import type { DashboardAuditRef, PlanChange, ReportProtocol } from '@rcp/api-contract';
import {
  changeInWords,
  evidenceLine,
  evidenceQuotes,
  headlineSentence,
  monthYear,
  planStatusSummary,
  planTable,
  printPageCss,
  protocolScoreLine,
  runningHeader,
} from './report-text';

const H2_2025: DashboardAuditRef = {
  id: 'a1',
  label: 'H2 2025 (July to December)',
  periodStart: '2025-07-01',
  periodEnd: '2025-12-31',
};
const H1_2026: DashboardAuditRef = {
  id: 'a2',
  label: 'H1 2026 (January to June)',
  periodStart: '2026-01-01',
  periodEnd: '2026-06-30',
};

function change(over: Partial<PlanChange>): PlanChange {
  return {
    id: 'c',
    title: 'A change',
    status: 'agreed',
    dueDate: null,
    overdue: false,
    protocol: { name: 'Eligibility checks' },
    newProtocol: null,
    ...over,
  } as PlanChange;
}

describe('the council report in plain words', () => {
  it('says a change of the index in whole points, dated by the audit compared with', () => {
    expect(changeInWords(6.2, H2_2025)).toBe('up 6 points since December 2025');
    expect(changeInWords(-1.4, H2_2025)).toBe('down 1 point since December 2025');
    expect(changeInWords(0.3, H2_2025)).toBe('no change since December 2025');
    expect(changeInWords(null, H2_2025)).toBeNull();
    expect(changeInWords(4, null)).toBeNull();
    expect(monthYear('2026-03-31')).toBe('March 2026');
  });

  it('opens with the index and its change, or says there is none to report', () => {
    expect(
      headlineSentence({ index: 12.4, change: 6.2, provisional: false }, H1_2026, H2_2025),
    ).toBe(
      'The council index for H1 2026 is 12.4 on a scale from −100 to +100, up 6 points since December 2025 (H2 2025 audit).',
    );
    expect(headlineSentence({ index: -3, change: null, provisional: true }, H1_2026, null)).toBe(
      'The council index for H1 2026 is −3.0 on a scale from −100 to +100. This is the council’s first audit, so there is no change to report yet. It is provisional.',
    );
    expect(headlineSentence({ index: null, change: null, provisional: true }, H1_2026, null)).toBe(
      'There is no council index for H1 2026: too little of the register was rated.',
    );
  });

  it('describes a protocol’s score and its evidence', () => {
    const p = { score: -45, class: 'inhibiting', previousScore: -65, change: 20 } as ReportProtocol;
    expect(protocolScoreLine(p, H2_2025)).toBe(
      'Scores −45.0 (inhibiting); 20 points higher than in H2 2025 (−65.0).',
    );
    expect(protocolScoreLine({ ...p, change: null, previousScore: null }, H2_2025)).toBe(
      'Scores −45.0 (inhibiting).',
    );
    expect(
      evidenceLine({
        principleKey: 'k',
        principleTitle: 'Continuity',
        value: -2,
        text: 't',
        date: '2026-03-03',
      }),
    ).toBe('Rated −2 on Continuity; evidence dated 3 March 2026.');
    expect(
      evidenceLine({
        principleKey: 'k',
        principleTitle: 'Continuity',
        value: 1,
        text: 't',
        date: null,
      }),
    ).toBe('Rated +1 on Continuity; evidence not dated.');
  });

  it('quotes the same evidence once, naming each principle it was written for', () => {
    const e = (principleTitle: string, value: number | null, text: string) => ({
      principleKey: principleTitle,
      principleTitle,
      value,
      text,
      date: '2026-06-30',
    });
    expect(
      evidenceQuotes([
        e('Fairness', -2, 'Tenders are won on price.'),
        e('Reciprocity', -2, 'Tenders are won on price.'),
        e('Agency', -1, 'Tenders are won on price.'),
        e('Continuity', 1, 'Other words.'),
      ]),
    ).toEqual([
      {
        line: 'Rated −2 on Fairness and Reciprocity, −1 on Agency; evidence dated 30 June 2026.',
        text: 'Tenders are won on price.',
      },
      { line: 'Rated +1 on Continuity; evidence dated 30 June 2026.', text: 'Other words.' },
    ]);
  });

  it('sums up the plan: counts by status, overdue ones, dropped ones left out', () => {
    const changes = [
      change({ status: 'done' }),
      change({ status: 'in-progress', overdue: true, dueDate: '2026-01-31', title: 'Late' }),
      change({ status: 'agreed', dueDate: '2026-12-31' }),
      change({ status: 'dropped' }),
    ];
    expect(planStatusSummary(changes)).toEqual({
      total: 3,
      overdue: 1,
      sentence:
        '3 planned changes: 1 agreed, 1 in progress and 1 done. 1 is overdue (past the due date and not done).',
    });
    expect(planStatusSummary([]).sentence).toBe('No changes are planned yet.');
    const table = planTable(changes);
    expect(table.rows.map((r) => r['change'])).toEqual(['Late', 'A change', 'A change']);
    expect(table.rows[0]).toMatchObject({
      status: 'In progress',
      due: '31 January 2026',
      overdue: 'Overdue',
    });
  });

  it('prints a running header whose text cannot break out of its CSS string', () => {
    const header = runningHeader(
      'Northfield "Borough" Council',
      H1_2026,
      new Date('2026-12-07T09:00:00Z'),
    );
    expect(header).toBe(
      'Northfield "Borough" Council · Council report, H1 2026 (January to June) · 7 December 2026',
    );
    const css = printPageCss(header);
    expect(css).toContain('@page');
    expect(css).toContain('content: "Northfield \\"Borough\\" Council · Council report');
    expect(printPageCss('a\\"; } body { display: none')).toContain('content: "a\\\\\\"; } body');
  });
});
