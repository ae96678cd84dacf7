import type { OpenAPIObject } from '@nestjs/swagger';
import express from 'express';
import request from 'supertest';
import { OpenApiConformance } from '../../test/openapi-conformance';

const document = {
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths: {
    '/things/{id}': {
      get: {
        responses: {
          '200': {
            description: 'A thing',
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/Thing' } },
            },
          },
          '204': { description: 'Nothing' },
        },
      },
    },
    '/things/export.csv': {
      get: {
        responses: {
          '200': { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } },
        },
      },
    },
  },
  components: {
    schemas: {
      Thing: {
        type: 'object',
        properties: { id: { type: 'string' }, size: { type: ['number', 'null'] } },
        required: ['id', 'size'],
        additionalProperties: false,
      },
    },
  },
} as unknown as OpenAPIObject;

/** An app whose /things/:id answers whatever the query asks for, checked against the document. */
function appChecking(conformance: OpenApiConformance) {
  const app = express();
  app.use(conformance.middleware);
  app.get('/things/export.csv', (_req, res) => res.type('text/csv').send('id\n1\n'));
  app.get('/things/:id', (req, res) => {
    const status = Number(req.query['status'] ?? 200);
    if (status === 204) res.status(204).end();
    else if (req.query['text']) res.type('text/plain').send('not JSON');
    else res.status(status).json(JSON.parse(String(req.query['body'] ?? '{}')));
  });
  return request(app);
}

describe('OpenApiConformance (every integration test response checked against the document)', () => {
  it('accepts responses the document describes', async () => {
    const conformance = new OpenApiConformance(document);
    const http = appChecking(conformance);
    await http.get('/things/1').query({ body: JSON.stringify({ id: '1', size: null }) });
    await http.get('/things/1').query({ status: 204 });
    await http.get('/things/export.csv');
    expect(conformance.violations).toEqual([]);
  });

  it('reports an undocumented status, a body that breaks the schema, and a wrong media type', async () => {
    const conformance = new OpenApiConformance(document);
    const http = appChecking(conformance);
    await http.get('/things/1').query({ status: 500, body: '{"statusCode":500}' });
    await http.get('/things/1').query({ body: JSON.stringify({ id: 1, size: 2, extra: true }) });
    await http.get('/things/1').query({ text: 'yes' });
    expect(conformance.violations).toEqual([
      expect.stringContaining('GET /things/{id} → 500: status not documented'),
      expect.stringMatching(
        /GET \/things\/\{id\} → 200: body does not match the schema: .*\/id must be string/,
      ),
      expect.stringContaining(
        'GET /things/{id} → 200: sent text/plain, documented application/json',
      ),
    ]);
  });
});
