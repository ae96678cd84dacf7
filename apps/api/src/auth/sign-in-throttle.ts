import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { normalizeIp } from '@nestjs/throttler';
import { AppConfig } from '../config/app-config';
import { RateLimitsRepository } from './rate-limits.repository';

/** The per-address ceiling counts failures in fixed windows of this length. */
export const ADDRESS_WINDOW_MS = 15 * 60_000;
/** Failures in a row for an account from an address are forgotten this long after the last one. */
export const FORGET_FAILURES_AFTER_MS = 60 * 60_000;
const PREFIX = 'sign-in';

/**
 * Seconds the next attempt must wait after `failures` failed sign-ins in a row: none until
 * `freeFailures` have failed, then 1 second, doubling at every further failure, up to `maxSeconds`.
 */
export function waitAfterFailures(
  failures: number,
  freeFailures: number,
  maxSeconds: number,
): number {
  if (failures < freeFailures) return 0;
  return Math.min(maxSeconds, 2 ** (failures - freeFailures));
}

/** "8 seconds", "1 minute", "15 minutes": a wait as a person reads it, rounded up. */
export function waitPhrase(seconds: number): string {
  const whole = Math.max(1, Math.ceil(seconds));
  if (whole < 60) return whole === 1 ? '1 second' : `${whole} seconds`;
  const minutes = Math.ceil(whole / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/** A sign-in that may go ahead; tell the throttle if it succeeds. */
export interface AdmittedSignIn {
  admitted: true;
  addressKey: string;
  addressWindow: string;
  accountKey: string;
}

/** A sign-in refused before its password is checked: which limit, and for how long. */
export interface RefusedSignIn {
  admitted: false;
  limit: 'address' | 'account-at-address';
  retryAfterSeconds: number;
}

/**
 * Anti-automation for sign-in that cannot be turned into a lockout (README "Sign-in protection"):
 * - failures are counted per account *and* address, so neither a colleague's typos at a shared
 *   office address nor an attacker elsewhere slows anyone else down; past LOGIN_FAILURE_LIMIT in a
 *   row, each further attempt must wait longer (doubling, up to LOGIN_MAX_WAIT_SECONDS);
 * - one address gets at most LOGIN_ADDRESS_LIMIT failures per 15 minutes across all
 *   accounts, against credential stuffing, well above what an office produces.
 * Every attempt is counted before its password is checked, so parallel guesses cannot all slip in
 * under a limit; a success gives its address count back and clears its failures in a row.
 */
@Injectable()
export class SignInThrottle {
  private readonly freeFailures: number;
  private readonly maxWaitSeconds: number;
  private readonly addressLimit: number;

  constructor(
    private readonly counters: RateLimitsRepository,
    config: ConfigService<AppConfig, true>,
  ) {
    this.freeFailures = config.get('loginFailureLimit', { infer: true });
    this.maxWaitSeconds = config.get('loginMaxWaitSeconds', { infer: true });
    this.addressLimit = config.get('loginAddressLimit', { infer: true });
  }

  async admit(email: string, ip: string | null): Promise<AdmittedSignIn | RefusedSignIn> {
    // IPv6 clients are grouped by /64, as the general rate limit does: one host holds a whole /64.
    const address = normalizeIp(ip ?? 'unknown');
    // Old counters are swept now and then; sign-ins are what create them.
    if (Math.random() < 0.01) void this.counters.deleteExpired().catch(() => undefined);
    // The address first: a refused address then never touches an account's count.
    const addressKey = `${PREFIX}:address:${address}`;
    const hit = await this.counters.hit(addressKey, ADDRESS_WINDOW_MS);
    if (hit.hits > this.addressLimit) {
      await this.counters.giveBack(addressKey, hit.window);
      return { admitted: false, limit: 'address', retryAfterSeconds: hit.expires_in };
    }

    // An address never contains a space, so the key names one account at one address.
    const accountKey = `${PREFIX}:account-at-address:${address} ${email}`;
    const claim = await this.counters.claimAttempt(accountKey, FORGET_FAILURES_AFTER_MS, (n) =>
      waitAfterFailures(n, this.freeFailures, this.maxWaitSeconds),
    );
    if (!claim.admitted) {
      await this.counters.giveBack(addressKey, hit.window);
      return { admitted: false, limit: 'account-at-address', retryAfterSeconds: claim.waitSeconds };
    }
    return { admitted: true, addressKey, addressWindow: hit.window, accountKey };
  }

  async succeeded(attempt: AdmittedSignIn): Promise<void> {
    await this.counters.giveBack(attempt.addressKey, attempt.addressWindow);
    await this.counters.forget(attempt.accountKey);
  }
}
