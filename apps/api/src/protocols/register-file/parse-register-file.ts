import {
  type FrameworkCategory,
  type ImportCellError,
  type ImportPreview,
  type ImportPreviewRow,
  type ProtocolFields,
} from '@rcp/api-contract';
import { PROTOCOL_SCOPE_LABELS } from '@rcp/vocabulary';
import { cleanCell, hasUnstorableCharacter, UNSTORABLE_CELL_MESSAGE } from './register-cells';
import {
  REGISTER_COLUMNS,
  columnForHeader,
  columnLetter,
  type RegisterColumnKey,
} from './register-columns';
import { type RegisterFileLimits } from './register-file-limits';
import { readRegisterFile, type RawTable, type ReadResult } from './register-readers';
import {
  basisChoice,
  categoryChoice,
  contextNeedChoice,
  nameKey,
  parseLongText,
  parseReviewDate,
  parseSourceLinks,
  parseText,
  reachChoice,
  scopeChoice,
  typeChoice,
  type Parsed,
} from './register-values';

export interface RegisterParseContext {
  /** Categories of the framework version the register uses. */
  categories: FrameworkCategory[];
  /** Names already in the council's register (compared trimmed and case-insensitively). */
  existingNames: string[];
  /** Most data rows accepted in one file; 2000 unless given. */
  maxRows?: number;
}

export const DEFAULT_MAX_ROWS = 2000;

type OptionalKey = 'description' | 'owner' | 'reviewDate' | 'sourceLinks';

/** Values for optional columns left blank or left out of the file. */
const OPTIONAL_DEFAULTS: Pick<ProtocolFields, OptionalKey> = Object.freeze({
  description: '',
  owner: '',
  reviewDate: null,
  sourceLinks: [] as string[],
});

const REQUIRED_KEYS = REGISTER_COLUMNS.filter((c) => c.required).map((c) => c.key);

/**
 * Reads a register file (CSV or .xlsx) and checks every row, without touching the database.
 * Never throws for a bad file: problems come back as `fileErrors` or cell errors (a file refused
 * for its size too: the API reads uploads in a worker instead, see RegisterFileReader).
 */
export async function parseRegisterFile(
  file: Buffer,
  fileName: string,
  context: RegisterParseContext,
  limits?: RegisterFileLimits,
): Promise<ImportPreview> {
  const read = await readRegisterFile(file, fileName, { rowLimit: rowLimitOf(context), limits });
  return checkRegisterTable(read, context);
}

/**
 * Protocol rows to read from a workbook: reading stops just past the import limit, as a bigger
 * file is refused whatever its contents.
 */
export function rowLimitOf(context: RegisterParseContext): number {
  return (context.maxRows ?? DEFAULT_MAX_ROWS) + 1;
}

/** Checks every row of a file already read (see readRegisterFile). */
export function checkRegisterTable(read: ReadResult, context: RegisterParseContext): ImportPreview {
  if (!read.table) return rejectFile(read.fileErrors);
  return checkTable(read.table, context, read.fileErrors);
}

/** The fields of a row that has no errors, ready to insert. Throws for a row with errors. */
export function toProtocolFields(row: ImportPreviewRow): ProtocolFields {
  if (row.errors.length > 0) throw new Error(`Line ${row.line} has errors and cannot be imported.`);
  const v = row.values;
  const missing = REQUIRED_KEYS.filter((key) => v[key] === undefined);
  if (
    missing.length > 0 ||
    v.name === undefined ||
    v.category === undefined ||
    v.type === undefined ||
    v.serviceArea === undefined ||
    v.scope === undefined ||
    v.contextNeed === undefined ||
    v.reach === undefined ||
    v.basis === undefined
  ) {
    throw new Error(`Line ${row.line} is missing: ${missing.join(', ')}.`);
  }
  return {
    name: v.name,
    description: v.description ?? OPTIONAL_DEFAULTS.description,
    category: v.category,
    type: v.type,
    owner: v.owner ?? OPTIONAL_DEFAULTS.owner,
    serviceArea: v.serviceArea,
    scope: v.scope,
    contextNeed: v.contextNeed,
    reach: v.reach,
    basis: v.basis,
    reviewDate: v.reviewDate ?? null,
    sourceLinks: [...(v.sourceLinks ?? [])],
  };
}

