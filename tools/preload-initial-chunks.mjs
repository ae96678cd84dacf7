// Gives every chunk the first page needs a <link rel="modulepreload"> in the built index.html.
// Angular's build writes at most 10 of them (the shallowest first); past that, the rest are only
// found when the chunk importing them has downloaded and been read: one more round trip each
// level, before Angular itself can start (the largest chunk, @angular/core, was the one left out).
// Usage: node tools/preload-initial-chunks.mjs [dist dir, default dist/apps/web/browser]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Static imports only (`import"./chunk-X.js"`, `…from"./chunk-X.js"`), not `import("…")`. */
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'](\.\/[\w.-]+\.js)["']/g;

const root = process.argv[2] ?? 'dist/apps/web/browser';
const indexPath = join(root, 'index.html');
let html = readFileSync(indexPath, 'utf8');
const entry = /<script src="(main-[\w-]+\.js)" type="module"><\/script>/.exec(html);
if (!entry) throw new Error(`No main script in ${indexPath}`);

// Breadth first from main, so the shallowest chunks come first, as Angular orders its own.
const order = [];
const seen = new Set([entry[1]]);
const queue = [entry[1]];
while (queue.length > 0) {
  const file = queue.shift();
  for (const [, spec] of readFileSync(join(root, file), 'utf8').matchAll(STATIC_IMPORT)) {
    const name = spec.slice(2);
    if (seen.has(name)) continue;
    seen.add(name);
    order.push(name);
    queue.push(name);
  }
}

const missing = order.filter((name) => !html.includes(`href="${name}"`));
const links = missing.map((name) => `<link rel="modulepreload" href="${name}">`).join('');
html = html.replace(entry[0], `${links}${entry[0]}`);
writeFileSync(indexPath, html);
console.log(
  `${indexPath}: ${order.length} chunks before main runs, ${missing.length} preloads added`,
);
