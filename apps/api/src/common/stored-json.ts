import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

type Encoding = 'br' | 'gzip' | 'identity';

/** Express's own weak ETag for this text, so a stored answer revalidates like a computed one. */
export function weakEtag(body: string): string {
  const hash = createHash('sha1').update(body, 'utf8').digest('base64').substring(0, 27);
  return `W/"${Buffer.byteLength(body, 'utf8').toString(16)}-${hash}"`;
}

/**
 * A JSON answer kept as text with its ETag; each content encoding is made once, on first use,
 * so serving it again costs neither JSON.stringify nor compression.
 */
export class StoredJson {
  private readonly encoded = new Map<Encoding, Buffer>();

  constructor(
    readonly etag: string,
    readonly body: string,
  ) {}

  bytes(encoding: Encoding): Buffer {
    let bytes = this.encoded.get(encoding);
    if (!bytes) {
      const plain = Buffer.from(this.body, 'utf8');
      bytes =
        encoding === 'br'
          ? brotliCompressSync(plain, { params: { [constants.BROTLI_PARAM_QUALITY]: 6 } })
          : encoding === 'gzip'
            ? gzipSync(plain)
            : plain;
      this.encoded.set(encoding, bytes);
    }
    return bytes;
  }
}

/**
 * Sends a stored answer in the encoding the client accepts, or 304 when the client's copy has
 * this ETag. Content-Encoding being set makes the compression middleware leave it alone.
 */
export function sendStoredJson(req: Request, res: Response, json: StoredJson): void {
  res.setHeader('ETag', json.etag);
  res.vary('Accept-Encoding');
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  const accepted = req.acceptsEncodings(['br', 'gzip', 'identity']);
  const encoding: Encoding = accepted === 'br' || accepted === 'gzip' ? accepted : 'identity';
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
  res.send(json.bytes(encoding));
}
