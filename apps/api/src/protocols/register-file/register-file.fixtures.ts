/** Shared test data for the register-file specs. */
import type { FrameworkCategory, ProtocolFields } from '@rcp/api-contract';

export const CATEGORIES: FrameworkCategory[] = [
  {
    key: 'time-and-caseload',
    title: 'Time and caseload',
    description: '',
    scope: 'organisational',
  },
  {
    key: 'front-door-and-assessment',
    title: 'Front door, contact and assessment',
    description: '',
    scope: 'organisational',
  },
  { key: 'people-and-hr', title: 'People and HR', description: '', scope: 'organisational' },
  { key: 'wider-environment', title: 'Wider environment', description: '', scope: 'wider' },
];

export const HEADER =
  'Name,Description,Category,Type,Owner,Service area,Scope,Context need,Reach,Basis,Review date,Source links';

/** A CSV file from lines (CRLF line ends). */
export function csvFile(lines: string[], options: { bom?: boolean } = {}): Buffer {
  return Buffer.from((options.bom ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n', 'utf8');
}

export const context = (overrides: Partial<{ existingNames: string[]; maxRows: number }> = {}) => ({
  categories: CATEGORIES,
  existingNames: [],
  ...overrides,
});

export const CASELOAD: ProtocolFields = {
  name: 'Caseload size and weighting',
  description: 'How many families each practitioner holds at once.',
  category: 'time-and-caseload',
  type: 'policy',
  owner: 'Head of Children’s Services',
  serviceArea: 'Children’s social care',
  scope: 'organisational',
  contextNeed: 'relational',
  reach: 'high',
  basis: 'local-practice',
  reviewDate: '2026-03-31',
  sourceLinks: ['https://www.example.gov.uk/caseload'],
};

export const SPENDING_REVIEW: ProtocolFields = {
  name: 'Annual spending review settlement',
  description: '',
  category: 'wider-environment',
  type: 'budget',
  owner: '',
  serviceArea: 'Corporate finance',
  scope: 'wider',
  contextNeed: 'mixed',
  reach: 'medium',
  basis: 'statutory',
  reviewDate: null,
  sourceLinks: [],
};
