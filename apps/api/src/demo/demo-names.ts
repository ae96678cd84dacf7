import { COUNCIL_TYPES, POPULATION_BANDS, REGIONS } from '@rcp/vocabulary';
import { DEMO_COUNCILS, DemoCouncil } from '@rcp/content';

/** Who a demo council is: the named demo councils, then generated fictional ones. */
export interface CouncilIdentity {
  slug: string;
  name: string;
  type: DemoCouncil['type'];
  region: DemoCouncil['region'];
  populationBand: DemoCouncil['populationBand'];
  sharing: DemoCouncil['sharing'];
  story: DemoCouncil['story'];
}

const PLACE_STARTS = [
  'Ash',
  'Bram',
  'Carr',
  'Dun',
  'Elm',
  'Fern',
  'Glen',
  'Hart',
  'Iver',
  'Kirk',
  'Lang',
  'Mar',
  'Nor',
  'Oak',
  'Pen',
  'Rad',
  'Shel',
  'Thorn',
  'Wyn',
  'Yar',
];
const PLACE_ENDS = [
  'bury',
  'ford',
  'ley',
  'mouth',
  'stead',
  'ton',
  'wick',
  'worth',
  'dale',
  'field',
  'gate',
  'ham',
  'holme',
  'minster',
  'port',
];
const TYPE_SUFFIX: Record<DemoCouncil['type'], string> = {
  county: 'County Council',
  district: 'District Council',
  unitary: 'Council',
  'metropolitan-borough': 'Metropolitan Borough Council',
  'london-borough': 'London Borough Council',
  welsh: 'County Borough Council',
  scottish: 'Council',
  'northern-irish': 'District Council',
};
const STORIES: DemoCouncil['story'][] = ['improving-strongly', 'improving', 'flat', 'slipping'];

/** The named demo councils first, then generated fictional ones for national-scale datasets. */
export function councilIdentity(i: number, rnd: () => number): CouncilIdentity {
  if (i < DEMO_COUNCILS.length) {
    const c = DEMO_COUNCILS[i];
    return {
      slug: c.slug,
      name: c.name,
      type: c.type,
      region: c.region,
      populationBand: c.populationBand,
      sharing: c.sharing,
      story: c.story,
    };
  }
  const place = `${PLACE_STARTS[i % PLACE_STARTS.length]}${PLACE_ENDS[Math.floor(i / PLACE_STARTS.length) % PLACE_ENDS.length]}`;
  const type = COUNCIL_TYPES[Math.floor(rnd() * COUNCIL_TYPES.length)];
  const region =
    type === 'welsh'
      ? 'Wales'
      : type === 'scottish'
        ? 'Scotland'
        : type === 'northern-irish'
          ? 'Northern Ireland'
          : type === 'london-borough'
            ? 'London'
            : REGIONS.slice(0, 9)[Math.floor(rnd() * 9)];
  return {
    slug: `${place.toLowerCase()}-${i}`,
    name: `${place} ${i} ${TYPE_SUFFIX[type]}`,
    type,
    region: region as DemoCouncil['region'],
    populationBand: POPULATION_BANDS[Math.floor(rnd() * POPULATION_BANDS.length)],
    sharing: rnd() < 0.4 ? 'named' : 'anonymised',
    story: STORIES[Math.floor(rnd() * STORIES.length)],
  };
}
