import { Logger } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Serves the built Angular app from the API's origin. Any GET that is not an API call and not a
 * file falls back to index.html, so deep links like /councils/3/dashboard load the app. A missing
 * file (a path whose last part has an extension, like /chunk-old.js) is a 404, not the app.
 */
export function serveWebApp(app: NestExpressApplication, distDir: string): void {
  const root = resolve(distDir);
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) {
    new Logger('WebApp').warn(`No built web app in ${root}; serving the API only.`);
    return;
  }
  app.useStaticAssets(root, { index: false, maxAge: '1h', immutable: false });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isPageRequest =
      (req.method === 'GET' || req.method === 'HEAD') && !req.path.startsWith('/api/');
    if (!isPageRequest || req.path === '/api' || /\.[a-z0-9]+$/i.test(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  });
}
