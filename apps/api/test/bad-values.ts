/**
 * Bad values for one field, read from its OpenAPI schema: every value here breaks the schema, so
 * the API must refuse it with a 400 naming the field. A schema that does not bound a field (a
 * string without maxLength, a number without minimum and maximum) is itself a failure: the
 * document must say what the API accepts.
 */

export interface Schema {
  $ref?: string;
  allOf?: Schema[];
  anyOf?: Schema[];
  /** OpenAPI 3.1 writes "or null" as a second type: `['string', 'null']`. */
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  nullable?: boolean;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: Schema | boolean;
  example?: unknown;
}

/** A bad value and the fields it breaks ('*': the API may name any field). */
export interface Mutation {
  label: string;
  value: unknown;
  fields: string[];
  /** Leave the property out altogether (a missing required field). */
  omit?: true;
}

/** Deterministic pseudo-random numbers (mulberry32), so every run sends the same requests. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const NUL = '\u0000';
export const LONE_HIGH = '\ud800';
export const LONE_LOW = '\udc00';

/** Nested arrays `depth` deep: deeper than any body may be. */
export function nestedArrays(depth: number): unknown {
  let value: unknown = [];
  for (let i = 1; i < depth; i++) value = [value];
  return value;
}

export function nestedObjects(depth: number): unknown {
  let value: unknown = {};
  for (let i = 1; i < depth; i++) value = { a: value };
  return value;
}

export class SchemaReader {
  constructor(private readonly components: Record<string, Schema>) {}

  /**
   * The schema itself, with `$ref` and single `allOf` wrappers resolved, and OpenAPI 3.1's
   * "or null" (`type: [T, 'null']`, `anyOf: [X, { type: 'null' }]`) read as `nullable`.
   */
  resolve(schema: Schema): Schema {
    if (Array.isArray(schema.type)) {
      const types = schema.type.filter((t) => t !== 'null');
      return { ...schema, type: types[0], nullable: types.length < schema.type.length };
    }
    const orNull = schema.anyOf?.length === 2 && schema.anyOf.find((s) => s.type === 'null');
    if (schema.anyOf && orNull) {
      const { anyOf, ...rest } = schema;
      return { ...rest, ...this.resolve(anyOf.find((s) => s !== orNull) ?? {}), nullable: true };
    }
    if (schema.$ref) {
      const name = schema.$ref.replace('#/components/schemas/', '');
      const target = this.components[name];
      if (!target) throw new Error(`unknown schema ${schema.$ref}`);
      return this.resolve(target);
    }
    if (schema.allOf?.length === 1) {
      const { allOf, ...rest } = schema;
      return { ...this.resolve(allOf[0]), nullable: rest.nullable };
    }
    return schema;
  }
}

/** A value the schema accepts (the shape only: ids need not exist), to carry one bad field. */
export function validValue(
  reader: SchemaReader,
  raw: Schema,
  name: string,
  known: Record<string, unknown>,
): unknown {
  const s = reader.resolve(raw);
  if (name in known) return known[name];
  if (s.enum) return s.enum.find((v) => v !== null);
  switch (s.type) {
    case 'string': {
      if (typeof s.example === 'string' && s.example.length >= (s.minLength ?? 0)) return s.example;
      const byFormat: Record<string, string> = {
        date: '2026-07-01',
        uuid: '00000000-0000-4000-8000-000000000000',
        uri: 'https://example.org/page',
        email: 'someone@example.org',
      };
      if (s.format && byFormat[s.format]) return byFormat[s.format];
      return 'abcdefghijkl'.padEnd(s.minLength ?? 0, 'x').slice(0, s.maxLength ?? 12);
    }
    case 'integer':
    case 'number':
      return Math.max(s.minimum ?? 1, Math.min(1, s.maximum ?? 1));
    case 'boolean':
      return false;
    case 'array': {
      const count = Math.max(s.minItems ?? 0, s.items && isObject(reader, s.items) ? 1 : 0);
      return Array.from({ length: count }, () =>
        validValue(reader, s.items ?? {}, `${name}[]`, known),
      );
    }
    default: {
      // The required fields, and optional ones the test knows a real value for.
      const value: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(s.properties ?? {}))
        if (s.required?.includes(key) || key in known)
          value[key] = validValue(reader, child, key, known);
      return value;
    }
  }
}

