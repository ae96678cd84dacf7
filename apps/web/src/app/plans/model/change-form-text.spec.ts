import { addedNotice, formatWhen, statusNotice, targetSourceText } from './change-form-text';

describe('change form text', () => {
  it('announces a saved change and a status move', () => {
    expect(addedNotice('Replace slots')).toBe('“Replace slots” is in the plan.');
    expect(statusNotice('agreed')).toBe('The change is now agreed.');
    expect(statusNotice('in-progress')).toBe('The change is now in progress.');
  });

  it('says where the suggested targets came from', () => {
    expect(targetSourceText('library')).toContain('protocol library’s enabling version');
    expect(targetSourceText('plus-one')).toContain('+1 on every principle');
  });

  it('shows a moment as a date and a time', () => {
    expect(formatWhen('2026-03-03T14:05:00')).toMatch(/3 Mar 2026.*14:05/);
  });
});
