import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
  ValidateBy,
} from 'class-validator';
import { availableParallelism } from 'node:os';
import { parseTrustProxy, TRUST_PROXY_RULE, TrustProxy } from './trust-proxy';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const toBoolean = ({ value }: { value: unknown }) => {
  if (value === undefined || value === '') return undefined;
  const text = String(value).toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(text)) return true;
  if (['false', '0', 'no', 'off'].includes(text)) return false;
  return value; // left as-is so IsBoolean reports it
};

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : /^-?\d+$/.test(String(value))
      ? Number(value)
      : value;

/** The environment variables the API reads. Each is documented in the README's configuration table. */
class EnvironmentVariables {
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  @Max(65535)
  PORT?: number;

  @IsOptional()
  @IsString()
  HOST?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  DATA_DIR?: string;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// connection URL' })
  DATABASE_URL?: string;

  @IsOptional()
  @IsIn(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL?: LogLevel;

  @IsOptional()
  @IsString()
  WEB_DIST_DIR?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  @Max(100)
  DB_POOL_SIZE?: number;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'must be true or false' })
  DEMO?: boolean;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  @Max(1440)
  SESSION_IDLE_MINUTES?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  @Max(720)
  SESSION_ABSOLUTE_HOURS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  @Max(720)
  INVITATION_TTL_HOURS?: number;

  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, { message: 'must be an http(s) URL' })
  PUBLIC_URL?: string;

  @IsOptional()
  @IsIn(['auto', 'true', 'false'], { message: 'must be auto, true or false' })
  COOKIE_SECURE?: 'auto' | 'true' | 'false';

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  @Max(100)
  LOGIN_FAILURE_LIMIT?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  @Max(86400)
  LOGIN_MAX_WAIT_SECONDS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(10)
  @Max(100000)
  LOGIN_ADDRESS_LIMIT?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(10)
  RATE_LIMIT_PER_MINUTE?: number;

  @IsOptional()
  @ValidateBy(
    {
      name: 'isTrustProxy',
      validator: { validate: (value) => parseTrustProxy(String(value)) !== undefined },
    },
    { message: TRUST_PROXY_RULE },
  )
  TRUST_PROXY?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(2)
  @Max(100)
  BENCHMARK_MIN_GROUP?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  @Max(64)
  WEB_CONCURRENCY?: number;
}

export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  /** Set when an external PostgreSQL is used; otherwise the embedded one is started. */
  databaseUrl?: string;
  logLevel: LogLevel;
  webDistDir: string;
  dbPoolSize: number;
  /** Load the demo network into an empty database and list its accounts on the sign-in page. */
  demo: boolean;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  invitationTtlHours: number;
  /** Base of links the app hands out (invitations); when unset, taken from the request. */
  publicUrl?: string;
  /** 'auto': Secure cookies when the request came over HTTPS (directly or via a proxy). */
  cookieSecure: 'auto' | 'true' | 'false';
  /**
   * Failed sign-ins in a row for one account from one address before each further attempt from
   * there must wait (1 second, doubling); see auth/sign-in-throttle.ts.
   */
  loginFailureLimit: number;
  /** The longest of those waits. */
  loginMaxWaitSeconds: number;
  /** Failed sign-ins from one address, across all accounts, per 15 minutes before it gets 429. */
  loginAddressLimit: number;
  /** Requests per minute per client address across the whole API (@nestjs/throttler). */
  rateLimitPerMinute: number;
  /** Proxy hops whose X-Forwarded-For is believed; false: none, the socket's address is the client. */
  trustProxy: TrustProxy;
  /** Benchmarks withhold aggregates for groups smaller than this, so no council can be singled out. */
  benchmarkMinGroup: number;
  /** API worker processes serving the one port (Node's cluster); 1: the API runs in this process. */
  webConcurrency: number;
}

export class ConfigError extends Error {}

/**
 * Validates the environment and returns typed settings. Throws a ConfigError whose message is one
 * line naming the variable, so a bad value stops start-up with a clear reason.
 */
export function loadConfig(env: NodeJS.ProcessEnv | Record<string, string | undefined>): AppConfig {
  const parsed = plainToInstance(
    EnvironmentVariables,
    { ...env },
    { excludeExtraneousValues: false },
  );
  const errors = validateSync(parsed, { skipMissingProperties: false, whitelist: false });
  if (errors.length > 0) {
    const first = errors[0];
    const constraints = first.constraints ?? {};
    // Report the type problem ("must be a whole number") before range problems.
    const reason =
      constraints['isInt'] ??
      constraints['isBoolean'] ??
      Object.values(constraints)[0] ??
      'is invalid';
    const text = reason.startsWith(first.property)
      ? reason.slice(first.property.length).trim()
      : reason;
    throw new ConfigError(
      `Invalid configuration: ${first.property} ${text} (got "${String(env[first.property])}")`,
    );
  }
  return {
    port: parsed.PORT ?? 3000,
    host: parsed.HOST ?? '0.0.0.0',
    dataDir: parsed.DATA_DIR ?? '.data',
    databaseUrl: parsed.DATABASE_URL,
    logLevel: parsed.LOG_LEVEL ?? 'info',
    webDistDir: parsed.WEB_DIST_DIR ?? 'dist/apps/web/browser',
    dbPoolSize: parsed.DB_POOL_SIZE ?? 10,
    // Demo data only when asked: a production deployment starts empty unless DEMO=true.
    demo: parsed.DEMO ?? env['NODE_ENV'] !== 'production',
    sessionIdleMinutes: parsed.SESSION_IDLE_MINUTES ?? 30,
    sessionAbsoluteHours: parsed.SESSION_ABSOLUTE_HOURS ?? 12,
    invitationTtlHours: parsed.INVITATION_TTL_HOURS ?? 72,
    publicUrl: parsed.PUBLIC_URL?.replace(/\/$/, ''),
    cookieSecure: parsed.COOKIE_SECURE ?? 'auto',
    loginFailureLimit: parsed.LOGIN_FAILURE_LIMIT ?? 5,
    loginMaxWaitSeconds: parsed.LOGIN_MAX_WAIT_SECONDS ?? 900,
    loginAddressLimit: parsed.LOGIN_ADDRESS_LIMIT ?? 100,
    rateLimitPerMinute: parsed.RATE_LIMIT_PER_MINUTE ?? 3000,
    trustProxy: parseTrustProxy(parsed.TRUST_PROXY) ?? false,
    benchmarkMinGroup: parsed.BENCHMARK_MIN_GROUP ?? 5,
    webConcurrency: parsed.WEB_CONCURRENCY ?? availableParallelism(),
  };
}
