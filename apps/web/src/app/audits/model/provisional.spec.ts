import { provisionalNote, provisionalTag } from './provisional';

describe('provisional wording', () => {
  const low = { index: 12, provisional: true };
  const full = { index: 12, provisional: false };

  it('a draft is provisional until it is submitted, whatever its coverage', () => {
    expect(provisionalNote('draft', full, '80.0 %')).toBe(
      'Provisional until the audit is submitted.',
    );
    expect(provisionalNote('draft', low, '80.0 %')).toBe(
      'Provisional until the audit is submitted; coverage is also below 80.0 %.',
    );
    expect(provisionalTag('draft', full)).toBe('provisional until submitted');
    expect(provisionalTag('draft', low)).toBe('provisional until submitted');
  });

  it('a submitted audit is provisional only with low coverage', () => {
    expect(provisionalNote('submitted', low, '80.0 %')).toBe(
      'Provisional: coverage was below 80.0 % when it was submitted.',
    );
    expect(provisionalNote('submitted', full, '80.0 %')).toBe(
      'Final: submitted with enough coverage.',
    );
    expect(provisionalTag('submitted', low)).toBe('provisional: low coverage');
    expect(provisionalTag('submitted', full)).toBeNull();
  });

  it('no index: nothing to be provisional about', () => {
    const none = { index: null, provisional: true };
    expect(provisionalTag('draft', none)).toBeNull();
    expect(provisionalNote('draft', none, '80.0 %')).toMatch(/^No score yet/);
  });
});
