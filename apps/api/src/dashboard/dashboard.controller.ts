import { Controller, Get, Param, ParseUUIDPipe, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ApiContractResponse } from '../api-docs/api-responses';
import { ALL_ROLES, Roles } from '../auth/access.decorators';
import { RevalidateEveryTime } from '../common/revalidate';
import { sendStoredJson } from '../common/stored-json';
import { DashboardModelService } from './dashboard-model.service';
import { DashboardQueryDto } from './dashboard.dto';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('dashboard')
@Controller('councils/:councilId/dashboard')
export class DashboardController {
  constructor(private readonly stored: DashboardModelService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @RevalidateEveryTime()
  @ApiOperation({
    summary:
      "A council's dashboard: headline, trend, profile, heat map, breakdowns, movers, mismatches, gaps.",
  })
  @ApiContractResponse(200, 'CouncilDashboard', {
    description:
      'The dashboard, stored per council and view (filters and comparison included) until its figures change.',
  })
  async get(
    @Param('councilId', uuid) councilId: string,
    @Query() query: DashboardQueryDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    // The stored text goes out as it is (compressed once); its ETag answers a repeat view with 304.
    sendStoredJson(req, res, await this.stored.answer(councilId, query));
  }
}
