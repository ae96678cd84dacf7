import { fromIsoDay, toIsoDay } from './uk-date';

describe('UK day, month and year', () => {
  it('reads a day typed the UK way as an ISO day', () => {
    expect(toIsoDay({ day: '1', month: '7', year: '2026' })).toBe('2026-07-01');
    expect(toIsoDay({ day: ' 29 ', month: '02', year: '2028' })).toBe('2028-02-29');
  });

  it('is empty when nothing was typed', () => {
    expect(toIsoDay({ day: '', month: ' ', year: '' })).toBeNull();
  });

  it('refuses days that do not exist, missing parts and short years', () => {
    expect(toIsoDay({ day: '31', month: '2', year: '2026' })).toBe('invalid');
    expect(toIsoDay({ day: '29', month: '2', year: '2027' })).toBe('invalid');
    expect(toIsoDay({ day: '1', month: '', year: '2026' })).toBe('invalid');
    expect(toIsoDay({ day: '1', month: '13', year: '2026' })).toBe('invalid');
    expect(toIsoDay({ day: '1', month: '7', year: '26' })).toBe('invalid');
    expect(toIsoDay({ day: 'x', month: '7', year: '2026' })).toBe('invalid');
  });

  it('shows an ISO day back as the parts a person would type', () => {
    expect(fromIsoDay('2026-07-01')).toEqual({ day: '1', month: '7', year: '2026' });
    expect(fromIsoDay(undefined)).toEqual({ day: '', month: '', year: '' });
    expect(fromIsoDay('1/7/2026')).toEqual({ day: '', month: '', year: '' });
  });
});
