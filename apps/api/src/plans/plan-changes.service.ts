import {
  BadRequestException,
  ConflictException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  NewProtocolFields,
  PLAN_STATUS_TRANSITIONS,
  PlanChangeDetail,
  SuggestedTargets,
  TargetRatings,
} from '@rcp/api-contract';
import { DataSource, QueryFailedError } from 'typeorm';
import { AuditTrailService } from '../audit-trail/audit-trail.service';
import { Actor } from '../auth/actor';
import { staleVersion } from '../common/conflicts';
import { FrameworksService } from '../frameworks/frameworks.service';
import {
  AddPlanNoteDto,
  ChangePlanStatusDto,
  CreatePlanChangeDto,
  UpdatePlanChangeDto,
} from './plan.dto';
import { PlanAuditsLoader } from './plan-audits.loader';
import { PlanChangeEdit, PlanChangesRepository } from './plan-changes.repository';
import { PlanNotesRepository } from './plan-notes.repository';
import { PlanRegisterRepository } from './plan-register.repository';
import { PlanReadsService } from './plan-reads.service';
import { mergeNewProtocol } from './model/new-protocol';
import {
  ContextNeed,
  libraryTemplate,
  suggestedTargets,
  targetRatingErrors,
} from './model/targets';

type FieldErrors = Array<{ field: string; messages: string[] }>;

function invalid(errors: FieldErrors): BadRequestException {
  return new BadRequestException({ message: 'The request has invalid fields.', errors });
}

function openConflict(title: string): ConflictException {
  return new ConflictException(
    `This protocol already has an open planned change ("${title}"). Finish or drop it first.`,
  );
}

function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof QueryFailedError &&
    (error as QueryFailedError & { code?: string }).code === '23505'
  );
}

