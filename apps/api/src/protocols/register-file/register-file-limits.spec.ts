import { Workbook } from 'exceljs';
import {
  part,
  repeatedPart,
  SHEET_HEAD,
  SHEET_TAIL,
  STRINGS_HEAD,
  STRINGS_TAIL,
  textRow,
  workbookParts,
  xlsxOfRows,
  zipOf,
} from '../../../test/xlsx-files';
import { HEADER, context } from './register-file.fixtures';
import { parseRegisterFile } from './parse-register-file';
import { DEFAULT_REGISTER_FILE_LIMITS as LIMITS } from './register-file-limits';
import { checkXlsxSize, XmlTagCounter } from './xlsx-size-guard';

const MB = 1024 * 1024;
const HEADINGS = HEADER.split(',');
const HEADING_ROW = textRow(1, HEADINGS);
/** A short cell of a shared text: about 20 bytes unpacked, a handful of bits deflated. */
const CELL = '<c t="s"><v>0</v></c>';

/** A workbook whose one sheet is the heading row, then `unit` `times` times. */
async function sheetBomb(unit: string, times: number, declaredSize?: number): Promise<Buffer> {
  const sheet = await repeatedPart(
    'xl/worksheets/sheet1.xml',
    SHEET_HEAD + HEADING_ROW,
    unit,
    times,
    SHEET_TAIL,
  );
  return zipOf(workbookParts({ ...sheet, declaredSize }));
}

describe('register files are bounded by what they unpack to', () => {
  it('refuses a small .xlsx whose sheet unpacks to far more than the limit, without unpacking it', async () => {
    // 94 MB of rows, as in the reported bomb: a row of 40 cells, 120,000 times.
    const bomb = await sheetBomb(`<row>${CELL.repeat(40)}</row>`, 120_000);
    expect(bomb.length).toBeLessThan(400 * 1024);

    const check = await checkXlsxSize(bomb, LIMITS);
    expect(check.refusal).toEqual({
      status: 413,
      message: expect.stringMatching(/^The spreadsheet unpacks to more than 20 MB/),
    });
    expect(check.unpackedBytes).toBe(0); // the sizes it declares were enough

    const preview = await parseRegisterFile(bomb, 'register.xlsx', context());
    expect(preview.fileErrors).toEqual([check.refusal?.message]);
    expect(preview.rows).toEqual([]);
  });

  it('refuses a zip that declares small sizes but unpacks to more, having unpacked no more than it declared', async () => {
    const liar = await sheetBomb(`<row>${CELL.repeat(40)}</row>`, 120_000, 100_000);

    const check = await checkXlsxSize(liar, LIMITS);
    expect(check.unreadable).toBe(true);
    expect(check.unpackedBytes).toBeLessThanOrEqual(100_000);

    const preview = await parseRegisterFile(liar, 'register.xlsx', context());
    expect(preview.fileErrors).toEqual([
      expect.stringMatching(/^The Excel file could not be read/),
    ]);
  });

  it('refuses a workbook with too many cells while unpacking it, long before its size limit', async () => {
    const cells = await sheetBomb(`<row>${CELL.repeat(50)}</row>`, 5_000); // 250,000 cells, 5 MB
    const check = await checkXlsxSize(cells, LIMITS);

    expect(check.refusal?.message).toMatch(
      /^The spreadsheet has more than 200,000 cells in use across its sheets/,
    );
    expect(check.refusal?.status).toBe(413);
    expect(check.unpackedBytes).toBeLessThan(5 * MB);

    const preview = await parseRegisterFile(cells, 'register.xlsx', context());
    expect(preview.fileErrors).toEqual([check.refusal?.message]);
  });

  it('refuses a workbook with too many rows, even empty ones', async () => {
    const rows = await sheetBomb('<row/>', 150_000);
    const check = await checkXlsxSize(rows, LIMITS);
    expect(check.refusal?.message).toMatch(/^The spreadsheet has more than 100,000 rows/);
  });

  it('refuses a workbook with too many shared texts', async () => {
    const strings = await repeatedPart(
      'xl/sharedStrings.xml',
      STRINGS_HEAD,
      '<si><t>a</t></si>',
      250_000,
      STRINGS_TAIL,
    );
    const sheet = part('xl/worksheets/sheet1.xml', SHEET_HEAD + HEADING_ROW + SHEET_TAIL);
    const check = await checkXlsxSize(zipOf(workbookParts(sheet, strings)), LIMITS);
    expect(check.refusal?.message).toMatch(
      /^The spreadsheet holds more than 200,000 separate pieces of text/,
    );
  });

  it('refuses a zip of too many parts before unpacking any', async () => {
    const parts = Array.from({ length: 1001 }, (_, i) => part(`xl/media/image${i}.png`, 'x'));
    const check = await checkXlsxSize(zipOf(parts), LIMITS);
    expect(check.refusal?.message).toMatch(/^The spreadsheet is made of more than 1,000 parts/);
    expect(check.unpackedBytes).toBe(0);
  });

  it('reads a full-size register written by Excel-like software, counting what it unpacks', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Register');
    sheet.addRow(HEADINGS);
    for (let i = 1; i <= 2000; i++) {
      sheet.addRow([`Protocol ${i}`, 'A description of the protocol. '.repeat(20)]);
    }
    const file = Buffer.from(await workbook.xlsx.writeBuffer());

    const check = await checkXlsxSize(file, LIMITS);
    expect(check).toEqual({ unpackedBytes: expect.any(Number) });
    expect(check.unpackedBytes).toBeGreaterThan(file.length);

    const preview = await parseRegisterFile(file, 'register.xlsx', context());
    expect(preview.rows).toHaveLength(2000);
    expect(preview.fileErrors).toEqual([]);
  });

  it('counts tags cut in two between chunks once', () => {
    const xml = '<row r="1"><c r="A1"><v>1</v></c><c/><c>x</c></row><si><t>a</t></si><col/><cols>';
    for (let cut = 0; cut <= xml.length; cut++) {
      const counter = new XmlTagCounter();
      counter.add(Buffer.from(xml.slice(0, cut)));
      counter.add(Buffer.from(xml.slice(cut)));
      expect([counter.rows, counter.cells, counter.texts]).toEqual([1, 3, 1]);
    }
  });

  it('refuses a CSV file of too many lines, blank ones included', async () => {
    const file = Buffer.from(`${HEADER}\r\n${'\r\n'.repeat(100_000)}`);
    const preview = await parseRegisterFile(file, 'register.csv', context());
    expect(preview.fileErrors).toEqual([
      expect.stringMatching(/^The CSV file has more than 100,000 lines/),
    ]);
  });

  it('refuses a CSV file of too many cells, even on one line', async () => {
    const file = Buffer.from(`${HEADER}\r\n${','.repeat(200_000)}\r\n`);
    const preview = await parseRegisterFile(file, 'register.csv', context());
    expect(preview.fileErrors).toEqual([
      expect.stringMatching(/^The CSV file has more than 200,000 cells/),
    ]);
  });

  it('reads a workbook made of the minimal parts these tests build', async () => {
    const file = xlsxOfRows([HEADING_ROW, textRow(2, ['Caseload size'])]);
    const preview = await parseRegisterFile(file, 'register.xlsx', context());
    expect(preview.rows[0].values.name).toBe('Caseload size');
  });
});
