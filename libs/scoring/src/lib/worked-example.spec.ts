import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreAudit } from './audit-summary';
import { perspectiveGaps } from './perspectives';
import { roundScore } from './rounding';
import { projectWhatIf } from './what-if';
import { WORKED_EXAMPLE } from './worked-example';

const { config, protocols, perspectives, changes } = WORKED_EXAMPLE;
const summary = scoreAudit(config, protocols);
const gaps = perspectiveGaps(config, perspectives);
const whatIf = projectWhatIf(config, protocols, changes);

const result = (id: string) => {
  const r = summary.protocols.find((p) => p.id === id);
  if (!r) throw new Error(`no result for ${id}`);
  return r;
};
const principle = (key: string) => summary.byPrinciple.find((p) => p.key === key)?.index;
const group = (list: readonly { key: string; index: number | null }[], key: string) =>
  list.find((g) => g.key === key)?.index;
const residents = gaps.perspectives.find((p) => p.perspective === 'residents');
const trustGap = gaps.byPrinciple.find((p) => p.key === 'mutual-trust')?.gap;
const after = (id: string) => whatIf.changes.find((c) => c.protocolId === id)?.after?.score;

describe('the worked example of docs/scoring.md', () => {
  it('gives the numbers computed by hand in the document', () => {
    expect(summary.protocols.map((p) => p.score)).toEqual([-87.5, 75, 12.5, -30]);
    expect(summary.protocols.map((p) => p.class)).toEqual([
      'inhibiting',
      'enabling',
      'mixed',
      'inhibiting',
    ]);
    expect(result('A').relationalScore).toBe(-100);
    expect(result('C').relationalScore).toBeCloseTo(100 / 3, 12);
    expect(result('D').relationalScore).toBeCloseTo(-100 / 3, 12);
    expect(summary.protocols.map((p) => p.mismatch)).toEqual([true, false, false, true]);
    expect(summary.index).toBeCloseTo(-75 / 21, 12);
    expect(summary.wider.index).toBe(-30);
    expect(summary.coverage).toBeCloseTo(2.75 / 3, 12);
    expect(summary.provisional).toBe(false);
    expect(summary.classShares).toEqual({
      enabling: { count: 1, share: 1 / 3 },
      inhibiting: { count: 1, share: 1 / 3 },
      mixed: { count: 1, share: 1 / 3 },
      neutral: { count: 0, share: 0 },
      unscored: { count: 0, share: 0 },
    });
    expect(summary.mismatchCount).toBe(1);
    expect(summary.wider.mismatchCount).toBe(1);
    expect(summary.protocolLoad).toBe(3);
    expect(summary.byPrinciple.map((p) => p.index)).toEqual([-50, -100, 62.5, 0]);
    expect(summary.byCategory).toEqual([
      { key: 'Commissioning and contracts', index: -87.5, count: 1, scored: 1 },
      { key: 'Policies and procedures', index: 59.375, count: 2, scored: 2 },
    ]);
    expect(summary.byServiceArea).toEqual([
      { key: 'Adult social care', index: -62.5, count: 2, scored: 2 },
      { key: 'Customer services', index: 75, count: 1, scored: 1 },
    ]);
    expect(residents?.summary.index).toBe(-20);
    expect(residents?.summary.protocols.map((p) => p.score)).toEqual([-90, 50, null, null]);
    expect(residents?.summary.coverage).toBeCloseTo(2 / 3, 12);
    expect(gaps.gap?.size).toBeCloseTo(-75 / 21 + 20, 12);
    expect(trustGap).toEqual({ high: 'leadership', low: 'residents', size: 87.5 });
    expect(after('A')).toBe(50);
    expect(after('C')).toBe(80);
    expect(whatIf.after.index).toBeCloseTo(65, 12);
    expect(whatIf.indexDelta).toBeCloseTo(1440 / 21, 12);
    expect(whatIf.protocolLoadDelta).toBe(0);
  });

  it('matches the results table in docs/scoring.md', () => {
    const doc = readFileSync(join(__dirname, '..', '..', '..', '..', 'docs', 'scoring.md'), 'utf8');
    const start = doc.indexOf('<!-- worked-example-results:start -->');
    const end = doc.indexOf('<!-- worked-example-results:end -->');
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    const table = new Map<string, string>();
    for (const line of doc.slice(start, end).split('\n')) {
      const cells = line.split('|').map((c) => c.trim());
      if (cells.length === 4 && cells[1] !== 'result' && !cells[1].startsWith('---')) {
        table.set(cells[1], cells[2]);
      }
    }

    const pct = (x: number | null | undefined) => (x == null ? null : x * 100);
    const yesNo = (b: boolean | undefined) => (b ? 'yes' : 'no');
    const expected: Record<string, number | string | null | undefined> = {
      'Score of A': result('A').score,
      'Score of B': result('B').score,
      'Score of C': result('C').score,
      'Score of D': result('D').score,
      'Class of A': result('A').class,
      'Class of B': result('B').class,
      'Class of C': result('C').class,
      'Class of D': result('D').class,
      'Relational score of A': result('A').relationalScore,
      'Relational score of C': result('C').relationalScore,
      'Relational score of D': result('D').relationalScore,
      'Mismatch: A': yesNo(result('A').mismatch),
      'Mismatch: B': yesNo(result('B').mismatch),
      'Mismatch: C': yesNo(result('C').mismatch),
      'Mismatch: D': yesNo(result('D').mismatch),
      'Council index': summary.index,
      'Wider environment index': summary.wider.index,
      Coverage: pct(summary.coverage),
      Provisional: yesNo(summary.provisional),
      'Enabling share': pct(summary.classShares.enabling.share),
      'Inhibiting share': pct(summary.classShares.inhibiting.share),
      'Mixed share': pct(summary.classShares.mixed.share),
      'Neutral share': pct(summary.classShares.neutral.share),
      'Unscored share': pct(summary.classShares.unscored.share),
      'Mismatch count': summary.mismatchCount,
      'Wider environment mismatch count': summary.wider.mismatchCount,
      'Protocol load': summary.protocolLoad,
      'Principle index: relationships first': principle('relationships-first'),
      'Principle index: continuity': principle('continuity'),
      'Principle index: mutual trust': principle('mutual-trust'),
      'Principle index: kindness': principle('kindness'),
      'Category index: Commissioning and contracts': group(
        summary.byCategory,
        'Commissioning and contracts',
      ),
      'Category index: Policies and procedures': group(
        summary.byCategory,
        'Policies and procedures',
      ),
      'Service area index: Adult social care': group(summary.byServiceArea, 'Adult social care'),
      'Service area index: Customer services': group(summary.byServiceArea, 'Customer services'),
      "Residents' council index": residents?.summary.index,
      "Residents' coverage": pct(residents?.summary.coverage),
      'Perspective gap': gaps.gap?.size,
      'Largest principle gap: mutual trust': trustGap?.size,
      'Score of A after amendment': after('A'),
      'Score of C after replacement': after('C'),
      'Council index after the changes': whatIf.after.index,
      'Projected change in index': whatIf.indexDelta,
      'Projected change in protocol load': whatIf.protocolLoadDelta,
    };

    expect([...table.keys()].sort()).toEqual(Object.keys(expected).sort());
    for (const [label, shown] of table) {
      const value = expected[label];
      if (typeof value === 'number') {
        // "−3.6", "+75.0", "91.7 %" → the number shown
        const number = Number(shown.replace('−', '-').replace(/[+%\s]/g, ''));
        expect({ label, shown: number }).toEqual({ label, shown: roundScore(value) });
      } else {
        expect({ label, shown }).toEqual({ label, shown: value });
      }
    }
  });

  it('is the largest principle gap that the document names', () => {
    const largest = [...gaps.byPrinciple].sort(
      (a, b) => (b.gap?.size ?? -1) - (a.gap?.size ?? -1),
    )[0];
    expect(largest.key).toBe('mutual-trust');
  });
});
