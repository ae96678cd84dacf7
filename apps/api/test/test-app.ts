import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { randomBytes } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { Client } from 'pg';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { AppModule } from '../src/app/app.module';
import { APP_OPTIONS, configureApp } from '../src/app/configure-app';
import { AppConfig, loadConfig } from '../src/config/app-config';
import { OpenApiConformance } from './openapi-conformance';

/** Every response of this test file's apps, checked against the OpenAPI document. */
const conformance: OpenApiConformance[] = [];

afterAll(() => {
  const violations = [...new Set(conformance.flatMap((c) => c.violations))];
  if (violations.length > 0) {
    throw new Error(
      `Responses that do not match the OpenAPI document (fix the document or the contract types):\n- ${violations.join('\n- ')}`,
    );
  }
});

export interface TestApp {
  app: INestApplication;
  http: TestAgent;
  config: AppConfig;
  /** Runs SQL directly against this test's database (for assertions on what was stored). */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

function serverUrl(): string {
  const url = process.env['TEST_DATABASE_URL'];
  if (!url) throw new Error('TEST_DATABASE_URL is not set: the jest global setup did not run');
  return url;
}

/** Creates an empty database of its own, so test files never see each other's data. */
export async function createTestDatabase(): Promise<string> {
  const name = `rcp_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * The real API (same module, pipes, filters, headers as production) on a fresh database, or on
 * the one `env.DATABASE_URL` names.
 */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const databaseUrl = env['DATABASE_URL'] ?? (await createTestDatabase());
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    WEB_DIST_DIR: '/nonexistent',
    DEMO: 'false',
    ...env,
    DATABASE_URL: databaseUrl,
  });
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.register(config)],
  }).compile();
  const app = moduleRef.createNestApplication(APP_OPTIONS);
  // First of all middleware, so it sees every response as sent (compressed or not); it checks
  // once configureApp has built the document.
  const checker: { conformance?: OpenApiConformance } = {};
  app.use((req: Request, res: Response, next: NextFunction) =>
    checker.conformance ? checker.conformance.middleware(req, res, next) : next(),
  );
  checker.conformance = new OpenApiConformance(configureApp(app, config));
  conformance.push(checker.conformance);
  await app.init();
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  return {
    app,
    http: request(app.getHttpServer()),
    config,
    sql: async <T>(text: string, params?: unknown[]) =>
      (await client.query(text, params)).rows as T[],
    close: async () => {
      await client.end();
      await app.close();
    },
  };
}
