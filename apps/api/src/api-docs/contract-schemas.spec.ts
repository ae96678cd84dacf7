import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONTRACT_SCHEMAS_PATH, generateContractSchemas } from './contract-schema-generator';

const root = resolve(__dirname, '../../../..');

describe('contract-schemas.json', () => {
  it('is what libs/api-contract generates now (else run `npm run openapi:schemas`)', () => {
    const committed = JSON.parse(readFileSync(resolve(root, CONTRACT_SCHEMAS_PATH), 'utf8'));
    expect(committed).toEqual(generateContractSchemas(root));
  });

  it('has the one error shape, with field errors', () => {
    const schemas = generateContractSchemas(root);
    expect(schemas['ErrorBody']).toMatchObject({
      required: ['statusCode', 'error', 'message'],
      properties: { errors: { items: { $ref: '#/components/schemas/FieldError' } } },
    });
  });
});
