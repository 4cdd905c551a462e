// Constructions that the real news articles of stop 42's readings (annotated by hand before extraction
// was run on them, kept outside the project as the eval's are) were misread in. The sentences are
// written for the purpose, about other states in other words. Each test fails without its rule.
// (Earlier stops': blindReading.test.ts, blindReadingStop32.test.ts to blindReadingStop41.test.ts.)
import { describe, expect, it } from 'vitest';
import { asArrows, extract } from './extractionTestKit';

// The hundred and fifty-third to the hundred and fifty-sixth readings (stop 42): twelve articles (the Dominican Republic
// closes its borders with Haiti over a canal, 2023; France recalls its ambassador to Italy, 2019; Rwanda sends troops to
// Mozambique, 2021; Qatar and Bahrain restore their ties, 2023).
describe('the hundred and fifty-third to the hundred and fifty-sixth readings', () => {
  it('reads talks between a pair the article tells at odds as talks to settle it: warming', () => {
    expect(asArrows('Chile and Peru held talks on Friday.')).toEqual(['CHL->PER cooperative']);
    expect(asArrows('Chile expelled Peru\'s ambassador in March. Chile and Peru held talks on Friday.')).toEqual(['CHL->PER tense', 'CHL->PER warming']);
    // (Told after the talks too: "talks between the countries failed ... in a dispute over a canal".)
    expect(asArrows('Chile and Peru held talks on Friday. Chile later expelled Peru\'s ambassador.')).toEqual(['CHL->PER warming', 'CHL->PER tense']);
    // (Not a mediator's: it is no party to the dispute.)
    expect(asArrows('Chile expelled Peru\'s ambassador in March. Brazil mediated talks between Chile and Peru.')).toContain('BRA->CHL cooperative');
  });

  it('reads relations severed or cut, told with the relations as subject, as severed, dated by their own year', () => {
    const [claim] = extract('Ties between Norway and Chile were cut in 2009.');
    expect([claim?.a, claim?.b, claim?.stance, claim?.when]).toEqual(['NOR', 'CHL', 'severed', '2009']);
    expect(asArrows('Norway\'s relations with Chile were severed in 2009.')).toEqual(['NOR->CHL severed']);
  });

  it('reads a verb of fighting after "help" as hostile to its object, not help for it', () => {
    expect(asArrows('Ghana will help defeat Boko Haram.')).toEqual(['GHA->boko-haram hostile']);
    expect(asArrows('Ghana helped fight the Islamic State in Syria.')).toEqual(['GHA->isis hostile']);
  });

  it('reads "by the President of" a state as that state\'s agent', () => {
    expect(asArrows('The deal follows a visit to Ghana by the President of Togo.')).toEqual(['TGO->GHA cooperative']);
    expect(asArrows('Ghana was visited by the President of Togo.')).toEqual(['TGO->GHA cooperative']);
  });

  it('reads "their" past a hyphened compound as the pair\'s', () => {
    expect(asArrows('Chile and Peru met despite their long-lasting dispute over the border.')).toContain('CHL->PER tense');
  });
});

// The hundred and fifty-seventh to the hundred and sixty-first readings (stop 42): fifteen articles (the United States
// expels South Africa's ambassador, 2025; Nauru switches its recognition from Taiwan to China, 2024; Honduras ends its
// extradition treaty with the United States, 2024; Greece holds up Albania's EU talks over the Beleri case, 2023; Chile
// and Venezuela over the murder of a Venezuelan dissident, 2024).
describe('the hundred and fifty-seventh to the hundred and sixty-first readings', () => {
  it('reads an ending of cooperation announced with "will" or "would" as a threat, tense, and one only speculated as none', () => {
    expect(asArrows('Chile will end its fisheries agreement with Peru.')).toEqual(['CHL->PER tense']);
    expect(asArrows('Chile said it would scrap its fisheries agreement with Peru.')).toEqual(['CHL->PER tense']);
    expect(asArrows('Chile could end its fisheries agreement with Peru.')).toEqual([]);
  });

  it('reads an act told in a condition ("if", "unless", "should" before its subject) as not done', () => {
    expect(asArrows('If Chile attacks Peru, Bolivia will respond.')).toEqual([]);
    expect(asArrows('Oslo remains open to reconsidering its position should Santiago signal a willingness to engage in constructive dialogue.')).toEqual([]);
  });

  it('reads a meeting one was not invited to as no welcome from its host', () => {
    expect(asArrows('Chile was not invited to the summit hosted by Peru.')).toEqual([]);
    expect(asArrows('Chile attended the summit hosted by Peru.')).toEqual(['PER->CHL cooperative']);
  });
});

// The hundred and sixty-second and sixty-third readings (stop 42): six articles (South Korea suspends its 2018 military
// agreement over North Korea's trash balloons, 2024; Russia threatens Lithuania over the Kaliningrad transit ban, 2022).
describe('the hundred and sixty-second and sixty-third readings', () => {
  it('reads "over his" after a person acted on as that person\'s, even when the sentence before made the same state its subject', () => {
    const arrows = asArrows('Belarus’s Foreign Ministry spokeswoman, Anna Petrova, described Latvia’s decision as “inadmissible,” according to Belarusian news agency Belta. “The consequences will follow,” she said. Latvia, one of the Baltic states that have been among Poland’s closest partners, has said it is implementing European Union sanctions — part of a campaign by Western governments to pressure Belarusian President Alexander Lukashenko over his invasion of Lithuania.');
    expect(arrows).toContain('BLR->LTU hostile');
    expect(arrows).not.toContain('eu->LTU hostile');
  });
});

