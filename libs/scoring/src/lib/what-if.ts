import { summarise } from './audit-summary';
import { compileConfig } from './config';
import { ErrorList, ScoringInputError, describe, isPlainObject } from './errors';
import {
  collectProtocolErrors,
  collectProtocolListErrors,
  collectRatingsErrors,
} from './protocol-validation';
import type {
  ProtocolInput,
  ProtocolRatings,
  ProtocolResult,
  ScoringConfig,
  WhatIfChange,
  WhatIfProjection,
  WhatIfProtocolChange,
} from './types';
import type { RatingValue } from '@rcp/vocabulary';

const KINDS = ['amend', 'replace', 'retire', 'introduce'] as const;

function delta(after: number | null, before: number | null): number | null {
  return after === null || before === null ? null : after - before;
}

/** Ratings after an amendment: the listed ratings override, every other rating is kept. */
function amended(current: ProtocolRatings, changes: ProtocolRatings): ProtocolRatings {
  const next: Record<string, RatingValue | undefined> = { ...current };
  for (const key in changes) {
    const value = changes[key];
    if (value !== undefined) next[key] = value;
  }
  return next;
}

/**
 * Projects planned changes: applies them in order to a copy of the protocols and scores the
 * audit before and after. `amend` overrides the listed ratings of a protocol and keeps the
 * others; `replace` puts a new protocol in its place rated only as listed; `retire` removes it;
 * `introduce` adds a new protocol. Each protocol may be changed at most once per projection.
 * Nothing given is modified. Throws ScoringInputError on invalid input.
 */
export function projectWhatIf(
  config: ScoringConfig,
  protocols: readonly ProtocolInput[],
  changes: readonly WhatIfChange[],
): WhatIfProjection {
  const errors = new ErrorList();
  const compiled = compileConfig(errors, config);
  if (!compiled) throw new ScoringInputError(errors.result());
  collectProtocolListErrors(errors, compiled, 'protocols', protocols);
  errors.throwIfAny();
  if (!Array.isArray(changes)) {
    errors.add('changes', `must be a list, got ${describe(changes)}`);
    errors.throwIfAny();
  }

  // A Map keeps insertion order: amended and replaced protocols keep their place,
  // introduced ones are appended.
  const current = new Map<string, ProtocolInput>(protocols.map((p) => [p.id, p]));
  const changed = new Set<string>();
  changes.forEach((change: unknown, i) => {
    const path = `changes[${i}]`;
    if (!isPlainObject(change)) {
      errors.add(path, `must be an object, got ${describe(change)}`);
      return;
    }
    const kind = change['kind'];
    if (!(KINDS as readonly unknown[]).includes(kind)) {
      errors.add(`${path}.kind`, `must be one of ${KINDS.join(', ')}, got ${describe(kind)}`);
      return;
    }
    if (kind === 'introduce') {
      const before = errors.count;
      const ids = new Set(current.keys());
      collectProtocolErrors(errors, compiled, `${path}.protocol`, change['protocol'], ids);
      if (errors.count === before) {
        const protocol = change['protocol'] as ProtocolInput;
        current.set(protocol.id, protocol);
        changed.add(protocol.id);
      }
      return;
    }
    const id = change['protocolId'];
    const target = typeof id === 'string' ? current.get(id) : undefined;
    if (typeof id !== 'string' || target === undefined) {
      errors.add(
        `${path}.protocolId`,
        `must be the id of a protocol in the audit, got ${describe(id)}`,
      );
      return;
    }
    if (changed.has(id)) {
      errors.add(
        `${path}.protocolId`,
        `protocol "${id}" is already changed by an earlier change; one change per protocol`,
      );
      return;
    }
    changed.add(id);
    if (kind === 'retire') {
      current.delete(id);
      return;
    }
    const before = errors.count;
    collectRatingsErrors(errors, compiled, `${path}.ratings`, change['ratings']);
    if (errors.count !== before) return;
    const ratings = change['ratings'] as ProtocolRatings;
    current.set(id, {
      ...target,
      ratings: kind === 'amend' ? amended(target.ratings, ratings) : { ...ratings },
    });
  });
  errors.throwIfAny();

  const before = summarise(compiled, protocols);
  const after = summarise(compiled, [...current.values()]);
  const beforeById = new Map<string, ProtocolResult>(before.protocols.map((r) => [r.id, r]));
  const afterById = new Map<string, ProtocolResult>(after.protocols.map((r) => [r.id, r]));
  return {
    before,
    after,
    indexDelta: delta(after.index, before.index),
    widerIndexDelta: delta(after.wider.index, before.wider.index),
    protocolLoadDelta: after.protocolLoad - before.protocolLoad,
    changes: changes.map((change): WhatIfProtocolChange => {
      const id = change.kind === 'introduce' ? change.protocol.id : change.protocolId;
      const b = change.kind === 'introduce' ? null : (beforeById.get(id) ?? null);
      const a = change.kind === 'retire' ? null : (afterById.get(id) ?? null);
      return {
        kind: change.kind,
        protocolId: id,
        before: b,
        after: a,
        scoreDelta: delta(a?.score ?? null, b?.score ?? null),
      };
    }),
  };
}
