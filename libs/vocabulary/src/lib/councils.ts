/** The words that describe a council: its type, where it is, its size, how it is shown to others. */

export const COUNCIL_TYPES = [
  'county',
  'district',
  'unitary',
  'metropolitan-borough',
  'london-borough',
  'welsh',
  'scottish',
  'northern-irish',
] as const;
export type CouncilType = (typeof COUNCIL_TYPES)[number];
export const COUNCIL_TYPE_LABELS: Readonly<Record<CouncilType, string>> = {
  county: 'County council',
  district: 'District council',
  unitary: 'Unitary authority',
  'metropolitan-borough': 'Metropolitan borough',
  'london-borough': 'London borough',
  welsh: 'Welsh principal council',
  scottish: 'Scottish council',
  'northern-irish': 'Northern Irish district council',
};

/** The English regions and the other three nations; the values are their own labels. */
export const REGIONS = [
  'North East',
  'North West',
  'Yorkshire and the Humber',
  'East Midlands',
  'West Midlands',
  'East of England',
  'London',
  'South East',
  'South West',
  'Wales',
  'Scotland',
  'Northern Ireland',
] as const;
export type Region = (typeof REGIONS)[number];

export const POPULATION_BANDS = ['under-150k', '150k-300k', '300k-500k', 'over-500k'] as const;
export type PopulationBand = (typeof POPULATION_BANDS)[number];
export const POPULATION_BAND_LABELS: Readonly<Record<PopulationBand, string>> = {
  'under-150k': 'Under 150,000',
  '150k-300k': '150,000 to 300,000',
  '300k-500k': '300,000 to 500,000',
  'over-500k': 'Over 500,000',
};

/** Whether a council agrees to be shown by name to other councils in benchmarks. */
export const SHARING_CHOICES = ['named', 'anonymised'] as const;
export type SharingChoice = (typeof SHARING_CHOICES)[number];
