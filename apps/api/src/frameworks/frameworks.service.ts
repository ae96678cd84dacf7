import {
  BadRequestException,
  ConflictException,
  Injectable,
  Logger,
  NotFoundException,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  FrameworkComparison,
  FrameworkItem,
  FrameworkItemChange,
  FrameworkLayerKind,
  FrameworkVersion,
  FrameworkVersionSummary,
} from '@rcp/api-contract';
import { validateConfig } from '@rcp/scoring';
import { DataSource, EntityManager } from 'typeorm';
import { AuditTrailService } from '../audit-trail/audit-trail.service';
import { Actor } from '../auth/actor';
import { defaultFrameworkV1 } from './default-framework';
import { ItemRow, scoringOf, toSummary, toVersion, VersionRow } from './framework-records';
import { UpdateFrameworkSettingsDto, UpsertFrameworkItemDto } from './framework.dto';

const ITEM_COLUMNS = `layer, key, title, description, weight, contexts, relational, principle_keys, sort_order`;

@Injectable()
export class FrameworksService implements OnApplicationBootstrap {
  private readonly logger = new Logger(FrameworksService.name);
  private readonly publishedCache = new Map<number, FrameworkVersion>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditTrailService,
  ) {}

  /** Every deployment has the default framework v1, installed on first start. */
  async onApplicationBootstrap(): Promise<void> {
    await this.installDefault();
  }

  /** Installs framework v1 into an empty database; does nothing otherwise. Safe to call twice. */
  async installDefault(): Promise<void> {
    await this.db.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('rcp-default-framework'))`);
      const [{ count }] = (await m.query(
        `SELECT count(*)::int AS count FROM framework_versions`,
      )) as Array<{
        count: number;
      }>;
      if (count > 0) return;
      const { version, items } = defaultFrameworkV1();
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
      await this.insertItems(m, row.id, items);
      await m.query(
        `UPDATE framework_versions SET status = 'published', published_at = now() WHERE id = $1`,
        [row.id],
      );
      await this.audit.record(
        null,
        { action: 'framework.installed', entityType: 'framework-version', entityId: '1' },
        m,
      );
      this.logger.log('Installed the default RCP framework, version 1');
    });
  }

  async current(): Promise<FrameworkVersion> {
    const [row] = (await this.db.query(
      `SELECT number FROM framework_versions WHERE status = 'published' ORDER BY number DESC LIMIT 1`,
    )) as Array<{ number: number }>;
    if (!row) throw new NotFoundException('No framework has been published yet.');
    return this.version(row.number);
  }

  async versions(): Promise<FrameworkVersionSummary[]> {
    const rows = (await this.db.query(
      `SELECT * FROM framework_versions ORDER BY number DESC`,
    )) as VersionRow[];
    return rows.map(toSummary);
  }

  async version(number: number): Promise<FrameworkVersion> {
    const cached = this.publishedCache.get(number);
    if (cached) return cached;
    const version = await this.load(this.db.manager, await this.row(this.db.manager, number));
    // A published version never changes (the database enforces it), so every instance may keep it.
    if (version.status === 'published') this.publishedCache.set(number, version);
    return version;
  }

  /** A new draft: a copy of the latest version. Only one draft at a time. */
  async createDraft(actor: Actor): Promise<FrameworkVersion> {
    return this.db.transaction(async (m) => {
      await m.query(`LOCK TABLE framework_versions IN SHARE ROW EXCLUSIVE MODE`);
      const [latest] = (await m.query(
        `SELECT * FROM framework_versions ORDER BY number DESC LIMIT 1`,
      )) as VersionRow[];
      if (latest.status === 'draft') {
        throw new ConflictException(
          `Version ${latest.number} is already a draft: edit or publish it first.`,
        );
      }
      const [row] = (await m.query(
        `INSERT INTO framework_versions (number, status, name, notes, definition, layers, rating_scale, categories,
           qualities, theory_of_change, scoring_parameters, created_by)
         SELECT number + 1, 'draft', name, '', definition, layers, rating_scale, categories, qualities,
                theory_of_change, scoring_parameters, $2
           FROM framework_versions WHERE id = $1
         RETURNING *`,
        [latest.id, actor.userId],
      )) as VersionRow[];
      await m.query(
        `INSERT INTO framework_items (version_id, ${ITEM_COLUMNS})
         SELECT $2, ${ITEM_COLUMNS} FROM framework_items WHERE version_id = $1`,
        [latest.id, row.id],
      );
      await this.audit.record(
        actor,
        {
          action: 'framework.draft-created',
          entityType: 'framework-version',
          entityId: String(row.number),
          after: { copiedFrom: latest.number },
        },
        m,
      );
      return this.load(m, row);
    });
  }

  async upsertItem(
    actor: Actor,
    number: number,
    layer: FrameworkLayerKind,
    key: string,
    dto: UpsertFrameworkItemDto,
  ): Promise<FrameworkVersion> {
    return this.editDraft(actor, number, dto.revision, async (m, draft, items) => {
      const existing = items.find((i) => i.layer === layer && i.key === key);
      const principleKeys = new Set(items.filter((i) => i.layer === 'principle').map((i) => i.key));
      const errors: Array<{ field: string; messages: string[] }> = [];
      if (layer === 'principle') {
        if (dto.weight === undefined)
          errors.push({ field: 'weight', messages: ['is required for a principle'] });
        if (!dto.contexts?.length)
          errors.push({ field: 'contexts', messages: ['must list at least one context'] });
        if (dto.relational === undefined)
          errors.push({ field: 'relational', messages: ['is required for a principle'] });
        if (dto.principleKeys?.length)
          errors.push({
            field: 'principleKeys',
            messages: ['is only for behaviours and competencies'],
          });
      } else {
        if (
          dto.weight !== undefined ||
          dto.contexts !== undefined ||
          dto.relational !== undefined
        ) {
          errors.push({
            field: 'weight',
            messages: ['weight, contexts and relational are only for principles'],
          });
        }
        const unknown = (dto.principleKeys ?? []).filter((k) => !principleKeys.has(k));
        if (unknown.length)
          errors.push({
            field: 'principleKeys',
            messages: [`not principles of this version: ${unknown.join(', ')}`],
          });
      }
      if (errors.length)
        throw new BadRequestException({ message: 'The request has invalid fields.', errors });

      const item: FrameworkItem = {
        layer,
        key,
        title: dto.title,
        description: dto.description,
        weight: layer === 'principle' ? (dto.weight ?? 1) : null,
        contexts: layer === 'principle' ? [...new Set(dto.contexts ?? [])] : null,
        relational: layer === 'principle' ? (dto.relational ?? false) : null,
        principleKeys: layer === 'principle' ? [] : [...new Set(dto.principleKeys ?? [])],
        sortOrder:
          existing?.sortOrder ??
          Math.max(0, ...items.filter((i) => i.layer === layer).map((i) => i.sortOrder)) + 1,
      };
      if (existing) {
        await m.query(
          `UPDATE framework_items SET title = $4, description = $5, weight = $6, contexts = $7, relational = $8,
             principle_keys = $9 WHERE version_id = $1 AND layer = $2 AND key = $3`,
          [
            draft.id,
            layer,
            key,
            item.title,
            item.description,
            item.weight,
            item.contexts,
            item.relational,
            item.principleKeys,
          ],
        );
      } else {
        await this.insertItems(m, draft.id, [item]);
      }
      return {
        action: existing ? 'framework.item-changed' : 'framework.item-added',
        entityId: `${number}/${layer}/${key}`,
        before: existing ?? null,
        after: item,
      };
    });
  }

  /** Retires an item from the draft; links to a retired principle are removed with it. */
  async retireItem(
    actor: Actor,
    number: number,
    layer: FrameworkLayerKind,
    key: string,
    revision: number,
  ): Promise<FrameworkVersion> {
    return this.editDraft(actor, number, revision, async (m, draft, items) => {
      const existing = items.find((i) => i.layer === layer && i.key === key);
      if (!existing) throw new NotFoundException('No such item in this version.');
      await m.query(
        `DELETE FROM framework_items WHERE version_id = $1 AND layer = $2 AND key = $3`,
        [draft.id, layer, key],
      );
      if (layer === 'principle') {
        await m.query(
          `UPDATE framework_items SET principle_keys = array_remove(principle_keys, $2)
            WHERE version_id = $1 AND $2 = ANY(principle_keys)`,
          [draft.id, key],
        );
      }
      return {
        action: 'framework.item-retired',
        entityId: `${number}/${layer}/${key}`,
        before: existing,
        after: null,
      };
    });
  }

  async updateSettings(
    actor: Actor,
    number: number,
    dto: UpdateFrameworkSettingsDto,
  ): Promise<FrameworkVersion> {
    return this.editDraft(actor, number, dto.revision, async (m, draft, items) => {
      const parameters = {
        ...draft.scoring_parameters,
        ...(dto.thresholds ? { thresholds: dto.thresholds } : {}),
        ...(dto.reachWeights ? { reachWeights: dto.reachWeights } : {}),
        ...(dto.provisionalCoverageBelow !== undefined
          ? { provisionalCoverageBelow: dto.provisionalCoverageBelow }
          : {}),
        ...(dto.mismatchThreshold !== undefined
          ? { mismatchThreshold: dto.mismatchThreshold }
          : {}),
      };
      // The settings are checked now, not only at publishing, so the form can say what is wrong.
      const settingsProblems = validateConfig(
        scoringOf({ ...draft, scoring_parameters: parameters }, items),
      ).filter((p) =>
        /^(thresholds|reachWeights|provisionalCoverageBelow|mismatchThreshold)/.test(p.path),
      );
      if (settingsProblems.length > 0) {
        throw new BadRequestException({
          message: 'The request has invalid fields.',
          errors: settingsProblems.map((p) => ({ field: p.path, messages: [p.message] })),
        });
      }
      await m.query(
        `UPDATE framework_versions SET name = $2, notes = $3, scoring_parameters = $4 WHERE id = $1`,
        [draft.id, dto.name ?? draft.name, dto.notes ?? draft.notes, JSON.stringify(parameters)],
      );
      return {
        action: 'framework.settings-changed',
        entityId: String(number),
        before: { name: draft.name, notes: draft.notes, ...draft.scoring_parameters },
        after: { name: dto.name ?? draft.name, notes: dto.notes ?? draft.notes, ...parameters },
      };
    });
  }

  /** Publishes a draft once its scoring configuration is valid; from then on it is immutable. */
  async publish(actor: Actor, number: number, revision: number): Promise<FrameworkVersion> {
    return this.db.transaction(async (m) => {
      const draft = await this.row(m, number, true);
      if (draft.status === 'published') throw this.published(number);
      if (draft.revision !== revision) throw this.stale();
      const version = await this.load(m, draft);
      const problems = validateConfig(version.scoring);
      if (problems.length > 0) {
        throw new BadRequestException({
          message: 'This draft cannot be published yet.',
          errors: problems.map((p) => ({ field: p.path, messages: [p.message] })),
        });
      }
      await m.query(
        `UPDATE framework_versions SET status = 'published', published_at = now() WHERE id = $1`,
        [draft.id],
      );
      await this.audit.record(
        actor,
        {
          action: 'framework.published',
          entityType: 'framework-version',
          entityId: String(number),
        },
        m,
      );
      return this.load(m, await this.row(m, number));
    });
  }

  /** Discards a draft, unless someone changed it since the caller last read it. */
  async discardDraft(actor: Actor, number: number, revision: number): Promise<void> {
    await this.db.transaction(async (m) => {
      const draft = await this.row(m, number, true);
      if (draft.status === 'published') throw this.published(number);
      if (draft.revision !== revision) throw this.stale();
      await m.query(`DELETE FROM framework_versions WHERE id = $1`, [draft.id]);
      await this.audit.record(
        actor,
        {
          action: 'framework.draft-discarded',
          entityType: 'framework-version',
          entityId: String(number),
        },
        m,
      );
    });
  }

  async compare(from: number, to: number, withDrafts = true): Promise<FrameworkComparison> {
    const [a, b] = await Promise.all([this.version(from), this.version(to)]);
    for (const v of [a, b])
      if (v.status === 'draft' && !withDrafts)
        throw new NotFoundException(`There is no framework version ${v.number}.`);
    const id = (i: FrameworkItem) => `${i.layer}/${i.key}`;
    const before = new Map(a.items.map((i) => [id(i), i]));
    const after = new Map(b.items.map((i) => [id(i), i]));
    const change = (i: FrameworkItem, fields?: string[]): FrameworkItemChange => ({
      layer: i.layer,
      key: i.key,
      title: i.title,
      ...(fields ? { fields } : {}),
    });
    const fields: Array<keyof FrameworkItem> = [
      'title',
      'description',
      'weight',
      'contexts',
      'relational',
      'principleKeys',
    ];
    const changed: FrameworkItemChange[] = [];
    for (const [k, item] of after) {
      const old = before.get(k);
      if (!old) continue;
      const differing = fields.filter((f) => JSON.stringify(old[f]) !== JSON.stringify(item[f]));
      if (differing.length) changed.push(change(item, differing));
    }
    const settings: Array<keyof FrameworkVersion['scoring']> = [
      'thresholds',
      'reachWeights',
      'provisionalCoverageBelow',
      'mismatchThreshold',
    ];
    return {
      from,
      to,
      added: [...after.values()].filter((i) => !before.has(id(i))).map((i) => change(i)),
      changed,
      retired: [...before.values()].filter((i) => !after.has(id(i))).map((i) => change(i)),
      settingsChanged: settings.filter(
        (s) => JSON.stringify(a.scoring[s]) !== JSON.stringify(b.scoring[s]),
      ),
    };
  }

  private async editDraft(
    actor: Actor,
    number: number,
    revision: number,
    edit: (
      m: EntityManager,
      draft: VersionRow,
      items: FrameworkItem[],
    ) => Promise<{ action: string; entityId: string; before: unknown; after: unknown }>,
  ): Promise<FrameworkVersion> {
    return this.db.transaction(async (m) => {
      const draft = await this.row(m, number, true);
      if (draft.status === 'published') throw this.published(number);
      if (draft.revision !== revision) throw this.stale();
      const items = (await this.load(m, draft)).items;
      const event = await edit(m, draft, items);
      await m.query(`UPDATE framework_versions SET revision = revision + 1 WHERE id = $1`, [
        draft.id,
      ]);
      await this.audit.record(actor, { entityType: 'framework-version', ...event }, m);
      return this.load(m, await this.row(m, number));
    });
  }

  private async row(m: EntityManager, number: number, lock = false): Promise<VersionRow> {
    const [row] = (await m.query(
      `SELECT * FROM framework_versions WHERE number = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [number],
    )) as VersionRow[];
    if (!row) throw new NotFoundException(`There is no framework version ${number}.`);
    return row;
  }

  private async load(m: EntityManager, row: VersionRow): Promise<FrameworkVersion> {
    const items = (await m.query(
      `SELECT ${ITEM_COLUMNS} FROM framework_items WHERE version_id = $1
        ORDER BY array_position(ARRAY['principle','behaviour','competency'], layer), sort_order, key`,
      [row.id],
    )) as ItemRow[];
    return toVersion(row, items);
  }

  private async insertItems(
    m: EntityManager,
    versionId: string,
    items: FrameworkItem[],
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

  private published(number: number): ConflictException {
    return new ConflictException(
      `Version ${number} is published and cannot change. Start a new draft instead.`,
    );
  }

  private stale(): ConflictException {
    return new ConflictException(
      'Someone else changed this draft since you loaded it. Reload and try again.',
    );
  }
}
