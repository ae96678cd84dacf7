import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuditEvent, Page } from '@rcp/api-contract';
import { CurrentActor, Roles } from '../auth/access.decorators';
import { Actor } from '../auth/actor';
import { ListAuditEventsQuery } from './audit-event.dto';
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
    return this.audit.listFor(actor, query);
  }
}
