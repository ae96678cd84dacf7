import { Controller, Get, NotFoundException, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuditEvent, Page } from '@rcp/api-contract';
import { CurrentActor, Roles } from '../auth/access.decorators';
import { Actor } from '../auth/actor';
import { ListAuditEventsQuery } from '../users/user.dto';
import { AuditTrailService } from './audit-trail.service';

@ApiTags('audit trail')
@Controller('audit-events')
export class AuditTrailController {
  constructor(private readonly audit: AuditTrailService) {}

  @Get()
  @Roles('coordinator', 'lead')
  @ApiOperation({
    summary:
      'The audit trail, newest first: the whole network for coordinators, own council for leads.',
  })
  list(
    @CurrentActor() actor: Actor,
    @Query() query: ListAuditEventsQuery,
  ): Promise<Page<AuditEvent>> {
    // A lead sees their own council's events only; another council's id is "not found".
    if (actor.role !== 'coordinator' && query.councilId && query.councilId !== actor.councilId) {
      throw new NotFoundException('Council not found.');
    }
    const councilId =
      actor.role === 'coordinator' ? query.councilId : (actor.councilId ?? undefined);
    return this.audit.list({ councilId, limit: query.limit ?? 50, offset: query.offset ?? 0 });
  }
}
