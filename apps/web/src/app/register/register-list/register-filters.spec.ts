import { aProtocol } from '../testing';
import {
  countsSentence,
  filterProtocols,
  isFiltered,
  NO_FILTERS,
  registerCounts,
  RegisterFilters,
  serviceAreasOf,
  shownSentence,
} from './register-filters';

const titles = new Map([
  ['time-and-caseload', 'Time and caseload'],
  ['money-and-debt', 'Money, payments and debt'],
  ['wider-environment', 'Wider environment'],
]);

const caseload = aProtocol({ name: 'Caseload size and weighting', owner: 'Head of Service' });
const arrears = aProtocol({
  name: 'Council tax arrears recovery',
  description: 'Letters and enforcement agents.',
  category: 'money-and-debt',
  type: 'procedure',
  serviceArea: 'Revenues and benefits',
  basis: 'assumed',
  owner: '',
});
const timescales = aProtocol({
  name: 'Statutory assessment timescales',
  category: 'wider-environment',
  scope: 'wider',
  serviceArea: ' revenues and Benefits ',
  basis: 'statutory',
  owner: 'Director of Operations',
});
const retired = aProtocol({
  name: 'Old allocation rota',
  status: 'retired',
  basis: 'assumed',
  retiredAt: '2026-02-01T10:00:00.000Z',
  retiredReason: 'Replaced by named workers',
});
const register = [caseload, arrears, timescales, retired];

function names(filters: Partial<RegisterFilters>): string[] {
  return filterProtocols(register, { ...NO_FILTERS, ...filters }, titles).map((p) => p.name);
}

describe('the register’s filters', () => {
  it('show every active protocol, and no retired one, until asked', () => {
    expect(names({})).toEqual([
      'Caseload size and weighting',
      'Council tax arrears recovery',
      'Statutory assessment timescales',
    ]);
    expect(names({ showRetired: true })).toContain('Old allocation rota');
  });

  it('find protocols by any words of their name, description, owner, service area or category, in any case', () => {
    expect(names({ text: 'ARREARS' })).toEqual(['Council tax arrears recovery']);
    expect(names({ text: 'enforcement letters' })).toEqual(['Council tax arrears recovery']);
    expect(names({ text: 'head of service' })).toEqual(['Caseload size and weighting']);
    expect(names({ text: 'payments' })).toEqual(['Council tax arrears recovery']);
    expect(names({ text: 'caseload arrears' })).toEqual([]);
  });

  it('narrow by category, scope and basis', () => {
    expect(names({ category: 'money-and-debt' })).toEqual(['Council tax arrears recovery']);
    expect(names({ scope: 'wider' })).toEqual(['Statutory assessment timescales']);
    expect(names({ basis: 'statutory' })).toEqual(['Statutory assessment timescales']);
  });

  it('pick out the assumed rules nobody has checked, retired ones only when shown', () => {
    expect(names({ basis: 'assumed' })).toEqual(['Council tax arrears recovery']);
    expect(names({ basis: 'assumed', showRetired: true })).toEqual([
      'Council tax arrears recovery',
      'Old allocation rota',
    ]);
  });

  it('treat service areas written with other spacing or capitals as the same area', () => {
    expect(names({ serviceArea: 'Revenues and benefits' })).toEqual([
      'Council tax arrears recovery',
      'Statutory assessment timescales',
    ]);
    expect(serviceAreasOf(register)).toEqual(["Children's social care", 'Revenues and benefits']);
  });

  it('combine: a protocol must pass every filter', () => {
    expect(names({ category: 'money-and-debt', basis: 'statutory' })).toEqual([]);
    expect(
      names({ text: 'recovery', serviceArea: 'Revenues and benefits', basis: 'assumed' }),
    ).toEqual(['Council tax arrears recovery']);
  });

  it('know whether anything narrows the list (the retired toggle does not count)', () => {
    expect(isFiltered(NO_FILTERS)).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, showRetired: true, text: '  ' })).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, basis: 'assumed' })).toBe(true);
  });
});

describe('the register’s counts', () => {
  it('count active protocols and the assumed rules among them, leaving retired ones apart', () => {
    expect(registerCounts(register)).toEqual({ active: 3, assumed: 1, retired: 1 });
  });

  it('read as a sentence', () => {
    expect(countsSentence({ active: 38, assumed: 4, retired: 2 })).toBe(
      '38 active protocols, 4 assumed rules nobody has checked.',
    );
    expect(countsSentence({ active: 1, assumed: 1, retired: 0 })).toBe(
      '1 active protocol, 1 assumed rule nobody has checked.',
    );
    expect(countsSentence({ active: 0, assumed: 0, retired: 0 })).toBe('0 active protocols.');
  });

  it('say how many of the list are shown', () => {
    expect(shownSentence(3, 38)).toBe('Showing 3 of 38 protocols.');
    expect(shownSentence(38, 38)).toBe('Showing all 38 protocols.');
  });
});
