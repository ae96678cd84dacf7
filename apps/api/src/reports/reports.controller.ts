import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CouncilReportDetail } from '@rcp/api-contract';
import { ApiContractResponse } from '../api-docs/api-responses';
import { ALL_ROLES, Roles } from '../auth/access.decorators';
import { ReportQueryDto } from './reports.dto';
import { ReportsService } from './reports.service';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('reports')
@Controller('councils/:councilId/report')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary:
      'What a council report adds to the dashboard: the protocols holding the council back most and its biggest improvements, with their evidence.',
  })
  @ApiContractResponse(200, 'CouncilReportDetail')
  @ApiBadRequestResponse({ description: 'The audit is not an audit id (field-level errors).' })
  @ApiNotFoundResponse({
    description:
      'No such council or submitted audit, another council’s (as if it did not exist), or no submitted audit yet.',
  })
  get(
    @Param('councilId', uuid) councilId: string,
    @Query() query: ReportQueryDto,
  ): Promise<CouncilReportDetail> {
    return this.reports.detail(councilId, query.audit);
  }
}
