import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  NetworkPlans,
  PlanAchievement,
  PlanChangeDetail,
  PlanChangeList,
  PlanProjection,
  PlanSuggestions,
  SuggestedTargets,
} from '@rcp/api-contract';
import type { Response } from 'express';
import { ALL_ROLES, CurrentActor, Roles } from '../auth/access.decorators';
import { Actor } from '../auth/actor';
import {
  AddPlanNoteDto,
  ChangePlanStatusDto,
  CreatePlanChangeDto,
  PlanProjectionQuery,
  SuggestedTargetsQuery,
  UpdatePlanChangeDto,
} from './plan.dto';
import { PlanAchievementService } from './plan-achievement.service';
import { PlanChangesService } from './plan-changes.service';
import { PlanProjectionService } from './plan-projection.service';
import { PlanReadsService } from './plan-reads.service';
import { ApiContractResponse, ApiCsvResponse, ApiErrors } from '../api-docs/api-responses';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('plans')
@Controller()
export class PlansController {
  constructor(
    private readonly reads: PlanReadsService,
    private readonly writes: PlanChangesService,
    private readonly projections: PlanProjectionService,
    private readonly achievements: PlanAchievementService,
  ) {}

  @Get('councils/:councilId/plan/changes')
  @Roles(...ALL_ROLES)
  @ApiContractResponse(200, 'PlanChangeList')
  @ApiOperation({ summary: "The council's planned changes, by priority and due date." })
  list(@Param('councilId', uuid) councilId: string): Promise<PlanChangeList> {
    return this.reads.list(councilId);
  }

  @Post('councils/:councilId/plan/changes')
  @ApiErrors(409)
  @Roles('lead', 'manager')
  @ApiContractResponse(201, 'PlanChangeDetail')
  @ApiOperation({
    summary:
      'Plan a change (managers and the lead). A replace of a library protocol without targets gets the library’s enabling ratings. One open change per protocol (409).',
  })
  create(
    @CurrentActor() actor: Actor,
    @Param('councilId', uuid) councilId: string,
    @Body() dto: CreatePlanChangeDto,
  ): Promise<PlanChangeDetail> {
    return this.writes.create(actor, councilId, dto);
  }

  @Get('councils/:councilId/plan/suggested-targets')
  @Roles(...ALL_ROLES)
  @ApiContractResponse(200, 'SuggestedTargets')
  @ApiOperation({
    summary:
      'Suggested target ratings for a change to a protocol: the library’s enabling version, or +1 on every applicable principle.',
  })
  suggestedTargets(
    @Param('councilId', uuid) councilId: string,
    @Query() query: SuggestedTargetsQuery,
  ): Promise<SuggestedTargets> {
    return this.writes.suggestedTargets(councilId, query.protocolId);
  }

  @Get('councils/:councilId/plan/projection')
  @Roles(...ALL_ROLES)
  @ApiContractResponse(200, 'PlanProjection')
  @ApiOperation({
    summary:
      'Headline figures before and after the selected changes (default: agreed and in progress) on the latest audit, with each change’s own contribution to the index.',
  })
  projection(
    @Param('councilId', uuid) councilId: string,
    @Query() query: PlanProjectionQuery,
  ): Promise<PlanProjection> {
    return this.projections.projection(councilId, query);
  }

  @Get('councils/:councilId/plan/achievement')
  @Roles(...ALL_ROLES)
  @ApiContractResponse(200, 'PlanAchievement')
  @ApiOperation({
    summary:
      'Planned vs achieved: each agreed, in-progress or done change’s targets beside what the latest audit submitted after it was agreed recorded.',
  })
  achievement(@Param('councilId', uuid) councilId: string): Promise<PlanAchievement> {
    return this.achievements.achievement(councilId);
  }

  @Get('councils/:councilId/plan/suggestions')
  @Roles(...ALL_ROLES)
  @ApiContractResponse(200, 'PlanSuggestions')
  @ApiOperation({
    summary:
      'Where to start: mismatches first, then the protocols whose improvement would raise the index most.',
  })
  suggestions(@Param('councilId', uuid) councilId: string): Promise<PlanSuggestions> {
    return this.projections.suggestions(councilId);
  }

  @Get('councils/:councilId/plan/export.csv')
  @Roles(...ALL_ROLES)
  @ApiCsvResponse('The plan as CSV (RFC 4180, UTF-8).')
  @ApiOperation({ summary: 'The plan as CSV (RFC 4180, UTF-8).' })
  async export(@Param('councilId', uuid) councilId: string, @Res() res: Response): Promise<void> {
    const csv = await this.achievements.exportCsv(councilId);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="change-plan.csv"');
    res.send(csv);
  }

  @Get('plan-changes/:id')
  @Roles(...ALL_ROLES)
  @ApiContractResponse(200, 'PlanChangeDetail')
  @ApiOperation({ summary: 'One planned change with its notes and status history.' })
  get(@CurrentActor() actor: Actor, @Param('id', uuid) id: string): Promise<PlanChangeDetail> {
    return this.reads.get(actor, id);
  }

  @Patch('plan-changes/:id')
  @ApiErrors(409)
  @Roles('lead', 'manager')
  @ApiContractResponse(200, 'PlanChangeDetail')
  @ApiOperation({
    summary: 'Edit a planned change, given the version you read (409 if it changed since).',
  })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Body() dto: UpdatePlanChangeDto,
  ): Promise<PlanChangeDetail> {
    return this.writes.update(actor, id, dto);
  }

  @Post('plan-changes/:id/status')
  @ApiErrors(409)
  @HttpCode(200)
  @Roles('lead', 'manager')
  @ApiContractResponse(200, 'PlanChangeDetail')
  @ApiOperation({
    summary:
      'Move a change along proposed → agreed → in progress → done (or dropped), given the version you read; who and when are recorded.',
  })
  changeStatus(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Body() dto: ChangePlanStatusDto,
  ): Promise<PlanChangeDetail> {
    return this.writes.changeStatus(actor, id, dto);
  }

  @Post('plan-changes/:id/notes')
  @ApiErrors(409)
  @Roles('lead', 'manager')
  @ApiContractResponse(201, 'PlanChangeDetail')
  @ApiOperation({ summary: 'Add a dated note to a planned change.' })
  addNote(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Body() dto: AddPlanNoteDto,
  ): Promise<PlanChangeDetail> {
    return this.writes.addNote(actor, id, dto);
  }

  @Get('network/plans')
  @Roles('coordinator')
  @ApiContractResponse(200, 'NetworkPlans')
  @ApiOperation({
    summary: 'Coordinators: per council, changes by status and overdue ones.',
  })
  network(): Promise<NetworkPlans> {
    return this.achievements.network();
  }
}
