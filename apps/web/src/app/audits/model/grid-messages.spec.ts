import {
  cancelledMessage,
  carriedText,
  confirmRowMessage,
  dialogSavedMessage,
  gapText,
  gridLabel,
  perspectiveMessage,
  ratedMessage,
  scoreAndClass,
} from './grid-messages';
import { DEFAULT_RATING_WORDS } from './rating-text';

const words = DEFAULT_RATING_WORDS;

describe('the rating grid’s words', () => {
  it('says whose ratings are shown or edited', () => {
    expect(perspectiveMessage(false, 'Frontline practitioners')).toBe(
      'Now editing the ratings of: Frontline practitioners.',
    );
    expect(perspectiveMessage(true, 'Frontline practitioners')).toBe(
      'Showing the ratings of: Frontline practitioners.',
    );
  });

  it('says the rating set, and when its evidence went with the old one', () => {
    expect(ratedMessage(1, words, false)).toBe('Enables (+1).');
    expect(ratedMessage(0, words, true)).toBe(
      'No effect (0): the evidence for the previous rating was removed.',
    );
    expect(dialogSavedMessage(2, true, words)).toBe('Strongly enables (+2), with evidence.');
    expect(dialogSavedMessage(null, false, words)).toBe('Not applicable.');
    expect(cancelledMessage(undefined, words)).toBe('Cancelled: still Not rated.');
  });

  it('counts the ratings a row confirmed and those that need evidence first', () => {
    expect(confirmRowMessage('Home care', 0, 0)).toBe(
      'Home care has no carried-forward ratings to confirm.',
    );
    expect(confirmRowMessage('Home care', 1, 0)).toBe(
      '1 carried-forward rating of Home care confirmed.',
    );
    expect(confirmRowMessage('Home care', 2, 1)).toBe(
      '2 carried-forward ratings of Home care confirmed. 1 need evidence first: open them with Enter.',
    );
  });

  it('dates a carried rating and gives its age', () => {
    expect(carriedText('2025-03-12T12:00:00.000Z', new Date('2025-06-20T12:00:00.000Z'))).toBe(
      'Carried forward from 12 Mar 2025 (3 months old), not yet confirmed.',
    );
  });

  it('names the largest gap by the two perspectives it lies between', () => {
    expect(
      gapText({
        id: 'p-a',
        scores: { leadership: 50, frontline: -10 },
        gap: { size: 60, high: 'leadership', low: 'frontline' },
      }),
    ).toBe('60.0: Leadership +50.0, Frontline practitioners −10.0');
    expect(gapText({ id: 'p-a', scores: { leadership: 50 }, gap: null })).toBe(
      'None yet (needs two perspectives’ scores)',
    );
  });

  it('labels the grid, and a protocol’s score and class', () => {
    expect(gridLabel(null)).toBe('Ratings: protocols by principle');
    expect(gridLabel('Residents')).toBe('Ratings (Residents): protocols by principle');
    expect(scoreAndClass({ score: 50, class: 'enabling' })).toBe('+50.0, Enabling');
    expect(scoreAndClass({ score: null, class: null })).toBe('–, Not scored');
  });
});
