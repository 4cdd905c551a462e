import { describe, expect, it } from 'vitest';
import { foldForSearch, searchActors, searchIndex } from './actorSearch';

const index = searchIndex([
  { id: 'ISR', name: 'Israel', aliases: ['State of Israel', 'IL', 'Medīnat Yisrā\'el'] },
  { id: 'IRN', name: 'Iran', aliases: ['Islamic Republic of Iran', 'IR', 'Persia'] },
  { id: 'IRQ', name: 'Iraq', aliases: ['Republic of Iraq', 'IQ'] },
  { id: 'CIV', name: 'Ivory Coast', aliases: ["Republic of Côte d'Ivoire", "Côte d'Ivoire", 'CI'] },
  { id: 'hezbollah', name: 'Hezbollah', aliases: ['Hizbullah', 'Hizballah'] },
]);
const ids = (q: string) => searchActors(index, q).map((h) => h.entry.id);

describe('searchActors', () => {
  it('finds by the start of a common name, common names first', () => {
    expect(ids('isr')).toEqual(['ISR']);
    expect(ids('ir')).toEqual(['IRN', 'IRQ']);
  });
  it('finds by official name, alternative spelling and ISO code, saying which name matched', () => {
    expect(searchActors(index, 'persia')[0]).toMatchObject({ entry: { id: 'IRN' }, matched: 'Persia' });
    expect(ids('State of Israel')).toEqual(['ISR']);
    expect(ids('irq')).toEqual(['IRQ']);
    expect(ids('hizbullah')).toEqual(['hezbollah']);
  });
  it('ignores case and accents', () => {
    expect(ids('cote d ivoire')).toEqual(['CIV']);
    expect(foldForSearch('Côte d’Ivoire')).toBe('cote d ivoire');
  });
  it('finds nothing for an empty query or a stranger', () => {
    expect(ids('  ')).toEqual([]);
    expect(ids('atlantis')).toEqual([]);
  });
});
