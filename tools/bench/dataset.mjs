// The benchmark's dataset: generated once per (generator, parameters) and reused. A fingerprint of
// the generator's sources and the parameters is kept beside the data; when either changes, the
// dataset is generated again.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What the generated data depends on: the demo planner and loader, scoring and the content. */
const GENERATOR_SOURCES = [
  'apps/api/src/demo',
  'apps/api/src/cli/demo.ts',
  'apps/api/src/audits/audit-scoring.ts',
  'apps/api/src/audits/audit-summaries.queries.ts',
  'libs/rcp-content/src',
  'libs/scoring/src',
];
const FINGERPRINT_FILE = 'bench-dataset.json';

function sourceFiles(root, path) {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (statSync(full).isFile()) return [full];
  return readdirSync(full, { recursive: true })
    .map((f) => join(full, f))
    .filter((f) => /\.ts$/.test(f) && !/\.spec\.ts$/.test(f) && statSync(f).isFile())
    .sort();
}

export function fingerprint(root, params) {
  const hash = createHash('sha256');
  for (const file of GENERATOR_SOURCES.flatMap((p) => sourceFiles(root, p))) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return { generator: hash.digest('hex').slice(0, 16), ...params };
}

function stored(dataDir) {
  try {
    return JSON.parse(readFileSync(join(dataDir, FINGERPRINT_FILE), 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Makes sure `dataDir` holds the dataset for `params` ({ councils, audits, protocols? });
 * generates it (with `env` for the generator) when missing, stale or `force`d.
 */
export function ensureDataset(root, dataDir, params, env, force = false) {
  const wanted = fingerprint(root, params);
  const have = stored(dataDir);
  const fresh =
    existsSync(join(dataDir, 'pg', 'PG_VERSION')) &&
    JSON.stringify(have) === JSON.stringify(wanted);
  if (fresh && !force) return { ...wanted, generated: false };
  if (existsSync(dataDir)) rmSync(dataDir, { recursive: true, force: true });
  const args = ['reset', '--councils', String(params.councils), '--audits', String(params.audits)];
  if (params.protocols) args.push('--protocols', String(params.protocols));
  console.log(
    `Generating the dataset (${args.slice(1).join(' ')}) in ${dataDir}` +
      (have ? ` — ${JSON.stringify(have)} is out of date` : '') +
      ' …',
  );
  const started = Date.now();
  const gen = spawnSync(process.execPath, [join(root, 'dist/apps/api/demo.js'), ...args], {
    env: { ...env, DATA_DIR: dataDir },
    stdio: 'inherit',
  });
  if (gen.status !== 0) throw new Error(`the generator failed (exit ${gen.status})`);
  writeFileSync(join(dataDir, FINGERPRINT_FILE), JSON.stringify(wanted, null, 2) + '\n');
  return { ...wanted, generated: true, seconds: (Date.now() - started) / 1000 };
}
