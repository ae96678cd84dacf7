import type { Readable } from 'node:stream';
import { fromBufferPromise, type Entry, type ZipFile } from 'yauzl';
import { refusals, type FileRefusal, type RegisterFileLimits } from './register-file-limits';

/**
 * Counts the opening tags of cells (`<c>`), rows (`<row>`) and shared texts (`<si>`) in XML that
 * arrives in chunks. Text content cannot hold a bare `<`, so every match is markup. Prefixed tags
 * (`<x:c>`) are not counted: exceljs does not read them as cells either.
 */
export class XmlTagCounter {
  cells = 0;
  rows = 0;
  texts = 0;
  /** The end of the previous chunk, where a tag may have been cut in two. */
  private tail = '';

  add(chunk: Buffer): void {
    const text = this.tail + chunk.toString('latin1');
    const fresh = this.tail.length;
    const tag = /<(c|row|si)[\s/>]/g;
    for (let match = tag.exec(text); match; match = tag.exec(text)) {
      if (tag.lastIndex <= fresh) continue; // ended in the tail: counted with the chunk before
      if (match[1] === 'c') this.cells++;
      else if (match[1] === 'row') this.rows++;
      else this.texts++;
    }
    this.tail = text.slice(-4); // '<row' is the longest prefix a chunk can end on
  }

  /** A new part of the zip starts: a tag cannot run from one part into the next. */
  nextPart(): void {
    this.tail = '';
  }
}

export interface XlsxSizeCheck {
  /** Set when the workbook holds more than the limits allow. */
  refusal?: FileRefusal;
  /** The zip itself is damaged, encrypted or not a zip. */
  unreadable?: boolean;
  /** Bytes unpacked before the answer was known: never more than the limit and one chunk. */
  unpackedBytes: number;
}

/**
 * Checks what an .xlsx unpacks to before anything reads it as a workbook (exceljs unpacks every
 * part into memory and builds an object per cell, so a 300 KB file can cost gigabytes). First the
 * sizes the zip declares, which cost nothing to read; then every part is really unpacked, as a
 * stream that is thrown away as it goes, counting bytes, cells, rows and texts, and stopping at
 * the first limit passed. Declared sizes can lie: yauzl fails a part that unpacks to more than
 * it declared, so a lie shows up as an unreadable file within a chunk of the lie.
 */
export async function checkXlsxSize(
  file: Buffer,
  limits: RegisterFileLimits,
): Promise<XlsxSizeCheck> {
  let zip: ZipFile;
  try {
    zip = await fromBufferPromise(file, { validateEntrySizes: true, autoClose: false });
  } catch {
    return { unreadable: true, unpackedBytes: 0 };
  }
  try {
    return await checkEntries(zip, limits);
  } finally {
    zip.close();
  }
}

async function checkEntries(zip: ZipFile, limits: RegisterFileLimits): Promise<XlsxSizeCheck> {
  if (zip.entryCount > limits.maxZipEntries)
    return { refusal: refusals.zipEntries(limits), unpackedBytes: 0 };
  const entries: Entry[] = [];
  let declared = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      if (!entry.canDecodeFileData()) return { unreadable: true, unpackedBytes: 0 };
      declared += entry.uncompressedSize;
      if (declared > limits.maxUnpackedBytes)
        return { refusal: refusals.unpackedSize(limits), unpackedBytes: 0 };
      entries.push(entry);
    }
  } catch {
    return { unreadable: true, unpackedBytes: 0 };
  }

  const counter = new XmlTagCounter();
  let unpackedBytes = 0;
  const pastALimit = (): FileRefusal | undefined => {
    if (unpackedBytes > limits.maxUnpackedBytes) return refusals.unpackedSize(limits);
    if (counter.cells > limits.maxCells) return refusals.cells('spreadsheet', limits);
    if (counter.texts > limits.maxCells) return refusals.texts(limits);
    if (counter.rows > limits.maxRows) return refusals.rows('spreadsheet', limits);
    return undefined;
  };
  try {
    for (const entry of entries) {
      counter.nextPart();
      const stream: Readable = await zip.openReadStreamPromise(entry);
      // Leaving the loop early destroys the stream, so the rest is never unpacked.
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        unpackedBytes += chunk.length;
        counter.add(chunk);
        const refusal = pastALimit();
        if (refusal) return { refusal, unpackedBytes };
      }
    }
  } catch {
    // Bad deflate data, or a part that unpacks to more (or less) than it declared.
    return { unreadable: true, unpackedBytes };
  }
  return { unpackedBytes };
}
