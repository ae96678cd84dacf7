import type { CellValue } from 'exceljs';
import * as Papa from 'papaparse';
import { columnForHeader, type RegisterColumnKey } from './register-columns';
import {
  DEFAULT_REGISTER_FILE_LIMITS,
  refusals,
  type FileRefusal,
  type RegisterFileLimits,
} from './register-file-limits';
import { checkXlsxSize } from './xlsx-size-guard';

export const UNSUPPORTED_FILE_MESSAGE = 'The file must be a CSV or an Excel (.xlsx) file.';
export const UNREADABLE_XLSX_MESSAGE =
  'The Excel file could not be read. It may be damaged, password-protected or not really an .xlsx file – open it in Excel, save it as an Excel Workbook (.xlsx) and try again.';

/** The cells of a file as text, before any validation. */
export interface RawTable {
  /** The first row, as written. */
  headers: string[];
  /**
   * The rows under it. `line` is the 1-based row in the file with the header as line 1 –
   * the row number a spreadsheet shows (a CSV cell with a line break in it stays one row).
   */
  rows: Array<{ line: number; cells: string[] }>;
  /** True when the file has more rows than were read (see readXlsx's rowLimit). */
  moreRows?: boolean;
}

export interface ReadResult {
  table: RawTable | null;
  fileErrors: string[];
  /** Set when the file was refused for its size; its message is in `fileErrors` too. */
  refusal?: FileRefusal;
}

export type RegisterFileFormat = 'csv' | 'xlsx' | 'unsupported';

function startsWith(file: Buffer, bytes: number[]): boolean {
  return file.length >= bytes.length && bytes.every((b, i) => file[i] === b);
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/** By extension, checked against content: an .xlsx renamed to .csv is still read as Excel. */
export function detectFormat(file: Buffer, fileName: string): RegisterFileFormat {
  const match = /\.([^./\\]+)$/.exec(fileName.trim());
  const extension = match ? match[1].toLowerCase() : '';
  const isZip = startsWith(file, ZIP_SIGNATURE);
  if (extension === 'xlsx') return 'xlsx';
  if (extension === 'csv') return isZip ? 'xlsx' : 'csv';
  if (extension === '' && isZip) return 'xlsx';
  return 'unsupported';
}

// ------------------------------------------------------------------ CSV

/** UTF-8 (with or without BOM) as asked; UTF-16 and Windows-1252 (what Excel's plain "CSV" gives) as a courtesy. */
export function decodeText(file: Buffer): string {
  if (startsWith(file, [0xef, 0xbb, 0xbf])) return file.subarray(3).toString('utf8');
  if (startsWith(file, [0xff, 0xfe])) return file.subarray(2).toString('utf16le');
  if (startsWith(file, [0xfe, 0xff])) {
    const swapped = Buffer.from(file.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(file);
  } catch {
    return decodeWindows1252(file);
  }
}

/** Windows-1252's 0x80–0x9F (Node's TextDecoder treats it as Latin-1, so map them by hand). */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(file: Buffer): string {
  return file
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH.charAt(c.charCodeAt(0) - 0x80));
}

/** The delimiter the header line uses most: comma, semicolon or tab. */
function detectDelimiter(headerLine: string): string {
  const unquoted = headerLine.replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => ({ d, n: unquoted.split(d).length - 1 }));
  const best = counts.reduce((a, b) => (b.n > a.n ? b : a));
  return best.n > 0 ? best.d : ',';
}

/** What Papa reports about quotes, in words for council staff; `line` counts the header as 1. */
function quoteProblem(code: string, line: number | undefined): string | undefined {
  const where = line ? `Line ${line}` : 'A line';
  if (code === 'MissingQuotes')
    return `${where} opens a quotation mark (") that is never closed, so the rest of the file cannot be read. Put a closing quote at the end of the cell.`;
  if (code === 'InvalidQuotes')
    return `${where} has a quotation mark (") in the wrong place. A cell that contains quotes must be wrapped in quotes, with each quote inside it doubled ("").`;
  return undefined;
}

/**
 * Reads a CSV file row by row, counting lines and cells as it goes and stopping at the first
 * limit passed (a 5 MB file of commas is five million cells). A NUL character in a file whose
 * headings are not recognised means it is not text at all (a binary file, or UTF-16 without its
 * byte order mark); in a real register it is left for the row checks to report by cell.
 */
export function readCsv(
  file: Buffer,
  limits: RegisterFileLimits = DEFAULT_REGISTER_FILE_LIMITS,
): ReadResult {
  let text = decodeText(file).replace(/^\uFEFF/, '');
  if (text.trim() === '') return { table: null, fileErrors: ['The file is empty.'] };

  // Excel's "sep=;" hint line: honour it, and number rows as Excel does (it hides the line).
  let delimiter: string | undefined;
  const hint = /^sep=(.)\r?\n/i.exec(text);
  if (hint) {
    delimiter = hint[1];
    text = text.slice(hint[0].length);
  }
  delimiter ??= detectDelimiter(text.split(/\r\n|\n|\r/, 1)[0]);

  const records: string[][] = [];
  const fileErrors: string[] = [];
  let cells = 0;
  let refusal: FileRefusal | undefined;
  Papa.parse<string[]>(text, {
    delimiter,
    header: false,
    skipEmptyLines: false,
    step: (result, parser) => {
      cells += result.data.length;
      if (records.length >= limits.maxRows) refusal = refusals.rows('CSV file', limits);
      else if (cells > limits.maxCells) refusal = refusals.cells('CSV file', limits);
      if (refusal) return parser.abort();
      // In step mode Papa numbers errors within the step: the record's index gives its line.
      for (const error of result.errors) {
        const problem = quoteProblem(error.code, records.length + 1);
        if (problem) fileErrors.push(problem);
      }
      records.push(result.data);
    },
  });
  if (refusal) return { table: null, fileErrors: [refusal.message], refusal };

  const [headers = [], ...data] = records;
  if (text.includes('\0') && !headers.some((h) => columnForHeader(h)))
    return { table: null, fileErrors: [UNSUPPORTED_FILE_MESSAGE] };
  return {
    table: { headers, rows: data.map((cells, i) => ({ line: i + 2, cells })) },
    fileErrors,
  };
}