/** The fields of every row without errors, in file order. */
export function protocolsToImport(preview: ImportPreview): ProtocolFields[] {
  return preview.rows.filter((row) => row.errors.length === 0).map(toProtocolFields);
}

function rejectFile(fileErrors: string[]): ImportPreview {
  return { rows: [], fileErrors, validRows: 0, errorCount: 0, canImport: false };
}

interface MappedColumn {
  index: number;
  /** The heading as written in the file. */
  header: string;
}

function listNames(names: string[]): string {
  return names.length <= 1
    ? names.join('')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Which file column holds each register column, and what is wrong with the heading row. */
function mapHeaders(headers: string[]): {
  columns: Map<RegisterColumnKey, MappedColumn>;
  problems: string[];
} {
  const columns = new Map<RegisterColumnKey, MappedColumn>();
  const problems: string[] = [];
  headers.forEach((raw, index) => {
    const column = columnForHeader(raw);
    if (!column) return; // Unknown columns are ignored.
    const header = raw.replace(/^\uFEFF/, '').trim();
    const earlier = columns.get(column.key);
    if (earlier) {
      problems.push(
        `The column "${column.header}" appears more than once (columns ${columnLetter(earlier.index)} and ${columnLetter(index)}). Keep one of them.`,
      );
      return;
    }
    columns.set(column.key, { index, header });
  });
  const required = REGISTER_COLUMNS.filter((c) => c.required);
  const missing = required.filter((c) => !columns.has(c.key)).map((c) => c.header);
  if (columns.size === 0) {
    problems.push(
      `The first row must hold the column headings, but none were recognised. The required columns are: ${required.map((c) => c.header).join(', ')}.`,
    );
  } else if (missing.length === 1) {
    problems.push(`The file is missing the required column: ${missing[0]}.`);
  } else if (missing.length > 1) {
    problems.push(`The file is missing the required columns: ${listNames(missing)}.`);
  }
  return { columns, problems };
}

function checkTable(
  table: RawTable,
  context: RegisterParseContext,
  readErrors: string[],
): ImportPreview {
  const { columns, problems } = mapHeaders(table.headers);
  const fileErrors = [...readErrors, ...problems];
  const mappedIndexes = [...columns.values()].map((c) => c.index);
  const dataRows = table.rows.filter((row) =>
    mappedIndexes.some((i) => cleanCell(row.cells[i] ?? '') !== ''),
  );

  const maxRows = context.maxRows ?? DEFAULT_MAX_ROWS;
  if (dataRows.length > maxRows || table.moreRows) {
    const count =
      dataRows.length > maxRows && !table.moreRows
        ? dataRows.length.toLocaleString('en-GB')
        : `more than ${maxRows.toLocaleString('en-GB')}`;
    fileErrors.push(
      `The file has ${count} rows of protocols; at most ${maxRows.toLocaleString('en-GB')} can be imported at once. Split it into smaller files.`,
    );
    return rejectFile(fileErrors);
  }
  if (dataRows.length === 0 && columns.size > 0) {
    fileErrors.push('The file has no protocols in it: every row under the headings is blank.');
  }

  const checker = new RowChecker(table.headers.length, columns, context);
  const rows = dataRows.map((row) => checker.check(row));
  const errorCount = rows.reduce((sum, row) => sum + row.errors.length, 0);
  const validRows = rows.filter((row) => row.errors.length === 0).length;
  return {
    rows,
    fileErrors,
    validRows,
    errorCount,
    canImport: fileErrors.length === 0 && errorCount === 0 && validRows > 0,
  };
}

class RowChecker {
  private readonly categoryByKey: Map<string, FrameworkCategory>;
  private readonly category;
  private readonly existing: Set<string>;
  /** Name key → line it first appeared on in this file. */
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly headerCount: number,
    private readonly columns: Map<RegisterColumnKey, MappedColumn>,
    context: RegisterParseContext,
  ) {
    this.categoryByKey = new Map(context.categories.map((c) => [c.key, c]));
    this.category = categoryChoice(context.categories);
    this.existing = new Set(context.existingNames.map(nameKey));
  }

  check(row: RawTable['rows'][number]): ImportPreviewRow {
    const { line, cells } = row;
    const values: Partial<ProtocolFields> = {};
    const errors: Array<ImportCellError & { order: number }> = [];
    const fail = (key: RegisterColumnKey, message: string) => {
      const column = this.columns.get(key);
      errors.push({
        line,
        column: column?.header ?? REGISTER_COLUMNS.find((c) => c.key === key)?.header ?? key,
        message,
        order: column?.index ?? Number.MAX_SAFE_INTEGER,
      });
    };
    const take = <K extends RegisterColumnKey>(
      key: K,
      parse: (raw: string) => Parsed<ProtocolFields[K]>,
    ) => {
      const column = this.columns.get(key);
      if (!column) {
        // Left out of the file: optional columns take their default; required ones are a file error.
        if (key in OPTIONAL_DEFAULTS)
          values[key] = OPTIONAL_DEFAULTS[key as OptionalKey] as ProtocolFields[K];
        return;
      }
      const raw = cleanCell(cells[column.index] ?? '');
      // PostgreSQL cannot store these: say which cell, rather than fail the whole import.
      if (hasUnstorableCharacter(raw)) return fail(key, UNSTORABLE_CELL_MESSAGE);
      const result = parse(raw);
      if (result.ok) values[key] = result.value;
      else fail(key, result.message);
    };

    take('name', (raw) => parseText(raw, { required: true, min: 2, max: 200 }));
    take('description', (raw) => parseLongText(raw, 2000));
    take('category', (raw) => this.category.parse(raw));
    take('type', (raw) => typeChoice.parse(raw));
    take('owner', (raw) => parseText(raw, { required: false, max: 120 }));
    take('serviceArea', (raw) => parseText(raw, { required: true, min: 2, max: 120 }));
    take('scope', (raw) => scopeChoice.parse(raw));
    take('contextNeed', (raw) => contextNeedChoice.parse(raw));
    take('reach', (raw) => reachChoice.parse(raw));
    take('basis', (raw) => basisChoice.parse(raw));
    take('reviewDate', parseReviewDate);
    take('sourceLinks', parseSourceLinks);

    // The scope must agree with the category's.
    const category =
      values.category === undefined ? undefined : this.categoryByKey.get(values.category);
    if (category && values.scope !== undefined && values.scope !== category.scope) {
      fail(
        'scope',
        `must be ${PROTOCOL_SCOPE_LABELS[category.scope]} for the category "${category.title}"`,
      );
      delete values.scope;
    }

    // Names are unique in the register, and so within the file.
    if (values.name !== undefined) {
      const key = nameKey(values.name);
      const firstLine = this.seen.get(key);
      if (this.existing.has(key)) {
        fail('name', `"${values.name}" is already in the register`);
        delete values.name;
      } else if (firstLine !== undefined) {
        fail(
          'name',
          `"${values.name}" appears more than once in the file (first on line ${firstLine})`,
        );
        delete values.name;
      } else {
        this.seen.set(key, line);
      }
    }

    // Text past the last heading usually means an unquoted comma shifted the row.
    const stray = cells.findIndex(
      (cell, index) => index >= this.headerCount && cleanCell(cell) !== '',
    );
    if (stray >= 0) {
      errors.push({
        line,
        column: `Column ${columnLetter(stray)}`,
        message:
          'has text but no heading. If a cell has a comma or semicolon in it, wrap the cell in double quotes.',
        order: stray,
      });
    }

    errors.sort((a, b) => a.order - b.order);
    return {
      line,
      values,
      errors: errors.map(({ line: l, column, message }) => ({ line: l, column, message })),
    };
  }
}
