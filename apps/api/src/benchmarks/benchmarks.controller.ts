import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { WhoMadeItWork } from '@rcp/api-contract';
import type { Request, Response } from 'express';
import { ALL_ROLES, CurrentActor, Roles } from '../auth/access.decorators';
import { Actor } from '../auth/actor';
import { BenchmarksQueryDto, WhoMadeItWorkQueryDto } from './benchmarks.dto';
import { BenchmarksService } from './benchmarks.service';
import { WhoMadeItWorkService } from './who-made-it-work.service';
import { sendStoredJson } from '../common/stored-json';
import { RevalidateEveryTime } from '../common/revalidate';
import { ApiContractResponse } from '../api-docs/api-responses';

@ApiTags('benchmarks')
@Controller('benchmarks')
export class BenchmarksController {
  constructor(
    private readonly benchmarks: BenchmarksService,
    private readonly whoMadeItWorkService: WhoMadeItWorkService,
  ) {}

  @Get()
  @Roles(...ALL_ROLES)
  @RevalidateEveryTime()
  @ApiContractResponse(200, 'Benchmarks')
  @ApiOperation({
    summary:
      'Distribution, ranks, per-principle quartiles and the network trend, with consent: councils are named only if they chose to be.',
  })
  // A Benchmarks object, sent as stored JSON (see BenchmarksService.answer): each encoding made
  // once per answer, and a repeat view answered with 304.
  async get(
    @CurrentActor() actor: Actor,
    @Query() q: BenchmarksQueryDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const answer = await this.benchmarks.answer(actor, {
      asAt: q.asAt,
      principle: q.principle,
      comparison: {
        type: q.type ?? null,
        region: q.region ?? null,
        populationBand: q.populationBand ?? null,
      },
      display: {
        type: q.showType ?? null,
        region: q.showRegion ?? null,
        populationBand: q.showPopulationBand ?? null,
      },
    });
    sendStoredJson(req, res, answer);
  }

  @Get('who-made-it-work')
  @Roles(...ALL_ROLES)
  @ApiContractResponse(200, 'WhoMadeItWork')
  @ApiOperation({
    summary:
      'Councils whose version of a protocol is enabling, with their evidence (named only with consent).',
  })
  whoMadeItWork(
    @CurrentActor() actor: Actor,
    @Query() q: WhoMadeItWorkQueryDto,
  ): Promise<WhoMadeItWork> {
    return this.whoMadeItWorkService.whoMadeItWork(actor, q.category ?? null, q.libraryKey ?? null);
  }
}
