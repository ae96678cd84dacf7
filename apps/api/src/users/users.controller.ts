import {
  Body,
  Controller,
  Get,
  HttpCode,
  Logger,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  Req,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Invitation, PendingInvitation, User } from '@rcp/api-contract';
import { CurrentActor, RequestWithSession, Roles } from '../auth/access.decorators';
import { Actor } from '../auth/actor';
import { AppConfig } from '../config/app-config';
import { ChangeRoleDto, CreateInvitationDto, ListUsersQuery, VersionedDto } from './user.dto';
import { PendingInvitationsService } from './pending-invitations.service';
import { UserAccessService } from './user-access.service';
import { UsersService } from './users.service';
import { NoBody } from '../common/no-body.pipe';
import { ApiContractResponse, ApiErrors } from '../api-docs/api-responses';

const id = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('users')
@Controller()
export class UsersController {
  private readonly logger = new Logger('Invitations');

  constructor(
    private readonly users: UsersService,
    private readonly access: UserAccessService,
    private readonly pending: PendingInvitationsService,
    private readonly config: ConfigService<AppConfig, true>,
  ) {}

  @Get('users')
  @Roles('coordinator')
  @ApiContractResponse(200, 'User', { isArray: true })
  @ApiOperation({ summary: 'Every user of the network, optionally of one council.' })
  list(@Query() query: ListUsersQuery): Promise<User[]> {
    return this.users.list(query.councilId);
  }

  @Get('councils/:councilId/users')
  @Roles('coordinator', 'lead')
  @ApiContractResponse(200, 'User', { isArray: true })
  @ApiOperation({ summary: "A council's users (its lead, or a coordinator)." })
  listForCouncil(
    @CurrentActor() actor: Actor,
    @Param('councilId', id) councilId: string,
  ): Promise<User[]> {
    return this.users.listForCouncil(actor, councilId);
  }

  @Post('invitations')
  @ApiErrors(404, 409) // a council that does not exist; an email already used
  @Roles('coordinator', 'lead')
  @ApiContractResponse(201, 'Invitation')
  @ApiOperation({
    summary:
      'Invite someone: returns a single-use, expiring link to pass on (there is no mail server).',
  })
  async invite(
    @CurrentActor() actor: Actor,
    @Body() dto: CreateInvitationDto,
    @Req() req: RequestWithSession,
  ): Promise<Invitation> {
    const invitation = await this.users.invite(actor, dto, this.baseUrl(req));
    // Logged because there is no mail server: an operator can pass the link on.
    this.logger.log(
      `Invitation for ${invitation.email} (${invitation.role}): ${invitation.acceptUrl}`,
    );
    return invitation;
  }

  @Post('users/:userId/deactivate')
  @ApiErrors(409)
  @HttpCode(200)
  @Roles('coordinator', 'lead')
  @ApiConflictResponse({ description: "The council's last active lead cannot be deactivated." })
  @ApiContractResponse(200, 'User')
  @ApiOperation({ summary: 'Deactivate a user; their sessions end at once.' })
  deactivate(
    @CurrentActor() actor: Actor,
    @Param('userId', id) userId: string,
    @NoBody() _body: undefined,
  ): Promise<User> {
    return this.users.deactivate(actor, userId);
  }

  @Get('invitations')
  @Roles('coordinator')
  @ApiContractResponse(200, 'PendingInvitation', { isArray: true })
  @ApiOperation({
    summary: 'Invitations not yet accepted (expired ones too), optionally of one council.',
  })
  listInvitations(@Query() query: ListUsersQuery): Promise<PendingInvitation[]> {
    return this.pending.list(query.councilId);
  }

  @Get('councils/:councilId/invitations')
  @Roles('coordinator', 'lead')
  @ApiContractResponse(200, 'PendingInvitation', { isArray: true })
  @ApiOperation({ summary: "A council's invitations not yet accepted, with their expiry." })
  listCouncilInvitations(@Param('councilId', id) councilId: string): Promise<PendingInvitation[]> {
    return this.pending.list(councilId);
  }

  @Put('users/:userId/role')
  @ApiErrors(409)
  @Roles('coordinator', 'lead')
  @ApiConflictResponse({ description: 'A stale version, or the last active lead of a council.' })
  @ApiContractResponse(200, 'User')
  @ApiOperation({
    summary:
      'Move someone to another council role (a lead: manager ↔ viewer in their own council). Takes effect on their next request.',
  })
  changeRole(
    @CurrentActor() actor: Actor,
    @Param('userId', id) userId: string,
    @Body() dto: ChangeRoleDto,
  ): Promise<User> {
    return this.access.changeRole(actor, userId, dto.role, dto.version);
  }

  @Post('users/:userId/reactivate')
  @ApiErrors(409)
  @HttpCode(200)
  @Roles('coordinator', 'lead')
  @ApiConflictResponse({ description: 'A stale version, or the person is not deactivated.' })
  @ApiContractResponse(200, 'User')
  @ApiOperation({
    summary: 'Bring back a deactivated user (invited again if they never set a password).',
  })
  reactivate(
    @CurrentActor() actor: Actor,
    @Param('userId', id) userId: string,
    @Body() dto: VersionedDto,
  ): Promise<User> {
    return this.access.reactivate(actor, userId, dto.version);
  }

  @Post('users/:userId/invitation/resend')
  @ApiErrors(409)
  @HttpCode(200)
  @Roles('coordinator', 'lead')
  @ApiConflictResponse({ description: 'A stale version, or the person is no longer invited.' })
  @ApiContractResponse(200, 'Invitation')
  @ApiOperation({ summary: 'Send an invitation again: a new link; the old one stops working.' })
  async resendInvitation(
    @CurrentActor() actor: Actor,
    @Param('userId', id) userId: string,
    @Body() dto: VersionedDto,
    @Req() req: RequestWithSession,
  ): Promise<Invitation> {
    const invitation = await this.pending.resend(actor, userId, dto.version, this.baseUrl(req));
    this.logger.log(
      `Invitation for ${invitation.email} (${invitation.role}): ${invitation.acceptUrl}`,
    );
    return invitation;
  }

  @Post('users/:userId/invitation/revoke')
  @ApiErrors(409)
  @HttpCode(200)
  @Roles('coordinator', 'lead')
  @ApiConflictResponse({ description: 'A stale version, or no open invitation.' })
  @ApiContractResponse(200, 'User')
  @ApiOperation({ summary: "Revoke someone's open invitation: its link stops working." })
  revokeInvitation(
    @CurrentActor() actor: Actor,
    @Param('userId', id) userId: string,
    @Body() dto: VersionedDto,
  ): Promise<User> {
    return this.pending.revoke(actor, userId, dto.version);
  }

  private baseUrl(req: RequestWithSession): string {
    return this.config.get('publicUrl', { infer: true }) ?? `${req.protocol}://${req.get('host')}`;
  }
}
