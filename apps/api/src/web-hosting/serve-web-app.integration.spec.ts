import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rawGet } from '../../test/raw-http';
import { createTestApp, TestApp } from '../../test/test-app';
import { IMMUTABLE } from './serve-web-app';

const PRECOMPRESS = join(__dirname, '../../../../tools/precompress-web.mjs');
const script = `console.log(${JSON.stringify('relationship-centred practice '.repeat(200))});\n`;
const page = `<!doctype html><html><head><base href="/"><script src="main-AB12CD34.js" type="module"></script></head><body>${'<rcp-root></rcp-root>'.repeat(80)}</body></html>`;

/** A built web app in miniature, pre-compressed by the same script the build runs. */
function builtWebApp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rcp-web-'));
  writeFileSync(join(dir, 'index.html'), page);
  writeFileSync(join(dir, 'main-AB12CD34.js'), script);
  writeFileSync(join(dir, 'favicon.ico'), Buffer.from([0, 0, 1, 0]));
  mkdirSync(join(dir, 'media'));
  // A file at an API path: the API must still answer it, never the file.
  mkdirSync(join(dir, 'api', 'v1'), { recursive: true });
  writeFileSync(join(dir, 'api', 'v1', 'status.json'), '{"from":"a file"}');
  writeFileSync(join(dir, 'media', 'font-ZX98YW76.woff2'), Buffer.alloc(2048, 7));
  execFileSync(process.execPath, [PRECOMPRESS, dir]);
  return dir;
}

describe('the built web app: pre-compressed files and cache headers (real PostgreSQL)', () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    dir = builtWebApp();
    t = await createTestApp({ WEB_DIST_DIR: dir });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['gzip, deflate, br', 'br'],
  ])(
    'sends the %s-accepting browser the %s copy of a hashed chunk, kept for a year',
    async (accept, sent) => {
      const res = await rawGet(t.app, '/main-AB12CD34.js', { 'Accept-Encoding': accept });
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe(sent);
      expect(res.headers['content-type']).toMatch(/javascript/);
      expect(res.headers['vary']).toMatch(/Accept-Encoding/i);
      expect(res.headers['cache-control']).toBe(IMMUTABLE);
      expect(res.wire.length).toBeLessThan(script.length / 10);
      expect(res.text).toBe(script);
    },
  );

  it('sends the file as it is to a client that accepts no encoding', async () => {
    const res = await rawGet(t.app, '/main-AB12CD34.js');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.wire.toString('utf8')).toBe(script);
  });

  it('serves index.html (and deep links to it) compressed, revalidated on every visit', async () => {
    for (const path of ['/', '/index.html', '/councils/3/dashboard']) {
      const res = await rawGet(t.app, path, { 'Accept-Encoding': 'br' });
      expect([path, res.status, res.headers['content-encoding']]).toEqual([path, 200, 'br']);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.text).toBe(page);
    }
  });

  it('keeps hashed media for a year and unhashed files revalidated; small files uncompressed', async () => {
    const font = await rawGet(t.app, '/media/font-ZX98YW76.woff2', { 'Accept-Encoding': 'br' });
    const icon = await rawGet(t.app, '/favicon.ico', { 'Accept-Encoding': 'br' });
    expect([font.status, font.headers['cache-control'], font.headers['content-encoding']]).toEqual([
      200,
      IMMUTABLE,
      undefined,
    ]);
    expect([icon.status, icon.headers['cache-control'], icon.headers['content-encoding']]).toEqual([
      200,
      'no-cache',
      undefined,
    ]);
  });

  it('answers a missing file with a 404, not the app', async () => {
    const res = await rawGet(t.app, '/chunk-OLD12345.js');
    expect(res.status).toBe(404);
    expect(res.text).not.toContain('rcp-root');
  });

  it('never answers /api paths with a file: an unknown API path is a 404 in the error shape', async () => {
    for (const path of ['/api/v1/no-such-thing', '/api/v1/status.json', '/api']) {
      const res = await rawGet(t.app, path, { Accept: 'text/html' });
      expect([path, res.status, res.headers['content-type']]).toEqual([
        path,
        404,
        expect.stringMatching(/application\/json/),
      ]);
      expect(res.text).not.toContain('a file');
      expect(JSON.parse(res.text)).toMatchObject({ statusCode: 404, message: expect.any(String) });
    }
  });
});
