import { aProtocol, anAudit, aView } from './dashboard-view.fixtures';
import { headlineClassCounts } from './headline-class-counts';

describe('the headline class counts', () => {
  it('counts each protocol of the selected audit once by its class, unscored when it has none', () => {
    const v = aView({
      audits: [anAudit('old'), anAudit('now')],
      protocols: [
        aProtocol('now', 'a', { class: 'enabling' }),
        aProtocol('now', 'b', { class: 'enabling' }),
        aProtocol('now', 'c', { class: 'inhibiting' }),
        aProtocol('now', 'd', { class: 'mixed' }),
        aProtocol('now', 'e', { class: null, score: null }),
        aProtocol('old', 'f', { class: 'neutral' }),
      ],
    });
    expect(headlineClassCounts(v)).toEqual({
      enabling: 2,
      mixed: 1,
      neutral: 0,
      inhibiting: 1,
      unscored: 1,
    });
  });

  it('counts only the protocols that match the filters', () => {
    const v = aView({
      audits: [anAudit('now')],
      filters: { serviceArea: 'Housing', scope: null },
      protocols: [
        aProtocol('now', 'a', { service_area: 'Housing', class: null, score: null }),
        aProtocol('now', 'b', { service_area: 'Waste', class: 'enabling' }),
      ],
    });
    // Filtered views score again: with no ratings the housing protocol is unscored.
    expect(headlineClassCounts(v)).toEqual({
      enabling: 0,
      mixed: 0,
      neutral: 0,
      inhibiting: 0,
      unscored: 1,
    });
  });
});