// The hundred and sixty-fourth and sixty-fifth readings (stop 42): six articles (Mali gives France's ambassador 72 hours
// to leave, 2022; the United States and Venezuela swap prisoners, 2023).
describe('the hundred and sixty-fourth and sixty-fifth readings', () => {
  it('reads a measure told before and lifted with no party of its own as lifted by its makers, from the one it was on', () => {
    expect(asArrows('In 2015 Chile and Bolivia imposed a blockade on Peru. The blockade was lifted in 2019.')).toEqual(['CHL->PER hostile', 'BOL->PER hostile', 'CHL->PER warming', 'BOL->PER warming']);
    expect(asArrows('In 2015 Chile and Bolivia imposed a blockade on Peru. They lifted the blockade in 2019.')).toEqual(['CHL->PER hostile', 'BOL->PER hostile', 'CHL->PER warming', 'BOL->PER warming']);
    expect(asArrows('Chile imposed sanctions on Peru. The sanctions hurt Peru.')).toEqual(['CHL->PER tense']);
  });

  it('reads measures one is under as their maker\'s on the one under them', () => {
    expect(asArrows('Cuba, long under US sanctions, sells nickel to Canada.')).toEqual(['USA->CUB tense']);
    expect(asArrows('Nicaragua remains under an American embargo.')).toEqual(['USA->NIC tense']);
    expect(asArrows('Laos, which is under Thai sanctions, imports rice.')).toEqual(['THA->LAO tense']);
  });

  it('reads arms sent to a side of a war the article tells in another sentence as hostile to its enemy, the README\'s convention over the whole article', () => {
    expect(asArrows('Eritrea and Ethiopia are at war. Egypt sent weapons to Eritrea.')).toEqual(['ERI->ETH hostile', 'EGY->ERI cooperative', 'EGY->ETH hostile']);
    expect(asArrows('Egypt sent weapons to Eritrea. The war between Eritrea and Ethiopia goes on.')).toEqual(['EGY->ERI cooperative', 'EGY->ETH hostile', 'ERI->ETH hostile']);
    expect(asArrows('Eritrea and Ethiopia met. Egypt sent weapons to Eritrea.')).toEqual(['ERI->ETH cooperative', 'EGY->ERI cooperative']);
  });
});

// The hundred and sixty-sixth and sixty-seventh readings (stop 42): six articles (Iraq recalls its ambassador from Tehran
// after Iran's missile strikes on Erbil, 2024; the United States strikes Iran-backed militias in Iraq and Syria, 2024).
describe('the hundred and sixty-sixth and sixty-seventh readings', () => {
  it('reads strikes in a state against a foe that is no state as none on the state, past a comma, "likely" and the states coordinated', () => {
    expect(asArrows('Chile carried out strikes in Peru and Bolivia, likely against drug gangs.')).toEqual([]);
    expect(asArrows('Chile carried out strikes in Peru.')).toEqual(['CHL->PER hostile']);
  });

  it('reads "that" after a thing placed in a state, with no comma, as the thing, not the state', () => {
    expect(asArrows('Troops were hurt in a drone strike on a base in Peru that killed three Chilean soldiers.')).toEqual([]);
  });
});

// The hundred and sixty-eighth and sixty-ninth readings (stop 42): six articles (Saudi Arabia and Canada restore their
// ties, 2023; Canada answers US tariffs with its own, 2025).
describe('the hundred and sixty-eighth and sixty-ninth readings', () => {
  it('reads a noun\'s infinitive after a verb of saying as the verb\'s object, not a clause it reports', () => {
    expect(asArrows('Chile announced plans to impose tariffs on goods from Peru and Bolivia.')).toEqual(['CHL->PER tense', 'CHL->BOL tense']);
    expect(asArrows('Chile announced a decision to impose tariffs on Peru.')).toEqual(['CHL->PER tense']);
  });
});

// The hundred and seventieth and seventy-first readings (stop 42): six articles (a missile falls on Poland, 2022; Syria
// shoots down a Turkish jet, 2012).
describe('the hundred and seventieth and seventy-first readings', () => {
  it('dates the state a change is told "after" ("after seven years of tensions") by the years told, before the change', () => {
    const claims = extract('Last month, Chile and Peru resumed relations after seven years of tensions.');
    expect(claims.map((c) => `${c.stance} ${c.when}`)).toEqual(['warming 2021-05', 'tense 2014']);
    expect(extract('In 2020 Chile and Peru resumed relations after two decades of tensions.').map((c) => `${c.stance} ${c.when}`)).toEqual(['warming 2020', 'tense 2000']);
  });

  it('reads force on "its" thing, in what a state reports, as force on the reporter', () => {
    expect(asArrows('Peru said on Monday Chile struck its ports.')).toEqual(['CHL->PER hostile']);
    expect(asArrows('Peru said Chile attacked its own people.')).toEqual([]);
  });

  it('reads "shot down" after a name and before its object as the verb, where the tagger reads a noun', () => {
    expect(asArrows('Peru said on Monday Chile shot down its drone.')).toEqual(['CHL->PER hostile']);
  });
});
