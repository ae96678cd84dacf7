import { WritableSignal } from '@angular/core';
import { gridColumns, gridRows } from '../audit-page/grid-model';
import { rowKey, type RowRatings } from '../model/live-scores';
import { DEFAULT_RATING_WORDS } from '../model/rating-text';
import { aFramework, aRating, threeProtocols } from '../testing/builders';
import { evidenceDialogData } from './evidence-dialog-opener';

describe('what the evidence dialog shows for a cell', () => {
  it('names the protocol and principle, and holds the cell’s rating in that perspective', () => {
    const framework = aFramework();
    const columns = gridColumns(framework);
    const { rows, rowSignals } = gridRows(framework.scoring, threeProtocols(), columns);
    const rating = aRating({ perspective: 'frontline', value: 1 });
    (rowSignals.get(rowKey('frontline', 'p-a')) as WritableSignal<RowRatings>).set({
      'relationships-first': rating,
    });
    const data = evidenceDialogData(
      rows[0],
      columns[0],
      'frontline',
      'Frontline practitioners',
      DEFAULT_RATING_WORDS,
      -2,
    );
    expect(data).toEqual({
      protocolName: 'Home care in 15-minute slots',
      principleTitle: 'Relationships first',
      principleDescription: 'Relationships first described.',
      perspectiveLabel: 'Frontline practitioners',
      current: rating,
      preset: -2,
      words: DEFAULT_RATING_WORDS,
    });
    const plain = evidenceDialogData(rows[0], columns[0], 'leadership', null, {});
    expect(plain.current).toBeUndefined();
    expect(plain.preset).toBeUndefined();
  });
});
