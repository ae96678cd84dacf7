import { abbreviateHeading } from './rating-text';

describe('column headings that never break inside a word', () => {
  it('keeps words that fit and cuts long ones after a syllable, with a full stop', () => {
    expect(abbreviateHeading('Relationships first')).toBe('Relat. first');
    expect(abbreviateHeading('Active collaboration')).toBe('Active collab.');
    expect(abbreviateHeading('Vulnerability')).toBe('Vulner.');
    expect(abbreviateHeading('Assets, not deficits')).toBe('Assets, not deficits');
    expect(abbreviateHeading('Continuity over time')).toBe('Continuity over time');
  });

  it('judges hyphenated words part by part', () => {
    expect(abbreviateHeading('Trauma-informed')).toBe('Trauma-informed');
  });

  it('no word of the result is longer than the limit plus its full stop', () => {
    const words = abbreviateHeading('Accountability Reciprocity Responsiveness').split(' ');
    expect(words.every((w) => w.length <= 11)).toBe(true);
  });
});
