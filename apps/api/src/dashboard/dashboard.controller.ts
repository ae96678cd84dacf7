import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { CouncilDashboard } from '@rcp/api-contract';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ALL_ROLES, Roles } from '../auth/access.decorators';
import { DashboardService } from './dashboard.service';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

export class DashboardQueryDto {
  @ApiPropertyOptional({ description: 'A submitted audit (default: the latest).' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an audit id' })
  auditId?: string;

  @ApiPropertyOptional({ description: 'The audit to compare with (default: the one before).' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an audit id' })
  compareTo?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(120)
  serviceArea?: string;

  @ApiPropertyOptional({ enum: ['organisational', 'wider'] })
  @IsOptional()
  @IsIn(['organisational', 'wider'], { message: 'must be organisational or wider' })
  scope?: 'organisational' | 'wider';
}

@ApiTags('dashboard')
@Controller('councils/:councilId/dashboard')
export class DashboardController {
  constructor(private readonly dashboards: DashboardService) {}

  @Get()
  @Roles(...ALL_ROLES)
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
