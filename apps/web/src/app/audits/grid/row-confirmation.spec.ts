import { WritableSignal } from '@angular/core';
import { gridColumns, GridRowModel, gridRows } from '../audit-page/grid-model';
import { rowKey, type RowRatings } from '../model/live-scores';
import { aFramework, aRating, threeProtocols } from '../testing/builders';
import { confirmRowEdits } from './row-confirmation';

const evidence = { text: 'Named worker policy', date: '2025-03-01', url: null };

function rowWith(id: string, ratings: RowRatings) {
  const framework = aFramework();
  const columns = gridColumns(framework);
  const { rows, rowSignals } = gridRows(framework.scoring, threeProtocols(), columns);
  (rowSignals.get(rowKey('leadership', id)) as WritableSignal<RowRatings>).set(ratings);
  const row = rows.find((r) => r.protocol.id === id) as GridRowModel;
  return { row, columns };
}

describe('confirming a row’s carried-forward ratings', () => {
  it('writes each carried rating again with the same value, its evidence kept', () => {
    const { row, columns } = rowWith('p-a', {
      'relationships-first': aRating({ value: 2, evidence, carriedForward: true }),
      continuity: aRating({ principleKey: 'continuity', value: 1 }),
      kindness: aRating({ principleKey: 'kindness', value: 0, carriedForward: true }),
    });
    expect(confirmRowEdits(row, columns, 'leadership')).toEqual({
      edits: [
        {
          protocolId: 'p-a',
          principleKey: 'relationships-first',
          perspective: 'leadership',
          clear: false,
          value: 2,
          evidence: undefined,
        },
        {
          protocolId: 'p-a',
          principleKey: 'kindness',
          perspective: 'leadership',
          clear: false,
          value: 0,
          evidence: undefined,
        },
      ],
      needEvidence: 0,
    });
  });

  it('leaves a carried ±2 without evidence for the dialog, and counts it', () => {
    const { row, columns } = rowWith('p-a', {
      'relationships-first': aRating({ value: -2, evidence: null, carriedForward: true }),
    });
    expect(confirmRowEdits(row, columns, 'leadership')).toEqual({ edits: [], needEvidence: 1 });
  });

  it('skips principles that do not apply, and other perspectives', () => {
    const { row, columns } = rowWith('p-b', {
      'relationships-first': aRating({ protocolId: 'p-b', value: 1, carriedForward: true }),
    });
    expect(confirmRowEdits(row, columns, 'leadership').edits).toEqual([]);
    expect(confirmRowEdits(row, columns, 'frontline').edits).toEqual([]);
  });
});
