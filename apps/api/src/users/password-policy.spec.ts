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

  it('refuses a password built from the account email', () => {
    expect(passwordProblems('jane.smith-2026!', 'jane.smith@council.example')).toContain(
      'must not contain your email address',
    );
  });
});