/** Writing a council's plan: planned changes, their status and notes; the suggested targets. */
@Injectable()
export class PlanChangesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly changes: PlanChangesRepository,
    private readonly notes: PlanNotesRepository,
    private readonly register: PlanRegisterRepository,
    private readonly reads: PlanReadsService,
    private readonly trail: AuditTrailService,
    private readonly frameworks: FrameworksService,
    private readonly audits: PlanAuditsLoader,
  ) {}

  async create(
    actor: Actor,
    councilId: string,
    dto: CreatePlanChangeDto,
  ): Promise<PlanChangeDetail> {
    this.reads.assertCanEdit(actor, councilId);
    const framework = await this.frameworks.current();
    try {
      return await this.db.transaction(async (m) => {
        const errors: FieldErrors = [];
        let need: ContextNeed | undefined;
        let libraryKey: string | null = null;
        let newProtocol: NewProtocolFields | null = null;
        if (dto.kind === 'introduce') {
          if (dto.protocolId !== undefined)
            errors.push({
              field: 'protocolId',
              messages: ['must be left out to introduce a protocol'],
            });
          newProtocol = mergeNewProtocol(dto.newProtocol, null, framework.categories, errors);
          need = newProtocol?.contextNeed;
        } else if (!dto.protocolId) {
          errors.push({ field: 'protocolId', messages: [`is required to ${dto.kind} a protocol`] });
        } else {
          const protocol = await this.register.lockProtocol(councilId, dto.protocolId, m);
          if (!protocol)
            errors.push({ field: 'protocolId', messages: ['must be a protocol of the council'] });
          else if (protocol.status !== 'active')
            errors.push({
              field: 'protocolId',
              messages: ['is retired: plan changes to active protocols'],
            });
          else {
            need = protocol.context_need;
            libraryKey = protocol.library_key;
            const open = await this.changes.openChangeOf(protocol.id, null, m);
            if (open) throw openConflict(open.title);
          }
        }
        let targets: TargetRatings = dto.targetRatings ?? {};
        if (dto.kind === 'retire') targets = {};
        else if (
          dto.targetRatings === undefined &&
          dto.kind === 'replace' &&
          need &&
          libraryTemplate(libraryKey)
        )
          targets = suggestedTargets(framework.scoring, {
            contextNeed: need,
            libraryKey,
          }).targetRatings;
        if (need) errors.push(...targetRatingErrors(framework.scoring, need, targets));
        if (dto.ownerUserId && !(await this.register.isCouncilUser(councilId, dto.ownerUserId, m)))
          errors.push({
            field: 'ownerUserId',
            messages: ['must be the id of a user of the council'],
          });
        if (errors.length) throw invalid(errors);

        const status = dto.status ?? 'proposed';
        const id = await this.changes.insert(
          {
            councilId,
            kind: dto.kind,
            protocolId: dto.kind === 'introduce' ? null : (dto.protocolId ?? null),
            newProtocol,
            title: dto.title,
            rationale: dto.rationale ?? '',
            ownerUserId: dto.ownerUserId ?? null,
            ownerTeam: dto.ownerTeam ?? null,
            dueDate: dto.dueDate ?? null,
            priority: dto.priority ?? 'medium',
            status,
            targetRatings: targets,
            createdBy: actor.userId,
          },
          m,
        );
        const row = await this.reads.reachable(actor, id, false, m);
        const created = await this.reads.detail(row, m);
        await this.trail.record(
          actor,
          {
            action: 'plan.change.created',
            councilId,
            entityType: 'plan_change',
            entityId: id,
            after: this.snapshot(created),
          },
          m,
        );
        return created;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw openConflict('another change');
      throw error;
    }
  }

  async update(actor: Actor, id: string, dto: UpdatePlanChangeDto): Promise<PlanChangeDetail> {
    const framework = await this.frameworks.current();
    return this.db.transaction(async (m) => {
      const row = await this.reads.reachable(actor, id, true, m);
      this.reads.assertCanEdit(actor, row.council_id);
      if (row.version !== dto.version) throw staleVersion('this planned change');
      const errors: FieldErrors = [];
      const edit: PlanChangeEdit = {
        title: dto.title,
        rationale: dto.rationale,
        ownerUserId: dto.ownerUserId,
        ownerTeam: dto.ownerTeam,
        dueDate: dto.dueDate,
        priority: dto.priority,
      };
      let need: ContextNeed | null = row.p_context_need ?? row.new_protocol?.contextNeed ?? null;
      if (dto.newProtocol !== undefined) {
        if (row.kind !== 'introduce')
          errors.push({
            field: 'newProtocol',
            messages: ['only a change that introduces a protocol has one'],
          });
        else {
          const merged = mergeNewProtocol(
            dto.newProtocol,
            row.new_protocol,
            framework.categories,
            errors,
          );
          if (merged) {
            edit.newProtocol = merged;
            need = merged.contextNeed;
          }
        }
      }
      if (dto.targetRatings !== undefined) {
        if (row.kind === 'retire' && Object.keys(dto.targetRatings).length)
          errors.push({ field: 'targetRatings', messages: ['a retirement has no target ratings'] });
        else edit.targetRatings = dto.targetRatings;
      }
      // Targets are checked against the protocol's context need, also when only the need changed.
      const targets = edit.targetRatings ?? row.target_ratings;
      if (need && (edit.targetRatings !== undefined || edit.newProtocol !== undefined))
        errors.push(...targetRatingErrors(framework.scoring, need, targets));
      if (
        dto.ownerUserId &&
        !(await this.register.isCouncilUser(row.council_id, dto.ownerUserId, m))
      )
        errors.push({
          field: 'ownerUserId',
          messages: ['must be the id of a user of the council'],
        });
      if (dto.resultProtocolId !== undefined) {
        if (
          dto.resultProtocolId !== null &&
          !(await this.register.findProtocol(row.council_id, dto.resultProtocolId, m))
        )
          errors.push({
            field: 'resultProtocolId',
            messages: ['must be a protocol of the council'],
          });
        else edit.resultProtocolId = dto.resultProtocolId;
      }
      if (errors.length) throw invalid(errors);
      if (!(await this.changes.update(id, dto.version, edit, m)))
        throw staleVersion('this planned change');
      const before = this.snapshot(this.reads.toChange(row));
      const updated = await this.reads.detail(await this.reads.reachable(actor, id, false, m), m);
      await this.trail.record(
        actor,
        {
          action: 'plan.change.updated',
          councilId: row.council_id,
          entityType: 'plan_change',
          entityId: id,
          before,
          after: this.snapshot(updated),
        },
        m,
      );
      return updated;
    });
  }

  async changeStatus(
    actor: Actor,
    id: string,
    dto: ChangePlanStatusDto,
  ): Promise<PlanChangeDetail> {
    try {
      return await this.db.transaction(async (m) => {
        const row = await this.reads.reachable(actor, id, true, m);
        this.reads.assertCanEdit(actor, row.council_id);
        if (row.version !== dto.version) throw staleVersion('this planned change');
        if (!PLAN_STATUS_TRANSITIONS[row.status].includes(dto.status)) {
          const allowed = PLAN_STATUS_TRANSITIONS[row.status].join(', ');
          throw invalid([
            {
              field: 'status',
              messages: [`cannot move from ${row.status} to ${dto.status}; allowed: ${allowed}`],
            },
          ]);
        }
        if (row.status === 'dropped' && row.protocol_id) {
          const open = await this.changes.openChangeOf(row.protocol_id, row.id, m);
          if (open) throw openConflict(open.title);
        }
        if (
          !(await this.changes.setStatus(id, dto.version, row.status, dto.status, actor.userId, m))
        )
          throw staleVersion('this planned change');
        if (dto.note) await this.notes.insertNote(id, dto.note, actor.userId, m);
        await this.trail.record(
          actor,
          {
            action: 'plan.change.status',
            councilId: row.council_id,
            entityType: 'plan_change',
            entityId: id,
            before: { status: row.status },
            after: { status: dto.status, note: dto.note ?? null },
          },
          m,
        );
        return this.reads.detail(await this.reads.reachable(actor, id, false, m), m);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw openConflict('another change');
      throw error;
    }
  }

  async addNote(actor: Actor, id: string, dto: AddPlanNoteDto): Promise<PlanChangeDetail> {
    return this.db.transaction(async (m) => {
      const row = await this.reads.reachable(actor, id, false, m);
      this.reads.assertCanEdit(actor, row.council_id);
      const noteId = await this.notes.insertNote(id, dto.text, actor.userId, m);
      await this.trail.record(
        actor,
        {
          action: 'plan.change.note-added',
          councilId: row.council_id,
          entityType: 'plan_change',
          entityId: id,
          after: { noteId, text: dto.text },
        },
        m,
      );
      return this.reads.detail(row, m);
    });
  }

  /** Targets for a change to one protocol of the council (library enabling version, or +1). */
  async suggestedTargets(councilId: string, protocolId: string): Promise<SuggestedTargets> {
    const protocol = await this.register.findProtocol(councilId, protocolId);
    if (!protocol) throw new NotFoundException('Protocol not found.');
    const framework = await this.frameworks.current();
    const latest = await this.audits.latest(councilId);
    const current = latest
      ? (await this.audits.load(latest)).byId.get(protocolId)?.ratings
      : undefined;
    const suggestion = suggestedTargets(
      framework.scoring,
      { contextNeed: protocol.context_need, libraryKey: protocol.library_key },
      current,
    );
    return { protocolId, libraryKey: protocol.library_key, ...suggestion };
  }

  private snapshot(c: PlanChangeDetail | ReturnType<PlanReadsService['toChange']>) {
    return {
      kind: c.kind,
      protocolId: c.protocolId,
      newProtocol: c.newProtocol,
      resultProtocolId: c.resultProtocolId,
      title: c.title,
      rationale: c.rationale,
      ownerUserId: c.owner?.id ?? null,
      ownerTeam: c.ownerTeam,
      dueDate: c.dueDate,
      priority: c.priority,
      status: c.status,
      targetRatings: c.targetRatings,
      version: c.version,
    };
  }
}
