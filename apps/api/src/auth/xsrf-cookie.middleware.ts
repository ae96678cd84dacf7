import { Injectable, NestMiddleware } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { NextFunction, Request, Response } from 'express';
import { AppConfig } from '../config/app-config';
import { readCookie, setXsrfCookie, XSRF_COOKIE } from './cookies';
import { newToken } from './tokens';

/**
 * Gives a browser without one an XSRF-TOKEN cookie, so its first write (signing in) can echo it.
 * Signing in replaces it with a token bound to the new session.
 */
@Injectable()
export class XsrfCookieMiddleware implements NestMiddleware {
  constructor(private readonly config: ConfigService<AppConfig, true>) {}

  use(req: Request, res: Response, next: NextFunction): void {
    if (!readCookie(req, XSRF_COOKIE)) {
      setXsrfCookie(req, res, this.config.get('cookieSecure', { infer: true }), newToken());
    }
    next();
  }
}
