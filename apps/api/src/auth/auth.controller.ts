import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  CurrentUser,
  InvitationPreview,
  SessionState,
  SignInOptions,
} from '@rcp/api-contract';
import type { Response } from 'express';
import { NoBody } from '../common/no-body.pipe';
import { AppConfig } from '../config/app-config';
import {
  ALL_ROLES,
  callerOf,
  Public,
  RequestWithSession,
  Roles,
  SessionOnly,
} from './access.decorators';
import { AcceptInvitationDto, LoginDto } from './auth.dto';
import { AuthService, toCurrentUser } from './auth.service';
import {
  clearSessionCookie,
  CookieSecure,
  readCookie,
  SESSION_COOKIE,
  setSessionCookies,
} from './cookies';
import { ApiContractResponse, ApiEmptyResponse, ApiErrors } from '../api-docs/api-responses';

@ApiTags('auth')
// Sessions, sign-in and invitations are a browser's business: an API token gets a 403 here.
@SessionOnly()
@Controller()
export class AuthController {
  private readonly cookieSecure: CookieSecure;

  constructor(
    private readonly auth: AuthService,
    config: ConfigService<AppConfig, true>,
  ) {
    this.cookieSecure = config.get('cookieSecure', { infer: true });
  }

  @Get('auth/sign-in-options')
  @Public()
  @ApiContractResponse(200, 'SignInOptions')
  @ApiOperation({ summary: 'What the sign-in page may show (demo accounts in demo mode).' })
  signInOptions(): Promise<SignInOptions> {
    return this.auth.signInOptions();
  }

  @Post('auth/login')
  @Public()
  @HttpCode(200)
  @ApiContractResponse(200, 'CurrentUser')
  @ApiErrors(401)
  @ApiOperation({ summary: 'Sign in; sets the session cookie. 429 after repeated failures.' })
  async login(
    @Body() dto: LoginDto,
    @Req() req: RequestWithSession,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CurrentUser> {
    const signedIn = await this.auth.login(
      dto.email,
      dto.password,
      callerOf(req),
      readCookie(req, SESSION_COOKIE),
    );
    setSessionCookies(req, res, this.cookieSecure, signedIn.session);
    return signedIn.user;
  }

  @Post('auth/logout')
  @Roles(...ALL_ROLES)
  @HttpCode(204)
  @ApiEmptyResponse('Signed out; the session cookie is cleared.')
  @ApiOperation({ summary: 'Sign out: ends this session.' })
  async logout(
    @Req() req: RequestWithSession,
    @Res({ passthrough: true }) res: Response,
    @NoBody() _body: undefined,
  ): Promise<void> {
    const token = readCookie(req, SESSION_COOKIE);
    if (token && req.sessionUser) await this.auth.logout(token, req.sessionUser, callerOf(req));
    clearSessionCookie(req, res, this.cookieSecure);
    // Dashboards and benchmarks are revalidated from the browser's cache (private, no-cache):
    // signing out empties it, so the next person at a shared computer cannot read them back.
    res.setHeader('Clear-Site-Data', '"cache"');
  }

  @Get('auth/session')
  @Public()
  @ApiContractResponse(200, 'SessionState')
  @ApiOperation({
    summary:
      'Whether this browser is signed in: { signedIn: false }, or { signedIn: true, user }. Always 200.',
  })
  session(@Req() req: RequestWithSession): SessionState {
    const user = req.sessionUser;
    return user
      ? { signedIn: true, user: toCurrentUser(user, user.expiresAt) }
      : { signedIn: false };
  }

  @Get('auth/me')
  @Roles(...ALL_ROLES)
  @ApiContractResponse(200, 'CurrentUser')
  @ApiOperation({ summary: 'The signed-in user (401 when signed out).' })
  me(@Req() req: RequestWithSession): CurrentUser {
    const user = req.sessionUser;
    if (!user) throw new Error('unreachable: the access guard requires a session');
    return toCurrentUser(user, user.expiresAt);
  }

  @Get('invitations/:token')
  @Public()
  @ApiContractResponse(200, 'InvitationPreview')
  @ApiOperation({
    summary: 'Who an invitation is for (404 when used, revoked, expired or unknown).',
  })
  previewInvitation(@Param('token') token: string): Promise<InvitationPreview> {
    return this.auth.previewInvitation(token);
  }

  @Post('invitations/:token/accept')
  @Public()
  @HttpCode(200)
  @ApiContractResponse(200, 'CurrentUser')
  @ApiOperation({ summary: 'Set a password with a single-use invitation link; signs the user in.' })
  async acceptInvitation(
    @Param('token') token: string,
    @Body() dto: AcceptInvitationDto,
    @Req() req: RequestWithSession,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CurrentUser> {
    const signedIn = await this.auth.acceptInvitation(token, dto.password, callerOf(req));
    setSessionCookies(req, res, this.cookieSecure, signedIn.session);
    return signedIn.user;
  }
}
