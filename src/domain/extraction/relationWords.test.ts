// The words of relationWords.ts read as they say: states of relations, relations that changed, and judgements.
import { describe, expect, it } from 'vitest';
import { extract as read } from './extractionTestKit';
import { EVALUATIONS, RELATION_CHANGES, RELATION_STATES } from './relationWords';

const key = (c: { a: string; b: string; stance: string }) => `${[c.a, c.b].sort().join('|')} ${c.stance}`;

describe('relationWords.ts', () => {
  it('reads states of relations before and after "ties" and "relations"', () => {
    const examples: Record<string, string> = {
      tense: 'Relations between Peru and Chile are strained.',
      warming: 'Peru and Chile have warming ties.',
      cooperative: 'Peru and Chile have close relations.',
    };
    expect(RELATION_STATES.map((s) => s.stance).sort()).toEqual(Object.keys(examples).sort());
    for (const [stance, sentence] of Object.entries(examples)) expect(read(sentence).map(key), sentence).toContain(`CHL|PER ${stance}`);
  });

  it('reads relations that changed ("ties soured", "relations improved")', () => {
    const examples: Record<string, string> = { tense: 'Ties between Peru and Chile soured.', warming: 'Relations between Peru and Chile have improved.', severed: 'Relations between Peru and Chile were severed.' };
    expect(RELATION_CHANGES.map((s) => s.stance).sort()).toEqual(Object.keys(examples).sort());
    for (const [stance, sentence] of Object.entries(examples)) expect(read(sentence).map(key), sentence).toContain(`CHL|PER ${stance}`);
    // Talks and truces fail as relations do, and then are not cooperation.
    expect(read('Talks between Ethiopia and Egypt collapsed in February.').map(key)).toEqual(['EGY|ETH tense']);
  });

  it('reads judgements after a copula or a verb of calling, from who judges to whose act is judged', () => {
    const directed = (text: string) => read(text).map((c) => `${c.a}->${c.b} ${c.stance}`);
    expect(directed("Canadian Foreign Minister Melanie Joly said India's move was unacceptable.")).toEqual(['CAN->IND tense']);
    // (Crimea is Ukraine's territory: the annexation is an act on Ukraine, judged by Germany.)
    expect(directed("Russia's annexation of Crimea is illegal, Germany said on Monday.")).toEqual(['RUS->UKR hostile', 'DEU->RUS tense']);
    expect(directed("Macron called Beijing's conduct a provocation.")).toEqual(['FRA->CHN tense']);
    expect(directed("Egypt described Ethiopia's decision to fill the dam as reckless.")).toEqual(['EGY->ETH tense']);
    expect(directed('Turkey said the agreement between Greece and Egypt was null and void.')).toEqual(expect.arrayContaining(['TUR->GRC tense', 'TUR->EGY tense']));
    // Not a judgement of anyone's act, and a negated one.
    expect(directed('The summit in Egypt was a farce, analysts said.')).toEqual([]);
    expect(directed("Japan said China's drills were not illegal.")).toEqual([]);
    expect(EVALUATIONS.every((e) => e.why.length > 10)).toBe(true);
  });
});
