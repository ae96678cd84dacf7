import {
  numberRow,
  repeatedPart,
  SHEET_HEAD,
  SHEET_TAIL,
  textRow,
  workbookParts,
  xlsxOfRows,
  zipOf,
} from '../../../test/xlsx-files';
import { HEADER } from './register-file.fixtures';
import { DEFAULT_REGISTER_FILE_LIMITS } from './register-file-limits';
import { RegisterFileReader } from './register-file-reader';
import { readRegisterFile } from './register-readers';

const HEADING_ROW = textRow(1, HEADER.split(','));

/** A register of `rows` short protocol rows. */
function register(rows: number): Buffer {
  const lines = [HEADING_ROW];
  for (let line = 2; line <= rows + 1; line++) lines.push(textRow(line, [`Protocol ${line}`]));
  return xlsxOfRows(lines);
}

/** A million numbers, every row numbered: within limits raised for the test, and heavy for exceljs. */
let heavy: Promise<Buffer> | undefined;
function heavyWorkbook(): Promise<Buffer> {
  heavy ??= repeatedPart(
    'xl/worksheets/sheet1.xml',
    SHEET_HEAD + HEADING_ROW,
    (i) => numberRow(i + 2, 50),
    20_000,
    SHEET_TAIL,
  ).then((sheet) => zipOf(workbookParts(sheet)));
  return heavy;
}
const RAISED_LIMITS = {
  ...DEFAULT_REGISTER_FILE_LIMITS,
  maxCells: 2_000_000,
  maxUnpackedBytes: 64 * 1024 * 1024,
};

describe('RegisterFileReader: each upload is read in a child process with limits', () => {
  it('reads a register in a child process exactly as in process, and the child is gone afterwards', async () => {
    const reader = new RegisterFileReader();
    const file = register(50);

    const result = await reader.read(file, 'register.xlsx', 2001);

    expect(result).toEqual(await readRegisterFile(file, 'register.xlsx', { rowLimit: 2001 }));
    expect(result.table?.rows).toHaveLength(50);
    expect(reader.liveWorkers).toBe(0);
  });

  it('stops a read that runs past its time limit, killing its child process', async () => {
    const reader = new RegisterFileReader({ limits: RAISED_LIMITS, timeLimitMs: 1000 });

    const result = await reader.read(await heavyWorkbook(), 'register.xlsx', 2001);

    expect(result.refusal).toEqual({
      status: 413,
      message: expect.stringMatching(
        /^The spreadsheet took more than 1 second to read, so reading it was stopped/,
      ),
    });
    expect(reader.liveWorkers).toBe(0);
  });

  it('stops a read that needs more memory than its limit, killing its child process', async () => {
    const reader = new RegisterFileReader({
      limits: RAISED_LIMITS,
      memoryLimitMb: 64,
      timeLimitMs: 60_000,
    });

    const result = await reader.read(await heavyWorkbook(), 'register.xlsx', 2001);

    expect(result.refusal).toEqual({
      status: 413,
      message: expect.stringMatching(
        /^The spreadsheet needs more memory to read than one upload may use/,
      ),
    });
    expect(reader.liveWorkers).toBe(0);
  });

  it('reads a few files at once, queues a few more and refuses the rest as busy', async () => {
    const reader = new RegisterFileReader({ concurrency: 1, maxWaiting: 1 });
    let mostWorkers = 0;
    const watch = setInterval(() => (mostWorkers = Math.max(mostWorkers, reader.liveWorkers)), 5);

    const results = await Promise.all(
      [1, 2, 3].map(() => reader.read(register(5), 'register.xlsx', 2001)),
    );
    clearInterval(watch);

    expect(results.map((r) => r.refusal?.status ?? r.table?.rows.length)).toEqual([5, 5, 429]);
    expect(results[2].fileErrors).toEqual([
      'Several files are being checked just now. Wait a moment and upload the file again.',
    ]);
    expect(mostWorkers).toBe(1);
    expect(reader.pending).toBe(0);
  });
});
