import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { PlanChange, PlanChangeDetail, PlanChangeList } from '@rcp/api-contract';
import { EntityManager } from 'typeorm';
import { Actor, canReachCouncil } from '../auth/actor';
import { ukToday } from '../common/uk-date';
import { PlanChangeRow, PlanChangesRepository, toPlanChange } from './plan-changes.repository';
import { PlanNotesRepository } from './plan-notes.repository';

/** Reading a council's plan, and who may reach or edit a change. */
@Injectable()
export class PlanReadsService {
  constructor(
    private readonly changes: PlanChangesRepository,
    private readonly notes: PlanNotesRepository,
  ) {}

  async list(councilId: string): Promise<PlanChangeList> {
    const today = ukToday();
    return {
      changes: (await this.changes.listByCouncil(councilId)).map((r) => toPlanChange(r, today)),
    };
  }

  async get(actor: Actor, id: string): Promise<PlanChangeDetail> {
    return this.detail(await this.reachable(actor, id));
  }

  async detail(row: PlanChangeRow, m?: EntityManager): Promise<PlanChangeDetail> {
    return {
      ...toPlanChange(row, ukToday()),
      notes: await this.notes.notesOf(row.id, m),
      statusHistory: await this.notes.statusHistoryOf(row.id, m),
    };
  }

  toChange(row: PlanChangeRow): PlanChange {
    return toPlanChange(row, ukToday());
  }

  /** The change, if the actor may see it; another council's change is "not found". */
  async reachable(
    actor: Actor,
    id: string,
    lock = false,
    m?: EntityManager,
  ): Promise<PlanChangeRow> {
    const row = await this.changes.findById(id, lock, m);
    if (!row || !canReachCouncil(actor, row.council_id))
      throw new NotFoundException('Planned change not found.');
    return row;
  }

  /** Managers and the lead of the change's council edit its plan; anyone else who can read may not. */
  assertCanEdit(actor: Actor, councilId: string): void {
    if (!(actor.role === 'manager' || actor.role === 'lead') || actor.councilId !== councilId)
      throw new ForbiddenException("Only the council's managers and lead can change its plan.");
  }
}
