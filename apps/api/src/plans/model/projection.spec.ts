import type { FrameworkScoring } from '@rcp/api-contract';
import { DEFAULT_SCORING_PARAMETERS, projectPlanChanges, ProtocolInput } from '@rcp/scoring';
import type { PlanChangeRow } from '../plan-changes.repository';
import { changeToProject, projectableChange, projectedLine, projectionLine } from './projection';

// The projection's rules are tested in @rcp/scoring (plan-projection.spec.ts); here only the
// API's adapter: a stored row in, the contract's line out.

const scoring: FrameworkScoring = {
  ...(DEFAULT_SCORING_PARAMETERS as unknown as Omit<FrameworkScoring, 'principles'>),
  principles: [
    { key: 'a', weight: 1, contexts: ['relational', 'mixed'], relational: true },
    { key: 'b', weight: 1, contexts: ['relational', 'transactional', 'mixed'], relational: false },
  ],
};

const at = new Date('2026-01-01T00:00:00Z');
const row = (o: Partial<PlanChangeRow>): PlanChangeRow => ({
  id: 'c1',
  council_id: 'council',
  kind: 'amend',
  protocol_id: 'p1',
  new_protocol: null,
  result_protocol_id: null,
  title: 'Amend visits',
  rationale: '',
  owner_user_id: null,
  owner_name: null,
  owner_team: null,
  due_date: null,
  priority: 'medium',
  status: 'agreed',
  status_changed_at: at,
  status_changed_by: null,
  status_changed_by_name: null,
  agreed_at: null,
  target_ratings: {},
  version: 1,
  created_at: at,
  created_by: null,
  created_by_name: null,
  updated_at: at,
  note_count: 0,
  p_name: 'Visits',
  p_category: null,
  p_service_area: null,
  p_scope: null,
  p_context_need: null,
  p_reach: null,
  p_status: null,
  p_library_key: null,
  ...o,
});

const p1: ProtocolInput = {
  id: 'p1',
  category: 'x',
  serviceArea: 'Housing',
  scope: 'organisational',
  contextNeed: 'transactional',
  reach: 'high',
  ratings: { b: -2 },
};

describe('changeToProject', () => {
  it('reads the row’s columns as the library’s input', () => {
    expect(
      changeToProject(row({ status: 'proposed', kind: 'retire', target_ratings: { b: 1 } })),
    ).toEqual({
      id: 'c1',
      kind: 'retire',
      status: 'proposed',
      protocolId: 'p1',
      newProtocol: null,
      targetRatings: { b: 1 },
    });
  });
});

describe('projection lines', () => {
  it('names the protocol changed, or the one introduced', () => {
    expect(projectionLine(row({}), true, null).protocolName).toBe('Visits');
    const introduce = row({
      kind: 'introduce',
      protocol_id: null,
      p_name: null,
      new_protocol: {
        name: 'Charter',
        category: 'x',
        type: 'policy',
        serviceArea: 'Housing',
        scope: 'organisational',
        contextNeed: 'relational',
        reach: 'low',
        libraryKey: null,
      },
    });
    expect(projectionLine(introduce, false, 'why')).toMatchObject({
      protocolName: 'Charter',
      selected: false,
      skippedReason: 'why',
      contribution: null,
    });
  });

  it('states a projected change in the contract’s shape, and nothing more', () => {
    const rows = [row({ target_ratings: { b: 2 } }), row({ id: 'c2', protocol_id: 'gone' })];
    const p = projectPlanChanges(scoring, [p1], rows.map(projectableChange), {
      includeProposed: false,
      include: [],
      exclude: [],
    });
    const lines = p.changes.map(projectedLine);
    expect(lines[0]).toEqual({
      changeId: 'c1',
      title: 'Amend visits',
      kind: 'amend',
      status: 'agreed',
      protocolId: 'p1',
      protocolName: 'Visits',
      selected: true,
      skippedReason: null,
      contribution: p.indexDelta,
      scoreBefore: -100,
      scoreAfter: 100,
      classBefore: 'inhibiting',
      classAfter: 'enabling',
      mismatchBefore: false,
      mismatchAfter: false,
    });
    expect(lines[1]).toMatchObject({
      changeId: 'c2',
      selected: false,
      skippedReason: 'The protocol is not in the audit.',
    });
  });
});
