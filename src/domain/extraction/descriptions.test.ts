import { describe, expect, it } from 'vitest';
import { resolveDescription } from './descriptions';
import { nodeReaders } from '../../../cli/nodeGazetteer';
import { extractClaims } from './extractClaims';

const readers = nodeReaders();
const claims = (text: string) => extractClaims({ id: 't', text, published: '2022-05-10' }, readers).claims.map((c) => `${c.a}${c.directed ? '->' : '--'}${c.b} ${c.stance}`);

describe('descriptions of states ("the kingdom", "the island nation")', () => {
  it('resolve to the one recent actor that fits', () => {
    expect(claims('Canada criticised Saudi Arabia over the arrests. The kingdom expelled the Canadian ambassador on Monday.')).toContain('SAU->CAN tense');
    expect(claims('Qatar has denied the charges. The emir met the Turkish president in Ankara.')).toContain('QAT->TUR cooperative');
    expect(claims('Estonia let Taiwan open an office in Tallinn. China recalled its ambassador from the Baltic nation.')).toContain('CHN->EST tense');
    expect(claims('Taiwan held elections in January. China accused the self-ruled island of seeking independence.')).toContain('CHN->TWN tense');
    expect(claims("Bahrain restored ties with Qatar. The Gulf state's foreign ministry said it would reopen its embassy in Doha.")).toContain('BHR->QAT warming');
  });

  it('know regions and groupings: "the East African nation", "the Balkan state", "the Arab nation"', () => {
    expect(claims('India signed a rail deal with Mozambique. India pursues cooperation with the African nation.')).toContain('IND--MOZ cooperative');
    expect(claims('Serbia signed a gas deal with Russia. Brussels criticised the Balkan state for its ties with Moscow.')).toContain('BEL->SRB tense');
    expect(claims('Finland joined NATO in 2023. Russia warned the Nordic country of consequences.')).toContain('RUS->FIN tense');
    // A speech act after a reported clause is the reporter's: Algeria accused, not France.
    expect(claims('Morocco said Iran was chasing hidden goals and accused the Asian power of arming militias.')).toContain('MAR->IRN tense');
    expect(claims('Senegal said the UAE was chasing hidden goals and then accused the Gulf nation of neglecting Africa.')).toContain('SEN->ARE tense');
    // States with a seat of government of their own ("the Elysee", "the Kremlin") keep their regions and borders.
    expect(claims('Algeria said France was pursuing colonial designs and accused the European country of meddling in the Sahel.')).toContain('DZA->FRA tense');
  });

  it('read "its neighbour" as the one recent state that borders the subject', () => {
    expect(claims('Algeria on Tuesday cut diplomatic relations with Morocco, accusing its neighbour of hostile actions.')).toContain('DZA->MAR tense');
    // Spain and Morocco do not border Algeria both: only Morocco fits; with Tunisia and Morocco named, two do.
    expect(claims('Algeria met Spain and Morocco. It accused its neighbour of hostile actions.')).toContain('DZA->MAR tense');
    expect(claims('Algeria met Tunisia and Morocco. Algeria accused its neighbour of hostile actions.').filter((c) => c.endsWith('tense'))).toEqual([]);
    expect(claims('Ukraine asked Germany for air defences. Russia then shelled its neighbour again.')).toEqual(['RUS->UKR hostile']);
    // When the sentence opens with a pair, the nearest single actor before owns "its".
    expect(claims('Kenya and Somalia restored ties, a year after Mogadishu cut ties accusing its neighbour of meddling.')).toContain('SOM->KEN tense');
  });

  it('resolve to nothing when two recent actors fit, or the description fits any state', () => {
    // Germany and France are both European.
    expect(claims("Germany and France met Egypt's leader. The European nation pledged aid to Cairo.")).toEqual(['DEU->EGY cooperative', 'FRA->EGY cooperative']);
    // Jordan and Saudi Arabia are both kingdoms.
    expect(claims("Jordan and Saudi Arabia held talks in Amman. The kingdom later met Egypt's foreign minister.").filter((c) => c.includes('EGY'))).toEqual([]);
    // "the country" names no kind of state.
    expect(claims("Egypt hosted the talks. The country later condemned Israel's strikes.").filter((c) => c.includes('ISR'))).toEqual([]);
    // "the island of Hainan" is a place, not a state described.
    expect(claims('Japan protested to China after drills off the island of Hainan.')).toEqual(['JPN->CHN tense']);
  });

  it('needs a kind of each part: "the Gulf kingdom" is a kingdom in the Gulf', () => {
    const kinds: Record<string, string[]> = { SAU: ['kingdom', 'gulf'], JOR: ['kingdom'], QAT: ['emirate', 'gulf'] };
    const of = (id: string) => kinds[id] ?? [];
    expect(resolveDescription([['kingdom'], ['gulf']], ['JOR', 'SAU', 'QAT'], of)).toBe('SAU');
    expect(resolveDescription([['gulf']], ['JOR', 'SAU', 'QAT'], of)).toBeNull();
    expect(resolveDescription([['kingdom']], ['SAU', 'SAU', 'QAT'], of)).toBe('SAU');
    expect(resolveDescription([['island']], ['SAU', 'QAT'], of)).toBeNull();
  });
});
