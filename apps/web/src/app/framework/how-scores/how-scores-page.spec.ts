import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { roundScore, scoreAudit, WORKED_EXAMPLE } from '@rcp/scoring';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HowScoresPage } from './how-scores-page';
import { protocolSums, workedExampleView } from './worked-example-view';

/** The "results at a glance" table of docs/scoring.md, label → value. */
function documentResults(): Map<string, string> {
  const doc = readFileSync(
    join(__dirname, '..', '..', '..', '..', '..', '..', 'docs', 'scoring.md'),
    'utf8',
  );
  const start = doc.indexOf('<!-- worked-example-results:start -->');
  const end = doc.indexOf('<!-- worked-example-results:end -->');
  expect(start).toBeGreaterThan(-1);
  expect(end).toBeGreaterThan(start);
  const rows = doc
    .slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map(
      (line) =>
        line
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim()) as [string, string],
    );
  return new Map(rows);
}

async function render() {
  TestBed.configureTestingModule({ providers: [provideRouter([]), provideNoopAnimations()] });
  const fixture = TestBed.createComponent(HowScoresPage);
  fixture.autoDetectChanges();
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  return Object.assign(el, { settle: () => fixture.whenStable() });
}

function tableRows(table: Element | null): string[][] {
  return Array.from(table?.querySelectorAll('tbody tr') ?? []).map((tr) =>
    Array.from(tr.children).map((cell) => cell.textContent?.trim() ?? ''),
  );
}

describe('the “how scores are calculated” page', () => {
  const summary = scoreAudit(WORKED_EXAMPLE.config, WORKED_EXAMPLE.protocols);

  it('shows the same results as the scoring method’s worked example, row for row', async () => {
    const el = await render();
    const shown = tableRows(el.querySelector('[data-testid="results-at-a-glance"]'));
    expect(new Map(shown.map(([label, value]) => [label, value]))).toEqual(documentResults());
  });

  it('shows each protocol’s score as the scoring library calculates it', async () => {
    const el = await render();
    for (const result of summary.protocols) {
      const sums = el.querySelector(`[data-testid="sums-${result.id}"]`)?.textContent ?? '';
      const rounded = roundScore(result.score ?? 0);
      const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '';
      expect(sums).toContain(`${sign}${Math.abs(rounded).toFixed(1)}`);
    }
    expect(el.querySelector('[data-testid="sums-A"]')?.textContent?.replace(/\s+/g, ' ')).toContain(
      'sum of weight × rating = 2 × (−2) + 1 × (−2) + 1 × (−1) = −7',
    );
    expect(
      el.querySelector('[data-testid="index-sums"]')?.textContent?.replace(/\s+/g, ' '),
    ).toContain('9 × (−87.5) + 9 × 75 + 3 × 12.5 = −75');
  });

  it('spells out sums that give exactly the library’s scores', () => {
    const { config, protocols } = WORKED_EXAMPLE;
    for (const protocol of protocols) {
      const result = summary.protocols.find((r) => r.id === protocol.id);
      const sums = protocolSums(config, protocol);
      expect(50 * (sums.sumProducts / sums.sumWeights)).toBeCloseTo(result?.score ?? NaN, 12);
      if (protocol.contextNeed !== 'transactional') {
        const relational = protocolSums(config, protocol, true);
        expect(50 * (relational.sumProducts / relational.sumWeights)).toBeCloseTo(
          result?.relationalScore ?? NaN,
          12,
        );
      }
    }
    const view = workedExampleView();
    for (const c of view.changed) {
      const sums = protocolSums(config, c.protocol);
      expect(50 * (sums.sumProducts / sums.sumWeights)).toBeCloseTo(c.after.score ?? NaN, 12);
    }
  });

  it('offers the chart of protocol scores as a table with the library’s rounded numbers', async () => {
    const el = await render();
    const toggle = Array.from(el.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === 'Show as table',
    );
    toggle?.click();
    await el.settle();
    const rows = tableRows(el.querySelector('rcp-chart-panel table'));
    expect(rows).toEqual(
      summary.protocols.map((r) => [
        `${r.id}: ${WORKED_EXAMPLE.names[r.id]}`,
        (roundScore(r.score) ?? 0).toLocaleString('en-GB', { maximumFractionDigits: 1 }),
        r.class ?? 'unscored',
      ]),
    );
  });
});
