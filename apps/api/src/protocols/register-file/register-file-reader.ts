import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
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
  /** Files read at once, each in its own worker thread; more wait their turn. */
  concurrency: number;
  /** Files waiting for a turn; one more is refused as "busy" rather than queued. */
  maxWaiting: number;
  /** A read still running after this long is stopped. */
  timeLimitMs: number;
  /** The worker's JavaScript heap; a read that needs more is stopped. */
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

/**
 * Reads uploaded register files off the API's event loop: each in a worker thread with a heap
 * limit and a time limit, terminated when it passes either, and only a few at once. The readers
 * inside refuse a file as soon as it passes the size limits; the worker's limits catch whatever
 * those cannot foresee, so no upload can stall other people's requests.
 */
export class RegisterFileReader {
  private readonly options: RegisterFileReaderOptions;
  private running = 0;
  private readonly queue: Array<() => void> = [];
  private workers = 0;

  constructor(options: Partial<RegisterFileReaderOptions> = {}) {
    this.options = { ...DEFAULT_READER_OPTIONS, ...options };
  }

  /** Worker threads started and not yet exited (every read ends its own). */
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

  /** Resolves once the worker has exited, so its memory is free before the next read starts. */
  private readInWorker(file: Buffer, fileName: string, rowLimit: number): Promise<ReadResult> {
    const { limits, timeLimitMs, memoryLimitMb } = this.options;
    const noun = nounOf(file, fileName);
    const script = workerScript();
    const request: ReadRequest = { file, fileName, options: { rowLimit, limits } };
    return new Promise((resolve, reject) => {
      const worker = new Worker(script.filename, {
        workerData: request,
        execArgv: script.execArgv,
        env: script.env,
        resourceLimits: { maxOldGenerationSizeMb: memoryLimitMb, stackSizeMb: 4 },
      });
      this.workers++;
      let outcome: ReadResult | Error | undefined;
      const stop = (result: ReadResult | Error) => {
        outcome ??= result;
        void worker.terminate();
      };
      const timer = setTimeout(() => {
        const refusal = refusals.tooSlow(noun, Math.max(1, Math.round(timeLimitMs / 1000)));
        stop({ table: null, fileErrors: [refusal.message], refusal });
      }, timeLimitMs);
      worker.once('message', (result: ReadResult) => stop(result));
      worker.once('error', (error: Error & { code?: string }) => {
        if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY') return stop(error);
        const refusal = refusals.tooMuchMemory(noun);
        stop({ table: null, fileErrors: [refusal.message], refusal });
      });
      worker.once('exit', () => {
        clearTimeout(timer);
        this.workers--;
        const result = outcome ?? new Error('The register file reader stopped without an answer.');
        if (result instanceof Error) reject(result);
        else resolve(result);
      });
    });
  }
}
