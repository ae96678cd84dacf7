import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ERRORS_EXTENSION } from './api-responses';
import contractSchemas from './contract-schemas.json';
import { normaliseNullable } from './nullable-schemas';
import { errorResponse, NOT_MODIFIED } from './error-responses';

type Operation = OpenAPIObject['paths'][string]['get'] & Record<string, unknown>;

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

/** Every tag an operation may use, with what it groups. */
export const TAG_DESCRIPTIONS: Record<string, string> = {
  auth: 'Signing in and out, the session, invitations to set a password.',
  councils: 'The councils of the network, their sharing choice and first-cycle progress.',
  users: 'People of a council and the network, their roles and invitations.',
  framework: 'The RCP framework: principles, qualities and scoring, versioned and published.',
  'protocol register': "A council's register of protocols, imports, the library, each one's story.",
  audits: 'Audits of the register: ratings per principle and perspective, submission, history.',
  dashboard: "A council's dashboard and the coordinators' network overview.",
  benchmarks: 'How councils compare, with the consent rules of each council.',
  plans: 'Planned changes to protocols, their projection and what they achieved.',
  feeds: 'Long-format data for BI tools (Power BI, Excel, R): JSON pages or whole CSV files.',
  'audit trail': 'Who did what and when: the record of changes and refusals.',
  preferences: "The signed-in user's saved table views.",
  reports:
    'What a council report for cabinet and scrutiny adds to the dashboard: protocols with their evidence.',
  'api tokens':
    'Named, read-only, expiring tokens for BI tools (Authorization: Bearer), managed when signed in.',
  health: 'Liveness and readiness for load balancers and monitoring.',
};

const SECURITY_SCHEMES = {
  session: {
    type: 'apiKey',
    in: 'cookie',
    name: 'rcp_session',
    description: 'The browser session, set by POST /api/v1/auth/login.',
  },
  xsrf: {
    type: 'apiKey',
    in: 'header',
    name: 'X-XSRF-TOKEN',
    description:
      'Every write (and sign-in) sends the value of the XSRF-TOKEN cookie back in this header.',
  },
  apiToken: {
    type: 'http',
    scheme: 'bearer',
    description: 'A read-only API token for BI tools (Authorization: Bearer …); reads only.',
  },
} as const;

/** `CouncilsController` + `setSharing` → `councilsSetSharing`: unique, as both are. */
export function operationId(controllerKey: string, methodKey: string): string {
  const base = controllerKey.replace(/Controller$/, '');
  return (
    base.charAt(0).toLowerCase() +
    base.slice(1) +
    methodKey.charAt(0).toUpperCase() +
    methodKey.slice(1)
  );
}

/** A write that sends the version (or revision) it read: 409 when someone changed it since. */
function isVersionedWrite(op: Operation, schemas: Record<string, unknown>): boolean {
  const versionParam = (op.parameters ?? []).some(
    (p) => 'name' in p && (p.name === 'version' || p.name === 'revision'),
  );
  const ref = (op.requestBody as { content?: Record<string, { schema?: { $ref?: string } }> })
    ?.content?.['application/json']?.schema?.$ref;
  const body = ref ? (schemas[ref.split('/').pop() ?? ''] as { properties?: object }) : undefined;
  const versionField =
    !!body?.properties && ('version' in body.properties || 'revision' in body.properties);
  return versionParam || versionField;
}

