import {
  Mutation,
  mutationsOf,
  nestedArrays,
  Schema,
  SchemaReader,
  seededRandom,
  validValue,
} from './bad-values';

/**
 * Bad requests for every write operation of the OpenAPI document: its body, query and path
 * parameters broken one way at a time (from the request schema), then in seeded pairs, to at
 * least MIN_PER_OPERATION requests. Every one must be refused and none may write.
 */

export const MIN_PER_OPERATION = 100;
export const WRITE_METHODS = ['post', 'put', 'patch', 'delete'] as const;

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, Schema> };
}

interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Schema;
}

export interface OpenApiOperation {
  parameters?: OpenApiParameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}

/** What a refusal must look like: a 400 naming the field, a 404 for an unknown path, or a 413. */
export type Expect = 'field' | 'field-or-not-found' | 'too-large';

export type Body =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown }
  | { kind: 'raw'; text: string }
  | { kind: 'form'; fields: Record<string, string> };

export interface BadRequest {
  label: string;
  /** Fields the answer may name (a field, its parent or one inside it); '*' for any. */
  fields: string[];
  expect: Expect;
  url: string;
  body: Body;
}

export interface WriteOperation {
  method: (typeof WRITE_METHODS)[number];
  path: string;
  operation: OpenApiOperation;
}

export function writeOperations(doc: OpenApiDocument): WriteOperation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    WRITE_METHODS.filter((m) => item[m]).map((method) => ({
      method,
      path,
      operation: item[method],
    })),
  );
}

/** Path values that are no text at all: the answer must name the parameter (or the path). */
const BROKEN_PATH_VALUES: [string, string][] = [
  ['NUL', '%00'],
  ['NUL inside', 'a%00b'],
  ['half a surrogate pair as UTF-8', '%ED%A0%80'],
  ['cut-off UTF-8', '%F0%9F'],
];

/**
 * Values that are no id, number or key of anything (percent-encoded as sent): a 404, or a 400 on
 * any field (the body may be checked first; a new framework item needs more fields than an old).
 */
const BAD_PATH_VALUES: [string, string][] = [
  ['not a uuid', 'not-a-uuid'],
  ['long', 'a'.repeat(600)],
  ['negative', '-1'],
  ['zero', '0'],
  ['huge number', '99999999999999999999'],
  ['exponent', '1e999'],
  ['unknown uuid', '7b0c61d4-1b1e-4d3c-9c57-3f0f9e9b0a11'],
  ['uuid with a bad digit', '7b0c61d4-1b1e-4d3c-9c57-3f0f9e9b0a1g'],
  ['spaces', '%20%20'],
];

/** Bad values of a query parameter sent as a string (numbers are the only kind writes take). */
const BAD_QUERY_VALUES: [string, string][] = [
  ['empty', ''],
  ['words', 'abc'],
  ['NUL', '%00'],
  ['NUL after a number', '1%00'],
  ['half a surrogate pair as UTF-8', '%ED%A0%80'],
  ['negative', '-1'],
  ['zero', '0'],
  ['a fraction', '1.5'],
  ['infinite', '1e999'],
  ['past a PostgreSQL integer', '2147483648'],
  ['huge', '99999999999999999999'],
];

function urlOf(path: string, params: Record<string, string>, query: string): string {
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => params[name]);
  return query ? `${filled}?${query}` : filled;
}

