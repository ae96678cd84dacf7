import { EntityManager } from 'typeorm';
import { buildGroupStats } from './benchmark-model-build';
import { readModelState, sourceLatest, sourceTrend, storeModel } from './benchmark-model.queries';

/**
 * Rebuilds the stored benchmarks model when its inputs have moved on. Holds the state row's lock
 * (writers that change an input wait for it), so the rows stored are exactly those of the version
 * recorded. Must run inside a transaction. Returns the version now built.
 */
export async function rebuildBenchmarkModel(m: EntityManager): Promise<number> {
  const state = await readModelState(m, true);
  if (state.version === 0 || state.built_version === state.version) return state.built_version;
  const latest = await sourceLatest(m);
  const audits = await sourceTrend(m);
  await storeModel(m, state.version, latest, buildGroupStats(latest, audits));
  return state.version;
}
