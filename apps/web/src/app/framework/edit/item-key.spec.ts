import { itemKeyProblem, keyFromTitle } from './item-key';

describe('the key of a new framework item', () => {
  const taken = new Set(['mutual-trust', 'kindness']);

  it('is accepted as lower-case words joined by hyphens', () => {
    expect(itemKeyProblem('listening-first', taken)).toBeNull();
    expect(itemKeyProblem('continuity', taken)).toBeNull();
    expect(itemKeyProblem('time-to-talk-2', taken)).toBeNull();
  });

  it('must be given', () => {
    expect(itemKeyProblem('', taken)).toBe('required');
  });

  it('is refused with capitals, spaces, underscores or stray hyphens', () => {
    for (const key of [
      'Listening-first',
      'listening first',
      'listening_first',
      '-listening',
      'listening-',
      'listening--first',
      '2-listening',
      'écoute',
    ]) {
      expect([key, itemKeyProblem(key, taken)]).toEqual([key, 'format']);
    }
  });

  it('is refused when longer than 60 characters', () => {
    expect(itemKeyProblem('a'.repeat(60), taken)).toBeNull();
    expect(itemKeyProblem('a'.repeat(61), taken)).toBe('tooLong');
  });

  it('cannot take a key another item of the draft already has', () => {
    expect(itemKeyProblem('mutual-trust', taken)).toBe('taken');
  });

  it('cannot be a name every object already has', () => {
    expect(itemKeyProblem('constructor', taken)).toBe('reserved');
  });
});

describe('a key suggested from a title', () => {
  it('is the title in lower-case words joined by hyphens', () => {
    expect(keyFromTitle('Listening first!')).toBe('listening-first');
    expect(keyFromTitle('  Café & kindness  ')).toBe('cafe-kindness');
    expect(keyFromTitle('24/7 contact')).toBe('contact');
  });
});
