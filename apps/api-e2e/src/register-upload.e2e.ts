import { stream, Workbook } from 'exceljs';
import { PassThrough } from 'node:stream';
import { aDataDir, aPort, removeDataDirs, startApi, stop, waitForHealth } from './api-process';

const HEADINGS = [
  'Name',
  'Category',
  'Type',
  'Service area',
  'Scope',
  'Context need',
  'Reach',
  'Basis',
];
const ROW = [
  'Upload check rota',
  'Continuity',
  'Procedure',
  'Housing',
  'Organisational protocol',
  'Relational',
  'High',
  'Local practice',
];

async function register(): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.addWorksheet('Register').addRows([HEADINGS, ROW]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** 250,000 numbers: a few hundred KB zipped, past the 200,000-cell limit. */
async function tooManyCells(): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const writer = new stream.xlsx.WorkbookWriter({ stream: out });
  const sheet = writer.addWorksheet('Register');
  sheet.addRow(HEADINGS).commit();
  const numbers = Array.from({ length: 50 }, (_, i) => i);
  for (let line = 0; line < 5000; line++) sheet.addRow(numbers).commit();
  await writer.commit();
  return Buffer.concat(chunks);
}

/** Signs in, keeping the cookies a browser would (the sign-in sets a fresh XSRF token). */
async function signIn(base: string, email: string, password: string) {
  const options = await fetch(`${base}/auth/sign-in-options`);
  const cookies = new Map<string, string>();
  const keep = (res: Response) =>
    res.headers.getSetCookie().forEach((c) => {
      const [pair] = c.split(';');
      cookies.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
    });
  keep(options);
  const headers = () => ({
    cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
    'x-xsrf-token': cookies.get('XSRF-TOKEN') ?? '',
  });
  const login = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers() },
    body: JSON.stringify({ email, password }),
  });
  keep(login);
  const body = (await login.json()) as { councilId: string };
  return { councilId: body.councilId, headers: headers() };
}

describe('register uploads in the built API', () => {
  afterAll(removeDataDirs);

  it('reads a spreadsheet in its child process, and refuses one with too many cells', async () => {
    const port = aPort();
    const api = startApi({ PORT: String(port), DATA_DIR: await aDataDir(), DEMO: 'true' });
    try {
      await waitForHealth(port);
      const base = `http://127.0.0.1:${port}/api/v1`;
      const lead = await signIn(base, 'lead@northfield.demo.example', 'demo-password-1234');
      const preview = async (file: Buffer) => {
        const form = new FormData();
        form.append('file', new Blob([new Uint8Array(file)]), 'register.xlsx');
        return fetch(`${base}/councils/${lead.councilId}/protocols/import/preview`, {
          method: 'POST',
          headers: lead.headers,
          body: form,
        });
      };

      const read = await preview(await register());
      expect(read.status).toBe(200);
      expect(await read.json()).toMatchObject({ fileErrors: [], rows: [{ line: 2, errors: [] }] });

      const refused = await preview(await tooManyCells());
      expect(refused.status).toBe(413);
      expect(await refused.json()).toMatchObject({
        errors: [{ field: 'file', messages: [expect.stringMatching(/more than 200,000 cells/)] }],
      });
    } finally {
      await stop(api);
    }
  });
});
