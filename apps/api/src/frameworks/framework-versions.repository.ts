import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  FrameworkItem,
  FrameworkScoring,
  FrameworkVersion,
  FrameworkVersionSummary,
} from '@rcp/api-contract';
import type { FrameworkItemLayer } from '@rcp/vocabulary';
import { DataSource, EntityManager } from 'typeorm';

const ITEM_COLUMNS = `layer, key, title, description, weight, contexts, relational, principle_keys, sort_order`;

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
  release_notes: string;
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
    releaseNotes: row.release_notes,
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

/** The content of a first version, as installed into an empty database. */
export type NewFrameworkVersion = Pick<
  FrameworkVersion,
  | 'name'
  | 'notes'
  | 'definition'
  | 'layers'
  | 'ratingScale'
  | 'categories'
  | 'qualities'
  | 'theoryOfChange'
> & { scoringParameters: Omit<FrameworkScoring, 'principles'> };

/** What a draft's settings form may change. */
export interface FrameworkSettings {
  name: string;
  notes: string;
  scoringParameters: Omit<FrameworkScoring, 'principles'>;
}

/**
 * Framework versions with their items (principles, behaviours, competencies). Published versions
 * are immutable: the database refuses changes to them.
 */
@Injectable()
export class FrameworkVersionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Serialises installs of the default framework until the transaction ends. */
  async lockDefaultInstall(m: EntityManager = this.db.manager): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('rcp-default-framework'))`);
  }

  /** Blocks other writers of versions (not readers) until the transaction ends. */
  async lockAgainstNewVersions(m: EntityManager = this.db.manager): Promise<void> {
    await m.query(`LOCK TABLE framework_versions IN SHARE ROW EXCLUSIVE MODE`);
  }

  async count(m: EntityManager = this.db.manager): Promise<number> {
    const [{ count }] = (await m.query(
      `SELECT count(*)::int AS count FROM framework_versions`,
    )) as Array<{ count: number }>;
    return count;
  }

  /** Stores version 1 as a draft; returns its id. */
  async insertFirstDraft(
    version: NewFrameworkVersion,
    m: EntityManager = this.db.manager,
  ): Promise<string> {
    const [row] = (await m.query(
      `INSERT INTO framework_versions (number, status, name, notes, definition, layers, rating_scale, categories,
         qualities, theory_of_change, scoring_parameters)
       VALUES (1, 'draft', $1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        version.name,
        version.notes,
        version.definition,
        JSON.stringify(version.layers),
        JSON.stringify(version.ratingScale),
        JSON.stringify(version.categories),
        JSON.stringify(version.qualities),
        JSON.stringify(version.theoryOfChange),
        JSON.stringify(version.scoringParameters),
      ],
    )) as Array<{ id: string }>;
    return row.id;
  }

  /** A new draft numbered after `from`, copying its content (not its notes) and nothing else. */
  async insertDraftCopy(
    from: VersionRow,
    createdBy: string,
    m: EntityManager = this.db.manager,
  ): Promise<VersionRow> {
    const [row] = (await m.query(
      `INSERT INTO framework_versions (number, status, name, notes, definition, layers, rating_scale, categories,
         qualities, theory_of_change, scoring_parameters, created_by)
       SELECT number + 1, 'draft', name, '', definition, layers, rating_scale, categories, qualities,
              theory_of_change, scoring_parameters, $2
         FROM framework_versions WHERE id = $1
       RETURNING *`,
      [from.id, createdBy],
    )) as VersionRow[];
    return row;
  }

  async markPublished(
    id: string,
    releaseNotes: string,
    m: EntityManager = this.db.manager,
  ): Promise<void> {
    await m.query(
      `UPDATE framework_versions SET status = 'published', published_at = now(), release_notes = $2
        WHERE id = $1`,
      [id, releaseNotes],
    );
  }

  async findLatestPublishedNumber(m: EntityManager = this.db.manager): Promise<number | undefined> {
    const [row] = (await m.query(
      `SELECT number FROM framework_versions WHERE status = 'published' ORDER BY number DESC LIMIT 1`,
    )) as Array<{ number: number }>;
    return row?.number;
  }

  /** The version with the highest number, draft or not. */
  async findLatest(m: EntityManager = this.db.manager): Promise<VersionRow | undefined> {
    const [row] = (await m.query(
      `SELECT * FROM framework_versions ORDER BY number DESC LIMIT 1`,
    )) as VersionRow[];
    return row;
  }

  /** Every version, newest first. */
  async listAll(m: EntityManager = this.db.manager): Promise<VersionRow[]> {
    return (await m.query(`SELECT * FROM framework_versions ORDER BY number DESC`)) as VersionRow[];
  }

  async findByNumber(
    number: number,
    m: EntityManager = this.db.manager,
  ): Promise<VersionRow | undefined> {
    const [row] = (await m.query(`SELECT * FROM framework_versions WHERE number = $1`, [
      number,
    ])) as VersionRow[];
    return row;
  }

  /** Reads a version and locks its row (SELECT … FOR UPDATE) until the transaction ends. */
  async lockByNumber(
    number: number,
    m: EntityManager = this.db.manager,
  ): Promise<VersionRow | undefined> {
    const [row] = (await m.query(`SELECT * FROM framework_versions WHERE number = $1 FOR UPDATE`, [
      number,
    ])) as VersionRow[];
    return row;
  }

  async updateSettings(
    id: string,
    settings: FrameworkSettings,
    m: EntityManager = this.db.manager,
  ): Promise<void> {
    await m.query(
      `UPDATE framework_versions SET name = $2, notes = $3, scoring_parameters = $4 WHERE id = $1`,
      [id, settings.name, settings.notes, JSON.stringify(settings.scoringParameters)],
    );
  }

  /** Counts one more edit of a draft (the revision its editors must send back). */
  async bumpRevision(id: string, m: EntityManager = this.db.manager): Promise<void> {
    await m.query(`UPDATE framework_versions SET revision = revision + 1 WHERE id = $1`, [id]);
  }

  /** Deletes a version and, with it, its items. */
  async delete(id: string, m: EntityManager = this.db.manager): Promise<void> {
    await m.query(`DELETE FROM framework_versions WHERE id = $1`, [id]);
  }

  /** A version's items: principles, behaviours, competencies, each in their order. */
  async listItems(versionId: string, m: EntityManager = this.db.manager): Promise<ItemRow[]> {
    return (await m.query(
      `SELECT ${ITEM_COLUMNS} FROM framework_items WHERE version_id = $1
        ORDER BY array_position(ARRAY['principle','behaviour','competency'], layer), sort_order, key`,
      [versionId],
    )) as ItemRow[];
  }

  async insertItems(
    versionId: string,
    items: FrameworkItem[],
    m: EntityManager = this.db.manager,
  ): Promise<void> {
    for (const i of items) {
      await m.query(
        `INSERT INTO framework_items (version_id, ${ITEM_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          versionId,
          i.layer,
          i.key,
          i.title,
          i.description,
          i.weight,
          i.contexts,
          i.relational,
          i.principleKeys,
          i.sortOrder,
        ],
      );
    }
  }

  /** Copies every item of one version into another. */
  async copyItems(
    fromVersionId: string,
    toVersionId: string,
    m: EntityManager = this.db.manager,
  ): Promise<void> {
    await m.query(
      `INSERT INTO framework_items (version_id, ${ITEM_COLUMNS})
       SELECT $2, ${ITEM_COLUMNS} FROM framework_items WHERE version_id = $1`,
      [fromVersionId, toVersionId],
    );
  }

  /** Rewrites an item's content (its layer, key and order stay). */
  async updateItem(
    versionId: string,
    item: FrameworkItem,
    m: EntityManager = this.db.manager,
  ): Promise<void> {
    await m.query(
      `UPDATE framework_items SET title = $4, description = $5, weight = $6, contexts = $7, relational = $8,
         principle_keys = $9 WHERE version_id = $1 AND layer = $2 AND key = $3`,
      [
        versionId,
        item.layer,
        item.key,
        item.title,
        item.description,
        item.weight,
        item.contexts,
        item.relational,
        item.principleKeys,
      ],
    );
  }

  async deleteItem(
    versionId: string,
    layer: FrameworkItemLayer,
    key: string,
    m: EntityManager = this.db.manager,
  ): Promise<void> {
    await m.query(`DELETE FROM framework_items WHERE version_id = $1 AND layer = $2 AND key = $3`, [
      versionId,
      layer,
      key,
    ]);
  }

  /** Removes a principle from every behaviour and competency of the version that links to it. */
  async unlinkPrinciple(
    versionId: string,
    principleKey: string,
    m: EntityManager = this.db.manager,
  ): Promise<void> {
    await m.query(
      `UPDATE framework_items SET principle_keys = array_remove(principle_keys, $2)
        WHERE version_id = $1 AND $2 = ANY(principle_keys)`,
      [versionId, principleKey],
    );
  }
}
