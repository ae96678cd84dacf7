import type { PlanChange } from '@rcp/api-contract';

export function aChange(overrides: Partial<PlanChange> = {}): PlanChange {
  return {
    id: 'c-1',
    councilId: 'council-1',
    kind: 'amend',
    protocolId: 'p-a',
    protocol: null,
    newProtocol: null,
    resultProtocolId: null,
    title: 'Amend home care slots',
    rationale: '',
    owner: null,
    ownerTeam: null,
    dueDate: null,
    priority: 'medium',
    status: 'agreed',
    statusChangedAt: '2026-01-01T00:00:00.000Z',
    statusChangedBy: null,
    agreedAt: null,
    targetRatings: {},
    overdue: false,
    noteCount: 0,
    createdAt: '2026-01-01T00:00:00.000Z',
    createdBy: null,
    updatedAt: '2026-01-01T00:00:00.000Z',
    version: 1,
    ...overrides,
  };
}
