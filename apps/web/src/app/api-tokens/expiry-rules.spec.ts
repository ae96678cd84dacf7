import { FormControl } from '@angular/forms';
import { dayAfter, expiryRange } from './expiry-rules';

describe('a token’s expiry date, checked before it is sent', () => {
  const now = () => new Date(2026, 11, 7, 10, 0); // 7 December 2026, the browser's time
  const check = (value: string) => expiryRange(now)(new FormControl(value));

  it('counts days in the browser’s calendar, across months and years', () => {
    expect(dayAfter(0, now())).toBe('2026-12-07');
    expect(dayAfter(25, now())).toBe('2027-01-01');
  });

  it('must be after today and within a year (366 days), as the server says', () => {
    expect(check('2026-12-07')).toEqual({ notAfterToday: true });
    expect(check('2026-11-30')).toEqual({ notAfterToday: true });
    expect(check('2026-12-08')).toBeNull();
    expect(check('2027-12-08')).toBeNull();
    expect(check('2027-12-09')).toEqual({ beyondAYear: true });
  });

  it('leaves a date that is not complete to the date input’s own messages', () => {
    expect(check('')).toBeNull();
    expect(check('2027--3')).toBeNull();
  });
});
