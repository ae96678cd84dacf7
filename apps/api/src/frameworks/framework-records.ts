import type {
  FrameworkItem,
  FrameworkScoring,
  FrameworkVersion,
  FrameworkVersionSummary,
} from '@rcp/api-contract';

/** A framework_versions row as read with SELECT *. */
export interface VersionRow {
  id: string;
  number: number;
  status: 'draft' | 'published';
  name: string;
  notes: string;
  definition: string;
  layers: FrameworkVersion['layers'];
  rating_scale: FrameworkVersion['ratingScale'];
  categories: FrameworkVersion['categories'];
  qualities: FrameworkVersion['qualities'];
  theory_of_change: FrameworkVersion['theoryOfChange'];
  scoring_parameters: Omit<FrameworkScoring, 'principles'>;
  published_at: Date | null;
  created_at: Date;
  revision: number;
}

export interface ItemRow {
  layer: FrameworkItem['layer'];
  key: string;
  title: string;
  description: string;
  weight: string | null;
  contexts: FrameworkItem['contexts'];
  relational: boolean | null;
  principle_keys: string[];
  sort_order: number;
}

export function toItem(row: ItemRow): FrameworkItem {
  return {
    layer: row.layer,
    key: row.key,
    title: row.title,
    description: row.description,
    weight: row.weight === null ? null : Number(row.weight),
    contexts: row.contexts,
    relational: row.relational,
    principleKeys: row.principle_keys,
    sortOrder: row.sort_order,
  };
}

export function toSummary(row: VersionRow): FrameworkVersionSummary {
  return {
    number: row.number,
    status: row.status,
    name: row.name,
    publishedAt: row.published_at ? row.published_at.toISOString() : null,
    createdAt: row.created_at.toISOString(),
    notes: row.notes,
    revision: row.revision,
  };
}

/** The scoring configuration of a version: its principles plus its scoring parameters. */
export function scoringOf(row: VersionRow, items: FrameworkItem[]): FrameworkScoring {
  return {
    ...row.scoring_parameters,
    principles: items
      .filter((i) => i.layer === 'principle')
      .map((i) => ({
        key: i.key,
        weight: i.weight ?? 1,
        contexts: i.contexts ?? [],
        relational: i.relational ?? false,
      })),
  };
}

export function toVersion(row: VersionRow, itemRows: ItemRow[]): FrameworkVersion {
  const items = itemRows.map(toItem);
  return {
    ...toSummary(row),
    definition: row.definition,
    layers: row.layers,
    items,
    ratingScale: row.rating_scale,
    categories: row.categories,
    qualities: row.qualities,
    theoryOfChange: row.theory_of_change,
    scoring: scoringOf(row, items),
  };
}
