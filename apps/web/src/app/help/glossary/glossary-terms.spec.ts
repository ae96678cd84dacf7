import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GLOSSARY, glossaryTerm } from './glossary-terms';

/** Every `<rcp-glossary-link term="…">` in the app's templates. */
function linkedTerms(dir: string): Array<{ file: string; term: string }> {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return linkedTerms(path);
    if (!/\.(html|ts)$/.test(entry.name) || entry.name.endsWith('.spec.ts')) return [];
    const text = readFileSync(path, 'utf8');
    return [...text.matchAll(/<rcp-glossary-link\s+term="([^"]+)"/g)].map((m) => ({
      file: entry.name,
      term: m[1],
    }));
  });
}

describe('the glossary', () => {
  it('has an entry for every term a page links to', () => {
    const links = linkedTerms(join(__dirname, '..', '..'));
    expect(links.length).toBeGreaterThan(10);
    expect(links.filter((l) => !glossaryTerm(l.term))).toEqual([]);
  });

  it('covers the terms a first-time lead meets', () => {
    for (const id of [
      'enabling',
      'inhibiting',
      'mismatch',
      'coverage',
      'protocol-load',
      'carried-forward',
      'perspective',
      'wider-environment',
      'council-index',
    ]) {
      expect(glossaryTerm(id)?.meaning.join(' ').length).toBeGreaterThan(40);
    }
  });

  it('uses each anchor once, and every “see also” leads to an entry', () => {
    const ids = GLOSSARY.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    const related = GLOSSARY.flatMap((t) => t.related ?? []);
    expect(related.filter((id) => !glossaryTerm(id))).toEqual([]);
  });
});
