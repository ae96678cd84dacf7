import type { ContextNeedValue } from './frameworks';

export const PROTOCOL_TYPES = [
  'policy',
  'procedure',
  'permission',
  'performance-measure',
  'contract',
  'system-data',
  'budget',
  'hr',
  'governance',
] as const;
export type ProtocolType = (typeof PROTOCOL_TYPES)[number];
export const PROTOCOL_TYPE_LABELS: Record<ProtocolType, string> = {
  policy: 'Policy',
  procedure: 'Procedure',
  permission: 'Permission',
  'performance-measure': 'Performance measure',
  contract: 'Contract or commissioning',
  'system-data': 'System or data',
  budget: 'Budget',
  hr: 'HR',
  governance: 'Governance',
};

export const PROTOCOL_SCOPE_VALUES = ['organisational', 'wider'] as const;
export type ProtocolScopeValue = (typeof PROTOCOL_SCOPE_VALUES)[number];
export const PROTOCOL_SCOPE_LABELS: Record<ProtocolScopeValue, string> = {
  organisational: 'Organisational protocol',
  wider: 'Wider environment',
};

export const REACH_VALUES = ['low', 'medium', 'high'] as const;
export type ReachValue = (typeof REACH_VALUES)[number];

/** Where a rule comes from – the Permissions Game asks which rules are real and which assumed. */
export const PROTOCOL_BASES = ['statutory', 'council-policy', 'local-practice', 'assumed'] as const;
export type ProtocolBasisValue = (typeof PROTOCOL_BASES)[number];
export const PROTOCOL_BASIS_LABELS: Record<ProtocolBasisValue, string> = {
  statutory: 'Statutory duty',
  'council-policy': 'Council policy',
  'local-practice': 'Local practice',
  assumed: 'Assumed (nobody has checked)',
};

export interface ProtocolFields {
  name: string;
  description: string;
  /** A category key of the framework version. */
  category: string;
  type: ProtocolType;
  owner: string;
  serviceArea: string;
  scope: ProtocolScopeValue;
  contextNeed: ContextNeedValue;
  reach: ReachValue;
  basis: ProtocolBasisValue;
  /** ISO date (YYYY-MM-DD) or null. */
  reviewDate: string | null;
  sourceLinks: string[];
}

export interface Protocol extends ProtocolFields {
  id: string;
  councilId: string;
  status: 'active' | 'retired';
  libraryKey: string | null;
  retiredAt: string | null;
  retiredReason: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export type CreateProtocolRequest = Omit<
  ProtocolFields,
  'reviewDate' | 'sourceLinks' | 'owner' | 'description'
> &
  Partial<Pick<ProtocolFields, 'reviewDate' | 'sourceLinks' | 'owner' | 'description'>>;

export type UpdateProtocolRequest = Partial<ProtocolFields> & { version: number };

export interface RetireProtocolRequest {
  reason: string;
  version: number;
}

export interface LibraryProtocol {
  key: string;
  name: string;
  category: string;
  type: ProtocolType;
  serviceArea: string;
  scope: ProtocolScopeValue;
  contextNeed: ContextNeedValue;
  reach: ReachValue;
  basis: ProtocolBasisValue;
  description: string;
  inhibitingExemplar: string;
  enablingExemplar: string;
  sourceNote: string;
}

export interface AddFromLibraryRequest {
  keys: string[];
}

export interface ImportCellError {
  /** 1-based line in the file, counting the header as line 1. */
  line: number;
  column: string;
  message: string;
}

export interface ImportPreviewRow {
  line: number;
  values: Partial<ProtocolFields>;
  errors: ImportCellError[];
}

export interface ImportPreview {
  rows: ImportPreviewRow[];
  /** Problems with the file as a whole (unknown format, missing columns, too many rows). */
  fileErrors: string[];
  validRows: number;
  errorCount: number;
  /** True when the file can be imported as it is. */
  canImport: boolean;
}

export interface ImportResult {
  created: number;
}
