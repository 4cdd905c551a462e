// The verbs whose dictionary reading verbDefaults.ts corrects, read as it says.
import { describe, expect, it } from 'vitest';
import { asArrows, extract } from './extractionTestKit';
import { VERB_DEFAULTS } from './verbDefaults';

const read = (text: string) => extract(text, '2022-05-10');
const key = (c: { a: string; b: string; stance: string }) => `${[c.a, c.b].sort().join('|')} ${c.stance}`;

describe('verbs whose dictionary reading is corrected', () => {
  it('reads the verbs whose dictionary reading it corrects as it says', () => {
    expect(read('The UK called Tehran’s move a provocation.').map(key)).toEqual(['GBR|IRN tense']);
    expect(read('Chilean officials tried to persuade the Peruvian consulate not to hold the rally.')).toEqual([]);
    expect(read('Chile signed a treaty with Peru in 1929. Lima argues that the treaty settled the matter.').map(key)).toEqual(['CHL|PER cooperative']);
    expect(read('Rwanda has been interfering with Burundi’s elections.').map(key)).toContain('BDI|RWA tense');
    expect(read('The African Union suspended Mali.')[0]?.stance).toBe('tense');
    expect(read('Turkey was slamming the agreement between Greece and Egypt.').map(key)).toEqual(expect.arrayContaining(['GRC|TUR tense']));
    expect(read('Russia retaliated by expelling two Estonian diplomats.').map(key)).toEqual(['EST|RUS tense']);
    expect(read('A new pipeline links Russia to Germany.')).toEqual([]);
    expect(read('Chile denied any role in the damage to the cable connecting Peru and Ecuador.')).toEqual([]);
    expect(read('Chile accused Peru of controlling the Bolivian port.').map(key)).toEqual(['CHL|PER tense']);
    expect(read('Chile\'s decision will negatively impact Peru\'s economy.')).toEqual([]);
    expect(read("Peru's foreign minister, Juan Rios, met Chilean officials. Chile indicted Rios on bribery charges in 2021.").map(key)).toContain('CHL|PER tense');
    expect(read('Kenya enjoined Somalia to stop the raids at once.').map(key)).toEqual(['KEN|SOM tense']);
    expect(read('Slovakia sued Hungary over the dam in 1993.').map(key)).toEqual(['HUN|SVK tense']);
    expect(read('Chile tasked Peru with the survey.')).toEqual([]);
    expect(read('Chile will determine what Peru wants.')).toEqual([]);
    expect(read('Chile extracted gas from Peru.')).toEqual([]);
    expect(read('It is a dispute that dates back to the 19th century, when Spain ruled Peru.').map(key)).toEqual([]);
    expect(read('Chile expelled ten Peruvian diplomats. Speaking at a press conference, the Chilean minister said their activities had been monitored but she declined to elaborate on what activities had spurred the decision.').map(key)).toEqual(['CHL|PER tense']);
    expect(read('The Peruvian chancellor notified the Chilean Foreign Secretary, Ana Lopez, that Peru would hold elections.')).toEqual([]);
    expect(read('Peru communicated to Chile that it would hold elections.')).toEqual([]);
    expect(read('Bolivia was angered by the Chilean decision.').map(key)).toEqual(['BOL|CHL tense']);
    expect(read('The Chilean decision incensed Bolivia.').map(key)).toEqual(['BOL|CHL tense']);
    expect(read("Chile's handling of the Bolivian issue angered Peru.").map(key)).not.toContain('BOL|CHL cooperative');
    expect(read('Chile sent its foreign minister to Lima. The minister admitted that Chile and Peru do not always agree.').map(key)).not.toContain('CHL|PER cooperative');
    expect(VERB_DEFAULTS.every((d) => d.why.length > 10)).toBe(true);
  });

  it('reads protesting what another state did as an objection to that state, not support', () => {
    // (The arrest protested is China's act on Japan, read on its own: an arrest, CAMEO 173.)
    expect(asArrows('Japan protested the arrest of a Japanese national by China.')).toEqual(['JPN->CHN tense', 'CHN->JPN hostile']);
    expect(asArrows('Mexico protested the expulsion of its diplomats from Peru.')).toEqual(['MEX->PER tense']);
    expect(extract('Greece protested to Turkey.')[0]?.code).toBe('111');
  });

  it('reads dealing with a state as handling it, no cooperation', () => {
    expect(asArrows('The United States is looking for ways to deal with China.')).toEqual([]);
  });

  it('reads a search of premises as no appeal for aid', () => {
    expect(asArrows("Police in Lima searched the offices of Chile's state news agency.")).toEqual([]);
  });

  it('reads intercepting another state\'s aircraft as a show of force', () => {
    expect(asArrows('Russian jets intercepted a Norwegian patrol plane.')).toEqual(['RUS->NOR tense']);
  });

  it('reads ignoring another state\'s warnings or the state as rejecting them', () => {
    expect(asArrows('Serbia ignored Croatian warnings to stop the works.')).toEqual(['SRB->HRV tense']);
  });

  it('reads contemplating as thinking over, no consultation', () => {
    expect(asArrows('Chile contemplated the future of its relations with Peru.')).toEqual([]);
  });
});

describe('verbs whose default only is corrected', () => {
  it('reads a preparation as no act, unless a pattern of the dictionary names one', () => {
    expect(asArrows('Chilean and Peruvian troops clashed on the border on Monday. There were injuries on both sides. Chileans had come heavily prepared but did not expect the Peruvian side to be well prepared.')).toEqual(['CHL->PER hostile']);
    // ("preparing talks": the dictionary's pattern, an intent to meet.)
    expect(asArrows('Chile is preparing talks with Peru.')).toEqual(['CHL->PER warming']);
  });
});
