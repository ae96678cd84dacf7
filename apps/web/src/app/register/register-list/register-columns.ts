import type { Protocol } from '@rcp/api-contract';
import { REACHES, type RegisterColumn } from '@rcp/vocabulary';
import type { TableColumn } from '../../shared/tables/table-view';
import {
  basisLabel,
  categoryTitle,
  contextNeedLabel,
  scopeLabel,
  typeLabel,
} from '../protocol-text';

/** The register table's columns, in order; the name is the row's heading and always shows. */
export const REGISTER_TABLE_COLUMNS: ReadonlyArray<TableColumn<RegisterColumn>> = [
  { key: 'name', label: 'Name', sortLabel: 'name', kind: 'text' },
  { key: 'category', label: 'Category', sortLabel: 'category', kind: 'text' },
  { key: 'type', label: 'Type', sortLabel: 'type', kind: 'text' },
  { key: 'serviceArea', label: 'Service area', sortLabel: 'service area', kind: 'text' },
  { key: 'scope', label: 'Scope', sortLabel: 'scope', kind: 'text' },
  { key: 'contextNeed', label: 'Context need', sortLabel: 'context need', kind: 'text' },
  { key: 'reach', label: 'Reach', sortLabel: 'reach', kind: 'number' },
  { key: 'basis', label: 'Basis', sortLabel: 'basis', kind: 'text' },
  { key: 'owner', label: 'Owner', sortLabel: 'owner', kind: 'text' },
  { key: 'reviewDate', label: 'Review date', sortLabel: 'review date', kind: 'date' },
];

/**
 * The value a protocol is sorted by in a column: the words shown, except reach (low to high) and
 * the review date (ISO, so in date order). Missing owners and dates are null: last either way.
 */
export function registerSortValue(
  p: Protocol,
  key: RegisterColumn,
  categoryTitles: ReadonlyMap<string, string>,
): string | number | null {
  switch (key) {
    case 'name':
      return p.name;
    case 'category':
      return categoryTitle(categoryTitles, p.category);
    case 'type':
      return typeLabel(p.type);
    case 'serviceArea':
      return p.serviceArea.trim() || null;
    case 'scope':
      return scopeLabel(p.scope);
    case 'contextNeed':
      return contextNeedLabel(p.contextNeed);
    case 'reach':
      return REACHES.indexOf(p.reach);
    case 'basis':
      return basisLabel(p.basis);
    case 'owner':
      return p.owner?.trim() || null;
    case 'reviewDate':
      return p.reviewDate || null;
  }
}
