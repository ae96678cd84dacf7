import { evidenceRequirement } from './evidence-rule';

describe('evidenceRequirement', () => {
  it('keeps evidence when the value does not change', () => {
    expect(evidenceRequirement(2, 2)).toBe('keep');
    expect(evidenceRequirement(-1, -1)).toBe('keep');
    expect(evidenceRequirement(null, null)).toBe('keep');
  });

  it('requires new evidence when a change reaches ±2', () => {
    expect(evidenceRequirement(1, 2)).toBe('required');
    expect(evidenceRequirement(2, -2)).toBe('required');
    expect(evidenceRequirement(undefined, -2)).toBe('required');
    expect(evidenceRequirement(null, 2)).toBe('required');
  });

  it('requires new evidence when a change crosses from enabling to inhibiting or back', () => {
    expect(evidenceRequirement(2, -1)).toBe('required');
    expect(evidenceRequirement(-1, 1)).toBe('required');
  });

  it('keeps evidence within one direction below ±2', () => {
    expect(evidenceRequirement(2, 1)).toBe('keep');
    expect(evidenceRequirement(-2, -1)).toBe('keep');
  });

  it('drops evidence when the value moves to or from neutral or not applicable', () => {
    expect(evidenceRequirement(2, 0)).toBe('drop');
    expect(evidenceRequirement(-2, null)).toBe('drop');
    expect(evidenceRequirement(0, 1)).toBe('drop');
    expect(evidenceRequirement(undefined, 1)).toBe('drop');
  });
});
