import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ApiToken, CreatedApiToken } from '@rcp/api-contract';
import { ApiContractResponse, ApiEmptyResponse, ApiErrors } from '../api-docs/api-responses';
import { CurrentActor, Roles, SessionOnly } from '../auth/access.decorators';
import { Actor } from '../auth/actor';
import { NoBody } from '../common/no-body.pipe';
import { CreateApiTokenDto } from './api-tokens.dto';
import { ApiTokensService } from './api-tokens.service';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

const CREATED = 'The new token, with its secret: shown this once only.';

/**
 * Read-only API tokens for BI tools: a council's lead manages their council's tokens (a
 * coordinator may see and revoke them too); coordinators manage network tokens and may revoke any.
 * Managed with a signed-in session only, never with a token.
 */
@ApiTags('api tokens')
@SessionOnly()
@Controller()
export class ApiTokensController {
  constructor(private readonly tokens: ApiTokensService) {}

  @Get('councils/:councilId/api-tokens')
  @Roles('lead', 'coordinator')
  @ApiContractResponse(200, 'ApiToken', { isArray: true })
  @ApiOperation({ summary: "A council's API tokens not revoked (expired ones marked so)." })
  listForCouncil(@Param('councilId', uuid) councilId: string): Promise<ApiToken[]> {
    return this.tokens.list({ councilId });
  }

  @Post('councils/:councilId/api-tokens')
  @Roles('lead')
  @ApiContractResponse(201, 'CreatedApiToken', { description: CREATED })
  @ApiErrors(409)
  @ApiOperation({
    summary: "Create a read-only token that reads the lead's council; its secret is shown once.",
  })
  createForCouncil(
    @CurrentActor() actor: Actor,
    @Param('councilId', uuid) councilId: string,
    @Body() dto: CreateApiTokenDto,
  ): Promise<CreatedApiToken> {
    return this.tokens.create(actor, { councilId }, dto);
  }

  @Delete('councils/:councilId/api-tokens/:id')
  @Roles('lead', 'coordinator')
  @HttpCode(204)
  @ApiEmptyResponse('Revoked: it stops working within seconds.')
  @ApiOperation({ summary: "Revoke one of a council's tokens." })
  async revokeForCouncil(
    @CurrentActor() actor: Actor,
    @Param('councilId', uuid) councilId: string,
    @Param('id', uuid) id: string,
    @NoBody() _body: undefined,
  ): Promise<void> {
    await this.tokens.revoke(actor, id, { councilId });
  }

  @Get('network/api-tokens')
  @Roles('coordinator')
  @ApiContractResponse(200, 'ApiToken', { isArray: true })
  @ApiOperation({ summary: "Every API token not revoked: the network's and every council's." })
  listForNetwork(): Promise<ApiToken[]> {
    return this.tokens.list({ all: true });
  }

  @Post('network/api-tokens')
  @Roles('coordinator')
  @ApiContractResponse(201, 'CreatedApiToken', { description: CREATED })
  @ApiErrors(409)
  @ApiOperation({
    summary: 'Create a read-only token that reads the whole network; its secret is shown once.',
  })
  createForNetwork(
    @CurrentActor() actor: Actor,
    @Body() dto: CreateApiTokenDto,
  ): Promise<CreatedApiToken> {
    return this.tokens.create(actor, { network: true }, dto);
  }

  @Delete('network/api-tokens/:id')
  @Roles('coordinator')
  @HttpCode(204)
  @ApiEmptyResponse('Revoked: it stops working within seconds.')
  @ApiOperation({ summary: 'Revoke any token, network or council.' })
  async revokeAny(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @NoBody() _body: undefined,
  ): Promise<void> {
    await this.tokens.revoke(actor, id, { all: true });
  }
}
