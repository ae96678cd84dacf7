import type { Role } from '@rcp/vocabulary';
import * as argon2 from 'argon2';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { TestApp } from './test-app';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

/**
 * Test users' stored hash: a real argon2id hash, which sign-in verifies like any other (argon2
 * reads the cost from the hash), but at argon2's lowest cost. At the product's cost (64 MiB, 3
 * passes: ~0.2 s of CPU per sign-in) the suite's ~1,000 sign-ins were most of its run time.
 * Passwords the product itself hashes (invitations, password changes, demo) keep that cost.
 */
function fixtureHash(): Promise<string> {
  return argon2.hash(TEST_PASSWORD, {
    type: argon2.argon2id,
    memoryCost: 1024,
    timeCost: 1,
    parallelism: 1,
  });
}

function unique(): string {
  return randomBytes(4).toString('hex');
}

export async function aCouncil(
  t: TestApp,
  overrides: Partial<{
    name: string;
    type: string;
    region: string;
    populationBand: string;
    sharing: string;
  }> = {},
): Promise<{ id: string; name: string }> {
  const name = overrides.name ?? `Testshire ${unique()} Council`;
  const [row] = await t.sql<{ id: string }>(
    `INSERT INTO councils (name, type, region, population_band, sharing) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [
      name,
      overrides.type ?? 'unitary',
      overrides.region ?? 'North West',
      overrides.populationBand ?? '150k-300k',
      overrides.sharing ?? 'anonymised',
    ],
  );
  return { id: row.id, name };
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  role: Role;
  councilId: string | null;
}

export async function aUser(
  t: TestApp,
  role: Role,
  councilId: string | null,
  overrides: Partial<{ email: string; status: 'active' | 'invited' | 'deactivated' }> = {},
): Promise<TestUser> {
  passwordHash ??= fixtureHash();
  const email = overrides.email ?? `${role}-${unique()}@test.example`;
  const status = overrides.status ?? 'active';
  const [row] = await t.sql<{ id: string }>(
    `INSERT INTO users (email, display_name, role, council_id, password_hash, status)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [
      email,
      `Test ${role}`,
      role,
      councilId,
      status === 'invited' ? null : await passwordHash,
      status,
    ],
  );
  return { id: row.id, email, password: TEST_PASSWORD, role, councilId };
}

function cookiesFrom(res: request.Response): Record<string, string> {
  const raw = res.headers['set-cookie'] as unknown as string[] | undefined;
  const jar: Record<string, string> = {};
  for (const line of raw ?? []) {
    const [pair] = line.split(';');
    const index = pair.indexOf('=');
    jar[pair.slice(0, index)] = pair.slice(index + 1);
  }
  return jar;
}

/**
 * A browser-like client: keeps its cookies and echoes XSRF-TOKEN as X-XSRF-TOKEN on writes,
 * exactly as Angular's HttpClient does.
 */
export class Client {
  readonly cookies: Record<string, string> = {};

  constructor(private readonly t: TestApp) {}

  static async anonymous(t: TestApp): Promise<Client> {
    const client = new Client(t);
    await client.get('/api/v1/auth/sign-in-options');
    return client;
  }

  static async signedIn(t: TestApp, user: { email: string; password: string }): Promise<Client> {
    const client = await Client.anonymous(t);
    const res = await client.post('/api/v1/auth/login', {
      email: user.email,
      password: user.password,
    });
    if (res.status !== 200)
      throw new Error(`sign-in of ${user.email} failed: ${res.status} ${res.text}`);
    return client;
  }

  get xsrf(): string | undefined {
    return this.cookies['XSRF-TOKEN'];
  }

  get(path: string) {
    return this.send('GET', path);
  }
  post(path: string, body?: object) {
    return this.send('POST', path, body);
  }
  put(path: string, body?: object) {
    return this.send('PUT', path, body);
  }
  patch(path: string, body?: object) {
    return this.send('PATCH', path, body);
  }

  /** A multipart upload of one file, as the browser's file input sends it. */
  async upload(
    path: string,
    fileName: string,
    content: string | Buffer,
  ): Promise<request.Response> {
    let req = request(this.t.app.getHttpServer()).post(path);
    const cookie = Object.entries(this.cookies)
      .map(([k, v]) => `${k}=${v}`)
      .join('; ');
    if (cookie) req = req.set('Cookie', cookie);
    if (this.xsrf) req = req.set('X-XSRF-TOKEN', this.xsrf);
    return req.attach(
      'file',
      Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'),
      fileName,
    );
  }

  async send(
    method: string,
    path: string,
    body?: object,
    options: { xsrf?: string | null } = {},
    headers: Record<string, string> = {},
  ): Promise<request.Response> {
    let req = request(this.t.app.getHttpServer())[method.toLowerCase() as 'get'](path);
    const cookie = Object.entries(this.cookies)
      .map(([k, v]) => `${k}=${v}`)
      .join('; ');
    if (cookie) req = req.set('Cookie', cookie);
    const xsrf = options.xsrf === undefined ? this.xsrf : options.xsrf;
    if (method !== 'GET' && xsrf) req = req.set('X-XSRF-TOKEN', xsrf);
    for (const [name, value] of Object.entries(headers)) req = req.set(name, value);
    const res = body === undefined ? await req : await req.send(body);
    for (const [name, value] of Object.entries(cookiesFrom(res))) {
      if (value === '') delete this.cookies[name];
      else this.cookies[name] = value;
    }
    return res;
  }
}
