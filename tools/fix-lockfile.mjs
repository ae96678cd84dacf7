#!/usr/bin/env node
// Why: this machine's registry lacks some other-platform optional binaries (sass-embedded-*,
// rollup, @unrs/resolver-binding-*...). `npm install` silently drops them from the lock, and
// `npm ci` then refuses the lock as out of sync. Recording them as optional entries lets
// `npm ci` skip them as failed optional installs. Re-run after every dependency change.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;
let added = 0;

/** Where npm would look for `name` as seen from the package at `from` (nested, then upwards). */
function resolves(from, name) {
  let dir = from;
  for (;;) {
    const candidate = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[candidate]) return true;
    if (!dir) return false;
    const idx = dir.lastIndexOf('/node_modules/');
    dir = idx === -1 ? '' : dir.slice(0, idx);
  }
}

for (const [path, meta] of Object.entries(packages)) {
  for (const [name, spec] of Object.entries(meta.optionalDependencies ?? {})) {
    if (resolves(path, name)) continue;
    const version = String(spec).replace(/^[\^~=]/, '');
    packages[`node_modules/${name}`] = { version, optional: true };
    added++;
  }
}

writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log(`fix-lockfile: added ${added} missing optional entries`);
