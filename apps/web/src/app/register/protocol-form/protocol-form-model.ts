import {
  AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  ValidationErrors,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import {
  CreateProtocolRequest,
  ErrorBody,
  FieldError,
  FrameworkCategory,
  Protocol,
} from '@rcp/api-contract';
import { ContextNeed, ProtocolBasis, ProtocolType, Reach } from '@rcp/vocabulary';
import {
  applyApiFieldErrors,
  controlErrorMessage,
  ErrorItem,
  ErrorMessages,
} from '../../shared/forms/field-errors';
import { isConflict } from '../../shared/forms/edit-conflict';

/** The register's form: every field of a protocol, with its scope taken from the category. */

export const MAX_SOURCE_LINKS = 5;

export const PROTOCOL_CONFLICT_MESSAGE =
  'Someone else changed this protocol. Reload to see their changes.';

export interface ReviewDateControls {
  day: FormControl<string>;
  month: FormControl<string>;
  year: FormControl<string>;
}

export interface ProtocolFormControls {
  name: FormControl<string>;
  description: FormControl<string>;
  category: FormControl<string | null>;
  type: FormControl<ProtocolType | null>;
  serviceArea: FormControl<string>;
  owner: FormControl<string>;
  contextNeed: FormControl<ContextNeed | null>;
  reach: FormControl<Reach | null>;
  basis: FormControl<ProtocolBasis | null>;
  reviewDate: FormGroup<ReviewDateControls>;
  sourceLinks: FormArray<FormControl<string>>;
}

export type ProtocolFormGroup = FormGroup<ProtocolFormControls>;
export type ProtocolField = keyof ProtocolFormControls;

export const PROTOCOL_FIELD_LABELS: Record<ProtocolField | 'scope', string> = {
  name: 'Name',
  description: 'Description',
  category: 'Category',
  type: 'Type',
  serviceArea: 'Service area',
  owner: 'Owner',
  contextNeed: 'Context need',
  reach: 'Reach',
  basis: 'Basis',
  reviewDate: 'Review date',
  sourceLinks: 'Source links',
  scope: 'Scope',
};

const LINK_PATTERN = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

/** A link is optional (blank rows are dropped) but must be a web address when given. */
const webAddress: ValidatorFn = (control) => {
  const value = String(control.value ?? '').trim();
  return value === '' || LINK_PATTERN.test(value) ? null : { webAddress: true };
};

const PARTS = ['day', 'month', 'year'] as const;

/**
 * The GOV.UK date input: blank is fine (no review date); otherwise day, month and year must all be
 * there and make a real date.
 */
export const reviewDateValidator: ValidatorFn = (group): ValidationErrors | null => {
  const raw = group.value as Partial<Record<(typeof PARTS)[number], string>>;
  const parts = PARTS.map((p) => String(raw[p] ?? '').trim());
  if (parts.every((p) => p === '')) return null;
  const missing = PARTS.filter((_, i) => parts[i] === '');
  if (missing.length > 0) return { dateIncomplete: missing };
  if (isoDate(parts[0], parts[1], parts[2]) === null) return { dateInvalid: true };
  return null;
};

/** YYYY-MM-DD for a real date given as day, month and year, or null. */
export function isoDate(day: string, month: string, year: string): string | null {
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return null;
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return null;
  }
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function listParts(parts: readonly string[]): string {
  return parts.length <= 1
    ? parts.join('')
    : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

export const PROTOCOL_MESSAGES: ErrorMessages<ProtocolField> = {
  name: {
    required: 'Enter the protocol’s name',
    minlength: 'The name must be 2 characters or more',
    maxlength: 'The name must be 200 characters or fewer',
  },
  description: { maxlength: 'The description must be 2,000 characters or fewer' },
  category: { required: 'Select the category' },
  type: { required: 'Select the type of protocol' },
  serviceArea: {
    required: 'Enter the service area',
    minlength: 'The service area must be 2 characters or more',
    maxlength: 'The service area must be 120 characters or fewer',
  },
  owner: { maxlength: 'The owner must be 120 characters or fewer' },
  contextNeed: { required: 'Select the context need' },
  reach: { required: 'Select the reach' },
  basis: { required: 'Select where the rule comes from' },
  reviewDate: {
    dateIncomplete: (missing) => `Review date must include a ${listParts(missing as string[])}`,
    dateInvalid: 'Review date must be a real date, for example 31 3 2027',
  },
  sourceLinks: { maxlength: `Give at most ${MAX_SOURCE_LINKS} source links` },
};

export function buildProtocolForm(): ProtocolFormGroup {
  const text = (validators: ValidatorFn[] = []) =>
    new FormControl('', { nonNullable: true, validators });
  return new FormGroup<ProtocolFormControls>({
    name: text([Validators.required, Validators.minLength(2), Validators.maxLength(200)]),
    description: text([Validators.maxLength(2000)]),
    category: new FormControl<string | null>(null, Validators.required),
    type: new FormControl<ProtocolType | null>(null, Validators.required),
    serviceArea: text([Validators.required, Validators.minLength(2), Validators.maxLength(120)]),
    owner: text([Validators.maxLength(120)]),
    contextNeed: new FormControl<ContextNeed | null>(null, Validators.required),
    reach: new FormControl<Reach | null>(null, Validators.required),
    basis: new FormControl<ProtocolBasis | null>(null, Validators.required),
    reviewDate: new FormGroup<ReviewDateControls>(
      { day: text(), month: text(), year: text() },
      { validators: reviewDateValidator },
    ),
    sourceLinks: new FormArray<FormControl<string>>([], Validators.maxLength(MAX_SOURCE_LINKS)),
  });
}

export function linkControl(value = ''): FormControl<string> {
  return new FormControl(value, { nonNullable: true, validators: [webAddress] });
}

/** Puts a protocol's values in the form (or empties it, to add one), with one blank link row. */
export function fillProtocolForm(form: ProtocolFormGroup, protocol: Protocol | null): void {
  const [year, month, day] = protocol?.reviewDate?.split('-') ?? ['', '', ''];
  const links = protocol?.sourceLinks ?? [];
  form.controls.sourceLinks.clear({ emitEvent: false });
  for (const link of links.length > 0 ? links : ['']) {
    form.controls.sourceLinks.push(linkControl(link), { emitEvent: false });
  }
  form.reset({
    name: protocol?.name ?? '',
    description: protocol?.description ?? '',
    category: protocol?.category ?? null,
    type: protocol?.type ?? null,
    serviceArea: protocol?.serviceArea ?? '',
    owner: protocol?.owner ?? '',
    contextNeed: protocol?.contextNeed ?? null,
    reach: protocol?.reach ?? null,
    basis: protocol?.basis ?? null,
    reviewDate: {
      day: day ? String(Number(day)) : '',
      month: month ? String(Number(month)) : '',
      year: year ?? '',
    },
    sourceLinks: links.length > 0 ? [...links] : [''],
  });
}

/**
 * The request for a valid form. The scope is the chosen category's (the server insists they
 * agree), so nobody has to work it out.
 */
export function toProtocolRequest(
  form: ProtocolFormGroup,
  categories: readonly FrameworkCategory[],
): CreateProtocolRequest {
  const v = form.getRawValue();
  const category = categories.find((c) => c.key === v.category);
  return {
    name: v.name.trim(),
    description: v.description.trim(),
    category: v.category ?? '',
    type: v.type as ProtocolType,
    owner: v.owner.trim(),
    serviceArea: v.serviceArea.trim(),
    scope: category?.scope ?? 'organisational',
    contextNeed: v.contextNeed as ContextNeed,
    reach: v.reach as Reach,
    basis: v.basis as ProtocolBasis,
    reviewDate: isoDate(
      v.reviewDate.day.trim(),
      v.reviewDate.month.trim(),
      v.reviewDate.year.trim(),
    ),
    sourceLinks: v.sourceLinks.map((l) => l.trim()).filter((l) => l !== ''),
  };
}

/** The id of the part of the review date to go to for its error: the first one missing. */
function reviewDateFieldId(form: ProtocolFormGroup, idPrefix: string): string {
  const missing = form.controls.reviewDate.errors?.['dateIncomplete'] as string[] | undefined;
  return `${idPrefix}reviewDate-${missing?.[0] ?? 'day'}`;
}

/** The message for one field, or null when it is fine. */
export function protocolFieldMessage(form: ProtocolFormGroup, field: ProtocolField): string | null {
  return controlErrorMessage(form.controls[field], PROTOCOL_MESSAGES[field]);
}

export function linkMessage(control: AbstractControl, index: number): string | null {
  if (!control.errors) return null;
  if (typeof control.errors['api'] === 'string') return control.errors['api'];
  return `Link ${index + 1} must be a web address starting with http:// or https://`;
}

/**
 * The error summary of the form, in the order of its fields, each linking to the input to fix:
 * every link that is not a web address, and the missing part of a review date, on their own.
 */
export function protocolFormErrors(form: ProtocolFormGroup, idPrefix = 'protocol-'): ErrorItem[] {
  const items: ErrorItem[] = [];
  for (const field of Object.keys(form.controls) as ProtocolField[]) {
    if (field === 'sourceLinks') {
      const links = form.controls.sourceLinks;
      const arrayMessage = protocolFieldMessage(form, 'sourceLinks');
      if (arrayMessage) items.push({ message: arrayMessage, fieldId: `${idPrefix}sourceLinks-0` });
      links.controls.forEach((control, i) => {
        const message = linkMessage(control, i);
        if (message) items.push({ message, fieldId: `${idPrefix}sourceLinks-${i}` });
      });
      continue;
    }
    const message = protocolFieldMessage(form, field);
    if (!message) continue;
    const fieldId =
      field === 'reviewDate' ? reviewDateFieldId(form, idPrefix) : `${idPrefix}${field}`;
    items.push({ message, fieldId });
  }
  return items;
}

/** How a failed save is shown. */
export type SaveFailure =
  | { kind: 'conflict'; items: ErrorItem[] }
  | { kind: 'problems'; items: ErrorItem[] };

/**
 * Turns the API's refusal into what the form shows: field errors next to their fields (and in the
 * summary), "someone else changed it" for a stale edit, or the API's message.
 */
export function saveFailure(
  form: ProtocolFormGroup,
  body: ErrorBody,
  options: { editing: boolean; idPrefix?: string },
): SaveFailure {
  const idPrefix = options.idPrefix ?? 'protocol-';
  const fieldErrors = (body.errors ?? []).map((e): FieldError => {
    // The name is taken: say which name, as a sentence that needs no field label.
    if (body.statusCode === 409 && e.field === 'name') {
      const name = form.controls.name.value.trim();
      return {
        field: e.field,
        messages: [`There is already a protocol called “${name}” in the register`],
      };
    }
    return e;
  });
  if (isConflict(body) && fieldErrors.length === 0 && options.editing) {
    return { kind: 'conflict', items: [{ message: PROTOCOL_CONFLICT_MESSAGE }] };
  }
  if (fieldErrors.length > 0 && (body.statusCode === 400 || body.statusCode === 409)) {
    const items = applyApiFieldErrors(form, fieldErrors, {
      idPrefix,
      labels: PROTOCOL_FIELD_LABELS,
    }).map((item) =>
      // A group or list of inputs: go to its first input.
      item.fieldId === `${idPrefix}reviewDate`
        ? { ...item, fieldId: `${idPrefix}reviewDate-day` }
        : item.fieldId === `${idPrefix}sourceLinks`
          ? { ...item, fieldId: `${idPrefix}sourceLinks-0` }
          : item,
    );
    return { kind: 'problems', items };
  }
  return { kind: 'problems', items: [{ message: body.message }] };
}
