import {
  CONTEXT_NEED_LABELS,
  CONTEXT_NEEDS,
  COUNCIL_ROLES,
  COUNCIL_TYPE_LABELS,
  COUNCIL_TYPES,
  PERSPECTIVE_LABELS,
  PERSPECTIVES,
  POPULATION_BAND_LABELS,
  POPULATION_BANDS,
  PROTOCOL_BASES,
  PROTOCOL_BASIS_LABELS,
  PROTOCOL_CLASS_LABELS,
  PROTOCOL_CLASSES,
  PROTOCOL_SCOPE_LABELS,
  PROTOCOL_SCOPES,
  PROTOCOL_TYPE_LABELS,
  PROTOCOL_TYPES,
  REACH_LABELS,
  REACHES,
  ROLE_LABELS,
  ROLES,
  USER_STATUS_LABELS,
  USER_STATUSES,
  labelOf,
} from '../index';

describe('vocabulary', () => {
  it.each([
    ['context needs', CONTEXT_NEEDS, CONTEXT_NEED_LABELS],
    ['reaches', REACHES, REACH_LABELS],
    ['scopes', PROTOCOL_SCOPES, PROTOCOL_SCOPE_LABELS],
    ['classes', [...PROTOCOL_CLASSES, 'unscored'], PROTOCOL_CLASS_LABELS],
    ['protocol types', PROTOCOL_TYPES, PROTOCOL_TYPE_LABELS],
    ['bases', PROTOCOL_BASES, PROTOCOL_BASIS_LABELS],
    ['council types', COUNCIL_TYPES, COUNCIL_TYPE_LABELS],
    ['population bands', POPULATION_BANDS, POPULATION_BAND_LABELS],
    ['perspectives', PERSPECTIVES, PERSPECTIVE_LABELS],
    ['roles', ROLES, ROLE_LABELS],
    ['user statuses', USER_STATUSES, USER_STATUS_LABELS],
  ])('labels every one of the %s, in list order', (_name, values, labels) => {
    expect(Object.keys(labels)).toEqual([...values]);
    for (const label of Object.values(labels)) expect(label).toMatch(/^[A-Z0-9]/);
  });

  it('council roles are roles', () => {
    for (const role of COUNCIL_ROLES) expect(ROLES).toContain(role);
  });

  it('labelOf falls back to the value itself', () => {
    expect(labelOf(REACH_LABELS, 'high')).toBe('High');
    expect(labelOf(REACH_LABELS, 'enormous')).toBe('enormous');
    expect(labelOf(REACH_LABELS, 'constructor')).toBe('constructor');
  });
});
