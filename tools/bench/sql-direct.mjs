// The same answers' SQL run directly: the statements one request ran (recorded by capture-sql.cjs)
// replayed over one PostgreSQL connection, one request's statements at a time. Writes are skipped
// (a read's repeat must not change data); transaction and session statements are kept.
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { percentile, request } from './load.mjs';

const WRITE = /^\s*(insert|update|delete|merge|copy|truncate)\b/i;
let captures = 0;

/** Sends one request marked for capture; returns the statements it ran. */
export async function captureStatements(agent, url, headers) {
  const file = join(tmpdir(), `rcp-bench-capture-${process.pid}-${captures++}.json`);
  const res = await request(agent, url, { headers: { ...headers, 'x-bench-capture': file } });
  if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
  // The file is written when the answer is finished; give the API a moment to get there.
  for (let i = 0; i < 100; i++) {
    try {
      const statements = JSON.parse(readFileSync(file, 'utf8'));
      rmSync(file);
      return statements;
    } catch {
      await new Promise((r) => setTimeout(r, 10));
    }
  }
  throw new Error(`no statements were recorded for ${url} (was capture-sql.cjs loaded?)`);
}

export async function connect(connectionString) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  return client;
}

/** Replays each request's reads in turn, `samples` times in all; latency per request. */
export async function replay(client, requests, samples) {
  const runs = requests.map((statements) => statements.filter((s) => !WRITE.test(s.text)));
  const skipped = requests.reduce((n, s, i) => n + s.length - runs[i].length, 0);
  for (const statements of runs) for (const s of statements) await client.query(s.text, s.values); // warm
  const times = [];
  for (let i = 0; i < samples; i++) {
    const statements = runs[i % runs.length];
    const started = process.hrtime.bigint();
    for (const s of statements) await client.query(s.text, s.values);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  const statements = runs.reduce((n, r) => n + r.length, 0) / runs.length;
  return {
    statements,
    skippedWrites: skipped,
    p50: percentile(times, 0.5),
    mean: times.reduce((a, b) => a + b, 0) / times.length,
  };
}