function isObject(reader: SchemaReader, schema: Schema): boolean {
  const s = reader.resolve(schema);
  return s.type === 'object' || Boolean(s.properties);
}

function join(path: string, key: string | number): string {
  return path ? `${path}.${key}` : String(key);
}

const WRONG_TYPES: Record<string, unknown[]> = {
  string: [12345, true, { text: 'x' }, ['x'], 1.5],
  integer: ['1', true, { n: 1 }, [1]],
  number: ['1', true, { n: 1 }, [1]],
  boolean: ['true', 0, { b: true }, [true]],
  object: ['text', 1, [], [{}], true],
  array: ['text', 1, {}, { 0: 'x' }, true],
};

/** Text with one forbidden character at a random place, among ordinary and non-Latin letters. */
function randomBadText(random: () => number): string {
  const pool = ['a', 'Z', '7', ' ', 'é', '€', '中', '😀', '\n', '-'];
  const length = 1 + Math.floor(random() * 40);
  const chars = Array.from({ length }, () => pool[Math.floor(random() * pool.length)]);
  const bad = [NUL, LONE_HIGH, LONE_LOW, `${LONE_LOW}${LONE_HIGH}`][Math.floor(random() * 4)];
  chars.splice(Math.floor(random() * (length + 1)), 0, bad);
  return chars.join('');
}

function stringMutations(s: Schema, valid: string, path: string, random: () => number) {
  const bounded = s.enum || s.format === 'uuid' || s.format === 'date' || s.maxLength;
  if (!bounded) throw new Error(`${path}: the document gives this text field no maxLength`);
  const bad: [string, unknown][] = [
    ['NUL appended', `${valid}${NUL}`],
    ['only NUL', NUL],
    ['NUL inside', `${valid.slice(0, 1)}${NUL}${valid.slice(1)}`],
    ['lone high surrogate', `${valid}${LONE_HIGH}`],
    ['lone low surrogate', `${LONE_LOW}${valid}`],
    ['surrogates in the wrong order', `${valid}${LONE_LOW}${LONE_HIGH}`],
    ['100,000 characters', 'a'.repeat(100_000)],
  ];
  for (let i = 0; i < 3; i++) bad.push([`random bad text ${i + 1}`, randomBadText(random)]);
  if (s.maxLength !== undefined) bad.push([`maxLength + 1`, 'a'.repeat(s.maxLength + 1)]);
  if ((s.minLength ?? 0) > 0 || s.enum || s.format || s.pattern) bad.push(['empty', '']);
  if (s.enum) bad.push(['not one of the choices', 'not-a-choice']);
  if (s.enum && typeof s.enum[0] === 'string') bad.push(['upper case', s.enum[0].toUpperCase()]);
  if (s.format === 'uuid') {
    bad.push(['not a uuid', 'not-a-uuid'], ['uuid with a bad digit', `${valid.slice(0, -1)}g`]);
  }
  if (s.format === 'date') bad.push(['month 13', '2026-13-45'], ['UK order', '31/12/2026']);
  if (s.format === 'uri') bad.push(['javascript link', 'javascript:alert(1)'], ['words', 'a b']);
  if (s.format === 'email') bad.push(['no @', 'someone.example.org'], ['two @', 'a@b@c.org']);
  if (s.pattern) bad.push(['breaks the pattern', '!!']);
  return bad;
}

