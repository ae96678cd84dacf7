import { Workbook, type CellValue } from 'exceljs';
import { CASELOAD, HEADER, context } from './register-file.fixtures';
import { parseRegisterFile, toProtocolFields } from './parse-register-file';

const HEADINGS = HEADER.split(',');
const VALID_ROW = [
  'Caseload size',
  '',
  'Time and caseload',
  'Policy',
  '',
  'Housing',
  'Organisational',
  'Mixed',
  'Low',
  'Assumed',
];

async function xlsxFile(
  rows: CellValue[][],
  build?: (workbook: Workbook) => void,
): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Register');
  rows.forEach((values, i) => {
    values.forEach((value, j) => {
      sheet.getCell(i + 1, j + 1).value = value;
    });
  });
  build?.(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('parseRegisterFile – Excel', () => {
  it('reads strings, rich text, a real date, a hyperlink and a formula result', async () => {
    const file = await xlsxFile(
      [
        HEADINGS,
        [
          {
            richText: [{ text: 'Caseload size ', font: { bold: true } }, { text: 'and weighting' }],
          },
          CASELOAD.description,
          'Time and caseload',
          { formula: 'LOWER("POLICY")', result: 'policy' },
          CASELOAD.owner,
          CASELOAD.serviceArea,
          'Organisational protocol',
          'Relational',
          'High',
          'Local practice',
          new Date(Date.UTC(2026, 2, 31)),
          { text: 'Caseload policy (PDF)', hyperlink: 'https://www.example.gov.uk/caseload' },
        ],
      ],
      (workbook) => {
        workbook.addWorksheet('Notes').getCell('A1').value = 'Not read';
      },
    );

    const preview = await parseRegisterFile(file, 'Register.XLSX', context());

    expect(preview).toMatchObject({ fileErrors: [], validRows: 1, errorCount: 0, canImport: true });
    expect(toProtocolFields(preview.rows[0])).toEqual(CASELOAD);
  });

  it('reads a numeric review date as an Excel date serial, and keeps a hyperlink’s own address text', async () => {
    const file = await xlsxFile([
      HEADINGS,
      [
        'Staff supervision',
        '',
        'people-and-hr',
        'HR',
        42,
        'Adult social care',
        'organisational',
        'relational',
        'medium',
        'council-policy',
        46112,
        { text: 'https://a.example/one', hyperlink: 'https://a.example/one' },
      ],
    ]);

    const preview = await parseRegisterFile(file, 'register.xlsx', context());

    expect(preview.rows[0].errors).toEqual([]);
    expect(preview.rows[0].values).toMatchObject({
      owner: '42',
      reviewDate: '2026-03-31',
      sourceLinks: ['https://a.example/one'],
    });
  });

  it('reports cell errors on the spreadsheet row, skipping blank rows', async () => {
    const file = await xlsxFile([
      [
        'name',
        'CATEGORY',
        'Type',
        'Service_Area',
        'scope',
        'context-need',
        'Reach',
        'Basis',
        'Review date',
      ],
      [
        'Valid',
        'Time and caseload',
        'Policy',
        'Housing',
        'Organisational',
        'Mixed',
        'Low',
        'Assumed',
        '',
      ],
      [],
      ['', '', '', '', '', '', '', '', ''],
      ['Bad', 'Nowhere', 'Policy', 'Housing', 'Organisational', 'Mixed', 'Low', 'Assumed', 'soon'],
    ]);

    const preview = await parseRegisterFile(file, 'register.xlsx', context());

    expect(preview.rows.map((r) => r.line)).toEqual([2, 5]);
    expect(preview.rows[1].errors).toEqual([
      {
        line: 5,
        column: 'CATEGORY',
        message: expect.stringMatching(/^must be one of: Time and caseload, /),
      },
      {
        line: 5,
        column: 'Review date',
        message: 'must be a date written as DD/MM/YYYY or YYYY-MM-DD (not "soon")',
      },
    ]);
  });

  it('reads an Excel file even when it is named .csv', async () => {
    const file = await xlsxFile([
      HEADINGS,
      [
        'Caseload size',
        '',
        'Time and caseload',
        'Policy',
        '',
        'Housing',
        'Organisational',
        'Mixed',
        'Low',
        'Assumed',
      ],
    ]);

    const preview = await parseRegisterFile(file, 'register.csv', context());
    expect(preview.canImport).toBe(true);
  });

  it('reports missing required columns in an Excel file', async () => {
    const file = await xlsxFile([
      ['Name', 'Description'],
      ['Caseload', ''],
    ]);

    const preview = await parseRegisterFile(file, 'register.xlsx', context());
    expect(preview.fileErrors).toEqual([
      'The file is missing the required columns: Category, Type, Service area, Scope, Context need, Reach and Basis.',
    ]);
  });

  it.each([
    ['random bytes', Buffer.from('definitely not a spreadsheet')],
    ['an empty file', Buffer.alloc(0)],
    ['a zip header with nothing after it', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0])],
  ])('gives a file error, not an exception, for a corrupt .xlsx (%s)', async (_, file) => {
    const preview = await parseRegisterFile(file, 'register.xlsx', context());

    expect(preview.canImport).toBe(false);
    expect(preview.rows).toEqual([]);
    expect(preview.fileErrors).toEqual([
      expect.stringMatching(/^The Excel file could not be read/),
    ]);
  });

  it('reads a sheet by the cells it holds, not by its furthest address (one stray cell far away)', async () => {
    // A few kilobytes that claim a 200,000 × 200 sheet: reading it cell by cell ran out of memory.
    const file = await xlsxFile([HEADINGS, VALID_ROW], (workbook) => {
      workbook.worksheets[0].getCell('GR200000').value = 'x';
    });
    expect(file.length).toBeLessThan(20_000);

    const preview = await parseRegisterFile(file, 'register.xlsx', context());
    // The stray cell is far outside the register's columns, so like any unknown column it is ignored.
    expect(preview).toMatchObject({ fileErrors: [], validRows: 1, canImport: true });
    expect(preview.rows.map((r) => r.line)).toEqual([2]);
  });

  it('refuses a sheet with more rows than the limit without reading them all', async () => {
    const rows = Array.from({ length: 6 }, (_, i) => [`Protocol ${i + 1}`, ...VALID_ROW.slice(1)]);
    const file = await xlsxFile([HEADINGS, ...rows]);

    const preview = await parseRegisterFile(file, 'register.xlsx', context({ maxRows: 3 }));
    expect(preview.canImport).toBe(false);
    expect(preview.fileErrors).toEqual([
      'The file has more than 3 rows of protocols; at most 3 can be imported at once. Split it into smaller files.',
    ]);
  });

  it('ignores notes beside the table and rows below it with nothing in a register column', async () => {
    const rows = Array.from({ length: 3 }, (_, i) => [`Protocol ${i + 1}`, ...VALID_ROW.slice(1)]);
    const file = await xlsxFile([HEADINGS, ...rows], (workbook) => {
      const sheet = workbook.worksheets[0];
      sheet.getCell('N2').value = 'Check with legal'; // a note, no heading above it
      // A helper column filled far down, blank in every row: not protocols.
      for (let r = 5; r <= 40; r++)
        sheet.getCell(r, 14).value = { formula: 'IF(A5="","",1)', result: '' };
    });

    const preview = await parseRegisterFile(file, 'register.xlsx', context({ maxRows: 3 }));
    expect(preview).toMatchObject({ fileErrors: [], validRows: 3, canImport: true });
  });

  it('reads the first visible sheet, passing over a hidden one', async () => {
    const workbook = new Workbook();
    const hidden = workbook.addWorksheet('Old register', { state: 'hidden' });
    hidden.getCell('A1').value = 'Leftovers';
    const sheet = workbook.addWorksheet('Register');
    [HEADINGS, VALID_ROW].forEach((values, i) =>
      values.forEach((value, j) => (sheet.getCell(i + 1, j + 1).value = value)),
    );
    const file = Buffer.from(await workbook.xlsx.writeBuffer());

    const preview = await parseRegisterFile(file, 'register.xlsx', context());
    expect(preview).toMatchObject({ fileErrors: [], validRows: 1, canImport: true });
  });

  it('gives a file error for a truncated .xlsx', async () => {
    const whole = await xlsxFile([HEADINGS, ['Caseload']]);

    const preview = await parseRegisterFile(
      whole.subarray(0, Math.floor(whole.length / 2)),
      'register.xlsx',
      context(),
    );
    expect(preview.canImport).toBe(false);
    expect(preview.fileErrors).toEqual([
      expect.stringMatching(/^The Excel file could not be read/),
    ]);
  });
});
