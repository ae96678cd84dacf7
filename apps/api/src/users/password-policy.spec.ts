import { passwordProblems } from './password-policy';

describe('password rules', () => {
  it('accepts a long, uncommon passphrase', () => {
    expect(passwordProblems('walnut tram orbit quietly')).toEqual([]);
  });

  it('refuses fewer than 12 characters and more than 128', () => {
    expect(passwordProblems('short-pass1')).toContain('must be at least 12 characters');
    expect(passwordProblems('x'.repeat(100) + 'y'.repeat(29))).toContain(
      'must be at most 128 characters',
    );
  });

  it('refuses a common password, whatever its case', () => {
    expect(passwordProblems('PASSWORD1234')).toContain(
      'is too common: choose something harder to guess',
    );
    expect(passwordProblems('qwertyuiop123')).toContain(
      'is too common: choose something harder to guess',
    );
  });

  it('refuses one character repeated', () => {
    expect(passwordProblems('aaaaaaaaaaaaaaaa')).toContain(
      'is too common: choose something harder to guess',
    );
  });

  it.each([
    ['a common password padded with digits', 'welcome12345'],
    ['another, with symbols too', 'letmein12345!'],
    ['a short pattern repeated', '123123123123'],
    ['letters repeated', 'abcabcabcabc'],
    ['a run of digits', '123456789012'],
    ['a run of letters', 'abcdefghijklm'],
    ['a common phrase with digits', 'iloveyou1234'],
  ])('refuses what is guessable at any length: %s', (_, password) => {
    expect(passwordProblems(password)).toContain('is too common: choose something harder to guess');
  });

  it('still accepts ordinary passphrases with digits in them', () => {
    for (const password of [
      'kestrel meadow lantern 42',
      'Tuesday-bus-to-Wigan-2026',
      'correct horse battery staple',
    ])
      expect(passwordProblems(password)).toEqual([]);
  });

  it('refuses a password built from the account email', () => {
    expect(passwordProblems('jane.smith-2026!', 'jane.smith@council.example')).toContain(
      'must not contain your email address',
    );
  });
});
