import { type ProtocolFields } from '@rcp/api-contract';
import { PROTOCOL_BASES, PROTOCOL_TYPES } from '@rcp/vocabulary';
import * as Papa from 'papaparse';
import { CASELOAD, CATEGORIES, HEADER, SPENDING_REVIEW, context } from './register-file.fixtures';
import { parseRegisterFile, protocolsToImport } from './parse-register-file';
import { cleanCell, neutraliseFormula } from './register-cells';
import { REGISTER_COLUMNS } from './register-columns';
import { REGISTER_TEMPLATE_CSV, registerTemplateCsv, registerToCsv } from './register-csv';

const TRICKY: ProtocolFields = {
  name: '=SUM(A1:A2) "quoted", with commas; and semicolons',
  description: '-5 days’ notice\nSecond line, with "quotes"\n\n@mention and +plus',
  category: 'front-door-and-assessment',
  type: 'performance-measure',
  owner: '@Team lead',
  serviceArea: '+Adults',
  scope: 'organisational',
  contextNeed: 'transactional',
  reach: 'low',
  basis: 'assumed',
  reviewDate: '2025-12-01',
  sourceLinks: [
    'https://example.gov.uk/a?x=1&y=2',
    'https://example.gov.uk/list?ids=1,2,3',
    'http://example.org/b',
    'https://example.net/c#part',
  ],
};

