// A closed-loop load generator: `connections` clients on keep-alive connections (undici, the
// engine of Node's fetch, which costs the shared cores less per request than node:http), each
// sending its next request when the previous answer has been read in full, until `samples`
// answers (and at least `minMs`) have been collected. Latency is from sending to the last byte.
import http from 'node:http';
import { Pool } from 'undici';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

/** An answer's body as sent before compression. */
export function decoded(res) {
  const encoding = res.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(res.body);
  if (encoding === 'gzip') return gunzipSync(res.body);
  if (encoding === 'deflate') return inflateSync(res.body);
  return res.body;
}

export function request(agent, url, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const req = http.request(url, { method, agent, headers }, (res) => {
      let bytes = 0;
      const chunks = [];
      res.on('data', (c) => {
        bytes += c.length;
        chunks.push(c);
      });
      res.on('end', () =>
        resolve({
          status: res.statusCode,
          headers: res.headers,
          bytes,
          body: Buffer.concat(chunks),
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

/** Runs the load; `urls` (of one origin) are visited in turn. Returns latencies, bytes and wall time. */
export async function runLoad({ urls, headers, connections, samples, minMs = 0 }) {
  const origin = new URL(urls[0]).origin;
  const paths = urls.map((u) => {
    const url = new URL(u);
    return url.pathname + url.search;
  });
  const pool = new Pool(origin, { connections, pipelining: 1 });
  const times = [];
  let bytes = 0;
  let next = 0;
  const errors = new Map();
  const started = performance.now();
  const worker = async () => {
    while (next < samples || performance.now() - started < minMs) {
      const path = paths[next++ % paths.length];
      const sent = performance.now();
      const res = await pool.request({ path, method: 'GET', headers });
      for await (const chunk of res.body) bytes += chunk.length;
      times.push(performance.now() - sent);
      if (res.statusCode !== 200) errors.set(res.statusCode, (errors.get(res.statusCode) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  const wallMs = performance.now() - started;
  await pool.close();
  times.sort((a, b) => a - b);
  return {
    requests: times.length,
    wallMs,
    reqPerSec: (times.length / wallMs) * 1000,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    p99: percentile(times, 0.99),
    meanBytes: bytes / times.length,
    errors: Object.fromEntries(errors),
  };
}
