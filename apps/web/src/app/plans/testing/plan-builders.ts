import type { NetworkPlanRow, PlanChange, PlanFigures, PlanProjection } from '@rcp/api-contract';

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

function figures(index: number, coverage = 1): PlanFigures {
  const share = { count: 0, share: 0 };
  return {
    index,
    coverage,
    provisional: false,
    classCounts: { enabling: 0, mixed: 0, neutral: 0, inhibiting: 0, unscored: 0 },
    protocolLoad: 45,
    mismatchCount: 6,
    widerIndex: null,
    widerProtocolLoad: 0,
    widerMismatchCount: 0,
    classShares: {
      enabling: share,
      mixed: share,
      neutral: share,
      inhibiting: share,
      unscored: share,
    },
  };
}

/** A projection on the audit `audit-2` (39.92 → `after`), of the changes `selectedIds`. */
export function aProjection(
  overrides: Partial<PlanProjection> & { afterIndex?: number } = {},
): PlanProjection {
  const { afterIndex = 45.2, ...rest } = overrides;
  return {
    audit: {
      id: 'audit-2',
      label: 'H1 2024 (January to June)',
      status: 'submitted',
      periodEnd: '2024-06-30',
      submittedAt: '2024-07-15T10:00:00.000Z',
      frameworkVersion: 1,
    },
    before: figures(39.92),
    after: figures(afterIndex),
    indexDelta: afterIndex - 39.92,
    widerIndexDelta: null,
    protocolLoadDelta: 0,
    mismatchDelta: 0,
    selectedIds: ['c-1'],
    changes: [],
    ...rest,
  };
}

/** A council's line of the network's plans (GET /network/plans). */
export function aPlanRow(overrides: Partial<NetworkPlanRow> = {}): NetworkPlanRow {
  return {
    councilId: 'c',
    councilName: 'A council',
    proposed: 0,
    agreed: 0,
    inProgress: 0,
    done: 0,
    dropped: 0,
    overdue: 0,
    total: 0,
    ...overrides,
  };
}
