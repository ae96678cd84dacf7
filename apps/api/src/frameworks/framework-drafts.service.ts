import {
  BadRequestException,
  ConflictException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FrameworkItem, FrameworkVersion } from '@rcp/api-contract';
import type { FrameworkItemLayer } from '@rcp/vocabulary';
import { validateConfig } from '@rcp/scoring';
import { DataSource, EntityManager } from 'typeorm';
import { AuditTrailService } from '../audit-trail/audit-trail.service';
import { Actor } from '../auth/actor';
import { staleVersion } from '../common/conflicts';
import { UpdateFrameworkSettingsDto, UpsertFrameworkItemDto } from './framework.dto';
import {
  FrameworkVersionsRepository,
  scoringOf,
  VersionRow,
} from './framework-versions.repository';
import { FrameworksService } from './frameworks.service';

/** Coordinators' editing of the framework: drafts, their items and settings, publishing. */
@Injectable()
export class FrameworkDraftsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly versions: FrameworkVersionsRepository,
    private readonly frameworks: FrameworksService,
    private readonly audit: AuditTrailService,
  ) {}

  /** A new draft: a copy of the latest version. Only one draft at a time. */
  async createDraft(actor: Actor): Promise<FrameworkVersion> {
    return this.db.transaction(async (m) => {
      await this.versions.lockAgainstNewVersions(m);
      const latest = (await this.versions.findLatest(m)) as VersionRow;
      if (latest.status === 'draft') {
        throw new ConflictException(
          `Version ${latest.number} is already a draft: edit or publish it first.`,
        );
      }
      const row = await this.versions.insertDraftCopy(latest, actor.userId, m);
      await this.versions.copyItems(latest.id, row.id, m);
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
      return this.frameworks.load(row, m);
    });
  }

  async upsertItem(
    actor: Actor,
    number: number,
    layer: FrameworkItemLayer,
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
        await this.versions.updateItem(draft.id, item, m);
      } else {
        await this.versions.insertItems(draft.id, [item], m);
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
    layer: FrameworkItemLayer,
    key: string,
    revision: number,
  ): Promise<FrameworkVersion> {
    return this.editDraft(actor, number, revision, async (m, draft, items) => {
      const existing = items.find((i) => i.layer === layer && i.key === key);
      if (!existing) throw new NotFoundException('No such item in this version.');
      await this.versions.deleteItem(draft.id, layer, key, m);
      if (layer === 'principle') await this.versions.unlinkPrinciple(draft.id, key, m);
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
      await this.versions.updateSettings(
        draft.id,
        {
          name: dto.name ?? draft.name,
          notes: dto.notes ?? draft.notes,
          scoringParameters: parameters,
        },
        m,
      );
      return {
        action: 'framework.settings-changed',
        entityId: String(number),
        before: { name: draft.name, notes: draft.notes, ...draft.scoring_parameters },
        after: { name: dto.name ?? draft.name, notes: dto.notes ?? draft.notes, ...parameters },
      };
    });
  }

  /**
   * Publishes a draft, with release notes saying what changed, once its scoring configuration is
   * valid; from then on it is immutable.
   */
  async publish(
    actor: Actor,
    number: number,
    revision: number,
    releaseNotes: string,
  ): Promise<FrameworkVersion> {
    return this.db.transaction(async (m) => {
      const draft = await this.frameworks.row(number, m, true);
      if (draft.status === 'published') throw this.published(number);
      if (draft.revision !== revision) throw staleVersion('this draft');
      const version = await this.frameworks.load(draft, m);
      const problems = validateConfig(version.scoring);
      if (problems.length > 0) {
        throw new BadRequestException({
          message: 'This draft cannot be published yet.',
          errors: problems.map((p) => ({ field: p.path, messages: [p.message] })),
        });
      }
      await this.versions.markPublished(draft.id, releaseNotes, m);
      await this.audit.record(
        actor,
        {
          action: 'framework.published',
          entityType: 'framework-version',
          entityId: String(number),
          after: { releaseNotes },
        },
        m,
      );
      return this.frameworks.load(await this.frameworks.row(number, m), m);
    });
  }

  /** Discards a draft, unless someone changed it since the caller last read it. */
  async discardDraft(actor: Actor, number: number, revision: number): Promise<void> {
    await this.db.transaction(async (m) => {
      const draft = await this.frameworks.row(number, m, true);
      if (draft.status === 'published') throw this.published(number);
      if (draft.revision !== revision) throw staleVersion('this draft');
      await this.versions.delete(draft.id, m);
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
      const draft = await this.frameworks.row(number, m, true);
      if (draft.status === 'published') throw this.published(number);
      if (draft.revision !== revision) throw staleVersion('this draft');
      const items = (await this.frameworks.load(draft, m)).items;
      const event = await edit(m, draft, items);
      await this.versions.bumpRevision(draft.id, m);
      await this.audit.record(actor, { entityType: 'framework-version', ...event }, m);
      return this.frameworks.load(await this.frameworks.row(number, m), m);
    });
  }

  private published(number: number): ConflictException {
    return new ConflictException(
      `Version ${number} is published and cannot change. Start a new draft instead.`,
    );
  }
}
