import {
  DEFAULT_FILTERS,
  filtersFromParams,
  filtersToParams,
  isFiltered,
  isIsoDate,
  withGroupField,
} from './benchmark-filters';

const coordinator = { displayGroup: true };
const council = { displayGroup: false };

describe('benchmark choices in the address', () => {
  it('an empty address is the latest council index across the whole network', () => {
    expect(filtersFromParams({}, coordinator)).toEqual(DEFAULT_FILTERS);
    expect(filtersToParams(DEFAULT_FILTERS)).toEqual({});
    expect(isFiltered(DEFAULT_FILTERS)).toBe(false);
  });

  it('read the comparison group, display group, date and principle with the API’s names', () => {
    const params = {
      asAt: '2025-12-31',
      principle: 'mutual-trust',
      type: 'unitary',
      region: 'North West',
      populationBand: '150k-300k',
      showType: 'london-borough',
      showRegion: 'London',
      showPopulationBand: 'over-500k',
    };
    const filters = filtersFromParams(params, coordinator);
    expect(filters).toEqual({
      asAt: '2025-12-31',
      principle: 'mutual-trust',
      comparison: { type: 'unitary', region: 'North West', populationBand: '150k-300k' },
      display: { type: 'london-borough', region: 'London', populationBand: 'over-500k' },
    });
    expect(filtersToParams(filters)).toEqual(params);
    expect(isFiltered(filters)).toBe(true);
  });

  it('round-trip: the same choices always give the same address and back', () => {
    const filters = withGroupField(
      { ...DEFAULT_FILTERS, principle: 'fairness' },
      'comparison',
      'region',
      'Scotland',
    );
    expect(filtersToParams(filters)).toEqual({ principle: 'fairness', region: 'Scotland' });
    expect(filtersFromParams(filtersToParams(filters), coordinator)).toEqual(filters);
  });

  it('ignore a display group in a council’s address (only coordinators have one)', () => {
    const filters = filtersFromParams({ type: 'county', showRegion: 'Wales' }, council);
    expect(filters.comparison.type).toBe('county');
    expect(filters.display).toEqual(DEFAULT_FILTERS.display);
  });

  it('ignore values that are not allowed, so an edited link never breaks the page', () => {
    const filters = filtersFromParams(
      {
        asAt: '2025-02-30',
        principle: 'DROP TABLE',
        type: 'parish',
        region: 'Atlantis',
        populationBand: '1',
      },
      coordinator,
    );
    expect(filters).toEqual(DEFAULT_FILTERS);
  });

  it('take the first of repeated parameters and ignore blanks', () => {
    expect(
      filtersFromParams({ region: ['Wales', 'London'], type: ' ' }, council).comparison,
    ).toEqual({ type: null, region: 'Wales', populationBand: null });
  });

  it('choosing "all" in a picker clears that part of the group', () => {
    const narrowed = withGroupField(DEFAULT_FILTERS, 'display', 'type', 'welsh');
    expect(narrowed.display.type).toBe('welsh');
    expect(withGroupField(narrowed, 'display', 'type', '').display.type).toBeNull();
  });

  it('accept only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('31/12/2025')).toBe(false);
  });
});
