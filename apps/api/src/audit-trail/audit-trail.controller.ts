import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuditEvent, Page } from '@rcp/api-contract';
import type { Response } from 'express';
import { CurrentActor, Roles } from '../auth/access.decorators';
import { Actor } from '../auth/actor';
import { AuditEventFiltersQuery, ListAuditEventsQuery } from './audit-event.dto';
import { AuditTrailService } from './audit-trail.service';
import { ApiContractResponse, ApiCsvResponse, ApiErrors } from '../api-docs/api-responses';

@ApiTags('audit trail')
@Controller('audit-events')
export class AuditTrailController {
  constructor(private readonly audit: AuditTrailService) {}

  @Get()
  @Roles('coordinator', 'lead')
  @ApiContractResponse(200, 'AuditEventPage')
  @ApiErrors(404) // the councilId filter names a council that is not there (or not yours)
  @ApiOperation({
    summary:
      'The audit trail, newest first, filtered by council, action, person and UK days: the whole network for coordinators, own council for leads.',
  })
  list(
    @CurrentActor() actor: Actor,
    @Query() query: ListAuditEventsQuery,
  ): Promise<Page<AuditEvent>> {
    return this.audit.listFor(actor, query);
  }

  @Get('actions')
  @Roles('coordinator', 'lead')
  @ApiContractResponse(200, 'AuditEventActions')
  @ApiErrors(404)
  @ApiOperation({ summary: 'The action codes recorded within your reach, for the action filter.' })
  actions(@CurrentActor() actor: Actor, @Query() query: AuditEventFiltersQuery): Promise<string[]> {
    return this.audit.actionsFor(actor, query.councilId);
  }

  @Get('export.csv')
  @Roles('coordinator', 'lead')
  @ApiCsvResponse('The matching events as CSV (RFC 4180, UTF-8), newest first.')
  @ApiErrors(404)
  @ApiOperation({ summary: 'The audit trail as CSV, with the same filters and reach as the list.' })
  async export(
    @CurrentActor() actor: Actor,
    @Query() query: AuditEventFiltersQuery,
    @Res() res: Response,
  ): Promise<void> {
    const lines = this.audit.exportCsvFor(actor, query);
    // The first batch is read before any header is sent, so a refusal is still a normal answer.
    const first = await lines.next();
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="audit-log.csv"');
    async function* all(): AsyncGenerator<string> {
      if (!first.done) yield first.value;
      yield* lines;
    }
    // With back-pressure: a batch is read only when the last one has been sent, and reading
    // stops when the caller goes away (nothing to answer then: the headers are out).
    await pipeline(Readable.from(all()), res).catch(() => res.destroy());
  }
}
