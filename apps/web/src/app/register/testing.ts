import {
  FrameworkCategory,
  ImportPreview,
  ImportPreviewRow,
  LibraryProtocol,
  Protocol,
  ProtocolAuditStory,
  ProtocolRatingStory,
  ProtocolStory,
} from '@rcp/api-contract';

/** Test data builders for the register's pages. */

let nextId = 1;

export function aProtocol(overrides: Partial<Protocol> = {}): Protocol {
  const id = `protocol-${nextId++}`;
  return {
    id,
    councilId: 'council-1',
    name: 'Caseload size and weighting',
    description: 'How many families each practitioner holds at once.',
    category: 'time-and-caseload',
    type: 'policy',
    owner: 'Head of Children’s Services',
    serviceArea: "Children's social care",
    scope: 'organisational',
    contextNeed: 'relational',
    reach: 'high',
    basis: 'local-practice',
    reviewDate: '2027-03-31',
    sourceLinks: [],
    status: 'active',
    libraryKey: null,
    retiredAt: null,
    retiredReason: null,
    createdAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-01-10T09:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

export const CATEGORIES: FrameworkCategory[] = [
  {
    key: 'time-and-caseload',
    title: 'Time and caseload',
    description: 'How much time staff have for people.',
    scope: 'organisational',
  },
  {
    key: 'money-and-debt',
    title: 'Money, payments and debt',
    description: 'Charging, payment and arrears.',
    scope: 'organisational',
  },
  {
    key: 'wider-environment',
    title: 'Wider environment',
    description: 'National policy the council shapes but does not control.',
    scope: 'wider',
  },
];

export function aLibraryProtocol(overrides: Partial<LibraryProtocol> = {}): LibraryProtocol {
  return {
    key: 'caseload-size',
    name: 'Caseload size and weighting',
    category: 'time-and-caseload',
    type: 'policy',
    serviceArea: "Children's social care",
    scope: 'organisational',
    contextNeed: 'relational',
    reach: 'high',
    basis: 'local-practice',
    description: 'How many families each practitioner holds at once.',
    inhibitingExemplar: 'Cases go to whoever has a gap.',
    enablingExemplar: 'Caseloads are capped and weighted.',
    sourceNote: 'S39, S40.',
    sources: [
      { id: 'S39', url: 'https://www.communitycare.co.uk/caseloads', site: 'communitycare.co.uk' },
    ],
    sourceText: '',
    ...overrides,
  };
}

export function aPreviewRow(overrides: Partial<ImportPreviewRow> = {}): ImportPreviewRow {
  return {
    line: 2,
    values: {
      name: 'Rent arrears letters',
      description: '',
      category: 'money-and-debt',
      type: 'procedure',
      owner: '',
      serviceArea: 'Housing',
      scope: 'organisational',
      contextNeed: 'mixed',
      reach: 'high',
      basis: 'assumed',
      reviewDate: null,
      sourceLinks: [],
    },
    errors: [],
    ...overrides,
  };
}

export function aPreview(rows: ImportPreviewRow[], fileErrors: string[] = []): ImportPreview {
  const errorCount = rows.reduce((n, r) => n + r.errors.length, 0);
  const validRows = rows.filter((r) => r.errors.length === 0).length;
  return {
    rows,
    fileErrors,
    validRows,
    errorCount,
    canImport: fileErrors.length === 0 && errorCount === 0 && validRows > 0,
  };
}

/** A protocol's story: two submitted audits (the first a mismatch) and a draft. */
export function aStory(overrides: Partial<ProtocolStory> = {}): ProtocolStory {
  const rating = (over: Partial<ProtocolRatingStory> = {}): ProtocolRatingStory => ({
    principleKey: 'continuity',
    principleTitle: 'Continuity of relationship',
    perspective: 'leadership',
    value: -2,
    evidenceText: 'Cases close after six weeks whatever the need',
    evidenceDate: '2025-03-20',
    evidenceUrl: null,
    carriedForward: false,
    ratedAt: '2025-03-25T10:00:00.000Z',
    ratedBy: 'Sam Patel',
    ...over,
  });
  const audit = (over: Partial<ProtocolAuditStory>): ProtocolAuditStory => ({
    auditId: 'audit-1',
    label: 'H1 2025 (January to June)',
    periodStart: '2025-01-01',
    periodEnd: '2025-06-30',
    status: 'submitted',
    submittedAt: '2025-07-10T10:00:00.000Z',
    frameworkVersion: 1,
    scores: [{ perspective: 'leadership', score: -60, class: 'inhibiting', mismatch: true }],
    ratings: [rating()],
    ...over,
  });
  return {
    protocol: aProtocol({ libraryKey: 'case-closure', version: 3 }),
    audits: [
      audit({}),
      audit({
        auditId: 'audit-2',
        label: 'H2 2025 (July to December)',
        periodStart: '2025-07-01',
        periodEnd: '2025-12-31',
        scores: [
          { perspective: 'leadership', score: 12.5, class: 'neutral', mismatch: false },
          { perspective: 'frontline', score: -20, class: 'neutral', mismatch: false },
        ],
        ratings: [rating({ value: 1, evidenceText: null, evidenceDate: null })],
      }),
    ],
    library: {
      key: 'case-closure',
      name: 'Case closure rules',
      category: 'time-and-caseload',
      type: 'policy',
      serviceArea: "Children's social care",
      scope: 'organisational',
      contextNeed: 'relational',
      reach: 'high',
      basis: 'local-practice',
      description: 'When a case must close.',
      inhibitingExemplar: 'Cases close at six weeks whatever the need.',
      enablingExemplar: 'Cases stay open while the family still needs the worker.',
      sourceNote: 'Common practice in children’s services.',
      sources: [],
      sourceText: 'Common practice in children’s services.',
    },
    registerChanges: [
      {
        id: '3',
        occurredAt: '2026-01-12T09:00:00.000Z',
        action: 'protocol.updated',
        actor: 'Sam Patel',
        changedFields: ['owner', 'reach'],
        reason: null,
      },
      {
        id: '1',
        occurredAt: '2026-01-10T09:00:00.000Z',
        action: 'protocol.created',
        actor: 'Sam Patel',
        changedFields: [],
        reason: null,
      },
    ],
    plannedChanges: [
      {
        id: 'change-1',
        kind: 'amend',
        title: 'Keep cases open while needed',
        status: 'agreed',
        priority: 'high',
        dueDate: '2026-09-30',
        owner: 'Jo Brown',
      },
    ],
    ...overrides,
  };
}
