/**
 * Builds .xlsx files for tests, bombs included, without storing any: a minimal workbook (the
 * parts exceljs needs) zipped by hand with Node's zlib, so a test can make a sheet that unpacks
 * to hundreds of megabytes from a few hundred kilobytes, or a zip that lies about its sizes.
 */
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

/** A part's content, already deflated (so a huge one never sits in memory unpacked). */
export interface ZipPart {
  name: string;
  deflated: Buffer;
  size: number;
  crc: number;
  /** The uncompressed size to write in the zip's headers instead of the real one (a lie). */
  declaredSize?: number;
}

export function part(name: string, content: string | Buffer): ZipPart {
  const data = Buffer.from(content);
  return { name, deflated: deflateRawSync(data), size: data.length, crc: crc32(data) };
}

/**
 * `head`, then `unit` `times` times, then `tail`, deflated as a stream. `unit` may be a function
 * of the repeat's index (from 0), e.g. for rows that need their own numbers.
 */
export async function repeatedPart(
  name: string,
  head: string,
  unit: string | ((index: number) => string),
  times: number,
  tail: string,
): Promise<ZipPart> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const done = new Promise((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  let size = 0;
  let crc = 0;
  const write = async (text: string) => {
    const data = Buffer.from(text);
    size += data.length;
    crc = crc32(data, crc);
    if (!deflate.write(data)) await new Promise((resolve) => deflate.once('drain', resolve));
  };
  await write(head);
  // About a megabyte at a time: quick to deflate, and never the whole part in memory.
  const unitOf = typeof unit === 'string' ? () => unit : unit;
  let block = '';
  for (let i = 0; i < times; i++) {
    block += unitOf(i);
    if (block.length >= 1024 * 1024) {
      await write(block);
      block = '';
    }
  }
  await write(block + tail);
  deflate.end();
  await done;
  return { name, deflated: Buffer.concat(out), size, crc };
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}
function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

/** A zip (deflate, no zip64) of the parts, with their declared sizes where a part gives one. */
export function zipOf(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const size = p.declaredSize ?? p.size;
    // version, flags, method 8, time, date, crc, compressed size, size, name length, extra length
    const common = [u16(20), u16(0), u16(8), u16(0), u16(0x21), u32(p.crc)];
    const sizes = [u32(p.deflated.length), u32(size), u16(name.length), u16(0)];
    const local = Buffer.concat([u32(0x04034b50), ...common, ...sizes, name, p.deflated]);
    centrals.push(
      Buffer.concat([
        u32(0x02014b50),
        u16(20),
        ...common,
        ...sizes,
        u16(0), // comment length
        u16(0), // disk
        u16(0), // internal attributes
        u32(0), // external attributes
        u32(offset),
        name,
      ]),
    );
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(parts.length),
    u16(parts.length),
    u32(directory.length),
    u32(offset),
    u16(0),
  ]);
  return Buffer.concat([...locals, directory, end]);
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** The opening of a sheet part, up to and including `<sheetData>`. */
export const SHEET_HEAD = `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>`;
export const SHEET_TAIL = '</sheetData></worksheet>';
export const STRINGS_HEAD = `${XML}<sst xmlns="${MAIN}">`;
export const STRINGS_TAIL = '</sst>';

/** A cell of inline text, escaped for XML (`&#0;`-style references pass through as written). */
export function textCell(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`;
}

/** A column's letters from its 0-based index: A … Z, AA … */
export function columnLetters(index: number): string {
  return (
    (index >= 26 ? columnLetters(Math.floor(index / 26) - 1) : '') +
    String.fromCharCode(65 + (index % 26))
  );
}

/** A row of inline-text cells from column A. */
export function textRow(line: number, texts: string[]): string {
  const cells = texts.map((text, i) => textCell(`${columnLetters(i)}${line}`, text));
  return `<row r="${line}">${cells.join('')}</row>`;
}

/** A row of `count` cells holding the number 1 (exceljs needs every row and cell numbered). */
export function numberRow(line: number, count: number): string {
  const cells = Array.from(
    { length: count },
    (_, i) => `<c r="${columnLetters(i)}${line}"><v>1</v></c>`,
  );
  return `<row r="${line}">${cells.join('')}</row>`;
}

/** The parts of a one-sheet workbook around the given sheet (and shared strings, if any). */
export function workbookParts(sheet: ZipPart, sharedStrings?: ZipPart): ZipPart[] {
  const stringsType = sharedStrings
    ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    : '';
  const stringsRel = sharedStrings
    ? `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`
    : '';
  return [
    part(
      '[Content_Types].xml',
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>${stringsType}</Types>`,
    ),
    part(
      '_rels/.rels',
      `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    part(
      'xl/workbook.xml',
      `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Register" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    part(
      'xl/_rels/workbook.xml.rels',
      `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>${stringsRel}</Relationships>`,
    ),
    sheet,
    ...(sharedStrings ? [sharedStrings] : []),
  ];
}

/** A one-sheet .xlsx whose rows are given as XML (see textRow). */
export function xlsxOfRows(rows: string[]): Buffer {
  return zipOf(
    workbookParts(part('xl/worksheets/sheet1.xml', SHEET_HEAD + rows.join('') + SHEET_TAIL)),
  );
}
