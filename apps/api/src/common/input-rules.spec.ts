import { inputProblems, MAX_JSON_DEPTH, textProblem } from './input-rules';

function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

describe('input rules', () => {
  it('accept ordinary text in any script, emoji (whole surrogate pairs) and control characters', () => {
    for (const text of ['Café ☕', '中文', 'Smiley 😀', 'line\nbreak\ttab', '', '\u{10FFFF}'])
      expect(textProblem(text)).toBeUndefined();
  });

  it('refuse a NUL anywhere, and half a surrogate pair at either end or reversed', () => {
    for (const text of ['\u0000', 'a\u0000b', 'a\ud800', '\udc00a', 'a\udc00\ud800b'])
      expect(textProblem(text)).toBeDefined();
  });

  it('name each bad field by its path, keys included, in the order sent', () => {
    const body = {
      name: 'ok',
      ratings: [{ evidence: { text: 'fine' } }, { evidence: { text: 'x\u0000' } }],
      ['key\ud800']: 1,
      tags: ['a', '\udfff'],
    };
    expect(inputProblems(body, 'body').map((p) => p.field)).toEqual([
      'ratings.1.evidence.text',
      'key\ud800',
      'tags.1',
    ]);
  });

  it('name a bad value by its own name when it is not inside anything (a path parameter)', () => {
    expect(inputProblems('trust\u0000', 'key')).toEqual([
      { field: 'key', messages: ['must not contain a NUL character (\\u0000)'] },
    ]);
    expect(inputProblems('council-id', 'councilId')).toEqual([]);
  });

  it(`allow ${MAX_JSON_DEPTH} levels of nesting and refuse one more, as one error on the root`, () => {
    expect(inputProblems(nested(MAX_JSON_DEPTH), 'body')).toEqual([]);
    expect(inputProblems(nested(MAX_JSON_DEPTH + 1), 'body')).toEqual([
      { field: 'body', messages: ['is nested too deeply'] },
    ]);
  });

  it('walk 100,000 levels without recursion (no stack overflow), and stop early at the limit', () => {
    expect(inputProblems(nested(100_000), 'body', Number.MAX_SAFE_INTEGER)).toEqual([]);
    const hostile = nested(500_000);
    const started = Date.now();
    expect(inputProblems(hostile, 'body')).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(100);
  });

  it('report at most 20 fields, so a hostile body cannot make a huge answer', () => {
    const many = Array.from({ length: 10_000 }, () => '\u0000');
    expect(inputProblems(many, 'body')).toHaveLength(20);
  });
});
