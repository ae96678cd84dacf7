import { SessionCache } from '../auth/session-cache';

/**
 * Live API tokens this process checked in the last few seconds (SESSION_CACHE_MS), keyed by the
 * token's hash: the same rules as sessions, so a revocation, deactivation or archiving forgets
 * them here at once and other processes notice within those few seconds. Its own class so Nest
 * gives it its own instance.
 */
export class ApiTokenCache extends SessionCache {}
