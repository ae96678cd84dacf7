import type { AuditListItem } from '@rcp/api-contract';
import type { AuditListColumn } from '@rcp/vocabulary';
import type { TableColumn } from '../../shared/tables/table-view';

/** The audits table's columns, in order; the period is the row's heading and always shows. */
export const AUDIT_TABLE_COLUMNS: ReadonlyArray<TableColumn<AuditListColumn>> = [
  { key: 'period', label: 'Period', sortLabel: 'period', kind: 'date' },
  { key: 'dates', label: 'Dates', sortLabel: 'start date', kind: 'date' },
  { key: 'status', label: 'Status', sortLabel: 'status', kind: 'text' },
  { key: 'framework', label: 'Framework', sortLabel: 'framework version', kind: 'number' },
  { key: 'index', label: 'Council index', sortLabel: 'council index', kind: 'number' },
  { key: 'coverage', label: 'Coverage', sortLabel: 'coverage', kind: 'number' },
  { key: 'protocols', label: 'Protocols', sortLabel: 'protocols', kind: 'number' },
  { key: 'mismatches', label: 'Mismatches', sortLabel: 'mismatches', kind: 'number' },
];

export const NUMERIC_AUDIT_COLUMNS: ReadonlySet<AuditListColumn> = new Set([
  'index',
  'coverage',
  'protocols',
  'mismatches',
]);

/** The value an audit is sorted by: the period by when it ended, the dates by when they start. */
export function auditSortValue(a: AuditListItem, key: AuditListColumn): string | number | null {
  switch (key) {
    case 'period':
      return a.periodEnd;
    case 'dates':
      return a.periodStart;
    case 'status':
      return a.status === 'submitted' ? 'Submitted' : 'Draft';
    case 'framework':
      return a.frameworkVersion;
    case 'index':
      return a.headline.index;
    case 'coverage':
      return a.headline.coverage;
    case 'protocols':
      return a.headline.protocolLoad;
    case 'mismatches':
      return a.headline.mismatchCount;
  }
}
