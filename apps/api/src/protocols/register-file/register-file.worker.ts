/**
 * Child process entry: reads one uploaded register file and sends back its cells as text (a
 * ReadResult). Forked by RegisterFileReader, which bounds its memory and time. It imports only the
 * readers, which use npm packages and relative imports, so it runs from the TypeScript sources
 * under ts-node as well as from the build.
 */
import { readRegisterFile, type ReadOptions } from './register-readers';

export interface ReadRequest {
  file: Uint8Array;
  fileName: string;
  options: ReadOptions;
}

process.once('message', (request: ReadRequest) => {
  // The IPC channel's structured cloning hands the Buffer over as a plain Uint8Array.
  const file = Buffer.from(request.file.buffer, request.file.byteOffset, request.file.byteLength);
  void readRegisterFile(file, request.fileName, request.options).then((result) =>
    process.send?.(result),
  );
});
