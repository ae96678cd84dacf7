import {
  BadRequestException,
  ConflictException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { API_TOKEN_MAX_DAYS, ApiToken, CreatedApiToken } from '@rcp/api-contract';
import { DataSource, QueryFailedError } from 'typeorm';
import { Actor } from '../auth/actor';
import { AuditTrailService } from '../audit-trail/audit-trail.service';
import { ukToday } from '../common/uk-date';
import { ApiTokensRepository, TokenScope } from './api-tokens.repository';
import { CreateApiTokenDto } from './api-tokens.dto';
import { BearerTokens, newBearerToken } from './bearer-tokens';

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function isRealDay(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

function expiryProblem(expiresOn: string, today: string): string | undefined {
  if (!isRealDay(expiresOn)) return 'must be a real date (YYYY-MM-DD)';
  if (expiresOn <= today) return 'must be after today';
  if (expiresOn > addDays(today, API_TOKEN_MAX_DAYS)) return 'must be within a year from today';
  return undefined;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error as { code?: string }).code === '23505';
}

/** Where a token lives: one council (a lead's) or the network (a coordinator's). */
export type TokenHome = { councilId: string } | { network: true };

/**
 * Creating, listing and revoking read-only API tokens. Who may reach which scope is the access
 * guard's and the controller's job; this keeps the rules of the tokens themselves.
 */
@Injectable()
export class ApiTokensService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tokens: ApiTokensRepository,
    private readonly bearer: BearerTokens,
    private readonly audit: AuditTrailService,
  ) {}

  async create(actor: Actor, home: TokenHome, dto: CreateApiTokenDto): Promise<CreatedApiToken> {
    const problem = expiryProblem(dto.expiresOn, ukToday());
    if (problem) {
      throw new BadRequestException({
        message: 'The request has invalid fields.',
        errors: [{ field: 'expiresOn', messages: [problem] }],
      });
    }
    const secret = newBearerToken();
    const councilId = 'councilId' in home ? home.councilId : null;
    try {
      const created = await this.db.transaction(async (m) => {
        const token = await this.tokens.insert(
          {
            name: dto.name,
            tokenHash: secret.tokenHash,
            prefix: secret.prefix,
            councilId,
            createdBy: actor.userId,
            expiresOn: dto.expiresOn,
          },
          m,
        );
        await this.audit.record(
          actor,
          {
            action: 'api-token.created',
            councilId,
            entityType: 'api-token',
            entityId: token.id,
            after: auditView(token),
          },
          m,
        );
        return token;
      });
      return { ...created, token: secret.token };
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictException(
          `A token named "${dto.name}" already exists here. Choose another name, or revoke that token first.`,
        );
      }
      throw error;
    }
  }

  list(scope: TokenScope): Promise<ApiToken[]> {
    return this.tokens.list(scope);
  }

  /** Revokes a token of the scope (404 for anyone else's); it stops working at once here. */
  async revoke(actor: Actor, id: string, scope: TokenScope): Promise<void> {
    const tokenHash = await this.db.transaction(async (m) => {
      const token = await this.tokens.find(id, scope, m);
      if (!token) throw new NotFoundException('API token not found.');
      const hash = await this.tokens.revoke(id, scope, actor.userId, m);
      if (!hash) throw new NotFoundException('API token not found.');
      await this.audit.record(
        actor,
        {
          action: 'api-token.revoked',
          councilId: token.councilId,
          entityType: 'api-token',
          entityId: token.id,
          before: auditView(token),
        },
        m,
      );
      return hash;
    });
    this.bearer.forget(tokenHash);
  }
}

/** What the audit trail keeps of a token: never its secret nor its hash. */
function auditView(token: ApiToken) {
  return {
    name: token.name,
    prefix: token.prefix,
    councilId: token.councilId,
    expiresAt: token.expiresAt,
  };
}