function queryOf(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

/** The JSON schema of a body, or undefined for operations that take none (or only a file). */
function bodySchema(op: OpenApiOperation): { schema?: Schema; multipart: boolean } {
  const content = op.requestBody?.content ?? {};
  if (content['application/json'])
    return { schema: content['application/json'].schema, multipart: false };
  return { multipart: Boolean(content['multipart/form-data']) };
}

/**
 * The bad requests of one operation. `params` are real path values (so a body that slipped past
 * validation would reach the database), `known` real values of body fields by name.
 */
export function badRequests(
  doc: OpenApiDocument,
  { method, path, operation }: WriteOperation,
  params: Record<string, string>,
  known: Record<string, unknown>,
  seed: number,
): BadRequest[] {
  try {
    return generate(doc, { path, operation }, params, known, seed);
  } catch (error) {
    throw new Error(`${method.toUpperCase()} ${path}: ${(error as Error).message}`);
  }
}

function generate(
  doc: OpenApiDocument,
  { path, operation }: Pick<WriteOperation, 'path' | 'operation'>,
  params: Record<string, string>,
  known: Record<string, unknown>,
  seed: number,
): BadRequest[] {
  const random = seededRandom(seed);
  const reader = new SchemaReader(doc.components.schemas);
  const pathParams = (operation.parameters ?? []).filter((p) => p.in === 'path');
  const queryParams = (operation.parameters ?? []).filter((p) => p.in === 'query');
  for (const p of pathParams)
    if (!(p.name in params)) throw new Error(`no test value for {${p.name}}`);
  for (const p of queryParams)
    if (!(p.name in params)) throw new Error(`no test value for ?${p.name}`);

  const validQuery = Object.fromEntries(queryParams.map((p) => [p.name, params[p.name]]));
  const url = urlOf(path, params, queryOf(validQuery));
  const { schema, multipart } = bodySchema(operation);
  const validBody = schema
    ? ({ kind: 'json', value: validValue(reader, schema, '', known) } as Body)
    : ({ kind: 'none' } as Body);
  const out: BadRequest[] = [];
  const field = (label: string, fields: string[], body: Body, at = url) =>
    out.push({ label, fields, expect: 'field', url: at, body });

  // The body as a whole.
  field('body: a list', ['*'], { kind: 'json', value: [] });
  field('body: a list of objects', ['*'], { kind: 'json', value: [{}, { a: 1 }] });
  field('body: not JSON', ['body'], { kind: 'raw', text: '{"a": ' });
  field('body: a bare string', ['body'], { kind: 'raw', text: '"text"' });
  field('body: a bare number', ['body'], { kind: 'raw', text: '12' });
  field('body: null', ['body'], { kind: 'raw', text: 'null' });
  field('body: 1,500 lists deep', ['body'], { kind: 'json', value: nestedArrays(1500) });
  field('body: NUL in a field name', ['*'], { kind: 'json', value: { ['\u0000']: 1 } });
  out.push({
    label: 'body: over the size limit',
    fields: ['*'],
    expect: 'too-large',
    url,
    body: { kind: 'json', value: { zz: 'a'.repeat(1_100_000) } },
  });

  let singles: Mutation[] = [];
  if (schema) {
    singles = mutationsOf(reader, schema, '', known, random).map((m) => ({
      ...m,
      fields: m.fields.map((f) => f || '*'),
    }));
  } else if (multipart) {
    field('upload: no file', ['file'], { kind: 'none' });
    field('upload: file as a text field', ['file'], { kind: 'form', fields: { file: 'x' } });
    field('upload: JSON instead of a file', ['file'], { kind: 'json', value: { file: 'x' } });
  } else {
    // No request body: any field is refused by name, never ignored.
    singles = [
      { label: 'a field', value: { role: 'lead' }, fields: ['role'] },
      { label: 'a version', value: { version: 1 }, fields: ['version'] },
    ];
  }
  for (const m of singles) field(m.label, m.fields, { kind: 'json', value: m.value });

  for (const p of pathParams) {
    for (const [label, value] of [...BROKEN_PATH_VALUES, ...BAD_PATH_VALUES]) {
      out.push({
        label: `{${p.name}}: ${label}`,
        fields: BROKEN_PATH_VALUES.some(([, v]) => v === value) ? [p.name, 'path'] : ['*'],
        expect: 'field-or-not-found',
        url: urlOf(path, { ...params, [p.name]: value }, queryOf(validQuery)),
        body: validBody,
      });
    }
  }
  for (const p of queryParams) {
    for (const [label, value] of BAD_QUERY_VALUES)
      field(
        `?${p.name}: ${label}`,
        [p.name],
        validBody,
        urlOf(path, params, queryOf({ ...validQuery, [p.name]: value })),
      );
    field(
      `?${p.name}: twice`,
      [p.name],
      validBody,
      urlOf(path, params, `${queryOf(validQuery)}&${p.name}=1`),
    );
    const rest = { ...validQuery };
    delete rest[p.name];
    field(`?${p.name}: missing`, [p.name], validBody, urlOf(path, params, queryOf(rest)));
  }

  // Seeded pairs (two bad fields, or one bad field and one unknown) until there are enough.
  const base = schema ? validValue(reader, schema, '', known) : {};
  for (let n = 0; out.length < MIN_PER_OPERATION; n++) {
    const a = singles[Math.floor(random() * singles.length)];
    const b = singles[Math.floor(random() * singles.length)];
    const aKeys = a ? changedKeys(base, a.value) : [];
    const bKeys = b ? changedKeys(base, b.value) : [];
    if (
      a &&
      b &&
      n % 2 === 0 &&
      aKeys.length &&
      bKeys.length &&
      !aKeys.some((k) => bKeys.includes(k))
    ) {
      const value = { ...(base as object) } as Record<string, unknown>;
      for (const m of [a.value, b.value] as Record<string, unknown>[])
        for (const key of new Set([...Object.keys(value), ...Object.keys(m)]))
          if (changedKeys(base, m).includes(key)) {
            if (key in m) value[key] = m[key];
            else delete value[key];
          }
      field(`pair ${n}: ${a.label} + ${b.label}`, [...a.fields, ...b.fields], {
        kind: 'json',
        value,
      });
    } else {
      const extra = `zz${Math.floor(random() * 1e6)}`;
      const value = { ...(a && isPlainObject(a.value) ? a.value : {}), [extra]: n };
      const fields = [...(a?.fields ?? []), extra, ...(multipart ? ['file'] : [])];
      field(`pair ${n}: ${a?.label ?? 'a field'} + unknown ${extra}`, fields, {
        kind: 'json',
        value,
      });
    }
  }
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Top-level keys whose value differs from the valid body's (or that one of them lacks). */
function changedKeys(base: unknown, value: unknown): string[] {
  if (!isPlainObject(base) || !isPlainObject(value)) return [];
  return [...new Set([...Object.keys(base), ...Object.keys(value)])].filter(
    (k) => !(k in base) || !(k in value) || JSON.stringify(base[k]) !== JSON.stringify(value[k]),
  );
}
