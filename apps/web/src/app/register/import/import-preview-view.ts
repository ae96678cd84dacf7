import {
  FrameworkCategory,
  ImportCellError,
  ImportPreview,
  ImportPreviewRow,
  ProtocolFields,
} from '@rcp/api-contract';
import { ErrorItem } from '../../shared/forms/field-errors';
import {
  basisLabel,
  categoryTitle,
  categoryTitles,
  contextNeedLabel,
  formatDate,
  plural,
  reachLabel,
  REGISTER_FILE_COLUMNS,
  scopeLabel,
  typeLabel,
} from '../protocol-text';

/** What the import page shows of the server's check of a file. */

export interface PreviewCell {
  text: string;
  /** The file's value was not accepted (or was left blank): the row's errors say why. */
  missing: boolean;
}

export interface PreviewRowView {
  line: number;
  /** The id of the row, for the error summary's links. */
  id: string;
  /** In the order of `ImportPreviewView.columns`. */
  cells: PreviewCell[];
  /** "Line 3, Type: must be one of …", in the order of the columns. */
  errors: string[];
  hasErrors: boolean;
}

export interface ImportPreviewView {
  columns: string[];
  rows: PreviewRowView[];
  fileErrors: string[];
  /** Every problem of the file, grouped by line (file order). */
  errorsByLine: ReadonlyMap<number, ImportCellError[]>;
  /** The error summary: file problems, then the first problems of rows, linking to the rows. */
  summary: ErrorItem[];
  canImport: boolean;
  /** How many protocols an import would add. */
  importCount: number;
  /** "12 rows checked: 10 are ready, 2 have problems (3 errors)." */
  headline: string;
  /** Why the import button is off, or null when it is on. */
  blockedReason: string | null;
}

export const ROW_ID_PREFIX = 'import-line-';
export const MAX_SUMMARY_ROW_ERRORS = 10;

/** "Line 3, Type: must be one of …". */
export function describeCellError(error: ImportCellError): string {
  return `Line ${error.line}, ${error.column}: ${error.message}`;
}

/** The file's problems grouped by line, in line order. */
export function groupErrorsByLine(
  rows: readonly ImportPreviewRow[],
): Map<number, ImportCellError[]> {
  const byLine = new Map<number, ImportCellError[]>();
  for (const error of rows.flatMap((r) => r.errors)) {
    const list = byLine.get(error.line);
    if (list) list.push(error);
    else byLine.set(error.line, [error]);
  }
  return new Map([...byLine.entries()].sort(([a], [b]) => a - b));
}

function cellText(
  key: keyof ProtocolFields,
  values: Partial<ProtocolFields>,
  titles: ReadonlyMap<string, string>,
): string {
  switch (key) {
    case 'category':
      return values.category === undefined ? '' : categoryTitle(titles, values.category);
    case 'type':
      return values.type === undefined ? '' : typeLabel(values.type);
    case 'scope':
      return values.scope === undefined ? '' : scopeLabel(values.scope);
    case 'contextNeed':
      return values.contextNeed === undefined ? '' : contextNeedLabel(values.contextNeed);
    case 'reach':
      return values.reach === undefined ? '' : reachLabel(values.reach);
    case 'basis':
      return values.basis === undefined ? '' : basisLabel(values.basis);
    case 'reviewDate':
      return formatDate(values.reviewDate ?? null);
    case 'sourceLinks':
      return (values.sourceLinks ?? []).join(' ');
    default:
      return String(values[key] ?? '');
  }
}

export function importPreviewView(
  preview: ImportPreview,
  categories: readonly FrameworkCategory[] = [],
): ImportPreviewView {
  const titles = categoryTitles(categories);
  const errorsByLine = groupErrorsByLine(preview.rows);
  const rows = preview.rows.map((row): PreviewRowView => {
    const errors = errorsByLine.get(row.line) ?? [];
    const columnsInError = new Set(errors.map((e) => e.column));
    return {
      line: row.line,
      id: `${ROW_ID_PREFIX}${row.line}`,
      cells: REGISTER_FILE_COLUMNS.map((column) => {
        const text = cellText(column.key, row.values, titles);
        return {
          text,
          missing: columnsInError.has(column.header) || (column.required && text === ''),
        };
      }),
      errors: errors.map(describeCellError),
      hasErrors: errors.length > 0,
    };
  });

  const rowProblems = [...errorsByLine.values()].flat();
  const summary: ErrorItem[] = [
    ...preview.fileErrors.map((message) => ({ message, fieldId: 'import-file' })),
    ...rowProblems.slice(0, MAX_SUMMARY_ROW_ERRORS).map((error) => ({
      message: describeCellError(error),
      fieldId: `${ROW_ID_PREFIX}${error.line}`,
    })),
  ];
  const more = rowProblems.length - MAX_SUMMARY_ROW_ERRORS;
  if (more > 0) {
    summary.push({
      message: `And ${plural(more, 'more problem')}: see the Errors column of the table.`,
    });
  }

  const rowsWithErrors = rows.filter((r) => r.hasErrors).length;
  const checked = plural(rows.length, 'row');
  const headline =
    rows.length === 0
      ? 'No rows of protocols could be read from the file.'
      : rowsWithErrors === 0
        ? `${checked} checked: ${rows.length === 1 ? 'it is' : 'all are'} ready to import.`
        : `${checked} checked: ${preview.validRows.toLocaleString('en-GB')} ready, ${plural(rowsWithErrors, 'row')} with problems (${plural(preview.errorCount, 'error')}).`;

  return {
    columns: REGISTER_FILE_COLUMNS.map((c) => c.header),
    rows,
    fileErrors: preview.fileErrors,
    errorsByLine,
    summary,
    canImport: preview.canImport,
    importCount: preview.canImport ? preview.validRows : 0,
    headline,
    blockedReason: preview.canImport
      ? null
      : 'Nothing will be written to the register until the file has no errors. Put the problems right in your spreadsheet, save it and upload it again.',
  };
}

/** The header row the importer accepts, as a CSV file (with a byte-order mark, for Excel). */
export function templateCsv(): string {
  return `\uFEFF${REGISTER_FILE_COLUMNS.map((c) => c.header).join(',')}\r\n`;
}

/** A link address that downloads `templateCsv()`. */
export function templateCsvHref(): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(templateCsv())}`;
}
