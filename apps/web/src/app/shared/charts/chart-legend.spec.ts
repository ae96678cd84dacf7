import { swatchKind } from './chart-legend';

describe('a chart key', () => {
  it('draws each entry with the swatch of what it stands for', () => {
    expect(swatchKind({ label: 'Enabling', fill: 'enabling' })).toBe('fill');
    expect(swatchKind({ label: '▶ You', fill: 'you', outlined: true })).toBe('outlined');
    expect(swatchKind({ label: 'Other councils', colour: '#4b6584' })).toBe('colour');
    expect(swatchKind({ label: 'Median', line: '#003a70' })).toBe('line');
    expect(swatchKind({ label: 'Middle half', band: '#003a70' })).toBe('band');
    expect(swatchKind({ label: 'Quartiles', referenceLines: true })).toBe('referenceLines');
  });
});
