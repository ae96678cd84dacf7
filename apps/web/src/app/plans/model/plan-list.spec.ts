import { aChange } from '../testing/plan-builders';
import {
  DEFAULT_LIST_VIEW,
  formatCountDelta,
  formatDelta,
  formatDueDate,
  ownerOptions,
  ownerText,
  planListRows,
} from './plan-list';

const changes = [
  aChange({ id: 'a', title: 'A', dueDate: '2026-09-30', priority: 'low', status: 'agreed' }),
  aChange({
    id: 'b',
    title: 'B',
    dueDate: '2026-03-31',
    priority: 'high',
    status: 'proposed',
    kind: 'retire',
    owner: { id: 'u-1', displayName: 'Sam Lee' },
  }),
  aChange({
    id: 'c',
    title: 'C',
    dueDate: null,
    priority: 'medium',
    status: 'done',
    ownerTeam: 'Housing',
  }),
  aChange({ id: 'd', title: 'D', dueDate: '2026-03-31', priority: 'high', status: 'dropped' }),
];
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe('planListRows', () => {
  it('sorts by due date, soonest first, undated last (ties by title)', () => {
    expect(ids(planListRows(changes, DEFAULT_LIST_VIEW))).toEqual(['b', 'd', 'a', 'c']);
  });
  it('sorts by priority, highest first', () => {
    expect(ids(planListRows(changes, { ...DEFAULT_LIST_VIEW, sort: 'priority' }))).toEqual([
      'b',
      'd',
      'c',
      'a',
    ]);
  });
  it('sorts by effect on the index, largest first, unknown last', () => {
    const effects = new Map([
      ['a', 1.5],
      ['b', 4],
      ['c', null],
    ]);
    expect(ids(planListRows(changes, { ...DEFAULT_LIST_VIEW, sort: 'effect' }, effects))).toEqual([
      'b',
      'a',
      'd',
      'c',
    ]);
  });
  it('filters by status (or every open one), kind and owner', () => {
    expect(ids(planListRows(changes, { ...DEFAULT_LIST_VIEW, status: 'open' }))).toEqual([
      'b',
      'a',
    ]);
    expect(ids(planListRows(changes, { ...DEFAULT_LIST_VIEW, status: 'done' }))).toEqual(['c']);
    expect(ids(planListRows(changes, { ...DEFAULT_LIST_VIEW, kind: 'retire' }))).toEqual(['b']);
    expect(ids(planListRows(changes, { ...DEFAULT_LIST_VIEW, owner: 'u-1' }))).toEqual(['b']);
    expect(ids(planListRows(changes, { ...DEFAULT_LIST_VIEW, owner: 'team:Housing' }))).toEqual([
      'c',
    ]);
    expect(ids(planListRows(changes, { ...DEFAULT_LIST_VIEW, owner: 'none' }))).toEqual(['d', 'a']);
  });
});

describe('owners', () => {
  it('lists each owner once, by name', () => {
    expect(ownerOptions(changes)).toEqual([
      { value: 'team:Housing', label: 'Housing (team)' },
      { value: 'u-1', label: 'Sam Lee' },
    ]);
  });
  it('says who owns a change', () => {
    expect(ownerText(changes[1])).toBe('Sam Lee');
    expect(ownerText(changes[0])).toBe('No owner yet');
  });
});

describe('formats', () => {
  it('formats deltas, counts and dates', () => {
    expect(formatDelta(3.24)).toBe('+3.2');
    expect(formatDelta(-1)).toBe('−1.0');
    expect(formatDelta(0.01)).toBe('0.0');
    expect(formatDelta(null)).toBe('–');
    expect(formatCountDelta(-2)).toBe('−2');
    expect(formatCountDelta(0)).toBe('no change');
    expect(formatDueDate('2027-03-31')).toBe('31 Mar 2027');
    expect(formatDueDate(null)).toBe('No date');
  });
});
