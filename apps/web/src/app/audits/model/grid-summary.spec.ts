import { anAudit } from '../testing/builders';
import { gridSummary, shownHeadline } from './grid-summary';

describe('the summary beside the grid', () => {
  const stored = { ...anAudit().headline, index: 10, coverage: 0.5, provisional: true };
  const live = { ...stored, index: 42.25, coverage: 0.75, provisional: false };

  it('a draft shows the live headline, a submitted audit the stored one', () => {
    expect(shownHeadline({ status: 'draft', headline: stored }, live)).toBe(live);
    expect(shownHeadline({ status: 'draft', headline: stored }, undefined)).toBe(stored);
    expect(shownHeadline({ status: 'submitted', headline: stored }, live)).toBe(stored);
  });

  it('gives the index, coverage and provisional state in words', () => {
    expect(gridSummary({ status: 'draft', headline: stored }, live)).toEqual({
      index: '+42.3',
      coverage: '75.0%',
      provisional: 'provisional until submitted',
      status: 'draft',
    });
    expect(gridSummary({ status: 'submitted', headline: stored }, live)).toEqual({
      index: '+10.0',
      coverage: '50.0%',
      provisional: 'provisional: low coverage',
      status: 'submitted',
    });
    expect(gridSummary(null, live)).toBeNull();
  });
});
