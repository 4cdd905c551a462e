// Constructions that the real news articles of stop 35's readings (the fifty-eighth on, annotated by hand
// before extraction was run on them, kept outside the project as the eval's are) were misread in. The
// sentences are written for the purpose, about other states in other words. Each test fails without its
// rule. (Earlier stops': blindReading.test.ts, blindReadingStop32.test.ts to blindReadingStop34.test.ts.)
import { describe, expect, it } from 'vitest';
import { asArrows, keys } from './extractionTestKit';

// The fifty-eighth reading (stop 35): three articles (Spain withdraws its ambassador from Argentina, 2024).
describe('the fifty-eighth reading', () => {
  it('reads a break "not ruled out" as a threat, and one "ruled out" as none', () => {
    expect(asArrows('Chile did not rule out cutting diplomatic ties with Bolivia.')).toEqual(['CHL->BOL tense']);
    expect(asArrows('Chile ruled out cutting diplomatic ties with Bolivia.')).toEqual([]);
  });

  it('reads a verbal attack on a person named as criticism, and one on a person\'s town as force', () => {
    expect(asArrows('Peru protested against the Bolivian leader Luis Arce\'s attacks on Peruvian President Dina Boluarte.')).not.toContain('BOL->PER hostile');
    expect(asArrows('Ecuador condemned the Colombian minister\'s attack on Ecuadorian President Daniel Noboa.')).not.toContain('COL->ECU hostile');
    expect(asArrows('Azerbaijan launched attacks on Armenian President Vahagn Khachaturyan\'s home town.')).toContain('AZE->ARM hostile');
  });

  it('reads thinking and introducing by one state as addressed to no other', () => {
    const told = 'Norway recalled its ambassador from Hungary. ';
    expect(asArrows(`${told}Orban won last April's election on a promise to cut Hungary's debt. He introduced a new tax on banks.`)).toEqual(['NOR->HUN tense']);
    expect(asArrows(`${told}"It takes you five days to think about it," Orban said.`)).toEqual(['NOR->HUN tense']);
    // (A meeting is still addressed to the other: warming, as talks between a pair at odds.)
    expect(asArrows(`${told}Orban won last April's election. He met the Norwegian ambassador on Monday.`)).toContain('HUN->NOR warming');
  });

  it('reads defending what is one\'s own as no support for another', () => {
    expect(asArrows('Laos expelled the Thai ambassador. Laos\'s President said that his country would \'defend itself\' if Thailand goes ahead with it.')).toEqual(['LAO->THA tense']);
    // (Defending another state is support for it.)
    expect(asArrows('France defended Algeria at the United Nations.')).toContain('FRA->DZA cooperative');
  });
});

// The fifty-ninth reading (stop 35): four articles (Somalia and Ethiopia over a port in Somaliland, 2024).
describe('the fifty-ninth reading', () => {
  it('reads a plan one has not made as no act, and one made as a threat', () => {
    expect(asArrows('Ruto said Kenya did not plan on expelling Somalia\'s diplomats.')).toEqual([]);
    expect(asArrows('Kenya plans on expelling Somalia\'s diplomats.')).toEqual(['KEN->SOM tense']);
  });

  it('reads a deal one calls illegal as no deal of one\'s own', () => {
    expect(asArrows('Algeria\'s President Tebboune called the deal illegal and said his country would respond if Morocco goes ahead with it.')).not.toContain('DZA->MAR cooperative');
    // (A deal one signs is one.)
    expect(asArrows('Algeria\'s President Tebboune signed the deal with Morocco.')).toContain('DZA->MAR cooperative');
  });
});

// The sixtieth reading (stop 35): three articles (North Korea blows up the liaison office, 2020).
describe('the sixtieth reading', () => {
  it('reads a body many governments have as the state the article names, not one it does not', () => {
    const text = '"We sternly warn that we will strongly respond to it if China takes any action," Hayashi told reporters after an emergency meeting of the National Security Council (NSC) standing committee.';
    expect(keys(text, '2020-06-16').join(' ')).not.toMatch(/USA/);
    // (In an article that names the United States, its council is its own.)
    expect(asArrows('Washington weighed its options. The National Security Council met with Japan\'s envoy.').join(' ')).toMatch(/USA/);
  });

  it('reads what a thing was set up to do as not done', () => {
    expect(asArrows('Armenia closed an office set up to foster better ties with Turkey.')).not.toContain('ARM->TUR warming');
    expect(asArrows('Serbia shut a hotline designed to ease tensions with Kosovo.')).not.toContain('SRB->XKX warming');
  });
});

// The sixty-first reading (stop 35): three articles (Pakistan recalls its ambassador after Iran's strikes, 2024).
describe('the sixty-first reading', () => {
  it('reads a partner "to" two states as a partner of each', () => {
    expect(asArrows('Qatar, a close partner to both Egypt and Sudan, urged calm.')).toEqual(['EGY->QAT cooperative', 'SDN->QAT cooperative']);
  });

  it('reads good relations an act is said not to conform with as no relation held', () => {
    expect(asArrows('Ghana recalled its envoy from Togo. "Such unilateral acts are not in conformity with good neighbourly relations and can undermine trust," the statement said.')).toEqual(['GHA->TGO tense']);
    // (Good relations stated are held.)
    expect(asArrows('Ghana and Togo have good neighbourly relations.')).toEqual(['GHA->TGO cooperative']);
  });
});
