import type { Role } from '@rcp/vocabulary';

/** Who is making a request, as services see it (services never see the HTTP request itself). */
export interface Actor {
  userId: string;
  email: string;
  role: Role;
  /** Null for coordinators, who work across the whole network. */
  councilId: string | null;
  ip: string | null;
  requestId: string | null;
  /** The read-only API token the request came with; null (or absent) for a browser session. */
  apiTokenId?: string | null;
}

/** What is known about an unauthenticated caller (sign-in, invitations). */
export interface Caller {
  ip: string | null;
  requestId: string | null;
  /** The read-only API token the request came with; null (or absent) for a browser session. */
  apiTokenId?: string | null;
}

export function isCoordinator(actor: Actor): boolean {
  return actor.role === 'coordinator';
}

/** True when the actor may see data of this council (coordinators: any; others: their own). */
export function canReachCouncil(actor: Actor, councilId: string | null | undefined): boolean {
  return actor.role === 'coordinator' || (!!councilId && actor.councilId === councilId);
}
