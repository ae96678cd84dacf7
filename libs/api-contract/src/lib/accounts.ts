/** Roles. A coordinator works across the whole network; the others belong to one council. */
export const ROLES = ['coordinator', 'lead', 'manager', 'viewer'] as const;
export type Role = (typeof ROLES)[number];
export const COUNCIL_ROLES = ['lead', 'manager', 'viewer'] as const;
export type CouncilRole = (typeof COUNCIL_ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  coordinator: 'Network coordinator',
  lead: 'Council lead',
  manager: 'Manager',
  viewer: 'Viewer',
};

export const COUNCIL_TYPES = [
  'county',
  'district',
  'unitary',
  'metropolitan-borough',
  'london-borough',
  'welsh',
  'scottish',
  'northern-irish',
] as const;
export type CouncilType = (typeof COUNCIL_TYPES)[number];

export const COUNCIL_TYPE_LABELS: Record<CouncilType, string> = {
  county: 'County council',
  district: 'District council',
  unitary: 'Unitary authority',
  'metropolitan-borough': 'Metropolitan borough',
  'london-borough': 'London borough',
  welsh: 'Welsh principal council',
  scottish: 'Scottish council',
  'northern-irish': 'Northern Irish district council',
};

export const REGIONS = [
  'North East',
  'North West',
  'Yorkshire and the Humber',
  'East Midlands',
  'West Midlands',
  'East of England',
  'London',
  'South East',
  'South West',
  'Wales',
  'Scotland',
  'Northern Ireland',
] as const;
export type Region = (typeof REGIONS)[number];

export const POPULATION_BANDS = ['under-150k', '150k-300k', '300k-500k', 'over-500k'] as const;
export type PopulationBand = (typeof POPULATION_BANDS)[number];
export const POPULATION_BAND_LABELS: Record<PopulationBand, string> = {
  'under-150k': 'Under 150,000',
  '150k-300k': '150,000 to 300,000',
  '300k-500k': '300,000 to 500,000',
  'over-500k': 'Over 500,000',
};

/** How a council appears to other councils in benchmarks. */
export const SHARING_CHOICES = ['named', 'anonymised'] as const;
export type SharingChoice = (typeof SHARING_CHOICES)[number];

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

export type UserStatus = 'invited' | 'active' | 'deactivated';

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
}

export interface Page<T> {
  items: T[];
  total: number;
}
