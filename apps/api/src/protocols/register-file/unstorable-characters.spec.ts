import { HEADER, context, csvFile } from './register-file.fixtures';
import { parseRegisterFile } from './parse-register-file';
import { hasUnstorableCharacter } from './register-cells';

const VALID = [
  'Caseload size',
  'How many families each practitioner holds.',
  'Time and caseload',
  'Policy',
  'Head of service',
  'Children’s social care',
  'Organisational',
  'Relational',
  'High',
  'Local practice',
  '',
  '',
];
const line = (changes: Record<number, string>) =>
  VALID.map((cell, i) => changes[i] ?? cell).join(',');

describe('cells PostgreSQL cannot store are reported by line and column', () => {
  it('knows a NUL and a lone surrogate from a surrogate pair', () => {
    expect(hasUnstorableCharacter('a\u0000b')).toBe(true);
    expect(hasUnstorableCharacter('a\ud800b')).toBe(true);
    expect(hasUnstorableCharacter('a\udc00')).toBe(true);
    expect(hasUnstorableCharacter('\ud83d\ude00 smile')).toBe(false);
    expect(hasUnstorableCharacter('plain – text')).toBe(false);
  });

  it('names the cell of a NUL character in a UTF-8 CSV', async () => {
    const file = csvFile([HEADER, line({ 1: 'Copied\u0000 text' }), line({ 0: 'Second one' })]);
    const preview = await parseRegisterFile(file, 'register.csv', context());

    expect(preview.fileErrors).toEqual([]);
    expect(preview.rows[0].errors).toEqual([
      { line: 2, column: 'Description', message: expect.stringMatching(/cannot be saved/) },
    ]);
    expect(preview.rows[1].errors).toEqual([]);
    expect(preview.canImport).toBe(false);
  });

  it('names the cell of a broken surrogate in a UTF-16 CSV, and reads emoji as text', async () => {
    const text = [HEADER, line({ 4: 'Owner \udc00' }), line({ 0: 'Smile 😀' })].join('\r\n');
    const file = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const preview = await parseRegisterFile(file, 'register.csv', context());

    expect(preview.rows[0].errors).toEqual([
      { line: 2, column: 'Owner', message: expect.stringMatching(/cannot be saved/) },
    ]);
    expect(preview.rows[1]).toMatchObject({ errors: [], values: { name: 'Smile 😀' } });
  });

  it('still refuses binary content, or UTF-16 without its byte order mark, as not a CSV', async () => {
    const noBom = Buffer.from([HEADER, line({})].join('\r\n'), 'utf16le');
    const preview = await parseRegisterFile(noBom, 'register.csv', context());
    expect(preview.fileErrors).toEqual(['The file must be a CSV or an Excel (.xlsx) file.']);
  });
});