// ------------------------------------------------------------------ Excel

const EXCEL_MAX_SERIAL = 2958465; // 9999-12-31

function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  // Excel dates carry no time zone; exceljs hands them over as UTC.
  const rounded = new Date(Math.round(date.getTime() / 60000) * 60000);
  return rounded.toISOString().slice(0, 10);
}

function serialToIso(serial: number, date1904: boolean): string {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return isoDate(new Date(epoch + serial * 86400000));
}

function looksLikeUrl(text: string): boolean {
  return /^https?:\/\//i.test(text.trim());
}

/** A cell's value as text: rich text joined, dates as YYYY-MM-DD, formulas by their result. */
export function cellText(
  value: CellValue,
  key: RegisterColumnKey | undefined,
  date1904 = false,
): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (key === 'reviewDate' && value > 0 && value <= EXCEL_MAX_SERIAL)
      return serialToIso(value, date1904);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDate(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) {
    // exceljs may give the display text as rich text.
    const text = cellText(value.text as CellValue, key, date1904);
    // In the links column the address matters, not a label such as "Policy (PDF)".
    return key === 'sourceLinks' && !looksLikeUrl(text) ? value.hyperlink : text;
  }
  if ('error' in value) return value.error;
  // A formula (shared or not): its cached result.
  return cellText(value.result ?? null, key, date1904);
}

/** Columns read from a sheet: far more than a register has (unknown columns are ignored anyway). */
export const XLSX_MAX_COLUMNS = 60;

/**
 * Reads the first visible sheet. Only cells the file really holds are visited: a sheet's size comes
 * from its furthest cell, and one stray cell at GR200000 must not make us build millions of empty
 * ones. Only rows with something in a recognised column are kept (notes or formulas beside the
 * table are not protocols); at most `rowLimit` of them are read, and `moreRows` says if there were
 * more. The headings are padded to the widest row, so text beside the table is ignored, as an
 * unknown column is.
 */
export async function readXlsx(
  file: Buffer,
  rowLimit = Infinity,
  limits: RegisterFileLimits = DEFAULT_REGISTER_FILE_LIMITS,
): Promise<ReadResult> {
  const size = await checkXlsxSize(file, limits);
  if (size.refusal)
    return { table: null, fileErrors: [size.refusal.message], refusal: size.refusal };
  if (size.unreadable) return { table: null, fileErrors: [UNREADABLE_XLSX_MESSAGE] };

  // Loaded when first needed: CSV files, and the API process itself, never need exceljs.
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  try {
    // exceljs types its parameter as its own Buffer interface; a Node Buffer is what it reads.
    await workbook.xlsx.load(file as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    return { table: null, fileErrors: [UNREADABLE_XLSX_MESSAGE] };
  }
  const sheet = workbook.worksheets.find((s) => s.state === 'visible') ?? workbook.worksheets[0];
  // Every real workbook has a sheet; a zip without one is some other kind of file.
  if (!sheet) return { table: null, fileErrors: [UNREADABLE_XLSX_MESSAGE] };
  const date1904 = Boolean(workbook.properties?.date1904);

  const headers: string[] = [];
  const rows: RawTable['rows'] = [];
  let keys: Array<RegisterColumnKey | undefined> = [];
  let moreRows = false;
  let width = 0;
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: string[] = [];
    let protocolRow = false;
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (c > XLSX_MAX_COLUMNS) return;
      while (cells.length < c - 1) cells.push('');
      const text = cellText(cell.value, r === 1 ? undefined : keys[c - 1], date1904);
      cells[c - 1] = text;
      if (keys[c - 1] && text.trim() !== '') protocolRow = true;
    });
    if (r === 1) {
      headers.push(...cells);
      keys = headers.map((h) => columnForHeader(h)?.key);
    } else if (protocolRow) {
      if (rows.length >= rowLimit) {
        moreRows = true;
        return;
      }
      rows.push({ line: r, cells });
      width = Math.max(width, cells.length);
    }
  });
  while (headers.length < width) headers.push('');
  return { table: { headers, rows, moreRows }, fileErrors: [] };
}

// ------------------------------------------------------------------ Either

export interface ReadOptions {
  /** Protocol rows read from a workbook; one past the import limit is enough to refuse a file. */
  rowLimit?: number;
  limits?: RegisterFileLimits;
}

/** Reads a register file's cells as text, refusing one that would cost more than the limits. */
export async function readRegisterFile(
  file: Buffer,
  fileName: string,
  options: ReadOptions = {},
): Promise<ReadResult> {
  const limits = options.limits ?? DEFAULT_REGISTER_FILE_LIMITS;
  const format = detectFormat(file, fileName);
  if (format === 'unsupported') return { table: null, fileErrors: [UNSUPPORTED_FILE_MESSAGE] };
  if (format === 'csv') return readCsv(file, limits);
  try {
    return await readXlsx(file, options.rowLimit, limits);
  } catch {
    return { table: null, fileErrors: [UNREADABLE_XLSX_MESSAGE] };
  }
}
