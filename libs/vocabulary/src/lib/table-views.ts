/**
 * The tables whose columns and order each user chooses (remembered on the server, so the choice
 * follows them to another device). The first column of each is the row's name and always shows;
 * the rest may be hidden. Any column may be the one the table is sorted by.
 */
export const TABLE_VIEW_KEYS = ['register', 'audits'] as const;
export type TableViewKey = (typeof TABLE_VIEW_KEYS)[number];

export const SORT_DIRECTIONS = ['ascending', 'descending'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

export const REGISTER_COLUMNS = [
  'name',
  'category',
  'type',
  'serviceArea',
  'scope',
  'contextNeed',
  'reach',
  'basis',
  'owner',
  'reviewDate',
] as const;
export type RegisterColumn = (typeof REGISTER_COLUMNS)[number];

export const AUDIT_LIST_COLUMNS = [
  'period',
  'dates',
  'status',
  'framework',
  'index',
  'coverage',
  'protocols',
  'mismatches',
] as const;
export type AuditListColumn = (typeof AUDIT_LIST_COLUMNS)[number];

/** Every column of each table, in display order; the first is the row's name. */
export const TABLE_COLUMNS: Record<TableViewKey, readonly string[]> = {
  register: REGISTER_COLUMNS,
  audits: AUDIT_LIST_COLUMNS,
};

/**
 * The columns shown until a user chooses. The register's default leaves out scope, context need
 * and reach (on each protocol's page) so name, owner and review date fit a 1280 px screen.
 */
export const DEFAULT_TABLE_COLUMNS: Record<TableViewKey, readonly string[]> = {
  register: ['name', 'category', 'type', 'serviceArea', 'basis', 'owner', 'reviewDate'],
  audits: AUDIT_LIST_COLUMNS,
};
