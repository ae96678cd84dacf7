import type {
  ContextNeed,
  ProtocolBasis,
  ProtocolScope,
  ProtocolStatus,
  ProtocolType,
  Reach,
} from '@rcp/vocabulary';

export interface ProtocolFields {
  name: string;
  description: string;
  /** A category key of the framework version. */
  category: string;
  type: ProtocolType;
  owner: string;
  serviceArea: string;
  scope: ProtocolScope;
  contextNeed: ContextNeed;
  reach: Reach;
  basis: ProtocolBasis;
  /** ISO date (YYYY-MM-DD) or null. */
  reviewDate: string | null;
  sourceLinks: string[];
}

export interface Protocol extends ProtocolFields {
  id: string;
  councilId: string;
  status: ProtocolStatus;
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
  scope: ProtocolScope;
  contextNeed: ContextNeed;
  reach: Reach;
  basis: ProtocolBasis;
  description: string;
  inhibitingExemplar: string;
  enablingExemplar: string;
  /** The note as written, citing sources by id: "S39, S40: average caseloads…". */
  sourceNote: string;
  /** The web pages the note's ids stand for, to link to. */
  sources: Array<{ id: string; url: string; site: string }>;
  /** The note without its leading ids. */
  sourceText: string;
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
