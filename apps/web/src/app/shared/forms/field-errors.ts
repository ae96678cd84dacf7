import { AbstractControl, FormGroup, ValidationErrors } from '@angular/forms';
import { FieldError } from '@rcp/api-contract';

/** One line of an error summary: the message and the id of the element it links to, if any. */
export interface ErrorItem {
  message: string;
  /** The id of the field to move focus to; absent for problems with no one field. */
  fieldId?: string;
}

/** The key under which an API field error is stored on a control's `errors`. */
export const API_ERROR_KEY = 'api';

/** A message for a validator's error, given the error's value (e.g. `{ requiredLength: 12 }`). */
export type ErrorMessage = string | ((error: unknown) => string);

/** For each control of a form, the message for each of its validators' errors, in order of priority. */
export type ErrorMessages<K extends string> = Partial<Record<K, Record<string, ErrorMessage>>>;

/**
 * The message to show for a control, or null when it is valid. API errors come first (they are
 * what the server refused), then validator errors in the order `messages` lists them.
 */
export function controlErrorMessage(
  control: AbstractControl | null,
  messages: Record<string, ErrorMessage> = {},
): string | null {
  const errors: ValidationErrors | null = control?.errors ?? null;
  if (!errors) return null;
  if (typeof errors[API_ERROR_KEY] === 'string') return errors[API_ERROR_KEY];
  for (const [key, message] of Object.entries(messages)) {
    if (key in errors) return typeof message === 'function' ? message(errors[key]) : message;
  }
  const [firstKey] = Object.keys(errors);
  const fallback = messages[firstKey];
  if (fallback) return typeof fallback === 'function' ? fallback(errors[firstKey]) : fallback;
  return 'Check this answer';
}

/**
 * The error summary of a form: one item for each invalid control, in the order of the form's
 * controls, each linking to the field whose id is `idPrefix + controlName`.
 */
export function formErrorItems<K extends string>(
  form: FormGroup,
  messages: ErrorMessages<K>,
  idPrefix = '',
): ErrorItem[] {
  const items: ErrorItem[] = [];
  for (const [name, control] of Object.entries(form.controls)) {
    if (control.disabled) continue;
    const message = controlErrorMessage(control, messages[name as K]);
    if (message) items.push({ message, fieldId: idPrefix + name });
  }
  // Errors of the group itself (e.g. "passwords do not match") come from group validators.
  const groupMessage = form.errors ? controlErrorMessage(form, groupMessagesOf(messages)) : null;
  if (groupMessage) items.push({ message: groupMessage });
  return items;
}

function groupMessagesOf<K extends string>(
  messages: ErrorMessages<K>,
): Record<string, ErrorMessage> | undefined {
  return (messages as Record<string, Record<string, ErrorMessage>>)['$form'];
}

export interface ApiFieldErrorOptions {
  /** Prefix of the fields' ids, as in `formErrorItems`. */
  idPrefix?: string;
  /** API field name → control name, where they differ. */
  fieldMap?: Record<string, string>;
  /** Control name → the field's label, to make "is too common" read "Password is too common." */
  labels?: Record<string, string>;
}

/**
 * Puts the API's field errors onto the form's controls (as the `api` error, so they show next to
 * the field and clear as soon as the value changes) and returns the summary items for all of
 * them. Errors for fields the form does not have are returned without a link.
 */
export function applyApiFieldErrors(
  form: FormGroup,
  errors: readonly FieldError[] | undefined,
  options: ApiFieldErrorOptions = {},
): ErrorItem[] {
  const { idPrefix = '', fieldMap = {}, labels = {} } = options;
  const items: ErrorItem[] = [];
  for (const error of errors ?? []) {
    const name = fieldMap[error.field] ?? error.field;
    const control = form.controls[name] as AbstractControl | undefined;
    const message = toSentences(error.field, labels[name], error.messages);
    if (control && !control.disabled) {
      control.setErrors({ ...(control.errors ?? {}), [API_ERROR_KEY]: message });
      control.markAsTouched();
      items.push({ message, fieldId: idPrefix + name });
    } else {
      items.push({ message });
    }
  }
  return items;
}

/** The API's messages for one field as sentences a person can read. */
export function toSentences(
  field: string,
  label: string | undefined,
  messages: readonly string[],
): string {
  return messages
    .map((m) => m.trim())
    .filter((m) => m.length > 0)
    .map((m) => {
      let text = m;
      if (label && text.toLowerCase().startsWith(`${field.toLowerCase()} `)) {
        text = `${label}${text.slice(field.length)}`;
      } else if (label && /^[a-z]/.test(text)) {
        text = `${label} ${text}`;
      }
      text = text.charAt(0).toUpperCase() + text.slice(1);
      return /[.!?]$/.test(text) ? text : `${text}.`;
    })
    .join(' ');
}
