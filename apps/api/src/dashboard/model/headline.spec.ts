import type { AuditRating } from '@rcp/api-contract';
import { scoreAudit } from '@rcp/scoring';
import { protocolInputs } from '../../audits/audit-scoring';
import { aProtocol, anAudit, aRating, aView, FRAMEWORK } from './dashboard-view.fixtures';
import { buildHeadline } from './headline';

describe('the dashboard headline', () => {
  it('counts organisational protocols, and the wider environment apart, unless filtered to it', () => {
    const now = anAudit('now', { index_score: 10, wider_index: -40 });
    const protocols = [
      aProtocol('now', 'a', { class: 'enabling', score: 40 }),
      aProtocol('now', 'w1', { scope: 'wider', class: 'inhibiting', score: -40, mismatch: true }),
      aProtocol('now', 'w2', { scope: 'wider', class: 'inhibiting', score: -40 }),
    ];
    const h = buildHeadline(aView({ audits: [now], protocols }));
    expect(h).toMatchObject({
      scope: 'organisational',
      classCounts: { enabling: 1, inhibiting: 0, unscored: 0 },
      protocolLoad: 1,
      mismatches: 0,
      widerProtocolLoad: 2,
    });
  });

  it('unfiltered: the stored index, its change and the change in load since the comparison audit', () => {
    const old = anAudit('old', { index_score: 20 });
    const now = anAudit('now', {
      index_score: 35.5,
      wider_index: -4,
      coverage: 0.75,
      provisional: true,
    });
    const h = buildHeadline(
      aView({
        audits: [old, now],
        compare: old,
        protocols: [
          aProtocol('old', 'a'),
          aProtocol('now', 'a', { class: 'enabling', score: 40 }),
          aProtocol('now', 'b', { class: 'inhibiting', score: -30, mismatch: true }),
          aProtocol('now', 'c', { class: null, score: null, mismatch: null }),
        ],
      }),
    );
    expect(h).toEqual({
      index: 35.5,
      change: 15.5,
      provisional: true,
      coverage: 0.75,
      classCounts: { enabling: 1, mixed: 0, neutral: 0, inhibiting: 1, unscored: 1 },
      mismatches: 1,
      protocolLoad: 3,
      protocolLoadChange: 2,
      widerIndex: -4,
      scope: 'organisational',
      widerProtocolLoad: 0,
    });
  });

  it('without a comparison audit there is no change', () => {
    const h = buildHeadline(aView({ audits: [anAudit('now', { index_score: null })] }));
    expect(h).toMatchObject({ index: null, change: null, protocolLoadChange: null });
  });

  it('filtered by service area: the index is the scoring lib’s on the matching protocols only', () => {
    const old = anAudit('old');
    const now = anAudit('now');
    const protocols = [
      aProtocol('old', 'a', { service_area: 'Housing' }),
      aProtocol('now', 'a', { service_area: 'Housing' }),
      aProtocol('now', 'b', { service_area: 'Housing', reach: 'low' }),
      aProtocol('now', 'c', { service_area: 'Waste' }),
    ];
    const ratings = [
      aRating('old', 'a', 'continuity', -1),
      aRating('old', 'a', 'autonomy', -1),
      aRating('now', 'a', 'continuity', 2, 'Named worker'),
      aRating('now', 'a', 'autonomy', 1),
      aRating('now', 'b', 'continuity', -2, 'Rota changes weekly'),
      aRating('now', 'b', 'autonomy', -1),
      aRating('now', 'c', 'continuity', 2, 'Other service'),
    ];
    const lib = (auditId: string) =>
      scoreAudit(
        FRAMEWORK.scoring,
        protocolInputs(
          protocols
            .filter((p) => p.audit_id === auditId && p.service_area === 'Housing')
            .map((p) => ({
              id: p.protocol_id,
              name: p.name,
              category: p.category,
              type: p.type,
              serviceArea: p.service_area,
              scope: p.scope,
              contextNeed: p.context_need,
              reach: p.reach,
            })),
          ratings
            .filter((r) => r.audit_id === auditId)
            .map(
              (r) =>
                ({
                  protocolId: r.protocol_id,
                  principleKey: r.principle_key,
                  perspective: 'leadership',
                  value: r.value,
                }) as AuditRating,
            ),
          'leadership',
        ),
      );
    const h = buildHeadline(
      aView({
        audits: [old, now],
        compare: old,
        filters: { serviceArea: 'Housing', scope: null },
        protocols,
        ratings,
      }),
    );
    expect(h.index).toBe(lib('now').index);
    expect(h.change).toBe((lib('now').index as number) - (lib('old').index as number));
    expect(h.coverage).toBe(lib('now').coverage);
    expect(h.protocolLoad).toBe(2);
    expect(h.protocolLoadChange).toBe(1);
    expect(h.classCounts.enabling + h.classCounts.inhibiting + h.classCounts.mixed).toBe(2);
  });

  it('filtered to the wider environment: the wider index is the headline index', () => {
    const now = anAudit('now', { index_score: 99 });
    const h = buildHeadline(
      aView({
        audits: [now],
        filters: { serviceArea: null, scope: 'wider' },
        protocols: [aProtocol('now', 'w', { scope: 'wider' })],
        ratings: [aRating('now', 'w', 'continuity', 1), aRating('now', 'w', 'autonomy', 1)],
      }),
    );
    expect(h.index).not.toBeNull();
    expect(h.index).toBe(h.widerIndex);
    expect(h.index).not.toBe(99);
  });
});
