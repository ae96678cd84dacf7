import { FormBuilder } from '@angular/forms';
import { buildChangeForm } from './change-form-state';
import {
  changeApiErrors,
  changeFieldMessage,
  changeFormProblems,
  splitTargetErrors,
} from './change-form-errors';

describe('changeFormProblems', () => {
  it('asks for a title, and for the protocol of a new change to one', () => {
    expect(changeFormProblems({ title: ' ', kind: 'amend', protocolId: '' }, true)).toEqual([
      { message: 'Enter a title for the change', fieldId: 'title' },
      { message: 'Choose the protocol to change', fieldId: 'protocolId' },
    ]);
  });

  it('asks for no protocol for an introduce, nor on a saved change', () => {
    expect(changeFormProblems({ title: 'T', kind: 'introduce', protocolId: '' }, true)).toEqual([]);
    expect(changeFormProblems({ title: 'T', kind: 'amend', protocolId: '' }, false)).toEqual([]);
  });

  it('refuses a due date typed in part or not a real date, linking to its day box', () => {
    const v = { title: 'T', kind: 'introduce' as const, protocolId: '' };
    expect(changeFormProblems(v, true, { dateIncomplete: { parts: ['year'] } })).toEqual([
      { message: 'The due date must include a year', fieldId: 'dueDate' },
    ]);
    expect(changeFormProblems(v, true, { dateInvalid: { parts: ['day'] } })).toEqual([
      { message: 'The due date must be a real date', fieldId: 'dueDate' },
    ]);
    expect(changeFormProblems(v, true, null)).toEqual([]);
  });
});

describe('splitTargetErrors', () => {
  it("parts the targets' errors from the fields', linking them to the targets' heading", () => {
    const split = splitTargetErrors([
      { field: 'title', messages: ['too long'] },
      { field: 'targetRatings.p1', messages: ['must be −2 to 2', 'or N'] },
      { field: 'targetRatings', messages: ['unknown principle'] },
    ]);
    expect(split.fields).toEqual([{ field: 'title', messages: ['too long'] }]);
    expect(split.targets).toEqual([
      { message: 'Target for p1: must be −2 to 2 or N', fieldId: 'targets-heading' },
      { message: 'Target for the principles: unknown principle', fieldId: 'targets-heading' },
    ]);
    expect(splitTargetErrors(undefined)).toEqual({ fields: [], targets: [] });
  });
});

describe('changeApiErrors', () => {
  it("marks a new protocol's field error on its control", () => {
    const form = buildChangeForm(new FormBuilder());
    const items = changeApiErrors(form, {
      message: 'Check the change',
      errors: [{ field: 'newProtocol.name', messages: ['Enter a name.'] }],
    });
    expect(items).toHaveLength(1);
    expect(items[0].fieldId).toBe('npName');
    expect(form.controls.npName.touched).toBe(true);
    expect(typeof form.controls.npName.errors?.['api']).toBe('string');
  });

  it("is the body's message when no field is named", () => {
    const form = buildChangeForm(new FormBuilder());
    expect(changeApiErrors(form, { message: 'Try again' })).toEqual([{ message: 'Try again' }]);
  });
});

describe('changeFieldMessage', () => {
  it("says nothing until touched; then the API's message, else the title's", () => {
    expect(changeFieldMessage(false, { required: true })).toBeNull();
    expect(changeFieldMessage(true, null)).toBeNull();
    expect(changeFieldMessage(true, { api: 'Taken', required: true })).toBe('Taken');
    expect(changeFieldMessage(true, { required: true })).toBe('Enter a title for the change');
    expect(changeFieldMessage(true, { maxlength: { requiredLength: 200 } })).toBe(
      'The title must be 200 characters or fewer',
    );
  });
});
