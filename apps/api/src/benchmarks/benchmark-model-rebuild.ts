import { EntityManager } from 'typeorm';
import { buildGroupStats } from './benchmark-model-build';
import {
  GroupStatsRow,
  readModelState,
  sourceLatest,
  sourceTrend,
  storedGroupSources,
  storeGroupStats,
  storeModel,
} from './benchmark-model.queries';

/**
 * Rebuilds the stored benchmarks model when its inputs have moved on. Holds the state row's lock
 * (writers that change an input wait for it), so the rows stored are exactly those of the version
 * recorded. Must run inside a transaction. Returns the version now built.
 */
export async function rebuildBenchmarkModel(m: EntityManager): Promise<number> {
  const state = await readModelState(m, 'FOR UPDATE');
  if (state.version === 0 || state.built_version === state.version) return state.built_version;
  await storeModel(m, state.version, await sourceLatest(m), await sourceTrend(m));
  return state.version;
}

/**
 * Builds and stores one peer group's figures from the stored model, if it is still at `version`
 * (null otherwise). The shared lock keeps a rebuild out while the group is built. Must run inside
 * a transaction.
 */
export async function buildBenchmarkGroup(
  m: EntityManager,
  version: number,
  facets: { type: string; region: string; population_band: string },
): Promise<GroupStatsRow[] | null> {
  const state = await readModelState(m, 'FOR SHARE');
  if (state.built_version !== version) return null;
  const { members, audits } = await storedGroupSources(m, facets);
  const rows = buildGroupStats(facets, members, audits);
  await storeGroupStats(m, rows);
  return rows;
}
