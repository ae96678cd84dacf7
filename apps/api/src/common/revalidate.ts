import { applyDecorators, Header } from '@nestjs/common';
import { ApiErrors } from '../api-docs/api-responses';

/**
 * For answers a browser views again and again (a council's dashboard, the benchmarks): instead
 * of the API-wide `no-store`, the browser may keep its own copy (`private`: never a shared cache
 * or proxy, so authenticated data stays out of them) but must ask before every use (`no-cache`).
 * It then sends the ETag back as If-None-Match, and an unchanged answer is a bodiless 304.
 */
export const RevalidateEveryTime = (): MethodDecorator =>
  applyDecorators(Header('Cache-Control', 'private, no-cache'), ApiErrors(304));
