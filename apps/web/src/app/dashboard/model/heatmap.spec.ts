import { aHeatmapRow } from '../testing/dashboard-builders';
import { HEAT_LEGEND, heatCell, heatmapSummary, heatmapTable } from './heatmap';

type Context = 'relational' | 'transactional' | 'mixed';
const EVERYWHERE: Context[] = ['relational', 'transactional', 'mixed'];
const principles = [
  { key: 'continuity', title: 'Continuity', contexts: ['relational', 'mixed'] as Context[] },
  { key: 'trust', title: 'Mutual trust', contexts: EVERYWHERE },
  { key: 'kindness', title: 'Kindness', contexts: EVERYWHERE },
];

describe('the heat map of ratings', () => {
  it('shows every rating as a number with a sign as well as a colour', () => {
    expect([2, 1, 0, -1, -2].map((v) => heatCell(v).text)).toEqual(['+2', '+1', '0', '−1', '−2']);
    expect(heatCell(2)).toEqual({ text: '+2', label: 'strongly enables', tone: 'plus2' });
    expect(heatCell(-2)).toEqual({ text: '−2', label: 'strongly inhibits', tone: 'minus2' });
  });

  it('tells "not applicable" apart from "not rated"', () => {
    expect(heatCell(null)).toEqual({ text: 'N/A', label: 'not applicable', tone: 'na' });
    expect(heatCell(undefined)).toEqual({ text: '–', label: 'not rated', tone: 'unrated' });
  });

  it('leaves a cell blank, and says why, where the principle does not apply to the service', () => {
    expect(heatCell(undefined, false)).toEqual({
      text: '',
      label: 'does not apply to this kind of service',
      tone: 'outside',
    });
    // Even a stray stored rating is outside the audit there.
    expect(heatCell(1, false).tone).toBe('outside');
  });

  it('has a legend entry for every kind of cell, each with its own symbol', () => {
    const texts = HEAT_LEGEND.map((c) => c.text);
    expect(new Set(texts).size).toBe(8);
    expect(HEAT_LEGEND.map((c) => c.label)).toEqual([
      'strongly enables',
      'enables',
      'no effect',
      'inhibits',
      'strongly inhibits',
      'not applicable',
      'not rated',
      'does not apply to this kind of service',
    ]);
  });

  it('sums up in one sentence how many ratings enable, inhibit or are missing', () => {
    const heatmap = {
      principles,
      rows: [
        aHeatmapRow({ cells: { continuity: 2, trust: -1, kindness: null } }),
        aHeatmapRow({ protocolId: 'p-2', cells: { continuity: 0 } }),
        // Continuity does not apply to a transactional service: its cell is not "not rated".
        aHeatmapRow({ protocolId: 'p-3', contextNeed: 'transactional', cells: { trust: 1 } }),
      ],
    };
    expect(heatmapSummary(heatmap, 'H1 2026')).toBe(
      'Of the 8 cells for 3 protocols and 3 principles in H1 2026, 2 enable (+1 or +2), 1 inhibits (−1 or −2), 1 has no effect, 1 is not applicable and 3 are not rated. A further 1 cell is left blank: the principle does not apply to that kind of service.',
    );
  });

  it('gives the same cells as a plain table: ratings as numbers, N/A, or empty when not rated', () => {
    const table = heatmapTable({
      principles,
      rows: [
        aHeatmapRow({ score: -59.96, cells: { continuity: -2, trust: null } }),
        aHeatmapRow({ contextNeed: 'transactional', cells: { trust: 1 } }),
      ],
    });
    expect(table.columns.map((c) => c.label)).toEqual([
      'Protocol',
      'Category',
      'Service area',
      'Scope',
      'Score',
      'Class',
      'Continuity',
      'Mutual trust',
      'Kindness',
    ]);
    expect(table.rows[0]).toEqual({
      protocol: 'Home care visit length',
      category: 'Commissioning and contracts',
      serviceArea: 'Adult social care',
      scope: 'Organisational',
      score: -60,
      class: 'Inhibiting',
      'p:continuity': -2,
      'p:trust': 'N/A',
      'p:kindness': null,
    });
    expect(table.rows[1]).toMatchObject({
      'p:continuity': 'Does not apply',
      'p:trust': 1,
      'p:kindness': null,
    });
  });

  it('says so when no protocol matches the filters', () => {
    expect(heatmapSummary({ principles, rows: [] }, 'H1 2026')).toBe(
      'No protocols match these filters, so there is nothing to map.',
    );
  });
});
