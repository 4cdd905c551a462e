// Constructions that the real news articles of stop 41's readings (annotated by hand before extraction
// was run on them, kept outside the project as the eval's are) were misread in. The sentences are
// written for the purpose, about other states in other words. Each test fails without its rule.
// (Earlier stops': blindReading.test.ts, blindReadingStop32.test.ts to blindReadingStop40.test.ts.)
import { describe, expect, it } from 'vitest';
import { asArrows, extract, ids } from './extractionTestKit';

// The hundred and thirty-fifth to the hundred and thirty-eighth readings (stop 41): thirteen articles (Chad ends its defence
// pact with France, 2024; Mexico breaks its ties with Ecuador after the embassy raid, 2024; Canada and India expel each
// other's diplomats, 2023-2024; Somalia expels Ethiopia's ambassador over the Somaliland port deal, 2024).
describe('the hundred and thirty-fifth to the hundred and thirty-eighth readings', () => {
  it('reads an ending verb past the "and" of two modifiers', () => {
    expect(asArrows('Niger ended a trade and transit cooperation agreement with Benin.')).toEqual(['NER->BEN tense']);
  });

  it('reads a judging word coordinated with another after a verb of calling', () => {
    expect(asArrows('Cuba cut relations with Chile, calling Chile\'s conduct "unjust" and "deplorable" in a statement.')).toContain('CUB->CHL tense');
  });

  it('reads "the two countries" after "between" as the pair the article tells of, not two that acted alike', () => {
    const arrows = asArrows('Peru broke ties with Chile. Chile expelled Peru\'s envoy. Bolivia and Cuba also took action against Chile. Peru filed a complaint, deepening the crisis between the two countries.');
    expect(arrows.filter((a) => a.endsWith('tense') && /PER/.test(a) && /CHL/.test(a)).length).toBe(2);
    expect(arrows).not.toContain('BOL->CUB tense');
  });

  it('reads being in contact or in touch as consulting, and losing it as a step back', () => {
    expect(asArrows('The Dutch prime minister was in contact with the Japanese government about the findings.')).toEqual(['NLD->JPN cooperative']);
    expect(asArrows('Norway kept in touch with Chile.')).toEqual(['NOR->CHL cooperative']);
    expect(asArrows('Norway lost contact with Chile.')).toEqual(['NOR->CHL tense']);
  });

  it('reads what a region announces as its own, not its state\'s', () => {
    expect(asArrows('Iraq expelled Turkey\'s ambassador. A day later Kurdistan, which is a federal region, announced it had signed an energy deal with Ankara.')).toEqual(['IRQ->TUR tense']);
  });

  it('reads "each other" after countries in general as no pair', () => {
    expect(asArrows('Chile expelled a Peruvian diplomat. Its minister said it broke the rule of how nations deal with each other.')).toEqual(['CHL->PER tense']);
  });

  it('blames a force no state is named for on the state a reprisal is against', () => {
    expect(asArrows('Chile cut ties with Bolivia after soldiers attacked a Chilean border post.')).toContain('BOL->CHL hostile');
    expect(asArrows('Peru recalled its envoy from Chile after a police raid on the Peruvian consulate.')).toContain('CHL->PER hostile');
    // (Not when the force is named as another's: that state did it.)
    expect(asArrows('Chile cut ties with Bolivia after Peruvian soldiers attacked a Chilean border post.')).not.toContain('BOL->CHL hostile');
  });
});

