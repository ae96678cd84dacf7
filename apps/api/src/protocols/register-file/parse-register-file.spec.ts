import {
  CASELOAD,
  CATEGORIES,
  HEADER,
  SPENDING_REVIEW,
  context,
  csvFile,
} from './register-file.fixtures';
import { parseRegisterFile, protocolsToImport, toProtocolFields } from './parse-register-file';

const CASELOAD_LINE =
  'Caseload size and weighting,How many families each practitioner holds at once.,Time and caseload,Policy,Head of Children’s Services,Children’s social care,Organisational protocol,Relational,High,Local practice,31/03/2026,https://www.example.gov.uk/caseload';
const SPENDING_LINE =
  'Annual spending review settlement,,Wider environment,Budget,,Corporate finance,Wider environment,Mixed,Medium,Statutory duty,,';

/** A valid row with some cells replaced, by column index in HEADER order. */
function row(changes: Record<number, string>): string {
  const cells = [
    'Protocol',
    '',
    'Time and caseload',
    'Policy',
    '',
    'Adult social care',
    'Organisational',
    'Relational',
    'Low',
    'Council policy',
    '',
    '',
  ];
  for (const [i, v] of Object.entries(changes)) cells[Number(i)] = v;
  return cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
}

describe('parseRegisterFile – CSV', () => {
  it('parses a clean CSV into typed protocol fields', async () => {
    const preview = await parseRegisterFile(
      csvFile([HEADER, CASELOAD_LINE, SPENDING_LINE]),
      'register.csv',
      context(),
    );

    expect(preview).toMatchObject({ fileErrors: [], validRows: 2, errorCount: 0, canImport: true });
    expect(preview.rows.map((r) => r.line)).toEqual([2, 3]);
    expect(preview.rows.map(toProtocolFields)).toEqual([CASELOAD, SPENDING_REVIEW]);
    expect(protocolsToImport(preview)).toEqual([CASELOAD, SPENDING_REVIEW]);
  });

  it('reads semicolon-separated files', async () => {
    const file = csvFile([
      HEADER.replace(/,/g, ';'),
      'Caseload size and weighting;"Families held; at once";time-and-caseload;policy;;Children’s social care;organisational;relational;high;local-practice;;https://a.example/1, https://a.example/2',
    ]);
    const preview = await parseRegisterFile(file, 'register.csv', context());

    expect(preview.fileErrors).toEqual([]);
    expect(preview.rows[0].errors).toEqual([]);
    expect(preview.rows[0].values).toMatchObject({
      description: 'Families held; at once',
      sourceLinks: ['https://a.example/1', 'https://a.example/2'],
    });
  });

  it('ignores a UTF-8 byte order mark before the first heading', async () => {
    const preview = await parseRegisterFile(
      csvFile([HEADER, CASELOAD_LINE], { bom: true }),
      'register.csv',
      context(),
    );

    expect(preview.canImport).toBe(true);
    expect(preview.rows[0].values.name).toBe('Caseload size and weighting');
  });

  it('reads a Windows-1252 file, as Excel saves a plain "CSV"', async () => {
    const text = `${HEADER}\r\n${row({ 0: 'Rent arrears – £50 threshold', 5: 'Housing' })}\r\n`;
    const file = Buffer.from(text.replace('–', '\x96').replace('£', '\xa3'), 'latin1');

    const preview = await parseRegisterFile(file, 'register.csv', context());
    expect(preview.rows[0].values.name).toBe('Rent arrears – £50 threshold');
  });

  it('matches headings whatever their case, spacing, underscores, hyphens or order', async () => {
    const file = csvFile([
      'SOURCE-LINKS,review_date,Basis*,reach,Context_Need,scope,service_area,OWNER,type,category,description,  name  ,Notes',
      'https://x.example,2026-01-31,assumed,low,mixed,wider,Planning,Chief planner,governance,wider-environment,,Local plan timetable,ignored',
    ]);
    const preview = await parseRegisterFile(file, 'register.csv', context());

    expect(preview.fileErrors).toEqual([]);
    expect(toProtocolFields(preview.rows[0])).toEqual({
      name: 'Local plan timetable',
      description: '',
      category: 'wider-environment',
      type: 'governance',
      owner: 'Chief planner',
      serviceArea: 'Planning',
      scope: 'wider',
      contextNeed: 'mixed',
      reach: 'low',
      basis: 'assumed',
      reviewDate: '2026-01-31',
      sourceLinks: ['https://x.example'],
    });
  });

  it('accepts keys and labels alike, in any case', async () => {
    const file = csvFile([
      HEADER,
      row({
        0: 'By key',
        2: 'people-and-hr',
        3: 'performance-measure',
        6: 'organisational',
        8: 'HIGH',
        9: 'council-policy',
      }),
      row({
        0: 'By label',
        2: 'PEOPLE AND HR',
        3: 'performance measure',
        6: 'Organisational protocol',
        8: 'High',
        9: 'Council Policy',
      }),
      row({
        0: 'American spelling',
        3: 'System or data',
        6: 'organizational',
        9: 'Assumed (nobody has checked)',
      }),
      row({
        0: 'Contracts',
        3: 'Contract or commissioning',
        9: 'Statutory duty',
        7: 'TRANSACTIONAL',
      }),
      row({
        0: 'Wider',
        2: 'Wider environment',
        3: 'hr',
        6: 'wider environment',
        9: 'local_practice',
      }),
    ]);
    const preview = await parseRegisterFile(file, 'register.csv', context());

    expect(preview.errorCount).toBe(0);
    expect(
      preview.rows.map((r) => [
        r.values.category,
        r.values.type,
        r.values.scope,
        r.values.reach,
        r.values.basis,
      ]),
    ).toEqual([
      ['people-and-hr', 'performance-measure', 'organisational', 'high', 'council-policy'],
      ['people-and-hr', 'performance-measure', 'organisational', 'high', 'council-policy'],
      ['time-and-caseload', 'system-data', 'organisational', 'low', 'assumed'],
      ['time-and-caseload', 'contract', 'organisational', 'low', 'statutory'],
      ['wider-environment', 'hr', 'wider', 'low', 'local-practice'],
    ]);
    expect(preview.rows[3].values.contextNeed).toBe('transactional');
  });

  it('reads review dates as YYYY-MM-DD or UK DD/MM/YYYY', async () => {
    const dates = ['2026-03-31', '31/03/2026', '1/4/2026', '02.05.2026', '31/03/2026 00:00', ''];
    const file = csvFile([HEADER, ...dates.map((d, i) => row({ 0: `Protocol ${i}`, 10: d }))]);
    const preview = await parseRegisterFile(file, 'register.csv', context());

    expect(preview.errorCount).toBe(0);
    expect(preview.rows.map((r) => r.values.reviewDate)).toEqual([
      '2026-03-31',
      '2026-03-31',
      '2026-04-01',
      '2026-05-02',
      '2026-03-31',
      null,
    ]);
  });

  it('fills optional columns left out of the file with blanks', async () => {
    const file = csvFile([
      'Name,Category,Type,Service area,Scope,Context need,Reach,Basis',
      'Caseload size,Time and caseload,Policy,Children’s social care,Organisational,Relational,High,Local practice',
    ]);
    const preview = await parseRegisterFile(file, 'register.csv', context());

    expect(preview.canImport).toBe(true);
    expect(toProtocolFields(preview.rows[0])).toMatchObject({
      description: '',
      owner: '',
      reviewDate: null,
      sourceLinks: [],
    });
  });

  it('reports every kind of cell error with its line and the column heading as written', async () => {
    const header = HEADER.replace('Service area', 'service_area').replace(
      'Review date',
      'REVIEW DATE',
    );
    const file = csvFile([
      header,
      row({ 0: '' }), // 2
      row({ 0: 'X' }), // 3
      row({ 0: 'N'.repeat(201) }), // 4
      row({ 0: 'Long description', 1: 'd'.repeat(2001) }), // 5
      row({ 0: 'Bad category', 2: 'Housing' }), // 6
      row({ 0: 'Bad type', 3: 'Polcy' }), // 7
      row({ 0: 'Long owner', 4: 'o'.repeat(121) }), // 8
      row({ 0: 'No service area', 5: '' }), // 9
      row({ 0: 'Bad scope', 6: 'Global' }), // 10
      row({ 0: 'Wider scope in an organisational category', 6: 'Wider' }), // 11
      row({ 0: 'Organisational scope in the wider category', 2: 'Wider environment' }), // 12
      row({ 0: 'Bad context need', 7: 'Both' }), // 13
      row({ 0: 'Bad reach', 8: 'Huge' }), // 14
      row({ 0: 'Bad basis', 9: 'Tradition' }), // 15
      row({ 0: 'Bad date format', 10: 'next March' }), // 16
      row({ 0: 'Impossible date', 10: '31/02/2026' }), // 17
      row({ 0: 'Bad link', 11: 'www.example.gov.uk/policy; https://ok.example' }), // 18
      row({
        0: 'Too many links',
        11: [1, 2, 3, 4, 5, 6].map((n) => `https://example.gov.uk/${n}`).join(' '),
      }), // 19
      `${row({ 0: 'Stray cell' })},extra`, // 20
      row({ 0: 'Two problems', 7: '', 8: 'Lots' }), // 21
    ]);
    const preview = await parseRegisterFile(file, 'register.csv', context());

    expect(preview.fileErrors).toEqual([]);
    expect(preview.rows.flatMap((r) => r.errors)).toEqual([
      { line: 2, column: 'Name', message: 'is required' },
      { line: 3, column: 'Name', message: 'must be between 2 and 200 characters (this one has 1)' },
      {
        line: 4,
        column: 'Name',
        message: 'must be between 2 and 200 characters (this one has 201)',
      },
      {
        line: 5,
        column: 'Description',
        message: 'must be 2,000 characters or fewer (this one has 2,001)',
      },
      {
        line: 6,
        column: 'Category',
        message:
          'must be one of: Time and caseload, Front door, contact and assessment, People and HR, Wider environment (not "Housing")',
      },
      {
        line: 7,
        column: 'Type',
        message:
          'must be one of: Policy, Procedure, Permission, Performance measure, Contract or commissioning, System or data, Budget, HR, Governance (not "Polcy")',
      },
      { line: 8, column: 'Owner', message: 'must be 120 characters or fewer (this one has 121)' },
      { line: 9, column: 'service_area', message: 'is required' },
      {
        line: 10,
        column: 'Scope',
        message: 'must be one of: Organisational protocol, Wider environment (not "Global")',
      },
      {
        line: 11,
        column: 'Scope',
        message: 'must be Organisational protocol for the category "Time and caseload"',
      },
      {
        line: 12,
        column: 'Scope',
        message: 'must be Wider environment for the category "Wider environment"',
      },
      {
        line: 13,
        column: 'Context need',
        message: 'must be one of: Relational, Transactional, Mixed (not "Both")',
      },
      { line: 14, column: 'Reach', message: 'must be one of: Low, Medium, High (not "Huge")' },
      {
        line: 15,
        column: 'Basis',
        message:
          'must be one of: Statutory duty, Council policy, Local practice, Assumed (not "Tradition")',
      },
      {
        line: 16,
        column: 'REVIEW DATE',
        message: 'must be a date written as DD/MM/YYYY or YYYY-MM-DD (not "next March")',
      },
      { line: 17, column: 'REVIEW DATE', message: 'is not a real date ("31/02/2026")' },
      {
        line: 18,
        column: 'Source links',
        message:
          'must be web addresses starting with http:// or https:// – "www.example.gov.uk/policy" is not',
      },
      { line: 19, column: 'Source links', message: 'can have at most 5 links (this one has 6)' },
      {
        line: 20,
        column: 'Column M',
        message:
          'has text but no heading. If a cell has a comma or semicolon in it, wrap the cell in double quotes.',
      },
      { line: 21, column: 'Context need', message: 'is required' },
      { line: 21, column: 'Reach', message: 'must be one of: Low, Medium, High (not "Lots")' },
    ]);
    expect(preview).toMatchObject({ validRows: 0, errorCount: 21, canImport: false });
  });

  it('keeps the valid fields of a row with errors, and blocks the import', async () => {
    const preview = await parseRegisterFile(
      csvFile([HEADER, CASELOAD_LINE, row({ 0: 'Bad reach', 8: 'Huge' })]),
      'register.csv',
      context(),
    );

    expect(preview).toMatchObject({ validRows: 1, errorCount: 1, canImport: false });
    expect(preview.rows[1].values).toMatchObject({ name: 'Bad reach', type: 'policy' });
    expect(preview.rows[1].values).not.toHaveProperty('reach');
    expect(() => toProtocolFields(preview.rows[1])).toThrow('Line 3 has errors');
    expect(protocolsToImport(preview)).toEqual([CASELOAD]);
  });

  it('skips blank lines but keeps counting them, and counts a quoted multi-line cell as one row', async () => {
    const file = csvFile([
      HEADER,
      '',
      ',,,,,,,,,,,',
      row({ 0: 'Two-line description', 1: 'First line\nsecond line' }),
      row({ 0: 'After the blank lines', 8: 'Huge' }),
      '',
    ]);
    const preview = await parseRegisterFile(file, 'register.csv', context());

    expect(preview.rows.map((r) => r.line)).toEqual([4, 5]);
    expect(preview.rows[0].values.description).toBe('First line\nsecond line');
    expect(preview.rows[1].errors).toEqual([
      { line: 5, column: 'Reach', message: expect.stringContaining('must be one of') },
    ]);
  });

  it('names the missing required columns as a file error', async () => {
    const file = csvFile([
      'Name,Type,Owner,Service area,Context need,Reach',
      'Caseload,Policy,,Housing,Relational,High',
    ]);
    const preview = await parseRegisterFile(file, 'register.csv', context());

    expect(preview.fileErrors).toEqual([
      'The file is missing the required columns: Category, Scope and Basis.',
    ]);
    expect(preview.rows[0].errors).toEqual([]);
    expect(preview.canImport).toBe(false);
  });

  it('says so when the first row holds no recognised headings', async () => {
    const preview = await parseRegisterFile(
      csvFile(['Protocol register 2025', 'Caseload']),
      'register.csv',
      context(),
    );

    expect(preview.fileErrors).toEqual([
      'The first row must hold the column headings, but none were recognised. The required columns are: Name, Category, Type, Service area, Scope, Context need, Reach, Basis.',
    ]);
    expect(preview.canImport).toBe(false);
  });

  it('rejects a heading that appears twice', async () => {
    const preview = await parseRegisterFile(
      csvFile([`${HEADER},Service Area`, `${CASELOAD_LINE},Housing`]),
      'register.csv',
      context(),
    );

    expect(preview.fileErrors).toEqual([
      'The column "Service area" appears more than once (columns F and M). Keep one of them.',
    ]);
    expect(preview.canImport).toBe(false);
  });

  it('reports a name repeated in the file on the later rows', async () => {
    const file = csvFile([
      HEADER,
      row({ 0: 'Caseload weighting' }),
      row({ 0: 'Other' }),
      row({ 0: '  CASELOAD   weighting ' }),
      row({ 0: 'caseload weighting' }),
    ]);
    const preview = await parseRegisterFile(file, 'register.csv', context());

    expect(preview.rows.flatMap((r) => r.errors)).toEqual([
      {
        line: 4,
        column: 'Name',
        message: '"CASELOAD weighting" appears more than once in the file (first on line 2)',
      },
      {
        line: 5,
        column: 'Name',
        message: '"caseload weighting" appears more than once in the file (first on line 2)',
      },
    ]);
    expect(preview).toMatchObject({ validRows: 2, errorCount: 2, canImport: false });
  });

  it('reports a name already in the register', async () => {
    const preview = await parseRegisterFile(
      csvFile([HEADER, row({ 0: 'Caseload weighting' }), row({ 0: 'New one' })]),
      'register.csv',
      context({ existingNames: [' caseload WEIGHTING '] }),
    );

    expect(preview.rows[0].errors).toEqual([
      { line: 2, column: 'Name', message: '"Caseload weighting" is already in the register' },
    ]);
    expect(preview.rows[1].errors).toEqual([]);
  });

  it('rejects more rows than the limit as a file error', async () => {
    const lines = [HEADER, ...Array.from({ length: 4 }, (_, i) => row({ 0: `Protocol ${i}` }))];

    const over = await parseRegisterFile(csvFile(lines), 'register.csv', context({ maxRows: 3 }));
    expect(over.fileErrors).toEqual([
      'The file has 4 rows of protocols; at most 3 can be imported at once. Split it into smaller files.',
    ]);
    expect(over).toMatchObject({ rows: [], canImport: false });

    const atLimit = await parseRegisterFile(
      csvFile([...lines, '', '']),
      'register.csv',
      context({ maxRows: 4 }),
    );
    expect(atLimit.canImport).toBe(true);
  });

  it('defaults the row limit to 2000', async () => {
    const lines = [HEADER, ...Array.from({ length: 2001 }, (_, i) => row({ 0: `Protocol ${i}` }))];
    const preview = await parseRegisterFile(csvFile(lines), 'register.csv', context());

    expect(preview.fileErrors).toEqual([
      'The file has 2,001 rows of protocols; at most 2,000 can be imported at once. Split it into smaller files.',
    ]);
  });

  it('cannot import a file with headings but no rows', async () => {
    const preview = await parseRegisterFile(
      csvFile([HEADER, '', ',,,']),
      'register.csv',
      context(),
    );

    expect(preview.fileErrors).toEqual([
      'The file has no protocols in it: every row under the headings is blank.',
    ]);
    expect(preview.canImport).toBe(false);
  });

  it('rejects an empty file', async () => {
    const preview = await parseRegisterFile(Buffer.from('\uFEFF \r\n'), 'register.csv', context());
    expect(preview).toEqual({
      rows: [],
      fileErrors: ['The file is empty.'],
      validRows: 0,
      errorCount: 0,
      canImport: false,
    });
  });

  it('rejects an unclosed quotation mark as a file error', async () => {
    const preview = await parseRegisterFile(
      csvFile([HEADER, CASELOAD_LINE, '"Unclosed,,Time and caseload,Policy']),
      'register.csv',
      context(),
    );

    expect(preview.fileErrors).toEqual([expect.stringMatching(/^Line 3 opens a quotation mark/)]);
    expect(preview.canImport).toBe(false);
  });

  it.each(['register.txt', 'register.xls', 'register.pdf', 'register', 'register.csv.exe'])(
    'rejects an unsupported file type (%s)',
    async (fileName) => {
      const preview = await parseRegisterFile(
        csvFile([HEADER, CASELOAD_LINE]),
        fileName,
        context(),
      );
      expect(preview).toEqual({
        rows: [],
        fileErrors: ['The file must be a CSV or an Excel (.xlsx) file.'],
        validRows: 0,
        errorCount: 0,
        canImport: false,
      });
    },
  );

  it('rejects binary content named .csv', async () => {
    const preview = await parseRegisterFile(
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 1, 2]),
      'REGISTER.CSV',
      context(),
    );
    expect(preview.fileErrors).toEqual(['The file must be a CSV or an Excel (.xlsx) file.']);
  });

  it('removes the apostrophe that guards a formula, and only that one', async () => {
    const file = csvFile([
      HEADER,
      row({ 0: '\'=HYPERLINK("http://evil.example")', 1: "'-5 days notice", 4: "'@owner" }),
      row({ 0: "'Tis the season policy", 1: "'plain" }),
    ]);
    const preview = await parseRegisterFile(file, 'register.csv', context());

    expect(preview.errorCount).toBe(0);
    expect(preview.rows[0].values).toMatchObject({
      name: '=HYPERLINK("http://evil.example")',
      description: '-5 days notice',
      owner: '@owner',
    });
    expect(preview.rows[1].values).toMatchObject({
      name: "'Tis the season policy",
      description: "'plain",
    });
  });

  it('uses the categories it is given', async () => {
    const preview = await parseRegisterFile(
      csvFile([HEADER, row({ 2: 'Time and caseload' })]),
      'register.csv',
      { categories: CATEGORIES.slice(1), existingNames: [] },
    );
    expect(preview.rows[0].errors[0]).toMatchObject({
      column: 'Category',
      message: expect.stringContaining('(not "Time and caseload")'),
    });
  });
});
