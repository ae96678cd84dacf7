import { convertToParamMap } from '@angular/router';
import { aDashboard, someAudits } from '../testing/dashboard-builders';
import {
  changeFilter,
  comparableAudits,
  filtersFromParams,
  filtersToParams,
  filtersToQuery,
  NO_FILTERS,
  showingSentence,
} from './dashboard-filters';

const audits = someAudits(4);

describe('the dashboard filters in the address', () => {
  it('reads the filters from the query parameters, ignoring an unknown scope', () => {
    expect(
      filtersFromParams(
        convertToParamMap({ auditId: 'audit-3', serviceArea: 'Housing', scope: 'everything' }),
      ),
    ).toEqual({ auditId: 'audit-3', compareTo: null, serviceArea: 'Housing', scope: null });
  });

  it('sends only the filters that are set, and clears the others from the address', () => {
    const filters = { ...NO_FILTERS, scope: 'wider' as const };
    expect(filtersToQuery(filters)).toEqual({ scope: 'wider' });
    expect(filtersToParams(filters)).toEqual({
      auditId: null,
      compareTo: null,
      serviceArea: null,
      scope: 'wider',
    });
  });

  it('offers only earlier audits to compare with, latest first', () => {
    expect(comparableAudits(audits, 'audit-3').map((a) => a.id)).toEqual(['audit-2', 'audit-1']);
    expect(comparableAudits(audits, null).map((a) => a.id)).toEqual([
      'audit-3',
      'audit-2',
      'audit-1',
    ]);
    expect(comparableAudits(audits, 'audit-1')).toEqual([]);
  });

  it('forgets a comparison that is no longer earlier than the chosen audit', () => {
    const filters = { ...NO_FILTERS, compareTo: 'audit-3' };
    expect(changeFilter(filters, audits, 'auditId', 'audit-2').compareTo).toBeNull();
    expect(changeFilter(filters, audits, 'auditId', 'audit-4').compareTo).toBe('audit-3');
  });

  it('keeps a scope only when it is one the API knows', () => {
    expect(changeFilter(NO_FILTERS, audits, 'scope', 'organisational').scope).toBe(
      'organisational',
    );
    expect(changeFilter(NO_FILTERS, audits, 'scope', '').scope).toBeNull();
  });

  it('says what is shown in one sentence', () => {
    expect(showingSentence(aDashboard())).toBe(
      'Showing H1 2024, compared with H2 2023, all protocols (index 39.9).',
    );
    expect(
      showingSentence(
        aDashboard({ compareTo: null, filters: { serviceArea: 'Housing', scope: 'wider' } }),
      ),
    ).toBe(
      'Showing H1 2024, with no earlier audit to compare, the wider environment in Housing (index 39.9).',
    );
  });
});
