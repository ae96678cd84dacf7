import { CouncilDashboard } from '@rcp/api-contract';
import { ChartTable } from '../../shared/charts/chart-table';
import { Workbook } from '../../shared/tables/workbook';
import { breakdownTable } from './class-breakdown';
import { formatDay, shortLabel } from './dashboard-text';
import { showingSentence } from './dashboard-filters';
import { classShares, indexName } from './headline';
import { heatmapTable } from './heatmap';
import { mismatchExplanation, moverChangeText, moverEffectText } from './movers';
import { principleGapTable } from './perspective-gaps';
import { PlanTrendProjection, planTrendTable } from './plan-trend';
import { profileTable } from './principle-profile';
import { protocolLoadTable } from './protocol-load';

/**
 * The whole dashboard as one workbook for people who live in Excel: a README sheet saying what
 * it is, then one sheet per chart with the very table that chart shows (the same functions build
 * both, so the workbook and the page cannot disagree), plus the lists that have no chart.
 */
export function dashboardWorkbook(
  d: CouncilDashboard,
  projection: PlanTrendProjection | null,
  downloadedAt: Date,
): Workbook {
  const sheets: Workbook['sheets'] = [];
  const add = (name: string, about: string, table: ChartTable) =>
    sheets.push({ name, about, table });

  if (d.headline) add('Headline', 'The headline figures of the selected audit.', headline(d));
  add(
    'Index over time',
    'The index of every submitted audit, oldest first.',
    planTrendTable(d.trend, projection),
  );
  add(
    'Protocol load',
    'How many protocols each audit counted, introduced and retired.',
    protocolLoadTable(d.trend),
  );
  add('Biggest movers', 'The protocols whose scores changed most, and why.', movers(d));
  add(
    'Principle profile',
    'The score of each principle, now and in the comparison audit.',
    profileTable(d.principleProfile, d.selected, d.compareTo),
  );
  add(
    'By category',
    'Protocols of each class per category.',
    breakdownTable(d.classBreakdown.byCategory, 'category'),
  );
  add(
    'By service area',
    'Protocols of each class per service area.',
    breakdownTable(d.classBreakdown.byServiceArea, 'service area'),
  );
  add('Mismatches', 'Relational needs governed by an inhibiting protocol.', mismatches(d));
  if (d.perspectiveGaps)
    add(
      'Perspective gaps',
      'Each principle as leadership, practitioners and residents rated it.',
      principleGapTable(d.perspectiveGaps),
    );
  add(
    'Ratings heat map',
    'Every protocol rated against every principle (−2 to +2).',
    heatmapTable(d.heatmap),
  );

  return {
    title: `${d.council.name}: council dashboard`,
    readme: [
      ['Council', d.council.name],
      ['Showing', showingSentence(d)],
      ['Selected audit', d.selected ? shortLabel(d.selected) : 'None'],
      ['Compared with', d.compareTo ? shortLabel(d.compareTo) : 'None'],
      ['Downloaded', formatDay(downloadedAt.toISOString().slice(0, 10))],
      [
        'How to read it',
        'Scores run from −100 (every rating inhibits relationships) to +100 (every rating enables them). ' +
          'Each sheet holds the numbers behind one part of the dashboard, as its "Show as table" view shows them. ' +
          'The method is described on the page "How the numbers are worked out" in RCP Audit.',
      ],
      ['Sheets', sheets.map((s) => `${s.name}: ${s.about}`).join('\n')],
    ],
    sheets,
  };
}

function headline(d: CouncilDashboard): ChartTable {
  const h = d.headline;
  if (!h) return { columns: [], rows: [] };
  const rows: ChartTable['rows'] = [
    { figure: indexName(d.filters), value: h.index },
    { figure: 'Change since the comparison audit', value: h.change },
    { figure: 'Provisional', value: h.provisional ? 'Yes' : 'No' },
    { figure: 'Coverage (%)', value: Math.round(h.coverage * 1000) / 10 },
    { figure: 'Protocols counted', value: h.protocolLoad },
    { figure: 'Change in protocols counted', value: h.protocolLoadChange },
    ...classShares(h.classCounts).map((s) => ({ figure: s.label, value: s.count })),
    { figure: 'Mismatches', value: h.mismatches },
    { figure: 'Wider-environment index', value: h.widerIndex },
    { figure: 'Wider-environment protocols reported apart', value: h.widerProtocolLoad },
  ];
  return {
    columns: [
      { key: 'figure', label: 'Figure' },
      { key: 'value', label: 'Value', numeric: true },
    ],
    rows,
  };
}

function movers(d: CouncilDashboard): ChartTable {
  return {
    columns: [
      { key: 'name', label: 'Protocol' },
      { key: 'before', label: 'Score before', numeric: true },
      { key: 'after', label: 'Score after', numeric: true },
      { key: 'delta', label: 'Change', numeric: true },
      { key: 'change', label: 'What changed' },
      { key: 'effect', label: 'Effect' },
      { key: 'evidence', label: 'Evidence' },
    ],
    rows: d.movers.map((m) => ({
      name: m.name,
      before: m.before,
      after: m.after,
      delta: m.delta,
      change: moverChangeText(m, m.changedPrinciples.length),
      effect: moverEffectText(m),
      evidence: m.evidence.join('\n'),
    })),
  };
}

function mismatches(d: CouncilDashboard): ChartTable {
  return {
    columns: [
      { key: 'name', label: 'Protocol' },
      { key: 'category', label: 'Category' },
      { key: 'score', label: 'Score', numeric: true },
      { key: 'why', label: 'Why it is a mismatch' },
    ],
    rows: d.mismatches.map((m) => ({
      name: m.name,
      category: m.category,
      score: m.score,
      why: mismatchExplanation(m),
    })),
  };
}
