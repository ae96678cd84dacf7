import { parseReviewDate, parseSourceLinks, parseText } from './register-values';

describe('register cell values', () => {
  it('splits source links on spaces, line breaks, commas and semicolons, dropping repeats', () => {
    expect(
      parseSourceLinks(
        'https://a.example/1 https://a.example/2;https://a.example/3,\nhttps://a.example/1',
      ),
    ).toEqual({
      ok: true,
      value: ['https://a.example/1', 'https://a.example/2', 'https://a.example/3'],
    });
    expect(parseSourceLinks('')).toEqual({ ok: true, value: [] });
  });

  it('keeps a comma inside an address, and treats one as a separator only before another address', () => {
    expect(
      parseSourceLinks('https://a.example/x?ids=1,2; https://b.example/y,https://c.example/z,'),
    ).toEqual({
      ok: true,
      value: ['https://a.example/x?ids=1,2', 'https://b.example/y', 'https://c.example/z'],
    });
  });

  it('accepts only http and https addresses', () => {
    expect(parseSourceLinks('ftp://a.example mailto:x@y.example https://ok.example')).toEqual({
      ok: false,
      message:
        'must be web addresses starting with http:// or https:// – "ftp://a.example", "mailto:x@y.example" are not',
    });
    expect(parseSourceLinks('https://')).toMatchObject({ ok: false });
  });

  it('knows leap years', () => {
    expect(parseReviewDate('29/02/2028')).toEqual({ ok: true, value: '2028-02-29' });
    expect(parseReviewDate('29/02/2027')).toEqual({
      ok: false,
      message: 'is not a real date ("29/02/2027")',
    });
    expect(parseReviewDate('2026-13-01')).toMatchObject({ ok: false });
  });

  it('rejects two-digit years and US month-first dates it can tell apart', () => {
    expect(parseReviewDate('31/03/26')).toMatchObject({ ok: false });
    expect(parseReviewDate('03/31/2026')).toEqual({
      ok: false,
      message: 'is not a real date ("03/31/2026")',
    });
  });

  it('collapses runs of white space in one-line text before measuring it', () => {
    expect(parseText('Adult   social\ncare', { required: true, min: 2, max: 120 })).toEqual({
      ok: true,
      value: 'Adult social care',
    });
  });
});
