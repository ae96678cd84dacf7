/**
 * The backup file: gzip-compressed text. Line 1 is the manifest (JSON); then, for each table in the
 * manifest's order, its rows in PostgreSQL's COPY text format (one row a line; tabs, newlines and
 * backslashes inside values are escaped) closed by a line holding only `\.`, as psql writes them.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, rename, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip, Gzip } from 'node:zlib';
import { BackupError } from './backup-error';
import { BackupManifest, parseManifest } from './backup-manifest';

const END_OF_TABLE = Buffer.from('\\.\n');
const NEWLINE = 0x0a;
const BATCH_BYTES = 64 * 1024;

/** Writes `path.partial` and renames it to `path` once complete, so a failed run leaves no backup-looking file. */
export class BackupFileWriter {
  private constructor(
    private readonly path: string,
    private readonly gzip: Gzip,
    private readonly done: Promise<void>,
  ) {}

  static async create(path: string, manifest: BackupManifest): Promise<BackupFileWriter> {
    if (existsSync(path)) throw new BackupError(`${path} already exists: choose another file.`);
    await mkdir(dirname(path), { recursive: true });
    const gzip = createGzip();
    // The file holds password hashes and personal data: readable by its owner only.
    const done = pipeline(gzip, createWriteStream(`${path}.partial`, { mode: 0o600 }));
    done.catch(() => undefined); // awaited in finish(); this only marks it handled meanwhile
    const writer = new BackupFileWriter(path, gzip, done);
    await writer.write(JSON.stringify(manifest) + '\n');
    return writer;
  }

  async write(chunk: Buffer | string): Promise<void> {
    if (!this.gzip.write(chunk)) await Promise.race([once(this.gzip, 'drain'), this.done]);
  }

  endTable(): Promise<void> {
    return this.write(END_OF_TABLE);
  }

  async finish(): Promise<void> {
    this.gzip.end();
    await this.done;
    await rename(`${this.path}.partial`, this.path);
  }

  async abort(): Promise<void> {
    this.gzip.destroy();
    await this.done.catch(() => undefined);
    await unlink(`${this.path}.partial`).catch(() => undefined);
  }
}

/** Reads a backup file front to back: the manifest first, then each table's rows in turn. */
export class BackupFileReader {
  private constructor(
    readonly manifest: BackupManifest,
    private readonly lines: AsyncIterator<Buffer>,
    private readonly close_: () => void,
  ) {}

  static async open(path: string): Promise<BackupFileReader> {
    if (!existsSync(path)) throw new BackupError(`There is no backup file at ${path}.`);
    const source = createReadStream(path);
    const gunzip = createGunzip();
    source.on('error', (error) => gunzip.destroy(error));
    source.pipe(gunzip);
    const lines = splitLines(gunzip)[Symbol.asyncIterator]();
    const close = () => {
      source.destroy();
      gunzip.destroy();
    };
    try {
      const first = await nextLine(lines);
      if (!first) throw new BackupError('This file is not an RCP Audit backup (it is empty).');
      return new BackupFileReader(parseManifest(first.toString('utf8')), lines, close);
    } catch (error) {
      close();
      throw error;
    }
  }

  /** The next table's rows, in batches of whole lines, up to (not including) its `\.` line. */
  async *tableRows(): AsyncGenerator<Buffer> {
    let batch: Buffer[] = [];
    let size = 0;
    for (;;) {
      const line = await nextLine(this.lines);
      if (!line) throw new BackupError('The backup file ends early: it is incomplete.');
      if (line.equals(END_OF_TABLE)) break;
      batch.push(line);
      size += line.length;
      if (size >= BATCH_BYTES) {
        yield Buffer.concat(batch, size);
        batch = [];
        size = 0;
      }
    }
    if (size > 0) yield Buffer.concat(batch, size);
  }

  /** Checks that nothing follows the last table (a sign of a damaged or hand-edited file). */
  async expectEnd(): Promise<void> {
    if (await nextLine(this.lines)) {
      throw new BackupError(
        'The backup file has more data than its manifest lists: it is damaged.',
      );
    }
  }

  close(): void {
    this.close_();
  }
}

/** The next line, or undefined at the end; gzip and file errors become one clear message. */
async function nextLine(lines: AsyncIterator<Buffer>): Promise<Buffer | undefined> {
  try {
    const next = await lines.next();
    return next.done ? undefined : next.value;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new BackupError(
      `The backup file cannot be read (${reason}): it is damaged or incomplete.`,
    );
  }
}

/** Splits a byte stream into lines (each with its newline), without decoding them. */
async function* splitLines(stream: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  for await (const chunk of stream) {
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      const piece = chunk.subarray(start, end + 1);
      yield pending.length > 0 ? Buffer.concat([...pending, piece]) : piece;
      pending = [];
      start = end + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length > 0) yield Buffer.concat(pending);
}

/** Where a backup goes when no file is named: `backups/rcp-audit-<UTC time>.backup.gz`. */
export function defaultBackupPath(now = new Date()): string {
  const stamp = now.toISOString().slice(0, 19).replace(/:/g, '-');
  return join('backups', `rcp-audit-${stamp}Z.backup.gz`);
}
