import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  Audit,
  AuditListPage,
  AuditStatusChange,
  AuditTrailEntry,
  PutRatingsResponse,
} from '@rcp/api-contract';
import type { Response } from 'express';
import { ALL_ROLES, CurrentActor, Roles } from '../auth/access.decorators';
import { Actor } from '../auth/actor';
import { NoBody } from '../common/no-body.pipe';
import {
  AuditVersionQuery,
  CreateAuditDto,
  ListAuditsQuery,
  PutRatingsDto,
  ReopenAuditDto,
  SubmitAuditDto,
} from './audit.dto';
import { AuditLifecycleService } from './audit-lifecycle.service';
import { AuditRatingsService } from './audit-ratings.service';
import { AuditReadsService } from './audit-reads.service';
import { ApiContractResponse, ApiEmptyResponse, ApiErrors } from '../api-docs/api-responses';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

/** `If-Match: "7"` or `If-Match: 7` → 7; anything else → undefined (then the body's version counts). */
function parseIfMatch(header?: string): number | undefined {
  const match = /^\s*(?:W\/)?"?(\d+)"?\s*$/.exec(header ?? '');
  return match ? Number(match[1]) : undefined;
}

@ApiTags('audits')
@Controller()
export class AuditsController {
  constructor(
    private readonly reads: AuditReadsService,
    private readonly lifecycle: AuditLifecycleService,
    private readonly ratings: AuditRatingsService,
  ) {}

  @Get('councils/:councilId/audits')
  @Roles(...ALL_ROLES)
  @ApiContractResponse(200, 'AuditListPage')
  @ApiOperation({
    summary:
      "A page of a council's audits (`limit`, default 20, at most 100; `offset`), newest period first, then the most recently started, with their headline numbers and the total.",
  })
  list(
    @Param('councilId', uuid) councilId: string,
    @Query() query: ListAuditsQuery,
  ): Promise<AuditListPage> {
    return this.reads.list(councilId, query);
  }

  @Post('councils/:councilId/audits')
  @ApiErrors(409)
  @Roles('lead')
  @ApiContractResponse(201, 'Audit')
  @ApiOperation({
    summary:
      'Start an audit for a period; ratings from the last submitted audit are carried forward.',
  })
  create(
    @CurrentActor() actor: Actor,
    @Param('councilId', uuid) councilId: string,
    @Body() dto: CreateAuditDto,
  ): Promise<Audit> {
    return this.lifecycle.create(actor, councilId, dto);
  }

  @Get('audits/:auditId')
  @Roles(...ALL_ROLES)
  @ApiContractResponse(200, 'Audit')
  @ApiErrors(304) // its ETag is the version: If-None-Match with it is answered 304
  @ApiOperation({
    summary: 'An audit with its protocols, ratings, live scores and version (also as ETag).',
  })
  async get(
    @CurrentActor() actor: Actor,
    @Param('auditId', uuid) auditId: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Audit> {
    const audit = await this.reads.get(actor, auditId);
    res.setHeader('ETag', `"${audit.version}"`);
    return audit;
  }

  @Put('audits/:auditId/ratings')
  @ApiErrors(409)
  @Roles('lead')
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'The version you read; or send `version` in the body.',
  })
  @ApiContractResponse(200, 'PutRatingsResponse')
  @ApiErrors(412)
  @ApiOperation({
    summary:
      'Upsert ratings in bulk. Writes merge cell by cell: only a cell someone changed after your version of it gets 409 (with who, when and what), and then nothing is written. With If-Match, any change since gets 412.',
  })
  async putRatings(
    @CurrentActor() actor: Actor,
    @Param('auditId', uuid) auditId: string,
    @Body() dto: PutRatingsDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PutRatingsResponse> {
    const result = await this.ratings.putRatings(actor, auditId, dto, parseIfMatch(ifMatch));
    res.setHeader('ETag', `"${result.version}"`);
    return result;
  }

  @Post('audits/:auditId/submit')
  @ApiErrors(409)
  @HttpCode(200)
  @Roles('lead')
  @ApiContractResponse(200, 'AuditStatusChange')
  @ApiOperation({
    summary:
      'Submit: locks the audit and stores its summaries. Answers its status, version and headline (not its grid).',
  })
  submit(
    @CurrentActor() actor: Actor,
    @Param('auditId', uuid) auditId: string,
    @Body() dto: SubmitAuditDto,
  ): Promise<AuditStatusChange> {
    return this.lifecycle.submit(actor, auditId, dto.version);
  }

  @Post('audits/:auditId/reopen')
  @ApiErrors(409)
  @HttpCode(200)
  @Roles('lead')
  @ApiContractResponse(200, 'AuditStatusChange')
  @ApiOperation({
    summary:
      'Reopen a submitted audit, with a reason (council lead only). Answers its status, version and headline.',
  })
  reopen(
    @CurrentActor() actor: Actor,
    @Param('auditId', uuid) auditId: string,
    @Body() dto: ReopenAuditDto,
  ): Promise<AuditStatusChange> {
    return this.lifecycle.reopen(actor, auditId, dto.version, dto.reason);
  }

  @Delete('audits/:auditId')
  @HttpCode(204)
  @Roles('lead')
  @ApiEmptyResponse('Discarded.')
  @ApiErrors(409)
  @ApiOperation({
    summary:
      'Discard a draft that was never submitted, given the version last read (409 if it changed since, or if it was submitted before).',
  })
  discard(
    @CurrentActor() actor: Actor,
    @Param('auditId', uuid) auditId: string,
    @Query() query: AuditVersionQuery,
    @NoBody() _body: undefined,
  ): Promise<void> {
    return this.lifecycle.discard(actor, auditId, query.version);
  }

  @Get('audits/:auditId/trail')
  @Roles(...ALL_ROLES)
  @ApiContractResponse(200, 'AuditTrailEntry', { isArray: true })
  @ApiOperation({ summary: 'Every change to the audit: who, when, before and after.' })
  trail(
    @CurrentActor() actor: Actor,
    @Param('auditId', uuid) auditId: string,
  ): Promise<AuditTrailEntry[]> {
    return this.reads.trail(actor, auditId);
  }
}
