import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { API_TOKEN_MAX_DAYS } from '@rcp/api-contract';
import { dateMessages } from '../shared/forms/uk-date';

/** A day as YYYY-MM-DD, `days` after `from` (the browser's today by default). */
export function dayAfter(days: number, from: Date = new Date()): string {
  const date = new Date(from.getFullYear(), from.getMonth(), from.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The server's rule, checked first here: after today, within a year. */
export function expiryRange(now: () => Date = () => new Date()): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const value = control.value as string;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value ?? '')) return null; // the date input's own errors
    if (value <= dayAfter(0, now())) return { notAfterToday: true };
    if (value > dayAfter(API_TOKEN_MAX_DAYS, now())) return { beyondAYear: true };
    return null;
  };
}

export const EXPIRY_MESSAGES = {
  required: 'Enter the date the token expires',
  ...dateMessages('The expiry date'),
  notAfterToday: 'The expiry date must be after today',
  beyondAYear: 'The expiry date must be within a year from today',
};
