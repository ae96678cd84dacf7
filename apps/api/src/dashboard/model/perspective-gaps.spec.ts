import type { DashboardPerspectiveGapsRow } from '../dashboard.repository';
import { anAudit, aView } from './dashboard-view.fixtures';
import { buildPerspectiveGaps } from './perspective-gaps';

describe('the perspective gaps panel', () => {
  const withTwo = anAudit('now', { perspectives: ['leadership', 'frontline'] });
  const stored: DashboardPerspectiveGapsRow = {
    perspective_indexes: { leadership: 40, frontline: 10 },
    gap: { high: 'leadership', low: 'frontline', size: 30 },
    principle_gaps: [
      { key: 'continuity', indexes: { leadership: 50, frontline: 5 }, gap: { size: 45 } },
      { key: 'autonomy', indexes: { leadership: 1 }, gap: null },
    ],
  };

  it('shows each perspective’s index and the gaps by principle, from the stored summary', () => {
    expect(buildPerspectiveGaps(aView({ audits: [withTwo], perspectiveGaps: stored }))).toEqual({
      perspectives: [
        { perspective: 'leadership', index: 40 },
        { perspective: 'frontline', index: 10 },
      ],
      gap: { high: 'leadership', low: 'frontline', size: 30 },
      byPrinciple: [
        {
          key: 'continuity',
          title: 'Continuity',
          values: { leadership: 50, frontline: 5 },
          gap: 45,
        },
        { key: 'autonomy', title: 'Autonomy', values: { leadership: 1 }, gap: null },
      ],
    });
  });

  it('is empty for one perspective, and for a filtered view', () => {
    expect(buildPerspectiveGaps(aView({ audits: [anAudit('now')] }))).toBeNull();
    expect(
      buildPerspectiveGaps(
        aView({
          audits: [withTwo],
          perspectiveGaps: stored,
          filters: { serviceArea: 'Housing', scope: null },
        }),
      ),
    ).toBeNull();
  });
});
