/** Talks to an API process over HTTP as a browser would: cookies, and the XSRF token echoed. */

export interface Session {
  /** The Cookie header: the session cookie and its XSRF-TOKEN. */
  cookie: string;
  xsrf: string;
}

export interface Answer<T = unknown> {
  status: number;
  body: T;
}

function cookiesOf(res: Response): Map<string, string> {
  const jar = new Map<string, string>();
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const eq = pair.indexOf('=');
    jar.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
  return jar;
}

/** A fresh anonymous XSRF token, as a browser gets on its first visit. */
async function anonymousXsrf(port: number): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/auth/sign-in-options`);
  await res.body?.cancel();
  return cookiesOf(res).get('XSRF-TOKEN') ?? '';
}

/** POST /auth/login; the session when it succeeded. */
export async function signIn(
  port: number,
  email: string,
  password: string,
): Promise<Answer & { session: Session | null }> {
  const xsrf = await anonymousXsrf(port);
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: `XSRF-TOKEN=${xsrf}`,
      'x-xsrf-token': xsrf,
    },
    body: JSON.stringify({ email, password }),
  });
  const jar = cookiesOf(res);
  const token = jar.get('rcp_session');
  const session = token
    ? {
        cookie: `rcp_session=${token}; XSRF-TOKEN=${jar.get('XSRF-TOKEN')}`,
        xsrf: jar.get('XSRF-TOKEN') ?? '',
      }
    : null;
  return { status: res.status, body: await res.json(), session };
}

/** One API call with the session's cookies (and its XSRF token on writes). */
export async function call<T = unknown>(
  port: number,
  session: Session,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<Answer<T>> {
  const res = await fetch(`http://127.0.0.1:${port}/api/v1${path}`, {
    method,
    headers: {
      cookie: session.cookie,
      'x-xsrf-token': session.xsrf,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
}
