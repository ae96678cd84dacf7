import { resolve } from 'node:path';
import { createGenerator, type Definition } from 'ts-json-schema-generator';

/** Where the generated schemas are committed (relative to the repository root). */
export const CONTRACT_SCHEMAS_PATH = 'apps/api/src/api-docs/contract-schemas.json';

export type ContractSchemas = Record<string, Definition>;

/** `Page<AuditEvent>` → `Page_AuditEvent`: OpenAPI component names allow only [A-Za-z0-9._-]. */
function componentName(definitionName: string): string {
  return decodeURIComponent(definitionName)
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/_+$/, '');
}

/** Rewrites every `#/definitions/X` reference to `#/components/schemas/X`, names made safe. */
function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    out[key] =
      key === '$ref' && typeof child === 'string'
        ? `#/components/schemas/${componentName(child.replace('#/definitions/', ''))}`
        : rewriteRefs(child);
  }
  return out;
}

/**
 * JSON Schemas (2020-12 compatible, as OpenAPI 3.1 uses) of every exported type of the shared
 * contract lib (@rcp/api-contract), generated from the TypeScript itself so the document cannot
 * describe a response differently from the type the web app compiles against.
 */
export function generateContractSchemas(root = process.cwd()): ContractSchemas {
  const schema = createGenerator({
    path: resolve(root, 'libs/api-contract/src/index.ts'),
    // Absolute: the generator resolves `extends` against the process's directory otherwise.
    tsconfig: resolve(root, 'libs/api-contract/tsconfig.lib.json'),
    type: '*',
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    additionalProperties: false,
    sortProps: true,
    skipTypeCheck: true,
  }).createSchema('*');
  const schemas: ContractSchemas = {};
  for (const name of Object.keys(schema.definitions ?? {}).sort()) {
    schemas[componentName(name)] = rewriteRefs(schema.definitions?.[name]) as Definition;
  }
  return schemas;
}
