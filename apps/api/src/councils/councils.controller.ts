import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Council } from '@rcp/api-contract';
import { ALL_ROLES, CurrentActor, Roles } from '../auth/access.decorators';
import { Actor } from '../auth/actor';
import { CouncilsService } from './councils.service';
import {
  CreateCouncilDto,
  ListCouncilsQuery,
  UpdateCouncilDto,
  UpdateSharingDto,
} from './council.dto';
import { NoBody } from '../common/no-body.pipe';

const id = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('councils')
@Controller('councils')
export class CouncilsController {
  constructor(private readonly councils: CouncilsService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'Councils you can see: all for coordinators, your own otherwise.' })
  @ApiOkResponse()
  list(@CurrentActor() actor: Actor, @Query() query: ListCouncilsQuery): Promise<Council[]> {
    return this.councils.list(actor, query.includeArchived === true);
  }

  @Post()
  @Roles('coordinator')
  @ApiOperation({ summary: 'Add a council to the network.' })
  @ApiCreatedResponse()
  create(@CurrentActor() actor: Actor, @Body() dto: CreateCouncilDto): Promise<Council> {
    return this.councils.create(actor, dto);
  }

  @Get(':councilId')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'One council.' })
  get(@CurrentActor() actor: Actor, @Param('councilId', id) councilId: string): Promise<Council> {
    return this.councils.get(actor, councilId);
  }

  @Patch(':councilId')
  @Roles('coordinator')
  @ApiOperation({ summary: 'Edit a council (send the version you read; 409 if it changed).' })
  update(
    @CurrentActor() actor: Actor,
    @Param('councilId', id) councilId: string,
    @Body() dto: UpdateCouncilDto,
  ): Promise<Council> {
    return this.councils.update(actor, councilId, dto);
  }

  @Put(':councilId/sharing')
  @Roles('coordinator', 'lead')
  @ApiOperation({
    summary: "Choose whether the council is named or anonymised in other councils' benchmarks.",
  })
  setSharing(
    @CurrentActor() actor: Actor,
    @Param('councilId', id) councilId: string,
    @Body() dto: UpdateSharingDto,
  ): Promise<Council> {
    return this.councils.setSharing(actor, councilId, dto.sharing, dto.version);
  }

  @Post(':councilId/archive')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: 'Archive a council: it leaves lists and benchmarks; its data is kept.' })
  archive(
    @CurrentActor() actor: Actor,
    @Param('councilId', id) councilId: string,
    @NoBody() _body: undefined,
  ): Promise<Council> {
    return this.councils.setArchived(actor, councilId, true);
  }

  @Post(':councilId/restore')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: 'Bring an archived council back.' })
  restore(
    @CurrentActor() actor: Actor,
    @Param('councilId', id) councilId: string,
    @NoBody() _body: undefined,
  ): Promise<Council> {
    return this.councils.setArchived(actor, councilId, false);
  }
}
