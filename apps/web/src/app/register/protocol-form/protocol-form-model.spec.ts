import { aProtocol, CATEGORIES } from '../testing';
import {
  buildProtocolForm,
  fillProtocolForm,
  isoDate,
  protocolFormErrors,
  saveFailure,
  toProtocolRequest,
} from './protocol-form-model';

function formWith(overrides: Parameters<typeof aProtocol>[0] = {}) {
  const form = buildProtocolForm();
  fillProtocolForm(form, aProtocol(overrides));
  return form;
}

describe('the protocol form’s answers', () => {
  it('take the scope from the category, so a wider-environment protocol is never organisational', () => {
    const form = formWith({ category: 'wider-environment', scope: 'wider' });
    form.controls.category.setValue('money-and-debt');
    expect(toProtocolRequest(form, CATEGORIES).scope).toBe('organisational');
    form.controls.category.setValue('wider-environment');
    expect(toProtocolRequest(form, CATEGORIES).scope).toBe('wider');
  });

  it('drop blank link rows and trim what was typed', () => {
    const form = formWith({ sourceLinks: [] });
    form.controls.name.setValue('  Supervision  ');
    form.controls.sourceLinks.at(0).setValue(' https://example.org/policy ');
    const request = toProtocolRequest(form, CATEGORIES);
    expect(request.name).toBe('Supervision');
    expect(request.sourceLinks).toEqual(['https://example.org/policy']);
  });

  it('send no review date when all three parts are blank', () => {
    const form = formWith({ reviewDate: null });
    expect(form.controls.reviewDate.valid).toBe(true);
    expect(toProtocolRequest(form, CATEGORIES).reviewDate).toBeNull();
  });

  it('fill the review date’s day, month and year from the protocol', () => {
    const form = formWith({ reviewDate: '2027-03-09' });
    expect(form.controls.reviewDate.getRawValue()).toEqual({ day: '9', month: '3', year: '2027' });
  });
});

describe('review dates', () => {
  it('must be real dates', () => {
    expect(isoDate('29', '2', '2028')).toBe('2028-02-29');
    expect(isoDate('29', '2', '2027')).toBeNull();
    expect(isoDate('1', '13', '2027')).toBeNull();
    expect(isoDate('1', '1', '27')).toBeNull();
  });

  it('say which parts are missing and what a real date looks like', () => {
    const form = formWith();
    form.controls.reviewDate.setValue({ day: '', month: '4', year: '' });
    expect(protocolFormErrors(form)).toEqual([
      {
        message: 'Review date must include a day and year',
        fieldId: 'protocol-reviewDate-day',
      },
    ]);
    form.controls.reviewDate.setValue({ day: '31', month: '2', year: '2027' });
    expect(protocolFormErrors(form)).toEqual([
      {
        message: 'Review date must be a real date, for example 31 3 2027',
        fieldId: 'protocol-reviewDate-day',
      },
    ]);
  });
});

describe('a refused save', () => {
  const body = (statusCode: number, extra: object = {}) => ({
    statusCode,
    error: 'Error',
    message: 'The server says no.',
    ...extra,
  });

  it('is someone else’s change when an edit comes back 409 without field errors', () => {
    const failure = saveFailure(formWith(), body(409), { editing: true });
    expect(failure.kind).toBe('conflict');
  });

  it('is a field problem when a new protocol’s name is taken', () => {
    const form = formWith({ name: 'Supervision' });
    const failure = saveFailure(
      form,
      body(409, { errors: [{ field: 'name', messages: ['is already in the register'] }] }),
      { editing: false },
    );
    expect(failure).toEqual({
      kind: 'problems',
      items: [
        {
          message: 'There is already a protocol called “Supervision” in the register.',
          fieldId: 'protocol-name',
        },
      ],
    });
    expect(form.controls.name.hasError('api')).toBe(true);
  });

  it('shows the server’s own message when it names no field', () => {
    expect(saveFailure(formWith(), body(500), { editing: false })).toEqual({
      kind: 'problems',
      items: [{ message: 'The server says no.' }],
    });
  });

  it('puts a source-link error on the first link', () => {
    const failure = saveFailure(
      formWith({ sourceLinks: ['https://example.org'] }),
      body(400, { errors: [{ field: 'sourceLinks', messages: ['must be http(s) links'] }] }),
      { editing: true },
    );
    expect(failure.items).toEqual([
      { message: 'Source links must be http(s) links.', fieldId: 'protocol-sourceLinks-0' },
    ]);
  });
});