// The hundred and thirty-ninth to the hundred and forty-first readings (stop 41): ten articles (Greece expels Libya's
// ambassador over its sea deal with Turkey, 2019; the Arab League readmits Syria, 2023; Nicaragua breaks with the
// Netherlands, 2022).
describe('the hundred and thirty-ninth to the hundred and forty-first readings', () => {
  it('reads what is said not to follow as not had', () => {
    expect(asArrows('The sanctions did not mean Chile was cutting ties with Peru.')).toEqual([]);
  });

  it('reads ", as did X" as X doing what the clause before tells, and no party of it', () => {
    expect(asArrows('Chile recalled its ambassador from Peru, as did Bolivia.')).toEqual(['CHL->PER tense', 'BOL->PER tense']);
    const arrows = asArrows('Chad and Niger signed a border deal. Mali dismissed the deal as illegal, as did Benin.');
    expect(arrows).toContain('BEN->TCD tense');
    expect(arrows.filter((a) => a.includes('MLI') && a.includes('BEN'))).toEqual([]);
  });

  it('reads a participle after an auxiliary and "all" or "both" as the verb it is', () => {
    expect(asArrows('Chile and Peru have all condemned Bolivia.')).toEqual(['CHL->BOL tense', 'PER->BOL tense']);
    // (And takes the verb's lemma, which an idiom is written in: "voice ... opposition".)
    expect(asArrows('Chad and Niger signed a border deal. Mali and Benin have all voiced opposition over the deal.')).toContain('BEN->NER tense');
  });

  it('reads a state\'s forces, backed by another, as that state backed', () => {
    expect(asArrows('Malian government forces, backed by Russia, retook the town.')).toEqual(['RUS->MLI cooperative']);
  });

  it('reads a list past a short name in brackets', () => {
    expect(asArrows("Brazil's president visited the United Arab Emirates (UAE) and Qatar.")).toEqual(['BRA->ARE cooperative', 'BRA->QAT cooperative']);
  });

  it('reads a break that takes effect at once as done, not intended', () => {
    expect(asArrows('Bolivia will sever diplomatic ties with Israel with immediate effect.')).toEqual(['BOL->ISR severed']);
  });

  it('reads going on to speak or act as no meeting', () => {
    expect(asArrows('Chile cut ties with Peru. Its president went on to accuse Peru of meddling.')).not.toContain('CHL->PER cooperative');
  });

  it('reads entry refused to a state\'s envoy as a step back', () => {
    expect(asArrows('Cuba would not allow the Chilean ambassador to enter the country.')).toEqual(['CUB->CHL tense']);
  });

  it('reads a visit in an opening adjunct as the main clause subject\'s', () => {
    expect(asArrows('During a Monday visit to Lima, Chilean President Gabriel Boric criticised the decision.')).toContain('CHL->PER cooperative');
  });

  it('reads a body\'s own summit, or one attended, as no meeting with where it was held', () => {
    expect(asArrows('The last African Union summit Kagame attended was held in Ethiopia.')).toEqual([]);
  });

  it('reads an agreement signed "with" a state, and the subject of a relative clause with no "that"', () => {
    expect(asArrows('Athens expelled the envoy, citing a sea deal Tripoli had sealed with Ankara.')).toContain('LBY->TUR cooperative');
  });
});

// The hundred and forty-second to the hundred and forty-fourth readings (stop 41): ten articles (Morocco and Israel
// normalise their ties, 2020; Turkey and the UAE mend theirs, 2021; Bangladesh and Pakistan's thaw, 2024-25).
describe('the hundred and forty-second to the hundred and forty-fourth readings', () => {
  it('reads a list after "with" as each the other party, never parties among themselves', () => {
    expect(asArrows('Agreements were also concluded with Chile, Peru and Bolivia.')).toEqual([]);
  });

  it('reads a verb before its infinitive past a time between them', () => {
    expect(asArrows('Chile and Peru agreed in recent months to restore their ties with Bolivia.')).toEqual(['CHL->BOL warming', 'PER->BOL warming']);
  });

  it('reads what is said to be inevitable as not yet had', () => {
    expect(asArrows('Recognition of Kosovo by Spain is inevitable.')).toEqual([]);
  });

  it('reads the frame an act is done in as no act of its own', () => {
    expect(asArrows('Chile and Peru agreed to normalize their ties with Bolivia, within the framework of the so-called Andean accords.')).toEqual(['CHL->BOL warming', 'PER->BOL warming']);
  });

  it('reads a participle after the last of a pair "between" as describing that one', () => {
    expect(asArrows('It is the subject of a conflict between Saudi Arabia and the Houthi movement backed by Iran.')).toEqual(['SAU->houthis hostile', 'IRN->houthis cooperative']);
  });

  it('reads an agreement of normalisation as warming, and what an agreement is on as between its parties', () => {
    expect(asArrows('Chad signed a normalization agreement with Israel.')).toEqual(['TCD->ISR warming']);
    expect(asArrows('Chad signed an agreement with Israel on the normalization of relations.')).toContain('TCD->ISR warming');
  });

  it('reads a state\'s airspace ban as its measure, not a place', () => {
    expect(asArrows('Due to the Turkish airspace ban on Armenian flights, trade is hard.')).toEqual(['TUR->ARM tense']);
  });
});

