import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The encodings a file may have been pre-compressed to (tools/precompress-web.mjs), best first. */
export const PRECOMPRESSED = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;
export type Precompressed = (typeof PRECOMPRESSED)[number]['encoding'];

/** A file of the built web app: its URL path and the compressed copies written beside it. */
export interface WebFile {
  urlPath: string;
  encodings: Precompressed[];
  /** Named by its content (Angular's output hashing): it never changes, so caches keep it. */
  hashed: boolean;
}

/** Angular's output hashing names files like main-5S4QL5RW.js or chunk-255QWK4H.js. */
const HASHED_NAME = /-[A-Z0-9]{8}\.[a-z0-9]+$/;

function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

/**
 * Lists the built app once at start-up (it does not change while the API runs), so a request
 * for anything else never touches the disk.
 */
export function listWebFiles(root: string): Map<string, WebFile> {
  const urlPaths = new Set(
    [...filesUnder(root)].map((file) => '/' + relative(root, file).split(sep).join('/')),
  );
  const files = new Map<string, WebFile>();
  for (const urlPath of urlPaths) {
    if (PRECOMPRESSED.some(({ suffix }) => urlPath.endsWith(suffix))) continue;
    files.set(urlPath, {
      urlPath,
      encodings: PRECOMPRESSED.filter(({ suffix }) => urlPaths.has(urlPath + suffix)).map(
        ({ encoding }) => encoding,
      ),
      hashed: HASHED_NAME.test(urlPath),
    });
  }
  return files;
}
