/**
 * How much a register upload may hold once unpacked, and what council staff are told when a
 * file goes past it. A register has at most a few thousand rows of a dozen columns, so every
 * limit here is many times what a real one needs, yet small enough that one upload cannot
 * take the memory or the time other people's requests need.
 */

const MB = 1024 * 1024;

export interface RegisterFileLimits {
  /** Bytes an .xlsx may unpack to, all its parts together (counted as they unpack). */
  maxUnpackedBytes: number;
  /** Parts (files) inside an .xlsx; a workbook has a few dozen. */
  maxZipEntries: number;
  /** Cells across every sheet of a workbook (or in a CSV file); also caps an .xlsx's shared texts. */
  maxCells: number;
  /** Rows across every sheet of a workbook, or lines of a CSV file, blank ones included. */
  maxRows: number;
}

export const DEFAULT_REGISTER_FILE_LIMITS: Readonly<RegisterFileLimits> = Object.freeze({
  maxUnpackedBytes: 20 * MB,
  maxZipEntries: 1000,
  maxCells: 200_000,
  maxRows: 100_000,
});

/** A file refused for what it would cost to read: 413 when it is about size, 400 otherwise. */
export interface FileRefusal {
  status: 400 | 413 | 429;
  message: string;
}

export type FileNoun = 'spreadsheet' | 'CSV file' | 'file';

const ADVICE =
  'Delete other sheets and unused rows and columns, or save the register sheet as CSV, and upload it again.';
const CSV_ADVICE = 'Delete the blank lines and columns, or split the file, and upload it again.';

const count = (n: number) => n.toLocaleString('en-GB');
const megabytes = (bytes: number) => `${count(Math.round((bytes / MB) * 10) / 10)} MB`;
const capitalised = (noun: FileNoun) => `The ${noun}`;
const seconds = (n: number) => `${count(n)} ${n === 1 ? 'second' : 'seconds'}`;

export const refusals = {
  unpackedSize: (limits: RegisterFileLimits): FileRefusal => ({
    status: 413,
    message: `The spreadsheet unpacks to more than ${megabytes(limits.maxUnpackedBytes)} – an .xlsx file is compressed, and this one holds far more than a register needs. ${ADVICE}`,
  }),
  zipEntries: (limits: RegisterFileLimits): FileRefusal => ({
    status: 413,
    message: `The spreadsheet is made of more than ${count(limits.maxZipEntries)} parts, far more than a register needs. ${ADVICE}`,
  }),
  cells: (noun: FileNoun, limits: RegisterFileLimits): FileRefusal => ({
    status: 413,
    message:
      noun === 'CSV file'
        ? `The CSV file has more than ${count(limits.maxCells)} cells, far more than a register needs. ${CSV_ADVICE}`
        : `The spreadsheet has more than ${count(limits.maxCells)} cells in use across its sheets, far more than a register needs. ${ADVICE}`,
  }),
  texts: (limits: RegisterFileLimits): FileRefusal => ({
    status: 413,
    message: `The spreadsheet holds more than ${count(limits.maxCells)} separate pieces of text, far more than a register needs. ${ADVICE}`,
  }),
  rows: (noun: FileNoun, limits: RegisterFileLimits): FileRefusal => ({
    status: 413,
    message:
      noun === 'CSV file'
        ? `The CSV file has more than ${count(limits.maxRows)} lines, far more than a register needs. ${CSV_ADVICE}`
        : `The spreadsheet has more than ${count(limits.maxRows)} rows across its sheets, far more than a register needs. ${ADVICE}`,
  }),
  tooSlow: (noun: FileNoun, limitSeconds: number): FileRefusal => ({
    status: 413,
    message: `${capitalised(noun)} took more than ${seconds(limitSeconds)} to read, so reading it was stopped. ${noun === 'CSV file' ? CSV_ADVICE : ADVICE}`,
  }),
  tooMuchMemory: (noun: FileNoun): FileRefusal => ({
    status: 413,
    message: `${capitalised(noun)} needs more memory to read than one upload may use, so reading it was stopped. ${noun === 'CSV file' ? CSV_ADVICE : ADVICE}`,
  }),
  busy: (): FileRefusal => ({
    status: 429,
    message: 'Several files are being checked just now. Wait a moment and upload the file again.',
  }),
  fileTooLarge: (maxBytes: number): FileRefusal => ({
    status: 413,
    message: `The file is larger than ${megabytes(maxBytes)}, the most one upload may be. ${ADVICE}`,
  }),
};
