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
import { ApiOperation, ApiTags } from '@nestjs/swagger';
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
import { ApiContractResponse, ApiErrors } from '../api-docs/api-responses';

const id = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('councils')
@Controller('councils')
export class CouncilsController {
  constructor(private readonly councils: CouncilsService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiContractResponse(200, 'Council', { isArray: true })
  @ApiOperation({ summary: 'Councils you can see: all for coordinators, your own otherwise.' })
  list(@CurrentActor() actor: Actor, @Query() query: ListCouncilsQuery): Promise<Council[]> {
    return this.councils.list(actor, query.includeArchived === true);
  }

  @Post()
  @Roles('coordinator')
  @ApiContractResponse(201, 'Council')
  @ApiErrors(409)
  @ApiOperation({ summary: 'Add a council to the network.' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateCouncilDto): Promise<Council> {
    return this.councils.create(actor, dto);
  }

  @Get(':councilId')
  @Roles(...ALL_ROLES)
  @ApiContractResponse(200, 'Council')
  @ApiOperation({ summary: 'One council.' })
  get(@CurrentActor() actor: Actor, @Param('councilId', id) councilId: string): Promise<Council> {
    return this.councils.get(actor, councilId);
  }

  @Patch(':councilId')
  @ApiErrors(409)
  @Roles('coordinator')
  @ApiContractResponse(200, 'Council')
  @ApiOperation({ summary: 'Edit a council (send the version you read; 409 if it changed).' })
  update(
    @CurrentActor() actor: Actor,
    @Param('councilId', id) councilId: string,
    @Body() dto: UpdateCouncilDto,
  ): Promise<Council> {
    return this.councils.update(actor, councilId, dto);
  }

  @Put(':councilId/sharing')
  @ApiErrors(409)
  @Roles('coordinator', 'lead')
  @ApiContractResponse(200, 'Council')
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
  @ApiErrors(409)
  @HttpCode(200)
  @Roles('coordinator')
  @ApiContractResponse(200, 'Council')
  @ApiOperation({ summary: 'Archive a council: it leaves lists and benchmarks; its data is kept.' })
  archive(
    @CurrentActor() actor: Actor,
    @Param('councilId', id) councilId: string,
    @NoBody() _body: undefined,
  ): Promise<Council> {
    return this.councils.setArchived(actor, councilId, true);
  }

  @Post(':councilId/restore')
  @ApiErrors(409)
  @HttpCode(200)
  @Roles('coordinator')
  @ApiContractResponse(200, 'Council')
  @ApiOperation({ summary: 'Bring an archived council back.' })
  restore(
    @CurrentActor() actor: Actor,
    @Param('councilId', id) councilId: string,
    @NoBody() _body: undefined,
  ): Promise<Council> {
    return this.councils.setArchived(actor, councilId, false);
  }
}
