import {
  Body,
  Controller,
  Get,
  HttpCode,
  Logger,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Req,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Invitation, User } from '@rcp/api-contract';
import { CurrentActor, RequestWithSession, Roles } from '../auth/access.decorators';
import { Actor } from '../auth/actor';
import { AppConfig } from '../config/app-config';
import { CreateInvitationDto, ListUsersQuery } from './user.dto';
import { UsersService } from './users.service';
import { NoBody } from '../common/no-body.pipe';

const id = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('users')
@Controller()
export class UsersController {
  private readonly logger = new Logger('Invitations');

  constructor(
    private readonly users: UsersService,
    private readonly config: ConfigService<AppConfig, true>,
  ) {}

  @Get('users')
  @Roles('coordinator')
  @ApiOperation({ summary: 'Every user of the network, optionally of one council.' })
  list(@Query() query: ListUsersQuery): Promise<User[]> {
    return this.users.list(query.councilId);
  }

  @Get('councils/:councilId/users')
  @Roles('coordinator', 'lead')
  @ApiOperation({ summary: "A council's users (its lead, or a coordinator)." })
  listForCouncil(
    @CurrentActor() actor: Actor,
    @Param('councilId', id) councilId: string,
  ): Promise<User[]> {
    return this.users.listForCouncil(actor, councilId);
  }

  @Post('invitations')
  @Roles('coordinator', 'lead')
  @ApiCreatedResponse()
  @ApiOperation({
    summary:
      'Invite someone: returns a single-use, expiring link to pass on (there is no mail server).',
  })
  async invite(
    @CurrentActor() actor: Actor,
    @Body() dto: CreateInvitationDto,
    @Req() req: RequestWithSession,
  ): Promise<Invitation> {
    const base =
      this.config.get('publicUrl', { infer: true }) ?? `${req.protocol}://${req.get('host')}`;
    const invitation = await this.users.invite(actor, dto, base);
    // Logged because there is no mail server: an operator can pass the link on.
    this.logger.log(
      `Invitation for ${invitation.email} (${invitation.role}): ${invitation.acceptUrl}`,
    );
    return invitation;
  }

  @Post('users/:userId/deactivate')
  @HttpCode(200)
  @Roles('coordinator', 'lead')
  @ApiOperation({ summary: 'Deactivate a user; their sessions end at once.' })
  deactivate(
    @CurrentActor() actor: Actor,
    @Param('userId', id) userId: string,
    @NoBody() _body: undefined,
  ): Promise<User> {
    return this.users.deactivate(actor, userId);
  }
}
