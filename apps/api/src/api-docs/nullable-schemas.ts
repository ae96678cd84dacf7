/**
 * Nest writes `nullable: true` (OpenAPI 3.0); the document is OpenAPI 3.1 (JSON Schema 2020-12,
 * like the generated contract schemas), where null is a type: `type: ['string', 'null']`.
 */
export function normaliseNullable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normaliseNullable);
  if (value === null || typeof value !== 'object') return value;
  const { nullable, ...rest } = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(rest)) out[key] = normaliseNullable(child);
  if (nullable !== true) return out;
  if (typeof out['type'] === 'string') {
    out['type'] = [out['type'], 'null'];
    if (Array.isArray(out['enum'])) out['enum'] = [...out['enum'], null];
    return out;
  }
  if (Array.isArray(out['type'])) return out;
  // A $ref, allOf or untyped schema: it or null.
  const { description, ...schema } = out;
  return { ...(description !== undefined && { description }), anyOf: [schema, { type: 'null' }] };
}
