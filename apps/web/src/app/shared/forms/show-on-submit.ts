import { Injectable } from '@angular/core';
import { AbstractControl, FormGroupDirective, NgForm } from '@angular/forms';
import { ErrorStateMatcher } from '@angular/material/core';
import {
  MAT_FORM_FIELD_DEFAULT_OPTIONS,
  MatFormFieldDefaultOptions,
} from '@angular/material/form-field';

/**
 * Field errors appear once the form has been submitted (the GOV.UK way: no errors while someone
 * is still filling a form in), and go as soon as the field is put right.
 */
@Injectable()
export class ShowOnSubmitErrorStateMatcher implements ErrorStateMatcher {
  isErrorState(control: AbstractControl | null, form: FormGroupDirective | NgForm | null): boolean {
    return !!(control && control.invalid && form?.submitted);
  }
}

const FIELD_DEFAULTS: MatFormFieldDefaultOptions = {
  appearance: 'outline',
  // Questions are required unless marked optional (GOV.UK): no asterisks.
  hideRequiredMarker: true,
  // Room for error messages of any length.
  subscriptSizing: 'dynamic',
};

/**
 * Providers for a component with a form: errors shown once it is submitted
 * (`ShowOnSubmitErrorStateMatcher`) and GOV.UK-style fields. Given per form component, not in
 * the app config, so Material's form field stays out of the initial bundle.
 */
export const showErrorsOnSubmit = [
  { provide: ErrorStateMatcher, useClass: ShowOnSubmitErrorStateMatcher },
  { provide: MAT_FORM_FIELD_DEFAULT_OPTIONS, useValue: FIELD_DEFAULTS },
];
