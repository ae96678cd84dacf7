import { aDashboard, anAudit } from '../testing/dashboard-builders';
import { changeText, formatPercent, shortLabel } from './dashboard-text';
import { formatIndex } from '../../shared/format/index-format';
import {
  classShares,
  countsScopeText,
  indexName,
  loadChangeText,
  provisionalText,
} from './headline';

describe('the headline figures', () => {
  it('shows the index to one decimal, halves away from zero, with a true minus sign', () => {
    expect(formatIndex(39.92096)).toBe('39.9');
    expect(formatIndex(-12.25)).toBe('−12.3');
    expect(formatIndex(-0.04)).toBe('0.0');
    expect(formatIndex(null)).toBe('–');
  });

  it('states a change with an arrow AND in words', () => {
    expect(changeText(6.2)).toEqual({ arrow: '▲', words: 'up 6.2 points', direction: 'up' });
    expect(changeText(-3.06)).toEqual({ arrow: '▼', words: 'down 3.1 points', direction: 'down' });
    expect(changeText(0.01)).toEqual({ arrow: '=', words: 'no change', direction: 'same' });
  });

  it('says in words that a low-coverage index is provisional', () => {
    const base = aDashboard().headline;
    if (!base) throw new Error('the builder gives a headline');
    const headline = { ...base, provisional: true, coverage: 0.5952 };
    expect(provisionalText(headline)).toBe(
      'Only 59.5% of the register has been assessed, so this index may change as the rest is rated.',
    );
    expect(provisionalText({ ...headline, provisional: false })).toBeNull();
  });

  it('names the index for the filters in force', () => {
    expect(indexName({ scope: null, serviceArea: null })).toBe('Council index');
    expect(indexName({ scope: 'wider', serviceArea: null })).toBe('Wider-environment index');
    expect(indexName({ scope: 'organisational', serviceArea: 'Housing' })).toBe(
      'Council index: Housing',
    );
  });

  it('describes the change in protocol load against the comparison audit', () => {
    const before = anAudit({ label: 'H2 2025 (July to December)' });
    expect(loadChangeText(-1, before)).toBe('▼ 1 protocol fewer than in H2 2025');
    expect(loadChangeText(3, before)).toBe('▲ 3 protocols more than in H2 2025');
    expect(loadChangeText(0, before)).toBe('The same number as in H2 2025');
    expect(loadChangeText(null, null)).toBeNull();
  });

  it('gives every class its count and share, the shares adding up to 100%', () => {
    const shares = classShares({ enabling: 38, mixed: 0, neutral: 0, inhibiting: 7, unscored: 0 });
    expect(shares.map((s) => `${s.label} ${s.count} (${s.shareText})`)).toEqual([
      'Enabling 38 (84.4%)',
      'Mixed 0 (0.0%)',
      'Neutral 0 (0.0%)',
      'Inhibiting 7 (15.6%)',
      'Not scored 0 (0.0%)',
    ]);
  });

  it('shortens an audit label to its period', () => {
    expect(shortLabel(anAudit({ label: 'H2 2023 (July to December)' }))).toBe('H2 2023');
    expect(shortLabel(anAudit({ label: '2024–25' }))).toBe('2024–25');
    expect(formatPercent(1)).toBe('100.0%');
  });
});

describe('what the headline counts', () => {
  it('names the organisational protocols and the wider ones reported apart', () => {
    expect(
      countsScopeText({ scope: 'organisational', protocolLoad: 31, widerProtocolLoad: 4 }),
    ).toBe('Of 31 organisational protocols; 4 in the wider environment are reported apart.');
    expect(countsScopeText({ scope: 'wider', protocolLoad: 4, widerProtocolLoad: 0 })).toBe(
      'Of 4 wider-environment protocols.',
    );
  });
});
