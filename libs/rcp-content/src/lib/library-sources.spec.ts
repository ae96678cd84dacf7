import { citedSources, LIBRARY_SOURCES } from './library-sources';
import { PROTOCOL_LIBRARY } from './protocol-library';

describe('where the library’s sources lead', () => {
  it('every source a library protocol cites leads to at least one web page', () => {
    const cited = PROTOCOL_LIBRARY.flatMap((p) =>
      (p.sourceNote.match(/^(S\d+(?:\s*,\s*S\d+)*)/)?.[1] ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean)
        .map((id) => `${p.key}: ${id}`),
    );
    expect(cited.length).toBeGreaterThan(40);
    expect(cited.filter((c) => !LIBRARY_SOURCES[c.split(': ')[1]]?.length)).toEqual([]);
  });

  it('splits a note into its cited pages and its own words', () => {
    const { sources, text } = citedSources('S39, S63: agency-heavy teams with high turnover.');
    expect(sources).toEqual([
      {
        id: 'S39',
        url: 'https://www.communitycare.co.uk/2017/02/16/government-reveals-average-social-worker-caseload/',
        site: 'communitycare.co.uk',
      },
      {
        id: 'S63',
        url: 'https://www.theguardian.com/social-care-network/2013/jul/17/recruiting-social-care-workers-with-the-right-values',
        site: 'theguardian.com',
      },
    ]);
    expect(text).toBe('agency-heavy teams with high turnover.');
  });

  it('leaves a note without citations as it is', () => {
    expect(citedSources('An inference from the examples above.')).toEqual({
      sources: [],
      text: 'An inference from the examples above.',
    });
  });
});
