import { BadRequestException } from '@nestjs/common';
import { ITEM_KEY } from '../frameworks/framework.dto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Cursors are opaque to callers (base64url of the last row's key), so paging can change shape
 * later without breaking their tools; a cursor that does not decode is a 400 naming `cursor`.
 */
export function encodeCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The key a cursor holds, checked against the parts expected ('uuid' or 'key' each). */
export function decodeCursor(cursor: string, parts: ReadonlyArray<'uuid' | 'key'>): string[] {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = null;
  }
  const valid =
    Array.isArray(key) &&
    key.length === parts.length &&
    key.every(
      (k, i) =>
        typeof k === 'string' && k.length <= 100 && (parts[i] === 'uuid' ? UUID : ITEM_KEY).test(k),
    );
  if (!valid) {
    throw new BadRequestException({
      message: 'The request has invalid fields.',
      errors: [
        {
          field: 'cursor',
          messages: ['is not a cursor this feed gave out: start again without one'],
        },
      ],
    });
  }
  return key as string[];
}
