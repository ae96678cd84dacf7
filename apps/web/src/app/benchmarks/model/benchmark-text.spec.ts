import {
  countedGroup,
  groupName,
  medianName,
  ordinal,
  positionOf,
  positionPhrase,
  rankText,
} from './benchmark-text';

const ANY = { type: null, region: null, populationBand: null };

describe('ranks in words', () => {
  it('use English ordinals, including the teens and hundreds', () => {
    expect([1, 2, 3, 4, 10].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '10th']);
    expect([11, 12, 13, 14].map(ordinal)).toEqual(['11th', '12th', '13th', '14th']);
    expect([21, 22, 23, 101, 111, 112, 113, 122].map(ordinal)).toEqual([
      '21st',
      '22nd',
      '23rd',
      '101st',
      '111th',
      '112th',
      '113th',
      '122nd',
    ]);
  });

  it('name the comparison group: the network, a council type, a region, a population band', () => {
    expect(rankText(1, 12, ANY)).toBe('1st of 12 councils in the network');
    expect(rankText(5, 12, { ...ANY, type: 'unitary' })).toBe('5th of 12 unitary authorities');
    expect(rankText(2, 6, { ...ANY, region: 'North West' })).toBe(
      '2nd of 6 councils in the North West',
    );
    expect(rankText(3, 7, { ...ANY, region: 'London' })).toBe('3rd of 7 councils in London');
    expect(rankText(3, 9, { ...ANY, populationBand: '150k-300k' })).toBe(
      '3rd of 9 councils with 150,000 to 300,000 residents',
    );
    expect(
      rankText(1, 5, { type: 'london-borough', region: 'London', populationBand: 'over-500k' }),
    ).toBe('1st of 5 London boroughs in London with over 500,000 residents');
  });

  it('say "joint" when another council has the same index', () => {
    expect(rankText(3, 12, ANY, true)).toBe('joint 3rd of 12 councils in the network');
  });

  it('use the singular for a group of one', () => {
    expect(countedGroup(1, { ...ANY, type: 'county' })).toBe('1 county council');
    expect(groupName({ ...ANY, type: 'district', region: 'South East' })).toBe(
      'district councils in the South East',
    );
    expect(groupName(ANY)).toBe('the network');
  });
});

describe('positions against the median', () => {
  it('count within the near band either side as near, further as above or below', () => {
    expect(positionOf(7.4, 2.4, 5)).toBe('near');
    expect(positionOf(-2.6, 2.4, 5)).toBe('near');
    expect(positionOf(7.5, 2.4, 5)).toBe('above');
    expect(positionOf(-2.7, 2.4, 5)).toBe('below');
    expect(positionOf(39.9, 2.4, 5)).toBe('above');
  });

  it('read as words beside the network or peer median', () => {
    expect(positionPhrase('above', medianName(ANY))).toBe('above the network median');
    expect(positionPhrase('below', medianName({ ...ANY, region: 'Wales' }))).toBe(
      'below the peer median',
    );
  });
});
