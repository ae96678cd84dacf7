// Regenerates apps/api/src/api-docs/contract-schemas.json from libs/api-contract (`npm run
// openapi:schemas`); contract-schemas.spec.ts fails while the committed file is stale.
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import {
  CONTRACT_SCHEMAS_PATH,
  generateContractSchemas,
} from '../apps/api/src/api-docs/contract-schema-generator';

async function main(): Promise<void> {
  const schemas = generateContractSchemas();
  const options = (await resolveConfig(CONTRACT_SCHEMAS_PATH)) ?? {};
  const text = await format(JSON.stringify(schemas), { ...options, parser: 'json' });
  writeFileSync(CONTRACT_SCHEMAS_PATH, text);
  console.log(`${Object.keys(schemas).length} schemas written to ${CONTRACT_SCHEMAS_PATH}`);
}

void main();
