import type { AuditRating, ErrorBody, PutRatingsResponse, RatingConflict } from '@rcp/api-contract';
import { cellKey, EditQueue, mergeOthers, RatingEdit, SaveState, settleSaved } from './autosave';
import { rowKey } from './live-scores';

/** What the audit editor does once the server has answered a save: the flow's pure decisions. */

/** The fallback when a failed save brought no words of its own. */
export const UNREACHABLE_MESSAGE = 'the server could not be reached.';
export const RETRY_MESSAGE =
  'the server could not be reached. Your changes are kept here and will be tried again.';

/**
 * Why a save failed, and what follows:
 * - `conflict` (409, 412): someone else changed the audit; only the person can settle it;
 * - `retry` (no answer, 5xx, 429): the edits are kept and tried again after a while;
 * - `refused` (any other status): the edits are kept, the reason shown, nothing is tried again.
 */
export type SaveFailure =
  | {
      readonly kind: 'conflict';
      readonly message: string;
      readonly conflicts: readonly RatingConflict[];
    }
  | { readonly kind: 'retry'; readonly message: string }
  | { readonly kind: 'refused'; readonly message: string };

export function saveFailure(
  status: number,
  body: ErrorBody,
  sent: readonly RatingEdit[],
  describeCell: (edit: RatingEdit) => string,
): SaveFailure {
  if (status === 409 || status === 412) {
    return { kind: 'conflict', message: body.message, conflicts: body.conflicts ?? [] };
  }
  if (status === 0 || status >= 500 || status === 429) {
    return { kind: 'retry', message: RETRY_MESSAGE };
  }
  return { kind: 'refused', message: refusalMessage(status, body, sent, describeCell) };
}

/** Why a save was refused, in words, naming each refused cell. */
export function refusalMessage(
  status: number,
  body: ErrorBody,
  sent: readonly RatingEdit[],
  describeCell: (edit: RatingEdit) => string,
): string {
  if (status === 400 && body.errors?.length) {
    return body.errors
      .map((e) => {
        const match = /^ratings\.(\d+)\.(.+)$/.exec(e.field);
        const edit = match ? sent[Number(match[1])] : undefined;
        const where = edit ? `${describeCell(edit)}: ` : '';
        const field = (match ? match[2] : e.field).replace(/\./g, ' ');
        return `${where}${field} ${e.messages.join('; ')}`;
      })
      .join('. ');
  }
  if (status === 403) return 'you do not have permission to change this audit.';
  if (status === 401) return 'your session has ended. Sign in again.';
  return body.message;
}

/** A cell named for people: "protocol name, principle title" (the ids when they are unknown). */
export function describeCell(
  rows: ReadonlyArray<{ readonly protocol: { readonly id: string; readonly name: string } }>,
  columns: ReadonlyArray<{ readonly key: string; readonly title: string }>,
  edit: Pick<RatingEdit, 'protocolId' | 'principleKey'>,
): string {
  const protocol = rows.find((r) => r.protocol.id === edit.protocolId)?.protocol.name;
  const principle = columns.find((c) => c.key === edit.principleKey)?.title;
  return `${protocol ?? edit.protocolId}, ${principle ?? edit.principleKey}`;
}

/** The stored cells once a save was accepted, and what it changed. */
export interface SavedChanges {
  /** Stored cells: what was sent as the server returned it, with other people's changes in. */
  readonly stored: Map<string, AuditRating>;
  /** Cells other people changed (by cell key), to point them out. */
  readonly changedByOthers: ReadonlySet<string>;
  /** Rows to show again (by row key): those sent, then those others changed. */
  readonly rows: ReadonlySet<string>;
}

export function savedChanges(
  stored: ReadonlyMap<string, AuditRating>,
  sent: EditQueue,
  response: Pick<PutRatingsResponse, 'ratings' | 'othersChanged'>,
): SavedChanges {
  const others = response.othersChanged ?? [];
  return {
    stored: mergeOthers(settleSaved(stored, sent, response.ratings), others),
    changedByOthers: new Set(
      others.map((c) => cellKey(c.perspective, c.protocolId, c.principleKey)),
    ),
    rows: new Set([
      ...[...sent.values()].map((e) => rowKey(e.perspective, e.protocolId)),
      ...others.map((c) => rowKey(c.perspective, c.protocolId)),
    ]),
  };
}

/**
 * What follows an accepted save: save again when more edits are waiting; otherwise show the
 * register's change of protocols when there was one (reloading), or else check the live scores.
 */
export type AfterSave = 'saveAgain' | 'reload' | 'check';

export function afterSave(pending: number, registerChanged: boolean): AfterSave {
  if (pending > 0) return 'saveAgain';
  return registerChanged ? 'reload' : 'check';
}

/** The audit could not be fetched again (to drop unsaved edits): say so, without retrying. */
export function reloadFailed(state: SaveState, message: string): SaveState {
  return { ...state, status: { kind: 'error', message, retry: false } };
}
