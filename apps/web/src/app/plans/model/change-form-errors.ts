import type { FormGroup, ValidationErrors } from '@angular/forms';
import type { ErrorBody, FieldError } from '@rcp/api-contract';
import {
  applyApiFieldErrors,
  controlErrorMessage,
  type ErrorItem,
} from '../../shared/forms/field-errors';
import { dateMessages } from '../../shared/forms/uk-date';
import type { ChangeFormValues } from './change-form';

/** The API's field paths of a new protocol, as the form's control names. */
export const CHANGE_FIELD_MAP: Record<string, string> = {
  'newProtocol.name': 'npName',
  'newProtocol.category': 'npCategory',
  'newProtocol.type': 'npType',
  'newProtocol.serviceArea': 'npServiceArea',
  'newProtocol.scope': 'npScope',
  'newProtocol.contextNeed': 'npContextNeed',
  'newProtocol.reach': 'npReach',
  'newProtocol.libraryKey': 'npLibraryKey',
};

const TITLE_REQUIRED = 'Enter a title for the change';

const DUE_DATE_MESSAGES = dateMessages('The due date');

/** The due date's problem (a date typed in part, or not a real date), or null. */
export function dueDateMessage(errors: ValidationErrors | null): string | null {
  return controlErrorMessage({ errors } as never, DUE_DATE_MESSAGES);
}

/**
 * What stops the form being sent: a title, (for a new change to a protocol) the protocol, and a
 * due date that is not a date (`dueDateErrors`: the date input's own errors).
 */
export function changeFormProblems(
  v: Pick<ChangeFormValues, 'title' | 'kind' | 'protocolId'>,
  isNew: boolean,
  dueDateErrors: ValidationErrors | null = null,
): ErrorItem[] {
  const problems: ErrorItem[] = [];
  if (!v.title.trim()) problems.push({ message: TITLE_REQUIRED, fieldId: 'title' });
  if (isNew && v.kind !== 'introduce' && !v.protocolId)
    problems.push({ message: 'Choose the protocol to change', fieldId: 'protocolId' });
  const due = dueDateMessage(dueDateErrors);
  if (due) problems.push({ message: due, fieldId: 'dueDate' });
  return problems;
}

/** The problem when a note is added with no text. */
export const NOTE_MISSING: ErrorItem = { message: 'Write the note first', fieldId: 'note' };

/**
 * The API's field errors split: those of the form's controls, and those of the targets as
 * summary items linking to the targets' heading.
 */
export function splitTargetErrors(errors: readonly FieldError[] | undefined): {
  fields: FieldError[];
  targets: ErrorItem[];
} {
  const all = errors ?? [];
  const isTarget = (f: FieldError) => f.field.startsWith('targetRatings');
  return {
    fields: all.filter((f) => !isTarget(f)),
    targets: all.filter(isTarget).map((f) => ({
      message: `Target for ${f.field.slice('targetRatings.'.length) || 'the principles'}: ${f.messages.join(' ')}`,
      fieldId: 'targets-heading',
    })),
  };
}

/**
 * The summary of a refused save: the API's field errors, each also marked on its control (so it
 * shows under the field), then the targets' errors; the body's message when there are none.
 */
export function changeApiErrors(
  form: FormGroup,
  body: Pick<ErrorBody, 'message' | 'errors'>,
): ErrorItem[] {
  const { fields, targets } = splitTargetErrors(body.errors);
  const items = [...applyApiFieldErrors(form, fields, { fieldMap: CHANGE_FIELD_MAP }), ...targets];
  return items.length ? items : [{ message: body.message }];
}

/** The message under a touched control: the API's, else the title's validators'. */
export function changeFieldMessage(
  touched: boolean,
  errors: ValidationErrors | null,
): string | null {
  if (!touched || !errors) return null;
  if (typeof errors['api'] === 'string') return errors['api'];
  if (errors['required']) return TITLE_REQUIRED;
  if (errors['maxlength']) return 'The title must be 200 characters or fewer';
  return null;
}
