import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import {
  DEFAULT_REGISTER_FILE_LIMITS,
  refusals,
  type FileNoun,
  type RegisterFileLimits,
} from './register-file-limits';
import type { ReadRequest } from './register-file.worker';
import { detectFormat, type ReadResult } from './register-readers';

export interface RegisterFileReaderOptions {
  limits: RegisterFileLimits;
  /** Files read at once, each in its own child process; more wait their turn. */
  concurrency: number;
  /** Files waiting for a turn; one more is refused as "busy" rather than queued. */
  maxWaiting: number;
  /** A read still running after this long is stopped. */
  timeLimitMs: number;
  /** The child process's JavaScript heap; a read that needs more is stopped. */
  memoryLimitMb: number;
}

export const DEFAULT_READER_OPTIONS: Readonly<RegisterFileReaderOptions> = Object.freeze({
  limits: DEFAULT_REGISTER_FILE_LIMITS,
  // Leave a core for the API's own event loop.
  concurrency: Math.max(1, Math.min(2, availableParallelism() - 1)),
  maxWaiting: 8,
  timeLimitMs: 15_000,
  // The largest file the limits allow needs about 128 MB; twice that leaves room to spare.
  memoryLimitMb: 256,
});

/** The built worker sits beside main.js; from the TypeScript sources (jest) ts-node compiles it. */
function workerScript(): { filename: string; execArgv: string[]; env?: NodeJS.ProcessEnv } {
  const built = join(__dirname, 'register-file-worker.js');
  if (existsSync(built)) return { filename: built, execArgv: [] };
  return {
    filename: join(__dirname, 'register-file.worker.ts'),
    execArgv: ['--require', 'ts-node/register/transpile-only'],
    env: { ...process.env, TS_NODE_PROJECT: join(__dirname, '../../../tsconfig.app.json') },
  };
}

function nounOf(file: Buffer, fileName: string): FileNoun {
  const format = detectFormat(file, fileName);
  return format === 'xlsx' ? 'spreadsheet' : format === 'csv' ? 'CSV file' : 'file';
}

/** How a child process that ran out of heap ends: V8 aborts it after printing this. */
const OUT_OF_MEMORY = /heap out of memory|Allocation failed/;

/**
 * Reads uploaded register files off the API's event loop: each in a child process with a heap
 * limit and a time limit, killed when it passes either, and only a few at once. The readers
 * inside refuse a file as soon as it passes the size limits; the child's limits catch whatever
 * those cannot foresee, so no upload can stall other people's requests. A child process rather
 * than a worker thread: a worker's heap limit is best-effort, and some out-of-memory paths abort
 * the whole API process with it (nodejs/node#47224); a child's abort ends only the child.
 */
export class RegisterFileReader {
  private readonly options: RegisterFileReaderOptions;
  private running = 0;
  private readonly queue: Array<() => void> = [];
  private workers = 0;

  constructor(options: Partial<RegisterFileReaderOptions> = {}) {
    this.options = { ...DEFAULT_READER_OPTIONS, ...options };
  }

  /** Child processes started and not yet exited (every read ends its own). */
  get liveWorkers(): number {
    return this.workers;
  }

  /** Reads running or waiting for a turn. */
  get pending(): number {
    return this.running + this.queue.length;
  }

  async read(file: Buffer, fileName: string, rowLimit: number): Promise<ReadResult> {
    if (this.running >= this.options.concurrency && this.queue.length >= this.options.maxWaiting) {
      const refusal = refusals.busy();
      return { table: null, fileErrors: [refusal.message], refusal };
    }
    await this.turn();
    try {
      return await this.readInWorker(file, fileName, rowLimit);
    } finally {
      const next = this.queue.shift();
      if (next) next();
      else this.running--;
    }
  }

  private async turn(): Promise<void> {
    if (this.running < this.options.concurrency) {
      this.running++;
      return;
    }
    // The slot is handed over by the read that finishes (running stays the same).
    await new Promise<void>((resolve) => this.queue.push(resolve));
  }

  /** Resolves once the child has exited, so its memory is free before the next read starts. */
  private readInWorker(file: Buffer, fileName: string, rowLimit: number): Promise<ReadResult> {
    const { limits, timeLimitMs, memoryLimitMb } = this.options;
    const noun = nounOf(file, fileName);
    const script = workerScript();
    const request: ReadRequest = { file, fileName, options: { rowLimit, limits } };
    return new Promise((resolve, reject) => {
      const child = fork(script.filename, [], {
        execArgv: [...script.execArgv, `--max-old-space-size=${memoryLimitMb}`],
        env: script.env ?? process.env,
        serialization: 'advanced',
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      });
      this.workers++;
      let outcome: ReadResult | Error | undefined;
      // The last of what the child printed: enough to recognise V8's out-of-memory report.
      let stderr = '';
      child.stderr?.on(
        'data',
        (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4096)),
      );
      const stop = (result: ReadResult | Error) => {
        outcome ??= result;
        child.kill('SIGKILL');
      };
      const timer = setTimeout(() => {
        const refusal = refusals.tooSlow(noun, Math.max(1, Math.round(timeLimitMs / 1000)));
        stop({ table: null, fileErrors: [refusal.message], refusal });
      }, timeLimitMs);
      child.once('message', (result: ReadResult) => stop(result));
      child.once('error', (error: Error) => stop(error));
      child.once('exit', () => {
        clearTimeout(timer);
        this.workers--;
        if (!outcome && OUT_OF_MEMORY.test(stderr)) {
          const refusal = refusals.tooMuchMemory(noun);
          outcome = { table: null, fileErrors: [refusal.message], refusal };
        }
        const result = outcome ?? new Error('The register file reader stopped without an answer.');
        if (result instanceof Error) reject(result);
        else resolve(result);
      });
      child.send(request);
    });
  }
}
