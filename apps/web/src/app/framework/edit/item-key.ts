import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/** Lower-case words (letters and digits, starting with a letter) joined by single hyphens. */
export const ITEM_KEY_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
export const ITEM_KEY_MAX_LENGTH = 60;

export type ItemKeyProblem = 'required' | 'tooLong' | 'format' | 'reserved' | 'taken';

/**
 * What is wrong with a new item's key, or null when it can be used. A key is stable across
 * versions (trends and benchmarks follow it), so it is chosen once, when the item is added:
 * lower-case words joined by hyphens, and not used by another item of the same layer.
 */
export function itemKeyProblem(key: string, taken: ReadonlySet<string>): ItemKeyProblem | null {
  if (key.length === 0) return 'required';
  if (key.length > ITEM_KEY_MAX_LENGTH) return 'tooLong';
  if (!ITEM_KEY_PATTERN.test(key)) return 'format';
  // Scoring looks principles up by key: names every object already has are refused.
  if (key in Object.prototype) return 'reserved';
  if (taken.has(key)) return 'taken';
  return null;
}

/** A form validator for a new item's key; `taken` is read at each check. */
export function itemKeyValidator(taken: () => ReadonlySet<string>): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const problem = itemKeyProblem((control.value ?? '').trim(), taken());
    return problem ? { [problem]: true } : null;
  };
}

/** A suggested key for a title: "Listening first!" → "listening-first". */
export function keyFromTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .replace(/-+$/, '')
    .slice(0, ITEM_KEY_MAX_LENGTH)
    .replace(/-+$/, '');
}
