import { customFills, FILL_IDS, fillUrl, singleColourScheme } from './chart-fills';

describe('chart fills', () => {
  it('give every series its own pattern, so no two keys share a look', () => {
    const ids = Object.values(FILL_IDS);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('point each named series at its pattern', () => {
    expect(fillUrl('enabling')).toBe('url(#rcp-fill-enabling)');
    expect(
      customFills([
        ['Enabling', 'enabling'],
        ['▶ You: Northfield', 'you'],
      ]),
    ).toEqual([
      { name: 'Enabling', value: 'url(#rcp-fill-enabling)' },
      { name: '▶ You: Northfield', value: 'url(#rcp-fill-you)' },
    ]);
  });

  it('make a one-colour scheme for charts whose series all look alike', () => {
    expect(singleColourScheme('#4b6584').domain).toEqual(['#4b6584']);
  });
});
