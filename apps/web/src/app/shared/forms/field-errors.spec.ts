import { FormControl, FormGroup, Validators } from '@angular/forms';
import {
  applyApiFieldErrors,
  controlErrorMessage,
  ErrorMessages,
  formErrorItems,
  toSentences,
} from './field-errors';

function aForm() {
  return new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    password: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(12)],
    }),
    role: new FormControl<string | null>('viewer'),
  });
}

const messages: ErrorMessages<'email' | 'password' | 'role'> = {
  email: { required: 'Enter your email address' },
  password: {
    required: 'Enter a password',
    minlength: (e) =>
      `Password must be ${(e as { requiredLength: number }).requiredLength} characters or more`,
  },
};

describe('the error summary of a form', () => {
  it('lists each empty required field, in form order, linking to the field', () => {
    expect(formErrorItems(aForm(), messages, 'sign-in-')).toEqual([
      { message: 'Enter your email address', fieldId: 'sign-in-email' },
      { message: 'Enter a password', fieldId: 'sign-in-password' },
    ]);
  });

  it('says what is wrong with a field, not only that it is wrong', () => {
    const form = aForm();
    form.setValue({ email: 'a@b.example', password: 'short', role: 'viewer' });
    expect(formErrorItems(form, messages)).toEqual([
      { message: 'Password must be 12 characters or more', fieldId: 'password' },
    ]);
  });

  it('leaves out fields that are switched off', () => {
    const form = aForm();
    form.controls.email.disable();
    expect(formErrorItems(form, messages).map((i) => i.fieldId)).toEqual(['password']);
  });

  it('is empty for a valid form', () => {
    const form = aForm();
    form.setValue({ email: 'a@b.example', password: 'long enough password', role: 'viewer' });
    expect(formErrorItems(form, messages)).toEqual([]);
  });
});

describe('API field errors on a form', () => {
  it('show next to the field and in the summary, as sentences', () => {
    const form = aForm();
    form.setValue({ email: 'a@b.example', password: 'password1234', role: 'viewer' });
    const items = applyApiFieldErrors(form, [{ field: 'password', messages: ['is too common'] }], {
      idPrefix: 'invitation-',
      labels: { password: 'Password' },
    });
    expect(items).toEqual([{ message: 'Password is too common.', fieldId: 'invitation-password' }]);
    expect(controlErrorMessage(form.controls.password, messages.password)).toBe(
      'Password is too common.',
    );
  });

  it('go away as soon as the field is changed', () => {
    const form = aForm();
    form.setValue({ email: 'a@b.example', password: 'password1234', role: 'viewer' });
    applyApiFieldErrors(form, [{ field: 'password', messages: ['is too common'] }]);
    expect(form.controls.password.invalid).toBe(true);
    form.controls.password.setValue('a much less common password');
    expect(form.controls.password.valid).toBe(true);
  });

  it('for fields the form does not have, still appear in the summary, without a link', () => {
    const items = applyApiFieldErrors(aForm(), [
      { field: 'councilId', messages: ['is not an active council'] },
    ]);
    expect(items).toEqual([{ message: 'Is not an active council.' }]);
  });

  it('map API field names onto control names', () => {
    const form = aForm();
    const items = applyApiFieldErrors(
      form,
      [{ field: 'emailAddress', messages: ['already has an account'] }],
      { fieldMap: { emailAddress: 'email' }, labels: { email: 'Email address' } },
    );
    expect(items).toEqual([{ message: 'Email address already has an account.', fieldId: 'email' }]);
  });
});

describe('API messages as sentences', () => {
  it('replace a leading field name with its label', () => {
    expect(
      toSentences('password', 'Password', [
        'password must be longer than or equal to 12 characters',
      ]),
    ).toBe('Password must be longer than or equal to 12 characters.');
  });

  it('keep full sentences as they are and join several', () => {
    expect(toSentences('email', 'Email address', ['Enter an email.', 'Too long'])).toBe(
      'Enter an email. Too long.',
    );
  });
});
