import {
  BadRequestException,
  ConflictException,
  HttpException,
  HttpStatus,
  Injectable,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditRating, FieldError, PutRatingsResponse } from '@rcp/api-contract';
import { headlineFigures } from '@rcp/scoring';
import { DataSource } from 'typeorm';
import { AuditTrailService } from '../audit-trail/audit-trail.service';
import { Actor } from '../auth/actor';
import { ukToday } from '../common/uk-date';
import { AuditReadsService } from './audit-reads.service';
import { scoreAuditData } from './audit-scoring';
import { PutRatingsDto } from './audit.dto';
import { AuditsRepository } from './audits.repository';
import { cellOf, conflictsOf, planWrites, structureErrors } from './rating-writes';
import { cellKeyOf, RatingsRepository } from './ratings.repository';

function invalid(errors: FieldError[]): BadRequestException {
  return new BadRequestException({ message: 'Some ratings could not be saved.', errors });
}

/**
 * Saving ratings. Writes merge cell by cell: a write is refused (409, nothing written) only when
 * someone changed one of its cells after the version the writer's view of that cell came from, and
 * the refusal says who changed which cell, when, and from what to what.
 */
@Injectable()
export class AuditRatingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audits: AuditsRepository,
    private readonly ratings: RatingsRepository,
    private readonly reads: AuditReadsService,
    private readonly trail: AuditTrailService,
  ) {}

  async putRatings(
    actor: Actor,
    id: string,
    dto: PutRatingsDto,
    ifMatch?: number,
  ): Promise<PutRatingsResponse> {
    const readVersion = ifMatch ?? dto.version;
    if (readVersion === undefined) {
      throw invalid([
        { field: 'version', messages: ['is required (in the body or as an If-Match header)'] },
      ]);
    }
    return this.db.transaction(async (m) => {
      const row = await this.reads.reachable(actor, id, true, m);
      this.reads.assertEditable(actor, row);
      // If-Match is HTTP's whole-resource precondition: any change since refuses the write.
      if (ifMatch !== undefined && row.version !== ifMatch) {
        throw new HttpException(
          { message: 'This audit changed since you read it. Read it again and retry.' },
          HttpStatus.PRECONDITION_FAILED,
        );
      }
      const future = dto.ratings.findIndex((w) => (w.baseVersion ?? readVersion) > row.version);
      if (readVersion > row.version || future >= 0) {
        throw invalid([
          {
            field: readVersion > row.version ? 'version' : `ratings.${future}.baseVersion`,
            messages: [`is newer than the audit (version ${row.version})`],
          },
        ]);
      }
      const protocols = await this.audits.protocolsOf(id, m);
      const scoring = await this.reads.scoringOf(row);
      const shapeErrors = structureErrors(dto.ratings, protocols, scoring, row.perspectives);
      if (shapeErrors.length) throw invalid(shapeErrors);

      const cells = dto.ratings.map(cellOf);
      const current = await this.ratings.findCells(id, cells, m);
      const conflicts = conflictsOf(
        dto.ratings,
        readVersion,
        current,
        await this.ratings.lastChanges(id, cells, m),
      );
      if (conflicts.length) {
        throw new ConflictException({
          message:
            conflicts.length === 1
              ? 'Someone else changed a rating you changed. Choose which to keep.'
              : `Someone else changed ${conflicts.length} ratings you changed. Choose which to keep.`,
          currentVersion: row.version,
          conflicts,
        });
      }
      const { planned, errors } = planWrites(dto.ratings, current, ukToday());
      if (errors.length) throw invalid(errors);

      const version = row.version + 1;
      const stored: AuditRating[] = [];
      for (const write of planned) {
        if (write.kind === 'unchanged') {
          const same = current.get(cellKeyOf(write.cell));
          if (same) stored.push(same);
          continue;
        }
        const cell = write.kind === 'set' ? write.rating : write.cell;
        const before = current.get(cellKeyOf(cell)) ?? null;
        let after: AuditRating | null = null;
        if (write.kind === 'set') {
          after = await this.ratings.upsert(id, write.rating, actor.userId, m);
          stored.push(after);
        } else {
          await this.ratings.delete(id, cell, m);
        }
        await this.ratings.recordChange(id, cell, { version, by: actor.userId, before, after }, m);
        await this.trail.record(
          actor,
          {
            action: after ? (before ? 'rating.changed' : 'rating.added') : 'rating.cleared',
            councilId: row.council_id,
            entityType: 'audit',
            entityId: id,
            before: before ?? undefined,
            after: after ?? {
              protocolId: cell.protocolId,
              principleKey: cell.principleKey,
              perspective: cell.perspective,
            },
          },
          m,
        );
      }
      const written = new Set(cells.map(cellKeyOf));
      const othersChanged = (await this.ratings.changesSince(id, readVersion, m)).filter(
        (c) => !written.has(cellKeyOf(c)),
      );
      const newVersion = await this.audits.bumpVersion(id, m);
      const ratings = await this.ratings.listByAudit(id, m);
      const scores = scoreAuditData(scoring, protocols, ratings, row.perspectives);
      const headline = headlineFigures(scores.summary);
      // Kept with the audit, so the audits list reads it instead of scoring the draft again.
      await this.audits.storeDraftHeadline(id, newVersion, headline, m);
      return {
        version: newVersion,
        ratings: stored,
        headline,
        othersChanged,
        registerChanged: row.register_version > readVersion,
      };
    });
  }
}