function numberMutations(s: Schema, path: string) {
  const values = s.enum?.filter((v): v is number => typeof v === 'number');
  if (values?.length) {
    return [
      ['above the choices', Math.max(...values) + 1],
      ['below the choices', Math.min(...values) - 1],
      ['between the choices', values[0] + 0.5],
      ['huge', 1e308],
    ] as [string, unknown][];
  }
  if (s.minimum === undefined || s.maximum === undefined)
    throw new Error(`${path}: the document gives this number no minimum and maximum`);
  const bad: [string, unknown][] = [
    ['below the minimum', s.minimum - 1],
    ['above the maximum', s.maximum + 1],
    ['huge', 1e308],
    ['hugely negative', -1e308],
    ['past 2^53', 2 ** 53 + 2],
    ['past a PostgreSQL integer', 2 ** 31],
  ];
  if (s.minimum >= 0) bad.push(['negative', -1]);
  if (s.type === 'integer') bad.push(['a fraction', s.minimum + 0.5]);
  return bad;
}

/**
 * Every bad value of one field (and, for objects and arrays, of each field inside it), each as the
 * whole value of the field with its siblings valid, so one request breaks one thing.
 */
export function mutationsOf(
  reader: SchemaReader,
  raw: Schema,
  path: string,
  known: Record<string, unknown>,
  random: () => number,
): Mutation[] {
  const s = reader.resolve(raw);
  const name = path.split('.').pop() ?? '';
  const valid = validValue(reader, s, name, known);
  const type = (s.type as string | undefined) ?? (s.properties ? 'object' : undefined); // resolved: one type
  const out: Mutation[] = [];
  const add = (label: string, value: unknown, fields = [path]) =>
    out.push({ label: `${path}: ${label}`, value, fields });

  for (const wrong of WRONG_TYPES[type ?? ''] ?? [])
    add(`wrong type ${JSON.stringify(wrong)}`, wrong);
  if (!s.nullable) add('null', null);
  add('nested too deeply', nestedArrays(40), ['body']);

  if (type === 'string') {
    for (const [label, value] of stringMutations(s, String(valid), path, random)) add(label, value);
  } else if (type === 'integer' || type === 'number') {
    for (const [label, value] of numberMutations(s, path)) add(label, value);
  } else if (type === 'array') {
    if (s.maxItems === undefined) throw new Error(`${path}: the document gives no maxItems`);
    const item = validValue(reader, s.items ?? {}, `${name}[]`, known);
    add(
      'maxItems + 1',
      Array.from({ length: s.maxItems + 1 }, () => item),
    );
    if ((s.minItems ?? 0) > 0) add('empty list', []);
    for (const m of mutationsOf(reader, s.items ?? {}, join(path, 0), known, random))
      out.push({ ...m, value: [m.value] });
  } else if (type === 'object' && s.properties) {
    const base = valid as Record<string, unknown>;
    add('an unknown field', { ...base, zzUnexpected: 'x' }, [join(path, 'zzUnexpected')]);
    add('a field named with NUL', { ...base, [`a${NUL}b`]: 'x' }, [join(path, `a${NUL}b`)]);
    add('nested objects', { ...base, zz: nestedObjects(40) }, ['body']);
    for (const key of s.required ?? []) {
      const rest = { ...base };
      delete rest[key];
      out.push({ label: `${join(path, key)}: missing`, value: rest, fields: [join(path, key)] });
    }
    for (const [key, child] of Object.entries(s.properties)) {
      for (const m of mutationsOf(reader, child, join(path, key), known, random))
        out.push({ ...m, value: { ...base, [key]: m.value } });
    }
  } else if (type === 'object' && typeof s.additionalProperties === 'object') {
    const entry = s.additionalProperties;
    const k = 'some-key';
    for (const m of mutationsOf(reader, entry, join(path, k), known, random))
      out.push({ ...m, value: { [k]: m.value } });
    add('a key with NUL', { [`a${NUL}`]: validValue(reader, entry, k, known) }, [
      `${path}.a${NUL}`,
    ]);
    add('a key with a lone surrogate', { [LONE_HIGH]: validValue(reader, entry, k, known) }, [
      `${path}.${LONE_HIGH}`,
    ]);
  }
  return out;
}