// The hundred and forty-fifth to the hundred and forty-seventh readings (stop 41): ten articles (Uganda and Congo strike
// the ADF together, 2021; South Africa takes Israel to the ICJ, 2023; Bulgaria blocks North Macedonia's EU talks, 2020).
describe('the hundred and forty-fifth to the hundred and forty-seventh readings', () => {
  it('knows the Allied Democratic Forces, and armed groups news names as often', () => {
    expect(asArrows('Rwanda and Burundi launched joint strikes against the Allied Democratic Forces.')).toEqual(['RWA->adf hostile', 'BDI->adf hostile', 'RWA->BDI cooperative']); // (and the two, acting jointly, cooperate: stop 56)
    expect(asArrows('Egypt supported the Libyan National Army.')).toEqual(['EGY->lna cooperative']);
    expect(asArrows('Saudi Arabia condemned the Southern Transitional Council.')).toEqual(['SAU->stc tense']);
    expect(asArrows('Chad struck ISWAP positions.')).toEqual(['TCD->iswap hostile']);
    expect(asArrows('Kenya hosted talks with the Oromo Liberation Army.')).toContain('KEN->ola cooperative');
    expect(asArrows('Uganda armed the SPLM-IO.')).toEqual(['UGA->splm-io cooperative']);
  });

  it('reads a crisis of people or of money as none between states', () => {
    expect(asArrows('Fighting in Sudan has caused a humanitarian crisis along the Chad-Sudan border.')).toEqual([]);
  });

  it('reads an act responded to as on the one whose response it is', () => {
    expect(asArrows("Chile condemned Russia's response to the Ukrainian drone attacks.")).toContain('UKR->RUS hostile');
  });

  it('reads what a vote is for as not yet done', () => {
    // (An intent to suspend them, tense; neither the break itself nor a cooperation.)
    expect(asArrows('The parliament of Chile voted in favour of suspending diplomatic relations with Israel.')).toEqual(['CHL->ISR tense']);
  });

  it('reads differences resolved as warming, and as differences before', () => {
    const arrows = asArrows('Tirana spent years resolving its differences with Athens.');
    expect(arrows).toContain('ALB->GRC warming');
    expect(arrows).not.toContain('ALB->GRC cooperative');
  });
});

// The hundred and forty-eighth to the hundred and fiftieth readings (stop 41): nine articles (Britain hands the Chagos
// Islands to Mauritius, 2024; Germany recognises the Namibian genocide, 2021; the UK-Rwanda asylum deal, 2022).
describe('the hundred and forty-eighth to the hundred and fiftieth readings', () => {
  it('reads praise of the pair\'s deal as cooperative with both', () => {
    expect(asArrows('Chile and Peru signed a deal. Brazil welcomed the deal.')).toEqual(['CHL->PER cooperative', 'BRA->CHL cooperative', 'BRA->PER cooperative']);
  });

  it('reads a base territory\'s seat as a place, no actor', () => {
    expect(ids('the joint base on Diego Garcia')).toEqual([]);
  });

  it('reads what a relative clause after "which" tells of its antecedent, with a name for its subject', () => {
    expect(asArrows('Eritrea, which Italy occupied from 1890, became independent.')).toEqual(['ITA->ERI hostile']);
    // (Not a clause after "that", which tells what is alleged: "Ghana's allegation that Togo was training rebels".)
    expect(asArrows("Ghana's allegation that Togo was training rebels angered Lomé.")).toEqual(['GHA->TGO tense']);
  });

  it('reads talks between the governments of two states as between them', () => {
    expect(asArrows('After years of negotiations between the governments of Italy and Eritrea, which Italy occupied, they signed nothing.')).toContain('ITA->ERI warming');
  });

  it('dates an act by its own time, not by the signing of an agreement told past a comma', () => {
    const claims = extract('Chile is recalling its ambassador from Peru, angered at a treaty signed on March 3 between Peru and Bolivia.', '2021-06-10');
    expect(claims.map((c) => `${c.a}-${c.b} ${c.stance} ${c.when}`)).toEqual(['CHL-PER tense 2021-06-10', 'PER-BOL cooperative 2021-03-03']);
  });
});

// The hundred and fifty-first and fifty-second readings (stop 41): five articles (Turkey halts its trade with Israel, 2024;
// Japan and the Philippines sign their reciprocal access agreement, 2024).
describe('the hundred and fifty-first and fifty-second readings', () => {
  it('reads a judgement of "the decision" as on the maker of the latest measure told', () => {
    expect(asArrows('Chile halted all trade with Peru. Bolivia praised the decision.')).toEqual(['CHL->PER tense', 'BOL->CHL cooperative']);
    expect(asArrows('Chile halted all trade with Peru. Ecuador condemned the decision.')).toContain('ECU->CHL tense');
  });

  it('reads a land named by what it is after "and" as the next of a list, and a list past the year of each', () => {
    expect(asArrows('Moldova protested a deal between Russia and the breakaway region of Transnistria.')).toContain('RUS->transnistria cooperative');
    expect(asArrows('Japan forged similar agreements with Australia in 2022 and Britain in 2023.')).toEqual(['JPN->AUS cooperative', 'JPN->GBR cooperative']);
  });

  it('reads drills or talks held by two or more as theirs together', () => {
    expect(asArrows('Japan will take part in the annual exercise conducted by Australia and India.')).toEqual(['AUS->IND cooperative']);
  });
});

