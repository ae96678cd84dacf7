import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@rcp/api-contract';
import { dictionary } from '@zxcvbn-ts/language-common';

let common: Set<string> | undefined;

/** About 50,000 passwords seen most often in breaches (from zxcvbn-ts's common dictionary). */
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary.passwords.map((p: string) => p.toLowerCase()));
  return common;
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
  if (commonPasswords().has(lower) || /^(.)\1+$/.test(password)) {
    problems.push('is too common: choose something harder to guess');
  } else if (email) {
    const local = email.split('@')[0]?.toLowerCase() ?? '';
    if (local.length >= 4 && lower.includes(local))
      problems.push('must not contain your email address');
  }
  return problems;
}
