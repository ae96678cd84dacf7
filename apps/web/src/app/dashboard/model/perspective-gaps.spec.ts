import { aGapView } from '../testing/dashboard-builders';
import {
  gapSentence,
  principleGapSeries,
  principleGapSummary,
  principleGapTable,
} from './perspective-gaps';

describe('perspective gaps', () => {
  it('says who rates the council highest and lowest, and the gap between them', () => {
    expect(gapSentence(aGapView())).toBe(
      'Leadership rates the council highest (39.9) and frontline practitioners lowest (21.9): a gap of 18.0 points.',
    );
  });

  it('names the principle the perspectives disagree on most', () => {
    expect(principleGapSummary(aGapView())).toBe(
      'Of 2 principles compared, the perspectives differ most on Kindness and human worth, by 25.0 points (leadership 38.3, residents and people with lived experience 13.3).',
    );
  });

  it('tabulates each perspective’s principle index and the gap, for the perspectives present', () => {
    const view = aGapView({
      perspectives: [
        { perspective: 'leadership', index: 10 },
        { perspective: 'residents', index: -10 },
      ],
      byPrinciple: [
        { key: 'k', title: 'Kindness', values: { leadership: 10.04, residents: null }, gap: null },
      ],
    });
    const table = principleGapTable(view);
    expect(table.columns.map((c) => c.label)).toEqual([
      'Principle',
      'Leadership',
      'Residents',
      'Gap',
    ]);
    expect(table.rows).toEqual([
      { principle: 'Kindness', leadership: 10, residents: null, gap: null },
    ]);
    expect(principleGapSeries(view)).toEqual([
      { name: 'Kindness', series: [{ name: 'Leadership', value: 10 }] },
    ]);
  });

  it('explains when there is no gap to show', () => {
    expect(gapSentence(aGapView({ gap: null }))).toBe(
      'There is no gap to show: fewer than two perspectives have an index for this audit.',
    );
    expect(principleGapSummary(aGapView({ byPrinciple: [] }))).toBe(
      'No principle has ratings from two or more perspectives to compare.',
    );
  });
});