/** The cells of an exported file, read back with a standard CSV reader. */
function cellsOf(csv: string): string[][] {
  return Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

async function reimport(csv: string, existingNames: string[] = []) {
  return parseRegisterFile(Buffer.from(csv, 'utf8'), 'export.csv', context({ existingNames }));
}

describe('registerToCsv', () => {
  it('writes a UTF-8 BOM, the register headings and CRLF line ends', () => {
    const csv = registerToCsv([CASELOAD], CATEGORIES);

    expect(csv.startsWith('\uFEFF' + HEADER + '\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
    expect(HEADER.split(',')).toEqual(REGISTER_COLUMNS.map((c) => c.header));
  });

  it('writes category titles and value labels', () => {
    const csv = registerToCsv([CASELOAD, SPENDING_REVIEW], CATEGORIES);

    expect(csv.split('\r\n').slice(1, 3)).toEqual([
      'Caseload size and weighting,How many families each practitioner holds at once.,Time and caseload,Policy,Head of Children’s Services,Children’s social care,Organisational protocol,Relational,High,Local practice,2026-03-31,https://www.example.gov.uk/caseload',
      'Annual spending review settlement,,Wider environment,Budget,,Corporate finance,Wider environment,Mixed,Medium,Statutory duty,,',
    ]);
  });

  it('quotes cells holding commas, semicolons, quotes or line breaks (RFC 4180)', () => {
    const csv = registerToCsv(
      [{ ...CASELOAD, name: 'A "quoted", name', description: 'one\ntwo', owner: 'x;y' }],
      CATEGORIES,
    );

    expect(csv).toContain('"A ""quoted"", name","one\ntwo",Time and caseload,Policy,"x;y",');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const csv = registerToCsv(
      [
        {
          ...CASELOAD,
          name: '=HYPERLINK("http://evil.example","Click")',
          description: '+1',
          owner: '-1',
          serviceArea: '@SUM(1)',
        },
      ],
      CATEGORIES,
    );
    const [, cells] = cellsOf(csv);

    expect(cells.slice(0, 2)).toEqual(['\'=HYPERLINK("http://evil.example","Click")', "'+1"]);
    expect(cells.slice(4, 6)).toEqual(["'-1", "'@SUM(1)"]);
  });

  it('leaves status out unless asked', () => {
    const csv = registerToCsv([{ ...CASELOAD, status: 'active' }], CATEGORIES);
    expect(cellsOf(csv)[0]).toEqual(HEADER.split(','));
  });

  it('adds an informational Status column on request, which the importer ignores', async () => {
    const csv = registerToCsv(
      [
        { ...CASELOAD, status: 'active' },
        { ...SPENDING_REVIEW, status: 'retired' },
      ],
      CATEGORIES,
      { includeStatus: true },
    );
    const rows = cellsOf(csv);

    expect(rows.map((r) => r[12])).toEqual(['Status', 'Active', 'Retired']);
    expect(protocolsToImport(await reimport(csv))).toEqual([CASELOAD, SPENDING_REVIEW]);
  });

  it('re-imports to the same fields (round trip)', async () => {
    const everyType = PROTOCOL_TYPES.map(
      (type, i): ProtocolFields => ({
        ...CASELOAD,
        name: `Type ${type}`,
        type,
        basis: PROTOCOL_BASES[i % PROTOCOL_BASES.length],
        reviewDate: null,
        sourceLinks: [],
      }),
    );
    const protocols = [CASELOAD, SPENDING_REVIEW, TRICKY, ...everyType];

    const preview = await reimport(registerToCsv(protocols, CATEGORIES));

    expect(preview).toMatchObject({
      fileErrors: [],
      errorCount: 0,
      canImport: true,
      validRows: protocols.length,
    });
    expect(protocolsToImport(preview)).toEqual(protocols);
  });

  it('re-imported into the same register, every row is reported as already there', async () => {
    const preview = await reimport(registerToCsv([CASELOAD, TRICKY], CATEGORIES), [
      CASELOAD.name,
      TRICKY.name,
    ]);

    expect(preview.rows.map((r) => r.errors.map((e) => e.message))).toEqual([
      [`"${CASELOAD.name}" is already in the register`],
      [`"${TRICKY.name}" is already in the register`],
    ]);
  });

  it('writes just the headings for an empty register', () => {
    expect(registerToCsv([], CATEGORIES)).toBe('\uFEFF' + HEADER + '\r\n');
  });
});

describe('formula guard', () => {
  it.each(['=1+1', '+44 20', '-5', '@SUM(A1)', '\tTabbed', '\rReturn'])(
    'prefixes %j with an apostrophe',
    (value) => {
      expect(neutraliseFormula(value)).toBe(`'${value}`);
    },
  );

  it.each(['Plain', "'Tis", '', 'http://x.example', ' =not at start'])(
    'leaves %j alone',
    (value) => {
      expect(neutraliseFormula(value)).toBe(value);
    },
  );

  it.each(['=1+1', '+44 20', '-5', '@SUM(A1)', "'Tis", 'Plain'])(
    'import undoes export for %j',
    (value) => {
      expect(cleanCell(neutraliseFormula(value))).toBe(value);
    },
  );
});

describe('register template', () => {
  it('has the register headings and an example row that imports cleanly', async () => {
    expect(REGISTER_TEMPLATE_CSV.startsWith('\uFEFF' + HEADER + '\r\n')).toBe(true);
    expect(cellsOf(REGISTER_TEMPLATE_CSV)).toHaveLength(2);

    const preview = await reimport(REGISTER_TEMPLATE_CSV);
    expect(preview).toMatchObject({ fileErrors: [], errorCount: 0, validRows: 1, canImport: true });
  });

  it('can use the council’s own categories for the example', async () => {
    const categories = CATEGORIES.slice(1);
    const csv = registerTemplateCsv(categories);

    expect(cellsOf(csv)[1][2]).toBe('Front door, contact and assessment');
    const preview = await parseRegisterFile(Buffer.from(csv), 'template.csv', {
      categories,
      existingNames: [],
    });
    expect(preview.canImport).toBe(true);
  });
});

describe('REGISTER_COLUMNS', () => {
  it('lists the twelve columns with the required ones marked', () => {
    expect(REGISTER_COLUMNS.filter((c) => c.required).map((c) => c.header)).toEqual([
      'Name',
      'Category',
      'Type',
      'Service area',
      'Scope',
      'Context need',
      'Reach',
      'Basis',
    ]);
  });
});
