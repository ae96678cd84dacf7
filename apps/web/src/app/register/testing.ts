import {
  FrameworkCategory,
  ImportPreview,
  ImportPreviewRow,
  LibraryProtocol,
  Protocol,
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
