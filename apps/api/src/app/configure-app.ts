import {
  BadRequestException,
  INestApplication,
  PayloadTooLargeException,
  ValidationPipe,
} from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import { Logger } from 'nestjs-pino';
import type { NextFunction, Request, Response } from 'express';
import { enforceInputRules, PathParameterRulesPipe } from '../common/enforce-input-rules';
import { validationException } from '../common/error-body';
import { assignRequestId } from '../common/request-id';
import { AppConfig } from '../config/app-config';
import { serveWebApp } from '../web-hosting/serve-web-app';
import { API_DOCS_CSS, API_DOCS_SWAGGER_OPTIONS } from '../api-docs/api-docs-theme';
import { buildOpenApiDocument } from '../api-docs/openapi-document';
import { securityHeaders } from './security-headers';

export const API_PREFIX = 'api/v1';

/** The strict CSP the built Angular app satisfies: no inline or eval'd scripts anywhere. */
export const CONTENT_SECURITY_POLICY = {
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    // Angular and ngx-charts set style attributes at run time; scripts stay strict.
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    // Angular needs <base href="/"> so deep links load /main.js, not /a/b/main.js.
    baseUri: ["'self'"],
    frameAncestors: ["'none'"],
    formAction: ["'self'"],
    upgradeInsecureRequests: null,
  },
};

/**
 * Largest JSON body accepted: room for a bulk save of every rating of a large audit (confirming
 * all carried-forward ratings at once is well over 100 kB); register imports are file uploads.
 */
export const JSON_BODY_LIMIT = '1mb';

/** Options for NestFactory.create: body parsing is set up by configureApp, after the request id. */
export const APP_OPTIONS = { bufferLogs: true, bodyParser: false } as const;

/**
 * Responses smaller than this go uncompressed: the encoding would save less than it costs.
 * Larger JSON and CSV are compressed (brotli when the client accepts it, else gzip); streamed
 * answers still stream, each chunk compressed as it is written.
 */
export const COMPRESSION_THRESHOLD = 1024;

/** API answers (sessions, council data, CSV downloads) are never kept by browsers or proxies. */
function noStore(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Cache-Control', 'no-store');
  next();
}

/** A body the parser could not read, in the one error shape with a field error, never its raw text. */
function bodyParserErrors(err: unknown, _req: Request, _res: Response, next: NextFunction): void {
  const type = (err as { type?: unknown })?.type;
  if (type === 'entity.parse.failed') {
    next(
      new BadRequestException({
        message: 'The request body is not valid JSON.',
        errors: [{ field: 'body', messages: ['is not valid JSON'] }],
      }),
    );
  } else if (type === 'entity.too.large') {
    next(new PayloadTooLargeException(`The request body is larger than ${JSON_BODY_LIMIT}.`));
  } else {
    next(err);
  }
}

/**
 * Everything global about the HTTP app, shared by main.ts and the integration tests so tests
 * exercise the same pipes, filters and headers as production. The app must be created with
 * APP_OPTIONS: every request gets its id before anything else, so even a body that cannot be
 * parsed is answered with one. Returns the OpenAPI document served at /api/v1/openapi.json.
 */
export function configureApp(app: INestApplication, config: AppConfig): OpenAPIObject {
  const express = app as NestExpressApplication;
  express.use(assignRequestId);
  // Files pre-compressed at build time are served with their Content-Encoding set, so this skips them.
  express.use(compression({ threshold: COMPRESSION_THRESHOLD }));
  express.useBodyParser('json', { limit: JSON_BODY_LIMIT });
  express.useBodyParser('urlencoded', { extended: true, limit: JSON_BODY_LIMIT });
  express.use(bodyParserErrors);
  // Before routing and validation: no NUL or lone surrogates, no JSON deeper than MAX_JSON_DEPTH.
  express.use(enforceInputRules);
  express.useLogger(app.get(Logger));
  express.disable('x-powered-by');
  // Weak ETags: compression changes the bytes, not the meaning, so one tag fits every encoding.
  express.set('etag', 'weak');
  // Whose X-Forwarded-For to believe (TRUST_PROXY): by default nobody's, so req.ip is the socket's.
  express.set('trust proxy', config.trustProxy);
  express.use(`/${API_PREFIX}`, noStore);
  app.use(securityHeaders({ contentSecurityPolicy: CONTENT_SECURITY_POLICY }));
  app.use(cookieParser());
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(
    new PathParameterRulesPipe(),
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: validationException,
    }),
  );

  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, {
    useGlobalPrefix: false,
    jsonDocumentUrl: `${API_PREFIX}/openapi.json`,
    raw: ['json'],
    customSiteTitle: 'RCP Audit API documentation',
    customCss: API_DOCS_CSS,
    swaggerOptions: API_DOCS_SWAGGER_OPTIONS,
  });

  serveWebApp(express, config.webDistDir);
  return document;
}
