import { aDashboard, aGapView, aMover } from '../testing/dashboard-builders';
import { breakdownTable } from './class-breakdown';
import { dashboardWorkbook } from './dashboard-workbook';
import { heatmapTable } from './heatmap';
import { principleGapTable } from './perspective-gaps';
import { planTrendTable } from './plan-trend';
import { profileTable } from './principle-profile';
import { protocolLoadTable } from './protocol-load';

const on = new Date('2026-12-06T10:00:00Z');

function sheet(book: ReturnType<typeof dashboardWorkbook>, name: string) {
  const found = book.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name} in ${book.sheets.map((s) => s.name).join(', ')}`);
  return found.table;
}

describe('the dashboard as a workbook', () => {
  it('has a sheet per chart holding exactly the table that chart shows', () => {
    const gaps = aGapView();
    const d = aDashboard({ perspectiveGaps: gaps });
    const book = dashboardWorkbook(d, null, on);

    expect(sheet(book, 'Index over time')).toEqual(planTrendTable(d.trend, null));
    expect(sheet(book, 'Protocol load')).toEqual(protocolLoadTable(d.trend));
    expect(sheet(book, 'Principle profile')).toEqual(
      profileTable(d.principleProfile, d.selected, d.compareTo),
    );
    expect(sheet(book, 'By category')).toEqual(
      breakdownTable(d.classBreakdown.byCategory, 'category'),
    );
    expect(sheet(book, 'By service area')).toEqual(
      breakdownTable(d.classBreakdown.byServiceArea, 'service area'),
    );
    expect(sheet(book, 'Perspective gaps')).toEqual(principleGapTable(gaps));
    expect(sheet(book, 'Ratings heat map')).toEqual(heatmapTable(d.heatmap));
  });

  it('says in its README whose dashboard it is, what it shows and what each sheet holds', () => {
    const book = dashboardWorkbook(aDashboard(), null, on);
    const readme = Object.fromEntries(book.readme);

    expect(book.title).toBe('Northfield Borough Council: council dashboard');
    expect(readme['Council']).toBe('Northfield Borough Council');
    expect(readme['Downloaded']).toBe('6 December 2026');
    expect(readme['Showing']).toMatch(/^Showing .* compared with /);
    for (const s of book.sheets) expect(readme['Sheets']).toContain(`${s.name}: ${s.about}`);
  });

  it('gives the headline figures, and every rating change of a mover rather than the first three', () => {
    const changes = ['a', 'b', 'c', 'd', 'e'].map((key) => ({
      key,
      title: `Principle ${key}`,
      before: -2,
      after: 2,
    }));
    const d = aDashboard({
      movers: [aMover({ changedPrinciples: changes, evidence: ['x', 'y'] })],
    });
    const book = dashboardWorkbook(d, null, on);

    expect(sheet(book, 'Headline').rows).toContainEqual({ figure: 'Council index', value: 39.92 });
    expect(sheet(book, 'Headline').rows).toContainEqual({ figure: 'Coverage (%)', value: 100 });
    const [mover] = sheet(book, 'Biggest movers').rows;
    expect(mover['change']).toContain('Principle e −2 → +2');
    expect(mover['change']).not.toContain('more');
    expect(mover['evidence']).toBe('x\ny');
  });

  it('leaves out what the dashboard does not show', () => {
    const book = dashboardWorkbook(aDashboard({ headline: null, perspectiveGaps: null }), null, on);
    const names = book.sheets.map((s) => s.name);

    expect(names).not.toContain('Headline');
    expect(names).not.toContain('Perspective gaps');
    expect(names).toContain('Mismatches');
  });
});
