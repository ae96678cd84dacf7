import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createTestApp, TestApp } from '../../test/test-app';
import { HTTP_METHODS } from './openapi-document';

interface Op {
  operationId?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  parameters?: { name: string; in: string }[];
  requestBody?: unknown;
  responses: Record<string, { content?: Record<string, unknown> }>;
}

const root = resolve(__dirname, '../../../..');
/** Where the served document is written for the linter (and for generating clients). */
const DOCUMENT_FILE = resolve(root, 'dist/openapi/openapi.json');

describe('the OpenAPI document at /api/v1/openapi.json', () => {
  let t: TestApp;
  let doc: {
    paths: Record<string, Record<string, Op>>;
    tags: { name: string; description: string }[];
    components: { securitySchemes: Record<string, unknown> };
  };
  const ops: [string, string, Op][] = [];

  beforeAll(async () => {
    t = await createTestApp();
    doc = (await t.http.get('/api/v1/openapi.json').expect(200)).body;
    for (const [path, item] of Object.entries(doc.paths))
      for (const method of HTTP_METHODS) if (item[method]) ops.push([path, method, item[method]]);
  });
  afterAll(() => t.close());

  it('gives every operation a success response with its body (or none, for 204)', () => {
    const missing = ops.filter(([, , op]) => {
      const success = Object.entries(op.responses).filter(([s]) => /^2/.test(s));
      return success.length === 0 || success.some(([s, r]) => s !== '204' && !r.content);
    });
    expect(missing.map(([p, m]) => `${m} ${p}`)).toEqual([]);
  });

  it('declares every path parameter, and gives every operation a unique id and a described tag', () => {
    const tags = new Set(doc.tags.filter((t) => t.description).map((t) => t.name));
    const problems = ops.flatMap(([path, method, op]) => {
      const declared = (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
      const inPath = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      return [
        ...inPath.filter((n) => !declared.includes(n)).map((n) => `${method} ${path}: {${n}}`),
        ...(op.tags ?? []).filter((tag) => !tags.has(tag)).map((tag) => `tag ${tag}`),
        ...(op.tags?.length ? [] : [`${method} ${path}: no tag`]),
      ];
    });
    expect(problems).toEqual([]);
    const ids = ops.map(([, , op]) => op.operationId);
    expect(new Set(ids).size).toBe(ops.length);
  });

  it('lets reads use a session or an API token, writes a session with the XSRF header', () => {
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual([
      'apiToken',
      'session',
      'xsrf',
    ]);
    const health = doc.paths['/api/v1/health']['get'];
    expect(health.security).toEqual([]);
    const dashboard = doc.paths['/api/v1/councils/{councilId}/dashboard']['get'];
    expect(dashboard.security).toEqual([{ session: [] }, { apiToken: [] }]);
    expect(Object.keys(dashboard.responses)).toEqual(
      expect.arrayContaining(['200', '304', '401', '403', '404', '429']),
    );
    const patch = doc.paths['/api/v1/councils/{councilId}']['patch'];
    expect(patch.security).toEqual([{ session: [], xsrf: [] }]);
    expect(Object.keys(patch.responses)).toEqual(
      expect.arrayContaining(['200', '400', '401', '403', '404', '409', '429']),
    );
  });

  it('passes the outside linter (Redocly, recommended rules in redocly.yaml) with no errors', () => {
    mkdirSync(resolve(DOCUMENT_FILE, '..'), { recursive: true });
    writeFileSync(DOCUMENT_FILE, JSON.stringify(doc, null, 2));
    const lint = spawnSync(
      resolve(root, 'node_modules/.bin/redocly'),
      ['lint', DOCUMENT_FILE, '--config', resolve(root, 'redocly.yaml'), '--format', 'stylish'],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      },
    );
    expect({
      status: lint.status,
      output: lint.status === 0 ? '' : lint.stdout + lint.stderr,
    }).toEqual({
      status: 0,
      output: '',
    });
  }, 60_000);
});
