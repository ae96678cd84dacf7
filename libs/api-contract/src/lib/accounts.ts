import type {
  CouncilType,
  PopulationBand,
  Region,
  Role,
  SharingChoice,
  UserStatus,
} from '@rcp/vocabulary';

export interface Council {
  id: string;
  name: string;
  type: CouncilType;
  region: Region;
  populationBand: PopulationBand;
  sharing: SharingChoice;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
  /** Optimistic-concurrency version: send it back as `version` when editing. */
  version: number;
}

export interface CreateCouncilRequest {
  name: string;
  type: CouncilType;
  region: Region;
  populationBand: PopulationBand;
  sharing?: SharingChoice;
}

export interface UpdateCouncilRequest extends Partial<CreateCouncilRequest> {
  version: number;
}

export interface UpdateSharingRequest {
  sharing: SharingChoice;
  version: number;
}

export interface User {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  councilId: string | null;
  councilName: string | null;
  status: UserStatus;
  createdAt: string;
  lastSignInAt: string | null;
  /** Optimistic-concurrency version: send it back as `version` when changing this person. */
  version: number;
}

/** Moves a person to another role within their council (a coordinator's role is not changed). */
export interface ChangeRoleRequest {
  role: Role;
  version: number;
}

/** A write that only needs the version the caller read (reactivate, resend, revoke). */
export interface VersionedRequest {
  version: number;
}

/** An invitation nobody has accepted yet (expired ones too, so they can be sent again). */
export interface PendingInvitation {
  id: string;
  userId: string;
  email: string;
  displayName: string;
  role: Role;
  councilId: string | null;
  councilName: string | null;
  invitedByEmail: string | null;
  createdAt: string;
  expiresAt: string;
  expired: boolean;
  /** The invited person's version, for resending or revoking. */
  userVersion: number;
}

/** The signed-in user, as `GET /auth/me` and `POST /auth/login` return it. */
export interface CurrentUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  councilId: string | null;
  councilName: string | null;
  /** When the session ends at the latest (absolute timeout), ISO 8601. */
  sessionExpiresAt: string;
}

/**
 * Whether this browser is signed in (GET auth/session): always 200, so a signed-out visitor's
 * page load logs no error; auth/me still answers 401 for tools that want the signed-in user.
 */
export type SessionState = { signedIn: false } | { signedIn: true; user: CurrentUser };

export interface LoginRequest {
  email: string;
  password: string;
}

export interface DemoAccount {
  email: string;
  role: Role;
  councilName: string | null;
}

/** What the sign-in page may show before anyone signs in. */
export interface SignInOptions {
  demo: boolean;
  /** Listed only in demo mode; all use `demoPassword`. */
  demoAccounts: DemoAccount[];
  demoPassword: string | null;
}

export interface CreateInvitationRequest {
  email: string;
  displayName: string;
  role: Role;
  /** Required for council roles; must be absent for a coordinator. */
  councilId?: string;
}

export interface Invitation {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  councilId: string | null;
  councilName: string | null;
  expiresAt: string;
  /** Only in the response to the inviter: the single-use link to pass on (there is no mail server). */
  acceptUrl?: string;
}

/** What an invitee sees before setting a password. */
export interface InvitationPreview {
  email: string;
  displayName: string;
  role: Role;
  councilName: string | null;
  expiresAt: string;
}

export interface AcceptInvitationRequest {
  password: string;
}

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export interface AuditEvent {
  id: string;
  occurredAt: string;
  actorEmail: string | null;
  councilId: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  /** The read-only API token the request came with; null for a browser session or the system. */
  apiToken: AuditEventApiToken | null;
}

/** An API token as the trail names it: revoked tokens stay named (they are never deleted). */
export interface AuditEventApiToken {
  id: string;
  name: string;
  /** The token's first characters (`rcp_` and 8 more); not a secret. */
  prefix: string;
}

export interface Page<T> {
  items: T[];
  total: number;
}

/** The steps of a council's first cycle, in order (see GettingStarted). */
export type GettingStartedStep = 'register' | 'first-audit' | 'submit' | 'plan';

/**
 * A council's progress through its first cycle, from its real data: protocols in the register,
 * an audit started, an audit submitted, a change planned.
 */
export interface GettingStarted {
  steps: Array<{ step: GettingStartedStep; done: boolean }>;
  /** Every step is done. */
  complete: boolean;
}

/** A page of the audit trail, newest first. */
export type AuditEventPage = Page<AuditEvent>;

/** The actions recorded in the audit trail the caller can see, for its filter. */
export type AuditEventActions = string[];
