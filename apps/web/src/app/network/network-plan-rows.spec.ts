import type { NetworkPlanRow } from '@rcp/api-contract';
import { aPlanRow } from '../plans/testing/plan-builders';
import {
  networkPlansSummary,
  networkPlansTable,
  planSortSentence,
  sortPlanRows,
} from './network-plan-rows';

const northfield = aPlanRow({
  councilId: 'n',
  councilName: 'Northfield Borough Council',
  proposed: 2,
  agreed: 3,
  inProgress: 1,
  done: 1,
  overdue: 2,
  total: 7,
});
const kestrel = aPlanRow({
  councilId: 'k',
  councilName: 'Kestrel Vale District Council',
  agreed: 1,
  dropped: 1,
  overdue: 1,
  total: 2,
});
const ashcombe = aPlanRow({ councilId: 'a', councilName: 'Ashcombe District Council' });

describe('the network’s plans', () => {
  it('sorts by any column, ties by name', () => {
    const names = (rows: NetworkPlanRow[]) => rows.map((r) => r.councilId);
    const rows = [northfield, kestrel, ashcombe];
    expect(names(sortPlanRows(rows, 'councilName', 'ascending'))).toEqual(['a', 'k', 'n']);
    expect(names(sortPlanRows(rows, 'councilName', 'descending'))).toEqual(['n', 'k', 'a']);
    expect(names(sortPlanRows(rows, 'overdue', 'descending'))).toEqual(['n', 'k', 'a']);
    expect(names(sortPlanRows(rows, 'agreed', 'ascending'))).toEqual(['a', 'k', 'n']);
    expect(names(sortPlanRows(rows, 'dropped', 'descending'))).toEqual(['k', 'a', 'n']);
    expect(planSortSentence('overdue', 'descending')).toBe(
      'Sorted by overdue changes, most first.',
    );
    expect(planSortSentence('councilName', 'ascending')).toBe('Sorted by council, A to Z.');
  });

  it('sums the plans up in words, naming the councils with overdue changes', () => {
    expect(networkPlansSummary([northfield, kestrel, ashcombe])).toBe(
      '2 councils of 3 in the network have planned 9 changes: 2 proposed, 4 agreed, 1 in progress, 1 done and 1 dropped. 3 changes are overdue, in Northfield Borough Council (2) and Kestrel Vale District Council (1).',
    );
    expect(networkPlansSummary([aPlanRow({ ...kestrel, overdue: 0 }), ashcombe])).toBe(
      '1 council of 2 in the network has planned 2 changes: 1 agreed and 1 dropped. None is overdue.',
    );
    expect(networkPlansSummary([ashcombe])).toBe(
      'None of the 1 council in the network has planned a change yet.',
    );
    expect(networkPlansSummary([])).toBe('There are no councils in the network yet.');
  });

  it('offers the table as CSV', () => {
    const table = networkPlansTable([northfield]);
    expect(table.columns.map((c) => c.label)).toEqual([
      'Council',
      'Proposed',
      'Agreed',
      'In progress',
      'Done',
      'Dropped',
      'Overdue',
      'All changes',
    ]);
    expect(table.rows[0]).toEqual({
      councilName: 'Northfield Borough Council',
      proposed: 2,
      agreed: 3,
      inProgress: 1,
      done: 1,
      dropped: 0,
      overdue: 2,
      total: 7,
    });
  });
});
