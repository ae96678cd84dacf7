import { deepFreeze } from './freeze';
import type { CouncilType } from '@rcp/vocabulary';
import type { DemoCouncil, ServiceArea } from './types';

/**
 * Fictional councils for the demo network: every council type, most UK nations
 * and regions, every population band, both sharing choices and every story.
 * Names are invented and chosen not to match any real council.
 */
export const DEMO_COUNCILS: DemoCouncil[] = deepFreeze([
  {
    slug: 'northfield',
    name: 'Northfield Borough Council',
    type: 'metropolitan-borough',
    region: 'North West',
    populationBand: '300k-500k',
    sharing: 'named',
    story: 'improving-strongly',
    narrative:
      'Capped caseloads, moved to small neighbourhood teams and retired its throughput targets; its index climbs each year.',
  },
  {
    slug: 'wendmoor',
    name: 'Wendmoor County Council',
    type: 'county',
    region: 'East Midlands',
    populationBand: 'over-500k',
    sharing: 'named',
    story: 'improving',
    narrative:
      'A large county making steady gains in adult social care, held back by home care contracts it is still re-tendering.',
  },
  {
    slug: 'kestrel-vale',
    name: 'Kestrel Vale District Council',
    type: 'district',
    region: 'South East',
    populationBand: 'under-150k',
    sharing: 'anonymised',
    story: 'slipping',
    narrative:
      'Cut phone hours and automated arrears letters to save money; its housing and revenues protocols have drifted towards inhibiting.',
  },
  {
    slug: 'ashcombe',
    name: 'Ashcombe District Council',
    type: 'district',
    region: 'South West',
    populationBand: 'under-150k',
    sharing: 'named',
    story: 'flat',
    narrative:
      'Strong, well-run transactional services, but little change so far in how its housing and community teams work.',
  },
  {
    slug: 'brackenridge',
    name: 'Brackenridge Council',
    type: 'unitary',
    region: 'Yorkshire and the Humber',
    populationBand: '150k-300k',
    sharing: 'named',
    story: 'improving',
    narrative:
      'Introduced a permissions audit and values-based recruitment; gains are real but coverage of its register is still patchy.',
  },
  {
    slug: 'saltmarsh-bay',
    name: 'Saltmarsh Bay Council',
    type: 'unitary',
    region: 'North East',
    populationBand: '150k-300k',
    sharing: 'anonymised',
    story: 'improving-strongly',
    narrative:
      'Rebuilt its front door around understanding rather than screening and now treats debt as a sign of wider need.',
  },
  {
    slug: 'irondale',
    name: 'Irondale Metropolitan Borough Council',
    type: 'metropolitan-borough',
    region: 'West Midlands',
    populationBand: '300k-500k',
    sharing: 'anonymised',
    story: 'slipping',
    narrative:
      'Rising agency use and a tougher inspection cycle have pulled scores down, especially on continuity.',
  },
  {
    slug: 'fennwick',
    name: 'London Borough of Fennwick',
    type: 'london-borough',
    region: 'London',
    populationBand: '300k-500k',
    sharing: 'named',
    story: 'improving-strongly',
    narrative:
      'Small social work units, reflective group supervision and co-produced services; often the council others ask to learn from.',
  },
  {
    slug: 'eastmere',
    name: 'London Borough of Eastmere',
    type: 'london-borough',
    region: 'London',
    populationBand: '150k-300k',
    sharing: 'anonymised',
    story: 'flat',
    narrative:
      'Enabling pockets in early help are offset by rigid sign-off layers; the overall index barely moves.',
  },
  {
    slug: 'glannant',
    name: 'Glannant County Borough Council',
    type: 'welsh',
    region: 'Wales',
    populationBand: '150k-300k',
    sharing: 'named',
    story: 'improving',
    narrative:
      'Building on co-production and reciprocity in community services, with frontline spending freedoms now being piloted.',
  },
  {
    slug: 'strathlorne',
    name: 'Strathlorne Council',
    type: 'scottish',
    region: 'Scotland',
    populationBand: '150k-300k',
    sharing: 'named',
    story: 'flat',
    narrative:
      'Trauma-informed training is widespread, but short-term grant funding keeps breaking continuity, so scores hold steady.',
  },
  {
    slug: 'drumlisk',
    name: 'Drumlisk and Lough Tarran Borough Council',
    type: 'northern-irish',
    region: 'Northern Ireland',
    populationBand: '150k-300k',
    sharing: 'anonymised',
    story: 'improving',
    narrative:
      'Started from a low base; flexible working patterns and better complaints handling are lifting its index slowly.',
  },
]);

const ALL_SERVICE_AREAS: ServiceArea[] = [
  "Children's social care",
  'Adult social care',
  'Housing',
  'Revenues and benefits',
  'Customer services',
  'Neighbourhoods',
  'Corporate',
  'Public health',
  'Commissioning',
];

/**
 * Service areas each type of council typically runs, so demo data only gives a
 * council protocols for services it provides. In two-tier England, counties run
 * social care and public health while districts run housing, council tax and
 * bin collection (DOMAIN.md §4). Northern Irish councils have narrower powers:
 * social care, housing and rates sit with other bodies (general knowledge).
 */
export const SERVICE_AREAS_BY_COUNCIL_TYPE: Record<CouncilType, ServiceArea[]> = deepFreeze({
  county: [
    "Children's social care",
    'Adult social care',
    'Customer services',
    'Neighbourhoods',
    'Corporate',
    'Public health',
    'Commissioning',
  ],
  district: [
    'Housing',
    'Revenues and benefits',
    'Customer services',
    'Neighbourhoods',
    'Corporate',
    'Commissioning',
  ],
  unitary: [...ALL_SERVICE_AREAS],
  'metropolitan-borough': [...ALL_SERVICE_AREAS],
  'london-borough': [...ALL_SERVICE_AREAS],
  welsh: [...ALL_SERVICE_AREAS],
  scottish: [...ALL_SERVICE_AREAS],
  'northern-irish': ['Customer services', 'Neighbourhoods', 'Corporate', 'Commissioning'],
});
