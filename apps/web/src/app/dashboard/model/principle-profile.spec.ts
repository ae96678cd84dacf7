import { anAudit, aProfilePoint } from '../testing/dashboard-builders';
import { profileSeries, profileSummary, profileTable } from './principle-profile';

const now = anAudit({ label: 'H1 2026 (January to June)' });
const before = anAudit({ id: 'b', label: 'H2 2025 (July to December)' });
const profile = [
  aProfilePoint({ key: 'trust', title: 'Mutual trust', current: 51.666, previous: 30.1 }),
  aProfilePoint({ key: 'fairness', title: 'Fairness', current: 27.2, previous: 30 }),
  aProfilePoint({ key: 'continuity', title: 'Continuity', current: 40, previous: 40.01 }),
  aProfilePoint({ key: 'reciprocity', title: 'Reciprocity', current: null, previous: 5 }),
];

describe('the principle profile', () => {
  it('names the strongest and weakest principle and counts those that rose and fell', () => {
    expect(profileSummary(profile, now, before)).toBe(
      'Mutual trust is the strongest principle in H1 2026 (51.7) and Fairness the weakest (27.2); since H2 2025, 1 principle rose, 1 principle fell and 1 principle stayed the same.',
    );
  });

  it('leaves out the comparison when there is no earlier audit', () => {
    expect(profileSummary(profile, now, null)).toBe(
      'Mutual trust is the strongest principle in H1 2026 (51.7) and Fairness the weakest (27.2).',
    );
  });

  it('tabulates each principle now, then and the change, with the audits as column names', () => {
    const table = profileTable(profile, now, before);
    expect(table.columns.map((c) => c.label)).toEqual([
      'Principle',
      'H1 2026',
      'H2 2025',
      'Change',
    ]);
    expect(table.rows[0]).toEqual({
      principle: 'Mutual trust',
      current: 51.7,
      previous: 30.1,
      change: 21.6,
    });
    expect(table.rows[3]).toEqual({
      principle: 'Reciprocity',
      current: null,
      previous: 5,
      change: null,
    });
  });

  it('draws a bar only where there is a value, never a zero for a missing one', () => {
    const series = profileSeries(profile, 'H1 2026', 'H2 2025');
    expect(series[3]).toEqual({ name: 'Reciprocity', series: [{ name: 'H2 2025', value: 5 }] });
    expect(profileSeries(profile, 'H1 2026', null).map((g) => g.name)).toEqual([
      'Mutual trust',
      'Fairness',
      'Continuity',
    ]);
  });

  it('says so when nothing is rated', () => {
    expect(profileSummary([aProfilePoint({ current: null })], now, null)).toBe(
      'No principle has a rating in H1 2026.',
    );
  });
});
