import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CouncilDashboard } from '@rcp/api-contract';
import { ALL_ROLES, Roles } from '../auth/access.decorators';
import { DashboardQueryDto } from './dashboard.dto';
import { DashboardService } from './dashboard.service';
import { RevalidateEveryTime } from '../common/revalidate';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('dashboard')
@Controller('councils/:councilId/dashboard')
export class DashboardController {
  constructor(private readonly dashboards: DashboardService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @RevalidateEveryTime()
  @ApiOperation({
    summary:
      "A council's dashboard: headline, trend, profile, heat map, breakdowns, movers, mismatches, gaps.",
  })
  get(
    @Param('councilId', uuid) councilId: string,
    @Query() query: DashboardQueryDto,
  ): Promise<CouncilDashboard> {
    return this.dashboards.dashboard(councilId, query);
  }
}
