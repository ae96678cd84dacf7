import { NetworkCouncilRow } from '@rcp/api-contract';
import {
  networkRow,
  NetworkRow,
  networkSummary,
  networkTable,
  sortRows,
  sortSentence,
} from './network-rows';

function anOverviewRow(overrides: Partial<NetworkCouncilRow> = {}): NetworkCouncilRow {
  return {
    councilId: 'c-1',
    name: 'Northfield Borough Council',
    type: 'metropolitan-borough',
    region: 'North West',
    populationBand: '300k-500k',
    sharing: 'named',
    latestIndex: 39.92,
    change: 15.84,
    provisional: false,
    coverage: 1,
    lastLabel: 'H1 2026 (January to June)',
    lastPeriodEnd: '2026-06-30',
    lastSubmittedAt: '2026-07-10T09:00:00.000Z',
    submittedAudits: 6,
    draftAudits: 1,
    ...overrides,
  };
}

function aRow(overrides: Partial<NetworkRow> = {}): NetworkRow {
  return { ...networkRow(anOverviewRow()), ...overrides };
}

describe('the network overview', () => {
  it('shows each council’s type in words, latest index, change, last audit and coverage', () => {
    expect(networkRow(anOverviewRow())).toEqual({
      councilId: 'c-1',
      name: 'Northfield Borough Council',
      type: 'Metropolitan borough',
      region: 'North West',
      lastPeriodEnd: '2026-06-30',
      submittedAudits: 6,
      index: 39.92,
      change: 15.84,
      provisional: false,
      coverage: 1,
    });
  });

  it('keeps a council without a submitted audit, with no figures', () => {
    const row = anOverviewRow({
      latestIndex: null,
      change: null,
      provisional: null,
      coverage: null,
      lastPeriodEnd: null,
      submittedAudits: 0,
    });
    expect(networkRow(row)).toMatchObject({ index: null, provisional: false, lastPeriodEnd: null });
  });

  it('sorts by any column, councils without a value last whichever the direction', () => {
    const rows = [
      aRow({ councilId: 'a', name: 'Ashcombe', index: 8 }),
      aRow({ councilId: 'k', name: 'Kestrel Vale', index: -15.8 }),
      aRow({ councilId: 'n', name: 'New council', index: null }),
      aRow({ councilId: 's', name: 'Saltmarsh Bay', index: 42.2 }),
    ];
    expect(sortRows(rows, 'index', 'descending').map((r) => r.name)).toEqual([
      'Saltmarsh Bay',
      'Ashcombe',
      'Kestrel Vale',
      'New council',
    ]);
    expect(sortRows(rows, 'index', 'ascending').map((r) => r.name)).toEqual([
      'Kestrel Vale',
      'Ashcombe',
      'Saltmarsh Bay',
      'New council',
    ]);
    expect(sortRows(rows, 'name', 'descending')[0].name).toBe('Saltmarsh Bay');
    expect(sortSentence('index', 'descending')).toBe('Sorted by latest index, highest first.');
    expect(sortSentence('lastAudit', 'ascending')).toBe('Sorted by last audit, oldest first.');
  });

  it('sums the network up in one sentence', () => {
    const rows = [
      aRow({ name: 'Ashcombe', index: 8, change: 4.6 }),
      aRow({ name: 'Kestrel Vale', index: -15.8, change: -14.5 }),
      aRow({ name: 'Saltmarsh Bay', index: 42.2, change: 0.02 }),
      aRow({ name: 'New council', index: null, change: null, lastPeriodEnd: null }),
    ];
    expect(networkSummary(rows)).toBe(
      '4 councils in the network: latest indexes range from −15.8 (Kestrel Vale) to 42.2 (Saltmarsh Bay); since their previous audit, 1 rose, 1 fell and 1 stayed the same; 1 council has no index yet.',
    );
    expect(networkSummary([])).toBe('There are no councils in the network yet.');
  });

  it('offers the overview as CSV-ready rows', () => {
    const table = networkTable([aRow({ index: -3.06, coverage: 0.5952 })]);
    expect(table.rows[0]).toMatchObject({
      name: 'Northfield Borough Council',
      type: 'Metropolitan borough',
      index: -3.1,
      periodEnd: '2026-06-30',
      audits: 6,
      coverage: 59.5,
    });
  });
});
