import { DEMO_COUNCILS } from '@rcp/content';
import { councilIdentity } from './demo-names';
import { randomSource } from './demo-random';

describe('who a demo council is', () => {
  it('the first councils are the named demo councils', () => {
    const c = DEMO_COUNCILS[0];
    expect(councilIdentity(0, randomSource(1))).toEqual({
      slug: c.slug,
      name: c.name,
      type: c.type,
      region: c.region,
      populationBand: c.populationBand,
      sharing: c.sharing,
      story: c.story,
    });
  });

  it('then fictional ones, named by place and type, in a region that fits the type', () => {
    const i = DEMO_COUNCILS.length + 30;
    const council = councilIdentity(i, randomSource(3));
    expect(council.slug).toMatch(new RegExp(`^[a-z]+-${i}$`));
    expect(council.name).toMatch(new RegExp(`^[A-Z][a-z]+ ${i} .*Council$`));
    expect(councilIdentity(i, randomSource(3))).toEqual(council);
    const byType = Array.from({ length: 200 }, (_, k) => councilIdentity(i + k, randomSource(k)));
    expect(byType.filter((c) => c.type === 'welsh').every((c) => c.region === 'Wales')).toBe(true);
    expect(
      byType.filter((c) => c.type === 'london-borough').every((c) => c.region === 'London'),
    ).toBe(true);
  });
});
