import { DEFAULT_TABLE_COLUMNS, REGISTER_COLUMNS } from '@rcp/vocabulary';
import { aProtocol } from '../testing';
import { REGISTER_TABLE_COLUMNS, registerSortValue } from './register-columns';

describe('the register table’s columns', () => {
  it('has a heading for every column the API knows, the name first', () => {
    expect(REGISTER_TABLE_COLUMNS.map((c) => c.key)).toEqual([...REGISTER_COLUMNS]);
  });

  it('shows name, owner and review date by default, leaving scope, context need and reach to choose', () => {
    expect(DEFAULT_TABLE_COLUMNS.register).toEqual(
      expect.arrayContaining(['name', 'owner', 'reviewDate']),
    );
    expect(DEFAULT_TABLE_COLUMNS.register).not.toEqual(expect.arrayContaining(['scope']));
  });

  it('sorts reach from low to high, and a missing owner or review date as no value', () => {
    const titles = new Map<string, string>();
    expect(registerSortValue(aProtocol({ reach: 'low' }), 'reach', titles)).toBeLessThan(
      registerSortValue(aProtocol({ reach: 'high' }), 'reach', titles) as number,
    );
    expect(registerSortValue(aProtocol({ owner: ' ' }), 'owner', titles)).toBeNull();
    expect(registerSortValue(aProtocol({ reviewDate: null }), 'reviewDate', titles)).toBeNull();
    expect(registerSortValue(aProtocol({ reviewDate: '2027-03-31' }), 'reviewDate', titles)).toBe(
      '2027-03-31',
    );
  });
});
