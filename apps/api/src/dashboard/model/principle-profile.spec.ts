import { anAudit, aView } from './dashboard-view.fixtures';
import { buildPrincipleProfile } from './principle-profile';

describe('the principle profile', () => {
  const old = anAudit('old');
  const now = anAudit('now');
  const principleScores = [
    { audit_id: 'now', principle_key: 'continuity', index_score: 30 },
    { audit_id: 'old', principle_key: 'continuity', index_score: 10 },
    { audit_id: 'now', principle_key: 'autonomy', index_score: null },
  ];

  it('each principle of the framework, now and in the comparison audit', () => {
    expect(
      buildPrincipleProfile(aView({ audits: [old, now], compare: old, principleScores })),
    ).toEqual([
      { key: 'continuity', title: 'Continuity', current: 30, previous: 10 },
      { key: 'autonomy', title: 'Autonomy', current: null, previous: null },
    ]);
  });

  it('without a comparison audit the previous values are empty', () => {
    expect(
      buildPrincipleProfile(aView({ audits: [old, now], principleScores })).map((p) => p.previous),
    ).toEqual([null, null]);
  });
});
