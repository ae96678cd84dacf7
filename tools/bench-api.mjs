#!/usr/bin/env node
// Measures dashboards and benchmarks on a national-scale dataset (a benchmark, not a test):
//   npm run bench:api                      (400 councils × 12 audits, generated once and reused)
//   BENCH_COUNCILS=200 BENCH_AUDITS=6 npm run bench:api -- --regenerate
// The dataset lives in BENCH_DATA_DIR (default: <tmp>/rcp-bench-<councils>x<audits>).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const councils = Number(process.env.BENCH_COUNCILS ?? 400);
const audits = Number(process.env.BENCH_AUDITS ?? 12);
const dataDir = process.env.BENCH_DATA_DIR ?? join(tmpdir(), `rcp-bench-${councils}x${audits}`);
const port = Number(process.env.BENCH_PORT ?? 4390);
const runs = Number(process.env.BENCH_RUNS ?? 30);
const base = `http://127.0.0.1:${port}/api/v1`;
const env = {
  ...process.env,
  DATA_DIR: dataDir,
  DEMO: 'false',
  LOG_LEVEL: 'warn',
  PORT: String(port),
  // One API process unless asked: CPU per request is read from that process's own counters.
  WEB_CONCURRENCY: process.env.WEB_CONCURRENCY ?? '1',
};
delete env.DATABASE_URL;

if (process.argv.includes('--regenerate') && existsSync(dataDir))
  rmSync(dataDir, { recursive: true, force: true });
if (!existsSync(join(dataDir, 'pg', 'PG_VERSION'))) {
  console.log(`Generating ${councils} councils × ${audits} audits in ${dataDir} …`);
  const gen = spawnSync(
    process.execPath,
    [
      join(root, 'dist/apps/api/demo.js'),
      'reset',
      '--councils',
      String(councils),
      '--audits',
      String(audits),
    ],
    {
      env,
      stdio: 'inherit',
    },
  );
  if (gen.status !== 0) process.exit(gen.status ?? 1);
}

const api = spawn(process.execPath, [join(root, 'dist/apps/api/main.js')], {
  env,
  stdio: ['ignore', 'inherit', 'inherit'],
});
const stop = () =>
  new Promise((r) => (api.exitCode !== null ? r() : (api.once('exit', r), api.kill('SIGTERM'))));

async function waitForHealth() {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/health`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the API did not become healthy');
}

async function signIn(email) {
  const first = await fetch(`${base}/auth/sign-in-options`);
  const xsrf = /XSRF-TOKEN=([^;]+)/.exec(first.headers.get('set-cookie') ?? '')?.[1];
  const res = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: `XSRF-TOKEN=${xsrf}`,
      'x-xsrf-token': xsrf,
    },
    body: JSON.stringify({ email, password: 'demo-password-1234' }),
  });
  if (!res.ok) throw new Error(`sign-in as ${email} failed: ${res.status}`);
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]);
  return cookies.join('; ');
}

async function measure(name, cookie, paths) {
  const times = [];
  for (let i = 0; i < runs + 3; i++) {
    const path = paths[i % paths.length];
    const started = performance.now();
    const res = await fetch(`${base}${path}`, { headers: { cookie } });
    await res.arrayBuffer();
    const ms = performance.now() - started;
    if (!res.ok) throw new Error(`${path}: ${res.status}`);
    if (i >= 3) times.push(ms); // the first calls warm caches and JIT
  }
  times.sort((a, b) => a - b);
  const pct = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  console.log(
    `${name.padEnd(44)} p50 ${pct(0.5).toFixed(1).padStart(7)} ms   p95 ${pct(0.95).toFixed(1).padStart(7)} ms   mean ${mean.toFixed(1).padStart(7)} ms`,
  );
  return { name, p50: pct(0.5), p95: pct(0.95) };
}

try {
  await waitForHealth();
  const coordinator = await signIn('coordinator@demo.example');
  const overview = await (
    await fetch(`${base}/network/overview`, { headers: { cookie: coordinator } })
  ).json();
  const ids = overview.map((c) => c.councilId);
  const lead = await signIn('lead@northfield.demo.example');
  console.log(
    `\nDataset: ${overview.length} councils, ${overview.reduce((n, c) => n + c.submittedAudits, 0)} submitted audits. ${runs} timed calls each, one at a time:\n`,
  );
  await measure(
    'GET /councils/:id/dashboard (various)',
    coordinator,
    ids.slice(0, 50).map((id) => `/councils/${id}/dashboard`),
  );
  await measure(
    'GET /councils/:id/dashboard?serviceArea=…',
    coordinator,
    ids.slice(0, 50).map((id) => `/councils/${id}/dashboard?scope=organisational`),
  );
  await measure('GET /benchmarks (coordinator, whole network)', coordinator, ['/benchmarks']);
  await measure('GET /benchmarks?type=unitary&principle=…', coordinator, [
    '/benchmarks?type=unitary&principle=mutual-trust',
  ]);
  await measure('GET /benchmarks (council lead, consent rules)', lead, ['/benchmarks']);
  await measure('GET /benchmarks/who-made-it-work?category=…', coordinator, [
    '/benchmarks/who-made-it-work?category=continuity',
  ]);
  await measure('GET /network/overview', coordinator, ['/network/overview']);
} finally {
  await stop();
}
