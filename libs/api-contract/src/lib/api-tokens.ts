/**
 * Read-only API tokens for BI tools (Power BI, Excel, scripts): a council lead's token reads their
 * council, a coordinator's the network. The secret is shown once, in the answer to its creation.
 */
export const API_TOKEN_NAME_MAX_LENGTH = 80;
/** The longest a token may live: it must be renewed (a new token) at least once a year. */
export const API_TOKEN_MAX_DAYS = 366;

export interface ApiToken {
  id: string;
  name: string;
  /** The token's first characters (`rcp_` and 8 more), to tell tokens apart; not a secret. */
  prefix: string;
  /** The council it reads; null for a coordinator's network token. */
  councilId: string | null;
  councilName: string | null;
  createdByName: string;
  createdAt: string;
  expiresAt: string;
  /** Written at most once a minute, so it may lag the last use by up to a minute. */
  lastUsedAt: string | null;
  status: 'active' | 'expired';
}

export interface CreateApiTokenRequest {
  name: string;
  /** The last day the token works (YYYY-MM-DD, UK time): after today, within a year. */
  expiresOn: string;
}

/** The answer to a creation: the only time the secret itself is ever sent. */
export interface CreatedApiToken extends ApiToken {
  token: string;
}
