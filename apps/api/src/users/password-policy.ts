import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@rcp/api-contract';
import { dictionary } from '@zxcvbn-ts/language-common';

let common: Set<string> | undefined;

/** About 50,000 passwords seen most often in breaches (from zxcvbn-ts's common dictionary). */
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary.passwords.map((p: string) => p.toLowerCase()));
  return common;
}

/** Mostly one step up or down the alphabet or the digits: "123456789012", "abcdefghijkl". */
function isSequence(lower: string): boolean {
  let steps = 0;
  for (let i = 1; i < lower.length; i++) {
    const d = lower.charCodeAt(i) - lower.charCodeAt(i - 1);
    if (d === 1 || d === -1 || (lower[i - 1] === '9' && lower[i] === '0')) steps++;
  }
  return steps >= (lower.length - 1) * 0.8;
}

/**
 * Guessable at any length (NIST SP 800-63B: known passwords, repetitive or sequential
 * characters): a common password, one padded with digits or symbols ("welcome12345"), a short
 * pattern repeated ("abcabcabcabc"), or a run of sequential characters.
 */
function isGuessable(password: string): boolean {
  const lower = password.toLowerCase();
  const core = lower.replace(/^[\d\W_]+|[\d\W_]+$/g, '');
  return (
    commonPasswords().has(lower) ||
    (core.length >= 3 && commonPasswords().has(core)) ||
    /^(.{1,6})\1+$/.test(lower) ||
    isSequence(lower)
  );
}

/**
 * Problems with a new password, as messages for the `password` field; empty when acceptable.
 * Follows NIST SP 800-63B / ASVS: length 12–128, any characters, not a known common password,
 * not built from the account's own email – and no composition rules.
 */
export function passwordProblems(password: string, email?: string): string[] {
  const problems: string[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH)
    problems.push(`must be at least ${PASSWORD_MIN_LENGTH} characters`);
  if (length > PASSWORD_MAX_LENGTH)
    problems.push(`must be at most ${PASSWORD_MAX_LENGTH} characters`);
  const lower = password.toLowerCase();
  if (isGuessable(password)) {
    problems.push('is too common: choose something harder to guess');
  } else if (email) {
    const local = email.split('@')[0]?.toLowerCase() ?? '';
    if (local.length >= 4 && lower.includes(local))
      problems.push('must not contain your email address');
  }
  return problems;
}
