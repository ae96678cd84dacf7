import { APIRequestContext, expect } from '@playwright/test';
import { DEMO_PASSWORD } from './accounts';

/** The XSRF token the API gave this request context (echoed as a header on writes). */
async function xsrfToken(request: APIRequestContext): Promise<string> {
  const { cookies } = await request.storageState();
  const cookie = cookies.find((c) => c.name === 'XSRF-TOKEN');
  expect(cookie, 'the API sets an XSRF-TOKEN cookie').toBeDefined();
  return cookie?.value ?? '';
}

/**
 * Signs `request` in through the API (faster than the sign-in page, for setting up data). Each
 * sign-in is recorded in the audit log.
 */
export async function apiSignIn(
  request: APIRequestContext,
  email: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  await request.get('/api/v1/health');
  const response = await request.post('/api/v1/auth/login', {
    data: { email, password },
    headers: { 'X-XSRF-TOKEN': await xsrfToken(request) },
  });
  expect(response.status(), `signing in ${email}`).toBe(200);
}

/** A write through the API as the signed-in user of `request`; returns the parsed body. */
export async function apiPost<T>(
  request: APIRequestContext,
  path: string,
  data: object,
): Promise<T> {
  const response = await request.post(path, {
    data,
    headers: { 'X-XSRF-TOKEN': await xsrfToken(request) },
  });
  expect(response.ok(), `POST ${path}: ${response.status()}`).toBe(true);
  return (await response.json()) as T;
}
