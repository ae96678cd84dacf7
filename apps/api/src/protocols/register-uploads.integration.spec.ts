import type { Protocol } from '@rcp/api-contract';
import { aCouncil, aUser, Client } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';
import {
  repeatedPart,
  SHEET_HEAD,
  SHEET_TAIL,
  textRow,
  workbookParts,
  xlsxOfRows,
  zipOf,
} from '../../test/xlsx-files';
import { RegisterFileReader } from './register-file';

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
const VALID = [
  'Duty rota',
  'Continuity',
  'Procedure',
  'Housing',
  'Organisational protocol',
  'Relational',
  'High',
  'Local practice',
];
const csvOf = (rows: string[][]) => rows.map((r) => r.join(',')).join('\r\n') + '\r\n';

/**
 * A workbook of the heading row, then `unit` `times` times. Bombs need no row numbers: they are
 * refused before anything reads them as a workbook, and repeating one string keeps them tiny.
 */
async function sheetOf(unit: string, times: number, declaredSize?: number): Promise<Buffer> {
  const sheet = await repeatedPart(
    'xl/worksheets/sheet1.xml',
    SHEET_HEAD + textRow(1, HEADINGS),
    unit,
    times,
    SHEET_TAIL,
  );
  return zipOf(workbookParts({ ...sheet, declaredSize }));
}
const CELL = '<c t="s"><v>0</v></c>';
/** About 94 MB of XML from some 100 KB (as in the reported bomb), declared honestly or as 100 KB. */
const unpackingBomb = (declaredSize?: number) =>
  sheetOf(`<row>${CELL.repeat(40)}</row>`, 110_000, declaredSize);
/** 250,000 cells in about 5 MB: within the size limit, past the cell limit. */
const cellBomb = () => sheetOf(`<row>${CELL.repeat(50)}</row>`, 5_000);

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('register uploads are bounded by what they unpack to (real PostgreSQL)', () => {
  let t: TestApp;
  let councilId: string;
  let lead: Client;
  const preview = () => `/api/v1/councils/${councilId}/protocols/import/preview`;
  const importPath = () => `/api/v1/councils/${councilId}/protocols/import`;
  const registerNames = async () =>
    ((await lead.get(`/api/v1/councils/${councilId}/protocols?status=all`)).body as Protocol[]).map(
      (p) => p.name,
    );

  beforeAll(async () => {
    t = await createTestApp();
    councilId = (await aCouncil(t)).id;
    lead = await Client.signedIn(t, await aUser(t, 'lead', councilId));
  });
  afterAll(() => t.close());

  it('refuses a spreadsheet that unpacks to far more than the limit with a 413 naming the file, writing nothing', async () => {
    const bomb = await unpackingBomb();
    expect(bomb.length).toBeLessThan(400 * 1024);
    for (const path of [preview(), importPath()]) {
      const res = await lead.upload(path, 'register.xlsx', bomb);
      expect(res.status).toBe(413);
      expect(res.body).toMatchObject({
        statusCode: 413,
        message: 'The file could not be checked, so nothing was imported.',
        errors: [
          {
            field: 'file',
            messages: [expect.stringMatching(/^The spreadsheet unpacks to more than 20 MB/)],
          },
        ],
      });
    }
    expect(await registerNames()).toEqual([]);
  });

  it('refuses a spreadsheet of too many cells, and a file over 5 MB, with a 413 naming the file', async () => {
    const cells = await lead.upload(preview(), 'register.xlsx', await cellBomb());
    expect(cells.status).toBe(413);
    expect(cells.body.errors).toEqual([
      { field: 'file', messages: [expect.stringMatching(/more than 200,000 cells/)] },
    ]);

    const large = await lead.upload(
      preview(),
      'register.csv',
      Buffer.alloc(5 * 1024 * 1024 + 1, 'a'),
    );
    expect(large.status).toBe(413);
    expect(large.body.errors).toEqual([
      { field: 'file', messages: [expect.stringMatching(/^The file is larger than 5 MB/)] },
    ]);
  });

  it('keeps answering other requests while several bombs are being refused', async () => {
    const reader = t.app.get(RegisterFileReader);
    const bombs = [
      await unpackingBomb(),
      await unpackingBomb(),
      await unpackingBomb(100_000), // lies about its size
      await unpackingBomb(100_000),
      await cellBomb(),
    ];
    const answered: string[] = [];
    const refusing = bombs.map((file, i) =>
      lead.upload(preview(), `bomb-${i}.xlsx`, file).then((res) => {
        answered.push('bomb');
        return res;
      }),
    );
    // Once every bomb is with the reader (reading or waiting its turn)…
    await until(() => reader.pending === bombs.length || answered.length > 0);

    // …other people's requests are answered, while bombs are still being read.
    const health = await t.http.get('/api/v1/health');
    answered.push('health');
    const register = await lead.get(`/api/v1/councils/${councilId}/protocols`);
    answered.push('register');
    const stillReading = reader.pending;

    const refused = await Promise.all(refusing);
    expect(health.status).toBe(200);
    expect(register.status).toBe(200);
    expect(stillReading).toBeGreaterThan(0);
    expect(answered.slice(0, 2)).toEqual(['health', 'register']);
    // The liars are unreadable (a file error in the preview), the others refused for size.
    expect(refused.map((r) => r.status).sort()).toEqual([200, 200, 413, 413, 413]);
    expect(reader.liveWorkers).toBe(0);
  }, 120_000);

  it('imports a normal spreadsheet, read in a worker', async () => {
    const file = xlsxOfRows([textRow(1, HEADINGS), textRow(2, VALID)]);
    const res = await lead.upload(importPath(), 'register.xlsx', file);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ created: 1 });
    expect(await registerNames()).toEqual(['Duty rota']);
  });

  it('names the cell that holds a NUL character or a broken surrogate, and writes nothing', async () => {
    const before = await registerNames();
    const nul = csvOf([HEADINGS, ['Rota\u0000', ...VALID.slice(1)]]);
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(csvOf([HEADINGS, ['Rota \ud800 two', ...VALID.slice(1)]]), 'utf16le'),
    ]);

    for (const file of [Buffer.from(nul), utf16]) {
      const checked = await lead.upload(preview(), 'register.csv', file);
      expect(checked.status).toBe(200);
      expect(checked.body.fileErrors).toEqual([]);
      expect(checked.body.rows[0].errors).toEqual([
        {
          line: 2,
          column: 'Name',
          message: expect.stringMatching(/^has a character that cannot be saved/),
        },
      ]);
      const imported = await lead.upload(importPath(), 'register.csv', file);
      expect(imported.status).toBe(400);
      expect(imported.body.errors).toEqual([
        { field: 'line 2, Name', messages: [expect.stringMatching(/cannot be saved/)] },
      ]);
    }

    // XML itself forbids NUL, so such a workbook is refused as unreadable, never a 500.
    const xlsx = xlsxOfRows([textRow(1, HEADINGS), textRow(2, ['Rota&#0;', ...VALID.slice(1)])]);
    const imported = await lead.upload(importPath(), 'register.xlsx', xlsx);
    expect(imported.status).toBe(400);
    expect(imported.body.errors).toEqual([
      { field: 'file', messages: [expect.stringMatching(/^The Excel file could not be read/)] },
    ]);
    expect(await registerNames()).toEqual(before);
  });
});
