import { computed, signal, type Signal, type WritableSignal } from '@angular/core';
import type {
  AuditHeadline,
  AuditProtocol,
  AuditRating,
  FrameworkScoring,
  FrameworkVersion,
} from '@rcp/api-contract';
import { type Perspective, PERSPECTIVES } from '@rcp/vocabulary';
import { applicablePrinciples, type ProtocolResult, scoreProtocol } from '@rcp/scoring';
import {
  addEdit,
  applyEdit,
  cellKey,
  type EditQueue,
  type RatingEdit,
  type SaveState,
} from '../model/autosave';
import { protocolInput, RowRatings, rowKey } from '../model/live-scores';
import { shortTitle } from '../model/rating-text';

/** The grid's columns and rows as signals: the editor's pure parts. */

/** A principle as a column of the grid. */
export interface GridColumn {
  readonly key: string;
  readonly title: string;
  readonly short: string;
  readonly description: string;
}

/** A protocol as a row of the grid, with its ratings and live result in each perspective. */
export interface GridRowModel {
  readonly protocol: AuditProtocol;
  /** Per column: whether the principle applies to the protocol's context need. */
  readonly applies: readonly boolean[];
  readonly ratings: Readonly<Record<Perspective, Signal<RowRatings>>>;
  /** Scored by the shared lib from the ratings on the page, per perspective. */
  readonly result: Readonly<Record<Perspective, Signal<ProtocolResult>>>;
}

/** Headlines equal to within floating-point noise. */
export function sameHeadline(a: AuditHeadline, b: AuditHeadline): boolean {
  const near = (x: number | null, y: number | null) =>
    x === null || y === null ? x === y : Math.abs(x - y) < 1e-9;
  return (
    near(a.index, b.index) &&
    near(a.widerIndex, b.widerIndex) &&
    near(a.coverage, b.coverage) &&
    a.provisional === b.provisional &&
    a.protocolLoad === b.protocolLoad &&
    a.mismatchCount === b.mismatchCount &&
    a.widerProtocolLoad === b.widerProtocolLoad &&
    a.widerMismatchCount === b.widerMismatchCount &&
    JSON.stringify(a.classCounts) === JSON.stringify(b.classCounts)
  );
}

/** The framework version's principles as grid columns, in the framework's order. */
export function gridColumns(framework: FrameworkVersion): GridColumn[] {
  const byKey = new Map(
    framework.items.filter((i) => i.layer === 'principle').map((p) => [p.key, p]),
  );
  return framework.scoring.principles.map((p) => {
    const item = byKey.get(p.key);
    const title = item?.title ?? p.key;
    return { key: p.key, title, short: shortTitle(title), description: item?.description ?? '' };
  });
}

/**
 * A row per protocol, with a writable signal of its ratings per perspective (by row key) and its
 * result scored live by the shared library from them.
 */
export function gridRows(
  scoring: FrameworkScoring,
  protocols: readonly AuditProtocol[],
  columns: readonly GridColumn[],
): { rows: GridRowModel[]; rowSignals: Map<string, WritableSignal<RowRatings>> } {
  const rowSignals = new Map<string, WritableSignal<RowRatings>>();
  const rows = protocols.map((protocol) => {
    const applicable = new Set(
      applicablePrinciples(scoring, protocol.contextNeed).map((p) => p.key),
    );
    const ratings = {} as Record<Perspective, Signal<RowRatings>>;
    const result = {} as Record<Perspective, Signal<ProtocolResult>>;
    for (const perspective of PERSPECTIVES) {
      const s = signal<RowRatings>({});
      rowSignals.set(rowKey(perspective, protocol.id), s);
      ratings[perspective] = s.asReadonly();
      result[perspective] = computed(() =>
        scoreProtocol(scoring, protocolInput(scoring, protocol, s())),
      );
    }
    return { protocol, applies: columns.map((c) => applicable.has(c.key)), ratings, result };
  });
  return { rows, rowSignals };
}

/** Stored cells grouped by row (perspective and protocol). */
export function groupByRow(
  stored: Iterable<AuditRating>,
): Map<string, Record<string, AuditRating>> {
  const rows = new Map<string, Record<string, AuditRating>>();
  for (const r of stored) {
    const key = rowKey(r.perspective, r.protocolId);
    let row = rows.get(key);
    if (!row) rows.set(key, (row = {}));
    row[r.principleKey] = r;
  }
  return rows;
}

/** One row as shown: its stored cells with the unsaved edits (in flight, then pending) on top. */
export function overlayRow(
  key: string,
  base: Record<string, AuditRating>,
  queues: ReadonlyArray<EditQueue | null>,
  now: string,
): RowRatings {
  const row: Record<string, AuditRating> = { ...base };
  for (const queue of queues) {
    if (!queue) continue;
    for (const edit of queue.values()) {
      if (rowKey(edit.perspective, edit.protocolId) !== key) continue;
      const shown = applyEdit(row[edit.principleKey], edit, now);
      if (shown) row[edit.principleKey] = shown;
      else delete row[edit.principleKey];
    }
  }
  return row;
}

/** Whether two lists of columns are the same principles in the same order. */
export function sameColumnKeys(a: readonly GridColumn[], b: readonly GridColumn[]): boolean {
  return a.length === b.length && a.every((c, i) => c.key === b[i].key);
}

/** One row's stored cells (by principle key), from the stored cells by cell key. */
export function storedRow(
  stored: ReadonlyMap<string, AuditRating>,
  key: string,
  columns: readonly GridColumn[],
): Record<string, AuditRating> {
  const [perspective, protocolId] = key.split('|');
  const base: Record<string, AuditRating> = {};
  for (const column of columns) {
    const cell = stored.get(cellKey(perspective, protocolId, column.key));
    if (cell) base[column.key] = cell;
  }
  return base;
}

/** Ratings still carried forward from the last audit, that nobody has confirmed or changed. */
export function carriedCount(rows: Iterable<RowRatings>): number {
  let count = 0;
  for (const row of rows)
    for (const rating of Object.values(row)) if (rating.carriedForward) count++;
  return count;
}

/** The save state with `edits` queued in order, and the rows (by row key) they change. */
export function queueEdits(
  state: SaveState,
  edits: readonly RatingEdit[],
  stored: ReadonlyMap<string, AuditRating>,
): { state: SaveState; rows: Set<string> } {
  const rows = new Set<string>();
  for (const edit of edits) {
    state = addEdit(
      state,
      edit,
      stored.get(cellKey(edit.perspective, edit.protocolId, edit.principleKey)),
    );
    rows.add(rowKey(edit.perspective, edit.protocolId));
  }
  return { state, rows };
}
