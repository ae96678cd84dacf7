import { buildClassBreakdown } from './class-breakdown';
import { aProtocol, anAudit, aView } from './dashboard-view.fixtures';

describe('the class breakdown', () => {
  it('counts the selected audit’s protocols by class per category title and per service area', () => {
    const b = buildClassBreakdown(
      aView({
        audits: [anAudit('now')],
        protocols: [
          aProtocol('now', 'a', {
            category: 'time-and-caseload',
            service_area: 'Waste',
            class: 'enabling',
          }),
          aProtocol('now', 'b', {
            category: 'continuity',
            service_area: 'Housing',
            class: 'enabling',
          }),
          aProtocol('now', 'c', { category: 'continuity', service_area: 'Housing', class: null }),
        ],
      }),
    );
    const counts = { enabling: 0, mixed: 0, neutral: 0, inhibiting: 0, unscored: 0 };
    expect(b.byCategory).toEqual([
      { ...counts, key: 'continuity', title: 'Continuity of care', enabling: 1, unscored: 1 },
      { ...counts, key: 'time-and-caseload', title: 'Time and caseload', enabling: 1 },
    ]);
    expect(b.byServiceArea).toEqual([
      { ...counts, key: 'Housing', title: 'Housing', enabling: 1, unscored: 1 },
      { ...counts, key: 'Waste', title: 'Waste', enabling: 1 },
    ]);
  });
});
