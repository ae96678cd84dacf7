import { dateMessages, dateProblem, fromIsoDate, toDateInputValue, toIsoDate } from './uk-date';

const d = (day: string, month: string, year: string) => ({ day, month, year });

describe('a UK date typed into day, month and year boxes', () => {
  it('is read day first: 5 3 2027 is the 5th of March', () => {
    expect(toIsoDate(d('5', '3', '2027'))).toBe('2027-03-05');
    expect(toIsoDate(d(' 05 ', '03', '2027'))).toBe('2027-03-05');
    expect(fromIsoDate('2027-03-05')).toEqual(d('5', '3', '2027'));
  });

  it('is empty, not wrong, when nothing is typed (whether it is needed is the form’s rule)', () => {
    expect(dateProblem(d('', ' ', ''))).toBeNull();
    expect(toIsoDate(d('', '', ''))).toBe('');
    expect(fromIsoDate('')).toEqual(d('', '', ''));
  });

  it('names the boxes that are missing, wrong, or not a real date', () => {
    expect(dateProblem(d('5', '', '2027'))).toEqual({ dateIncomplete: { parts: ['month'] } });
    expect(dateProblem(d('', '', '2027'))).toEqual({ dateIncomplete: { parts: ['day', 'month'] } });
    expect(dateProblem(d('5', 'March', '2027'))).toEqual({ dateInvalid: { parts: ['month'] } });
    expect(dateProblem(d('5', '3', '27'))).toEqual({ dateYear: { parts: ['year'] } });
    expect(dateProblem(d('5', '13', '2027'))).toEqual({ dateInvalid: { parts: ['month'] } });
    expect(dateProblem(d('29', '2', '2027'))).toEqual({ dateInvalid: { parts: ['day'] } });
    expect(dateProblem(d('29', '2', '2028'))).toBeNull();
    expect(toIsoDate(d('31', '4', '2027'))).toBeNull();
  });

  it('takes a date kept as text (a filter in the address) only when it is YYYY-MM-DD', () => {
    expect(toDateInputValue('2026-07-01')).toBe('2026-07-01');
    // Shown in the boxes as typed, and refused there like a typed date that does not exist.
    expect(toDateInputValue('2026-02-31')).toBe('2026-02-31');
    expect(toDateInputValue('1/7/2026')).toBe('');
    expect(toDateInputValue('2026-7-1')).toBe('');
    expect(toDateInputValue(' 2026-07-01')).toBe('');
    expect(toDateInputValue(null)).toBe('');
    expect(toDateInputValue(undefined)).toBe('');
  });

  it('has the GOV.UK messages, named for the question', () => {
    const m = dateMessages('The date of the evidence');
    expect(m['dateIncomplete']({ parts: ['month'] })).toBe(
      'The date of the evidence must include a month',
    );
    expect(m['dateIncomplete']({ parts: ['day', 'month'] })).toBe(
      'The date of the evidence must include a day and month',
    );
    expect(m['dateYear']({})).toBe('Year must include 4 numbers');
    expect(m['dateInvalid']({})).toBe('The date of the evidence must be a real date');
  });
});
