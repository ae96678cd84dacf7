import { EntityManager } from 'typeorm';
import {
  buildGroupStats,
  GroupStatsRow,
  readModelState,
  sourceLatest,
  sourceTrend,
  storedGroupStats,
  storeModel,
} from './benchmark-model.queries';

/**
 * The whole-model rebuild of migration 1765400000000, kept for that migration only: since
 * migration 1765510000000 the triggers keep the stored model current at every write.
 */
export async function rebuildBenchmarkModel(m: EntityManager): Promise<number> {
  const state = await readModelState(m, 'FOR UPDATE');
  if (state.version === 0 || state.built_version === state.version) return state.built_version;
  await storeModel(m, state.version, await sourceLatest(m), await sourceTrend(m));
  return state.version;
}

/**
 * Builds and stores one peer group's figures from the stored model (by the database function
 * the triggers use too), if it is still at `version` (null otherwise), and returns them. The
 * shared lock keeps writers out while the group is built. Must run inside a transaction.
 */
export async function buildBenchmarkGroup(
  m: EntityManager,
  version: number,
  facets: { type: string; region: string; population_band: string },
): Promise<GroupStatsRow[] | null> {
  const state = await readModelState(m, 'FOR SHARE');
  if (state.version !== version) return null;
  await buildGroupStats(m, facets);
  return (await storedGroupStats(m, facets)).rows;
}
