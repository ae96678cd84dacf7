import { Logger } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { listWebFiles, PRECOMPRESSED, WebFile } from './web-files';

/** Hashed file names change whenever their content does, so browsers may keep them for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** True for /api and everything under it: answered by the API alone, never by a file. */
export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

function decodedPath(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

function sendWebFile(root: string, file: WebFile, req: Request, res: Response): void {
  let servedPath = file.urlPath;
  if (file.encodings.length > 0) {
    res.vary('Accept-Encoding');
    // The smallest copy the browser accepts (br before gzip, whatever order it lists them in);
    // with no Accept-Encoding header at all, the file as it is (some clients cannot decode).
    const encoding =
      req.headers['accept-encoding'] &&
      file.encodings.find((candidate) => req.acceptsEncodings(candidate) === candidate);
    const copy = PRECOMPRESSED.find((p) => p.encoding === encoding);
    if (copy) {
      res.setHeader('Content-Encoding', copy.encoding);
      servedPath += copy.suffix;
    }
  }
  // The type of the file itself, not of its .br/.gz copy.
  res.type(basename(file.urlPath));
  res.setHeader('Cache-Control', file.hashed ? IMMUTABLE : 'no-cache');
  res.sendFile(join(root, servedPath), { cacheControl: false, dotfiles: 'allow' });
}

/**
 * Serves the built Angular app from the API's origin, with its pre-compressed copies when the
 * browser accepts them. Any GET that is not an API call and not a file falls back to index.html,
 * so deep links like /councils/3/dashboard load the app. A missing file (a path whose last part
 * has an extension, like /chunk-old.js) is a 404, not the app.
 */
export function serveWebApp(app: NestExpressApplication, distDir: string): void {
  const root = resolve(distDir);
  if (!existsSync(join(root, 'index.html'))) {
    new Logger('WebApp').warn(`No built web app in ${root}; serving the API only.`);
    return;
  }
  const files = listWebFiles(root);
  const index = files.get('/index.html') as WebFile;
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path)) return next();
    const path = decodedPath(req.path);
    const file = path === undefined ? undefined : files.get(path);
    if (file) return sendWebFile(root, file, req, res);
    if (/\.[a-z0-9]+$/i.test(req.path)) return next();
    sendWebFile(root, index, req, res);
  });
}
