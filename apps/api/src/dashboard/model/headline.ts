import type { DashboardHeadline } from '@rcp/api-contract';
import { DashboardView, measuresOf, protocolsOf, scoreOf } from './dashboard-view';
import { headlineClassCounts, headlineScope, inHeadlineScope } from './headline-class-counts';

/** The selected audit's index against the comparison audit, its load, counts and mismatches. */
export function buildHeadline(v: DashboardView): DashboardHeadline {
  const { selected, compare, filters } = v;
  const selectedSummary = v.rescored.get(selected.id);
  const index = selectedSummary
    ? filters.scope === 'wider'
      ? selectedSummary.wider.index
      : selectedSummary.index
    : selected.index_score;
  const compareIndex = compare
    ? v.filtered
      ? ((filters.scope === 'wider'
          ? v.rescored.get(compare.id)?.wider.index
          : v.rescored.get(compare.id)?.index) ?? null)
      : compare.index_score
    : null;
  const counted = inHeadlineScope(v, v.current);
  const load = counted.length;
  const compareLoad = compare ? inHeadlineScope(v, protocolsOf(v, compare.id)).length : null;
  return {
    index: index ?? null,
    change:
      index !== null && index !== undefined && compareIndex !== null ? index - compareIndex : null,
    provisional: selectedSummary
      ? measuresOf(v, selectedSummary).provisional
      : selected.provisional,
    coverage: selectedSummary ? measuresOf(v, selectedSummary).coverage : selected.coverage,
    classCounts: headlineClassCounts(v),
    mismatches: counted.filter((p) => scoreOf(v, p).mismatch).length,
    protocolLoad: load,
    protocolLoadChange: compareLoad === null ? null : load - compareLoad,
    widerIndex: selectedSummary ? selectedSummary.wider.index : selected.wider_index,
    scope: headlineScope(v),
    widerProtocolLoad:
      headlineScope(v) === 'wider' ? 0 : v.current.filter((p) => p.scope === 'wider').length,
  };
}
