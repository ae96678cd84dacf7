import type { INestApplication } from '@nestjs/common';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes as sent on the wire (still compressed, if they were). */
  wire: Buffer;
  /** The body after undoing its Content-Encoding. */
  text: string;
}

function decode(encoding: unknown, wire: Buffer): Buffer {
  if (encoding === 'br') return brotliDecompressSync(wire);
  if (encoding === 'gzip') return gunzipSync(wire);
  return wire;
}

/**
 * A GET whose body is read exactly as sent (supertest decodes compressed bodies itself, which
 * would hide what the server put on the wire). Listens on a free port on first use.
 */
export async function rawGet(
  app: INestApplication,
  path: string,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  const server = app.getHttpServer();
  if (!server.listening) await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const wire = Buffer.concat(chunks);
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          wire,
          text: decode(res.headers['content-encoding'], wire).toString('utf8'),
        });
      });
    });
    req.on('error', reject);
    req.end();
  });
}