/** Security, error responses and extensions of one operation, from what Nest could see of it. */
function completeOperation(method: string, op: Operation, schemas: Record<string, unknown>): void {
  const isPublic = op['x-rcp-public'] === true;
  const isRead = method === 'get' || method === 'head';
  const sessionOnly = op['x-rcp-session-only'] === true;
  if (isPublic) op.security = isRead ? [] : [{ xsrf: [] }];
  else if (!isRead) op.security = [{ session: [], xsrf: [] }];
  // API tokens read everything but their own management and the session's /auth endpoints.
  else op.security = sessionOnly ? [{ session: [] }] : [{ session: [] }, { apiToken: [] }];

  const params = op.parameters ?? [];
  const statuses = new Set<number>();
  for (const key of Object.keys(op).filter((k) => k.startsWith(ERRORS_EXTENSION))) {
    (op[key] as number[]).forEach((s) => statuses.add(s));
    delete op[key];
  }
  // Any write reads a body (even one that takes none, to refuse it), so can answer 400 and 413.
  if (params.length > 0 || !isRead) statuses.add(400);
  if (!isRead) statuses.add(413);
  if (isVersionedWrite(op, schemas)) statuses.add(409);
  if (params.some((p) => 'in' in p && p.in === 'path')) statuses.add(404);
  if (!isPublic) [401, 403].forEach((s) => statuses.add(s));
  if (!isRead) statuses.add(403);
  // An API token sent to a session-only operation, public ones included, is refused.
  if (sessionOnly) statuses.add(403);
  statuses.add(429);
  statuses.add(503);
  for (const status of [...statuses].sort()) {
    op.responses[String(status)] ??= status === 304 ? NOT_MODIFIED : errorResponse(status);
  }
  // An error a controller describes itself (@ApiConflictResponse…) still has the one error shape.
  for (const [status, response] of Object.entries(op.responses)) {
    const described = response as { description?: string; content?: unknown };
    if (/^[45]/.test(status) && !described.content) {
      op.responses[status] = {
        ...errorResponse(Number(status)),
        ...described,
        content: errorResponse(Number(status)).content,
      };
    }
  }
  delete op['x-rcp-public'];
  delete op['x-rcp-session-only'];
}

/** Drops contract types no operation uses (request types have their DTOs' schemas instead). */
function removeUnusedSchemas(document: OpenAPIObject): void {
  const schemas = document.components?.schemas ?? {};
  const refsIn = (value: unknown): string[] =>
    [...JSON.stringify(value).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
  const used = new Set<string>();
  const queue = refsIn(document.paths);
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    if (used.has(name)) continue;
    used.add(name);
    queue.push(...refsIn(schemas[name]));
  }
  for (const name of Object.keys(schemas)) if (!used.has(name)) delete schemas[name];
}

/** Nest's document, completed: contract schemas, security, errors, tags, servers, 3.1 schemas. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle('RCP Audit API')
    .setDescription(
      'Score council protocols against the Relationship-Centred Practice framework, plan changes and benchmark councils. ' +
        'Every error has one body shape (ErrorBody). Reads accept the session cookie or a read-only API token; ' +
        'writes need the session cookie and the XSRF header.',
    )
    .setVersion('1')
    .setLicense('MIT', 'https://opensource.org/licenses/MIT')
    .addServer('/', 'This server (paths include /api/v1)')
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: operationId,
  });

  const nestSchemas = document.components?.schemas ?? {};
  for (const name of Object.keys(nestSchemas)) {
    if (name in contractSchemas)
      throw new Error(`Schema ${name} is both a DTO and a contract type`);
  }
  document.components = {
    ...document.components,
    schemas: {
      ...(normaliseNullable(nestSchemas) as typeof nestSchemas),
      ...(contractSchemas as unknown as typeof nestSchemas),
      ErrorBody: contractSchemas.ErrorBody as never,
    },
    securitySchemes: SECURITY_SCHEMES as never,
  };

  const usedTags = new Set<string>();
  for (const item of Object.values(document.paths)) {
    for (const method of HTTP_METHODS) {
      if (!item[method]) continue;
      const op = normaliseNullable(item[method]) as Operation;
      item[method] = op;
      completeOperation(method, op, nestSchemas);
      (op.tags ?? []).forEach((t) => usedTags.add(t));
    }
  }
  removeUnusedSchemas(document);
  document.tags = [...usedTags].sort().map((name) => {
    const description = TAG_DESCRIPTIONS[name];
    if (!description) throw new Error(`Tag "${name}" has no description in TAG_DESCRIPTIONS`);
    return { name, description };
  });
  return document;
}
