/**
 * Worker thread entry: reads one uploaded register file and posts back its cells as text (a
 * ReadResult). Run by RegisterFileReader, which bounds its memory and time. It imports only the
 * readers, which use npm packages and relative imports, so it runs from the TypeScript sources
 * under ts-node as well as from the build.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readRegisterFile, type ReadOptions } from './register-readers';

export interface ReadRequest {
  file: Uint8Array;
  fileName: string;
  options: ReadOptions;
}

const request = workerData as ReadRequest;
// Structured cloning hands the Buffer over as a plain Uint8Array.
const file = Buffer.from(request.file.buffer, request.file.byteOffset, request.file.byteLength);
void readRegisterFile(file, request.fileName, request.options).then((result) =>
  parentPort?.postMessage(result),
);
