import type { OpenAPIObject } from '@nestjs/swagger';
import Ajv2020, { ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { NextFunction, Request, Response } from 'express';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

/**
 * Checks every response the integration tests receive against the OpenAPI document, so the
 * document cannot drift from what the API sends: the status must be documented for the
 * operation, the media type too, and a JSON body must match the documented schema.
 */

const DOCUMENT_ID = 'https://rcp-audit.local/openapi.json';

interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

interface PathMatcher {
  template: string;
  pattern: RegExp;
  params: number;
  item: Record<string, Operation | undefined>;
}

function matchers(document: OpenAPIObject): PathMatcher[] {
  return Object.entries(document.paths)
    .map(([template, item]) => {
      const source = template
        .split(/(\{[^}]+\})/)
        .map((part) =>
          part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
        )
        .join('');
      return {
        template,
        pattern: new RegExp(`^${source}/?$`),
        params: (template.match(/\{/g) ?? []).length,
        item: item as unknown as PathMatcher['item'],
      };
    })
    .sort((a, b) => a.params - b.params); // literal segments win: export.csv before {protocolId}
}

function decode(encoding: unknown, body: Buffer): Buffer {
  if (encoding === 'br') return brotliDecompressSync(body);
  if (encoding === 'gzip') return gunzipSync(body);
  if (encoding === 'deflate') return inflateSync(body);
  return body;
}

/** `#/components/schemas/X` → absolute, so an operation's inline schema resolves in the document. */
function absoluteRefs(schema: unknown): unknown {
  return JSON.parse(
    JSON.stringify(schema).replaceAll('"#/components/', `"${DOCUMENT_ID}#/components/`),
  );
}

export class OpenApiConformance {
  /** One example per kind of mismatch (operation, status and problem), not one per request. */
  private readonly found = new Map<string, string>();
  private readonly paths: PathMatcher[];
  private readonly ajv = new Ajv2020({ allErrors: true, strict: false });
  private readonly compiled = new Map<unknown, ValidateFunction>();

  constructor(document: OpenAPIObject) {
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: DOCUMENT_ID, components: document.components });
    this.paths = matchers(document);
  }

  get violations(): string[] {
    return [...this.found.entries()].map(([kind, example]) => `${kind} (e.g. ${example})`);
  }

  private violation(kind: string, example: string): void {
    if (!this.found.has(kind)) this.found.set(kind, example);
  }

  /** Express middleware: install before everything else, so it sees every response. */
  readonly middleware = (req: Request, res: Response, next: NextFunction): void => {
    const chunks: Buffer[] = [];
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    const keep = (chunk: unknown, encoding: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
      chunks.push(
        Buffer.isBuffer(chunk)
          ? chunk
          : Buffer.from(
              chunk as string,
              (typeof encoding === 'string' ? encoding : 'utf8') as BufferEncoding,
            ),
      );
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0]);
      return write(chunk, ...rest);
    }) as Response['write'];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0]);
      return end(chunk, ...rest);
    }) as Response['end'];
    const url = req.originalUrl;
    res.on('finish', () => {
      try {
        this.check(req.method, url, res, Buffer.concat(chunks));
      } catch (error) {
        this.violation(`${req.method} ${url}: could not be checked`, String(error));
      }
    });
    next();
  };

  private check(method: string, url: string, res: Response, wire: Buffer): void {
    const path = url.split('?')[0];
    const matched = this.paths.find((p) => p.pattern.test(path) && p.item[method.toLowerCase()]);
    if (!matched) return; // not an API operation (docs, the web app, an unknown route)
    const op = matched.item[method.toLowerCase()] as Operation;
    const where = `${method} ${matched.template} → ${res.statusCode}`;
    const documented = op.responses[String(res.statusCode)] ?? op.responses['default'];
    if (!documented) {
      this.violation(`${where}: status not documented`, this.preview(res, wire));
      return;
    }
    const body =
      method === 'HEAD' ? Buffer.alloc(0) : decode(res.getHeader('content-encoding'), wire);
    if (!documented.content) {
      if (body.length > 0) this.violation(`${where}: documented without a body, sent one`, url);
      return;
    }
    if (method === 'HEAD') return;
    const mediaType = String(res.getHeader('content-type') ?? '')
      .split(';')[0]
      .trim();
    const content = documented.content[mediaType];
    if (!content) {
      const listed = Object.keys(documented.content).join(', ');
      this.violation(`${where}: sent ${mediaType || 'no content type'}, documented ${listed}`, url);
      return;
    }
    if (mediaType !== 'application/json' || !content.schema) return;
    const validate = this.validator(content.schema);
    if (!validate(JSON.parse(body.toString('utf8')))) {
      const errors = (validate.errors ?? [])
        .slice(0, 5)
        .map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`)
        .join('; ');
      this.violation(`${where}: body does not match the schema: ${errors}`, url);
    }
  }

  private validator(schema: unknown): ValidateFunction {
    let validate = this.compiled.get(schema);
    if (!validate) {
      validate = this.ajv.compile(absoluteRefs(schema) as object);
      this.compiled.set(schema, validate);
    }
    return validate;
  }

  private preview(res: Response, wire: Buffer): string {
    try {
      return decode(res.getHeader('content-encoding'), wire).toString('utf8').slice(0, 200);
    } catch {
      return `${wire.length} bytes`;
    }
  }
}
