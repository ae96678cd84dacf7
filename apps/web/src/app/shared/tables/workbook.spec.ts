import { ValueType, Workbook as ExcelWorkbook } from 'exceljs';
import { sheetNames, workbookBytes, Workbook } from './workbook';

async function readBack(workbook: Workbook): Promise<ExcelWorkbook> {
  const book = new ExcelWorkbook();
  await book.xlsx.load(await workbookBytes(workbook));
  return book;
}

describe('workbook downloads', () => {
  it('keeps sheet names within Excel’s rules, unique whatever the titles', () => {
    expect(
      sheetNames([
        'Ratings: heat map [all]',
        'A very long name that goes past thirty-one characters',
        'A very long name that goes past thirty-one characters',
        'readme',
        '',
      ]),
    ).toEqual([
      'Ratings heat map all',
      'A very long name that goes past',
      'A very long name that goes (2)',
      'readme (2)',
      'Sheet',
    ]);
  });

  it('writes a README sheet, then each table with its header row, numbers as numbers', async () => {
    const book = await readBack({
      title: 'Northfield: council dashboard',
      readme: [['Council', 'Northfield']],
      sheets: [
        {
          name: 'Index over time',
          about: 'The index of every audit.',
          table: {
            columns: [
              { key: 'audit', label: 'Audit' },
              { key: 'index', label: 'Index', numeric: true },
            ],
            rows: [
              { audit: 'H1 2026', index: 24.1 },
              { audit: '=HYPERLINK("x")', index: null },
            ],
          },
        },
      ],
    });

    expect(book.worksheets.map((s) => s.name)).toEqual(['README', 'Index over time']);
    const readme = book.getWorksheet('README');
    expect(readme?.getRow(1).getCell(1).value).toBe('Northfield: council dashboard');
    expect(readme?.getRow(3).values).toEqual([undefined, 'Council', 'Northfield']);

    const sheet = book.getWorksheet('Index over time');
    expect(sheet?.getRow(1).values).toEqual([undefined, 'Audit', 'Index']);
    expect(sheet?.getRow(2).values).toEqual([undefined, 'H1 2026', 24.1]);
    // Text that looks like a formula stays text, and a missing value is an empty cell.
    expect(sheet?.getRow(3).getCell(1).type).toBe(ValueType.String);
    expect(sheet?.getRow(3).getCell(1).value).toBe('=HYPERLINK("x")');
    expect(sheet?.getRow(3).getCell(2).value).toBeNull();
    expect(sheet?.rowCount).toBe(3);
  });
});
