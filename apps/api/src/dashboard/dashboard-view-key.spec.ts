import { DashboardQuery } from './dashboard.dto';
import { DEFAULT_VIEW, isChosenView, viewKey, viewQuery } from './dashboard-view-key';

const audit = '6a1f4a52-3c1e-4d7b-9f0a-1b2c3d4e5f60';
const before = '0b9e8d7c-6b5a-4f3e-8d2c-1b0a9f8e7d6c';

describe('a dashboard view key', () => {
  it('keeps the keys stored before chosen views: the default, and one chosen audit', () => {
    expect(viewKey({})).toBe(DEFAULT_VIEW);
    expect(viewKey({ auditId: audit })).toBe(audit);
    expect(isChosenView(viewKey({ auditId: audit }))).toBe(false);
  });

  it('is one key for one query, whatever order its parameters came in', () => {
    const a: DashboardQuery = { scope: 'wider', serviceArea: 'Housing', compareTo: before };
    const b: DashboardQuery = { compareTo: before, serviceArea: 'Housing', scope: 'wider' };
    expect(viewKey(a)).toBe(viewKey(b));
    expect(isChosenView(viewKey(a))).toBe(true);
  });

  it('never lets one value run into the next, and reads back the query it stands for', () => {
    const tricky: DashboardQuery = { serviceArea: 'Housing&scope=wider' };
    const plain: DashboardQuery = { serviceArea: 'Housing', scope: 'wider' };
    expect(viewKey(tricky)).not.toBe(viewKey(plain));
    const queries: DashboardQuery[] = [
      {},
      { auditId: audit },
      { compareTo: before },
      tricky,
      plain,
      { serviceArea: '' },
      { auditId: audit, compareTo: before, serviceArea: 'Adult social care ?%', scope: 'wider' },
    ];
    for (const q of queries) expect(viewQuery(viewKey(q))).toEqual(q);
    expect(new Set(queries.map(viewKey)).size).toBe(queries.length);
  });
});
