import { FrameworkItem, FrameworkVersionSummary } from '@rcp/api-contract';
import { CONTEXT_NEED_LABELS, ContextNeed, FrameworkItemLayer } from '@rcp/vocabulary';

/** How each layer of items is named on the pages. */
export const LAYER_NAMES: Record<
  FrameworkItemLayer,
  { one: string; many: string; article: 'a' | 'an' }
> = {
  principle: { one: 'principle', many: 'Principles', article: 'a' },
  behaviour: { one: 'behaviour', many: 'Behaviours', article: 'a' },
  competency: { one: 'competency', many: 'Competencies', article: 'a' },
};

/** Plain-English names of the item fields the comparison reports. */
export const ITEM_FIELD_LABELS: Record<string, string> = {
  title: 'title',
  description: 'description',
  weight: 'weight',
  contexts: 'contexts it applies to',
  relational: 'relational or not',
  principleKeys: 'linked principles',
};

/** Plain-English names of the scoring settings the comparison reports. */
export const SETTING_LABELS: Record<string, string> = {
  thresholds: 'class thresholds',
  reachWeights: 'reach weights',
  provisionalCoverageBelow: 'provisional coverage threshold',
  mismatchThreshold: 'mismatch threshold',
};

/** The id of an item's entry on the framework page, for in-page links. */
export function itemAnchor(layer: FrameworkItemLayer, key: string): string {
  return `${layer}-${key}`;
}

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/** "3 March 2026". */
export function formatDate(iso: string | null): string {
  return iso ? LONG_DATE.format(new Date(iso)) : '';
}

/** Weights and other settings: up to three decimals, no trailing zeros. */
export function formatNumber(value: number | null): string {
  return value === null ? '–' : value.toLocaleString('en-GB', { maximumFractionDigits: 3 });
}

/** A threshold with its sign: "+20", "−20" (a real minus sign), "0". */
export function formatSigned(value: number): string {
  const text = formatNumber(Math.abs(value));
  if (value > 0) return `+${text}`;
  if (value < 0) return `−${text}`;
  return text;
}

/** "Version 2 (published 3 March 2026)" or "Version 3 (draft)". */
export function versionLabel(v: FrameworkVersionSummary): string {
  return v.status === 'draft'
    ? `Version ${v.number} (draft)`
    : `Version ${v.number} (published ${formatDate(v.publishedAt)})`;
}

/** "Relational, mixed". */
export function contextsText(contexts: readonly ContextNeed[] | null): string {
  const list = (contexts ?? []).map((c) => CONTEXT_NEED_LABELS[c].toLowerCase());
  if (list.length === 0) return 'none';
  const text = list.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Items of one layer, in their display order. */
export function itemsOf(
  items: readonly FrameworkItem[],
  layer: FrameworkItemLayer,
): FrameworkItem[] {
  return items
    .filter((i) => i.layer === layer)
    .sort((a, b) => a.sortOrder - b.sortOrder || a.key.localeCompare(b.key));
}
