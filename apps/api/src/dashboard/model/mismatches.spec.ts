import { aProtocol, anAudit, aView } from './dashboard-view.fixtures';
import { buildMismatches } from './mismatches';

describe('the mismatches panel', () => {
  it('lists the selected audit’s mismatched protocols, lowest score first', () => {
    const rows = buildMismatches(
      aView({
        audits: [anAudit('now')],
        protocols: [
          aProtocol('now', 'a', { mismatch: true, score: -25, name: 'A' }),
          aProtocol('now', 'b', { mismatch: false, score: -90 }),
          aProtocol('now', 'c', { mismatch: true, score: -60, name: 'C', context_need: 'mixed' }),
          aProtocol('now', 'd', { mismatch: null }),
        ],
      }),
    );
    expect(rows).toEqual([
      {
        protocolId: 'c',
        name: 'C',
        contextNeed: 'mixed',
        score: -60,
        category: 'Continuity of care',
      },
      {
        protocolId: 'a',
        name: 'A',
        contextNeed: 'relational',
        score: -25,
        category: 'Continuity of care',
      },
    ]);
  });
});
