import { aPreview, aPreviewRow, CATEGORIES } from '../testing';
import {
  describeCellError,
  groupErrorsByLine,
  importPreviewView,
  MAX_SUMMARY_ROW_ERRORS,
  templateCsv,
} from './import-preview-view';

const TYPE_ERROR = {
  line: 3,
  column: 'Type',
  message: 'must be one of: Policy, Procedure (not "Polcy")',
};
const REACH_ERROR = { line: 3, column: 'Reach', message: 'must be one of: Low, Medium, High' };
const NAME_ERROR = { line: 5, column: 'Name', message: 'is required' };

function withErrors() {
  const { type: _type, reach: _reach, ...rest } = aPreviewRow().values;
  return aPreview([
    aPreviewRow({ line: 2 }),
    aPreviewRow({ line: 3, values: rest, errors: [TYPE_ERROR, REACH_ERROR] }),
    aPreviewRow({ line: 5, values: { ...rest, name: undefined }, errors: [NAME_ERROR] }),
  ]);
}

describe('the import preview', () => {
  it('names each problem by its line and column', () => {
    expect(describeCellError(TYPE_ERROR)).toBe(
      'Line 3, Type: must be one of: Policy, Procedure (not "Polcy")',
    );
  });

  it('groups the file’s problems by line, in line order', () => {
    const grouped = groupErrorsByLine(withErrors().rows.slice().reverse());
    expect([...grouped.keys()]).toEqual([3, 5]);
    expect(grouped.get(3)).toEqual([TYPE_ERROR, REACH_ERROR]);
  });

  it('shows every row with its values in words, and its problems in an Errors list', () => {
    const view = importPreviewView(withErrors(), CATEGORIES);
    expect(view.rows.map((r) => r.line)).toEqual([2, 3, 5]);
    const [clean, broken] = view.rows;
    expect(clean.hasErrors).toBe(false);
    expect(clean.errors).toEqual([]);
    const cell = (row: typeof clean, header: string) => row.cells[view.columns.indexOf(header)];
    expect(cell(clean, 'Category').text).toBe('Money, payments and debt');
    expect(cell(clean, 'Type').text).toBe('Procedure');
    expect(cell(clean, 'Basis').text).toBe('Assumed (nobody has checked)');
    expect(broken.hasErrors).toBe(true);
    expect(broken.id).toBe('import-line-3');
    expect(broken.errors).toEqual([
      'Line 3, Type: must be one of: Policy, Procedure (not "Polcy")',
      'Line 3, Reach: must be one of: Low, Medium, High',
    ]);
    expect(cell(broken, 'Type')).toEqual({ text: '', missing: true });
    expect(cell(broken, 'Service area')).toEqual({ text: 'Housing', missing: false });
  });

  it('lists file problems first in the error summary, then row problems linking to their rows', () => {
    const view = importPreviewView(
      { ...withErrors(), fileErrors: ['The file is missing the required column: Basis.'] },
      CATEGORIES,
    );
    expect(view.summary).toEqual([
      { message: 'The file is missing the required column: Basis.', fieldId: 'import-file' },
      {
        message: 'Line 3, Type: must be one of: Policy, Procedure (not "Polcy")',
        fieldId: 'import-line-3',
      },
      { message: 'Line 3, Reach: must be one of: Low, Medium, High', fieldId: 'import-line-3' },
      { message: 'Line 5, Name: is required', fieldId: 'import-line-5' },
    ]);
  });

  it('keeps the summary short for a file with many problems, pointing to the table', () => {
    const rows = Array.from({ length: MAX_SUMMARY_ROW_ERRORS + 3 }, (_, i) =>
      aPreviewRow({ line: i + 2, errors: [{ ...NAME_ERROR, line: i + 2 }] }),
    );
    const view = importPreviewView(aPreview(rows));
    expect(view.summary).toHaveLength(MAX_SUMMARY_ROW_ERRORS + 1);
    expect(view.summary.at(-1)).toEqual({
      message: 'And 3 more problems: see the Errors column of the table.',
    });
  });

  it('does not offer to import a file with problems, and says nothing will be written', () => {
    const view = importPreviewView(withErrors(), CATEGORIES);
    expect(view.canImport).toBe(false);
    expect(view.importCount).toBe(0);
    expect(view.blockedReason).toContain('Nothing will be written');
    expect(view.headline).toBe('3 rows checked: 1 ready, 2 rows with problems (3 errors).');
  });

  it('offers to import every row of a clean file', () => {
    const view = importPreviewView(
      aPreview([aPreviewRow({ line: 2 }), aPreviewRow({ line: 3 })]),
      CATEGORIES,
    );
    expect(view.canImport).toBe(true);
    expect(view.importCount).toBe(2);
    expect(view.blockedReason).toBeNull();
    expect(view.summary).toEqual([]);
    expect(view.headline).toBe('2 rows checked: all are ready to import.');
  });

  it('explains a file that could not be read at all', () => {
    const view = importPreviewView(aPreview([], ['Upload a CSV or Excel (.xlsx) file.']));
    expect(view.rows).toEqual([]);
    expect(view.summary).toEqual([
      { message: 'Upload a CSV or Excel (.xlsx) file.', fieldId: 'import-file' },
    ]);
    expect(view.canImport).toBe(false);
  });
});

describe('the template file', () => {
  it('has the header row the importer accepts', () => {
    expect(templateCsv()).toBe(
      '\uFEFFName,Description,Category,Type,Owner,Service area,Scope,Context need,Reach,Basis,Review date,Source links\r\n',
    );
  });
});
