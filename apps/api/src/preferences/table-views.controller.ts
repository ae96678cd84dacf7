import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { TableView, TableViews } from '@rcp/api-contract';
import { ALL_ROLES, CurrentActor, Roles } from '../auth/access.decorators';
import { Actor } from '../auth/actor';
import { TableViewDto } from './table-views.dto';
import { TableViewsService } from './table-views.service';
import { ApiContractResponse } from '../api-docs/api-responses';

@ApiTags('preferences')
@Controller('me/table-views')
export class TableViewsController {
  constructor(private readonly views: TableViewsService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiContractResponse(200, 'TableViews')
  @ApiOperation({ summary: "The signed-in user's saved table views (columns and sort), by table." })
  list(@CurrentActor() actor: Actor): Promise<TableViews> {
    return this.views.viewsOf(actor.userId);
  }

  @Put(':table')
  @Roles(...ALL_ROLES)
  @ApiContractResponse(200, 'TableView')
  @ApiOperation({
    summary:
      'Save how the signed-in user likes a table (register or audits): its columns and sort. Unknown table 404.',
  })
  save(
    @CurrentActor() actor: Actor,
    @Param('table') table: string,
    @Body() body: TableViewDto,
  ): Promise<TableView> {
    return this.views.save(actor.userId, table, body);
  }
}
