import { aGapView } from '../testing/dashboard-builders';
import {
  gapSentence,
  principleGapSeries,
  principleGapSummary,
  principleGapTable,
  shownGap,
} from './perspective-gaps';

describe('perspective gaps', () => {
  it('says who rates the council highest and lowest, and the gap between them', () => {
    expect(gapSentence(aGapView())).toBe(
      'Leadership rates the council highest (39.9) and frontline practitioners lowest (21.9): a gap of 18.0 points.',
    );
  });

  it('gives the gap between the figures as shown, so the sentence adds up', () => {
    const view = aGapView({
      perspectives: [
        { perspective: 'leadership', index: 47.94 },
        { perspective: 'frontline', index: 33.06 },
      ],
      gap: { high: 'leadership', low: 'frontline', size: 14.88 },
      byPrinciple: [
        {
          key: 'r',
          title: 'Relationships first',
          values: { leadership: 55.56, frontline: 45.96 },
          gap: 9.6,
        },
      ],
    });
    // 47.9 − 33.1 = 14.8 on the page, though the unrounded gap would round to 14.9.
    expect(gapSentence(view)).toContain(
      '(47.9) and frontline practitioners lowest (33.1): a gap of 14.8 points.',
    );
    expect(shownGap([47.94, 33.06])).toBe(14.8);
    expect(principleGapTable(view).rows).toEqual([
      { principle: 'Relationships first', leadership: 55.6, frontline: 46, gap: 9.6 },
    ]);
    expect(shownGap([1])).toBeNull();
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
