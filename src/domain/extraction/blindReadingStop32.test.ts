// Constructions that the real news articles of stop 32's readings (the eighteenth to the
// twenty-seventh: 64 articles annotated by hand before extraction was run on them, kept outside the
// project as the eval's are) were misread in. The sentences are written for the purpose, about other
// states in other words. Each test fails without its rule. (Stop 31's are in blindReading.test.ts.)
import { describe, expect, it } from 'vitest';
import { asArrows, extract, ids } from './extractionTestKit';

// The eighteenth reading: six more (Canada and India's expulsions, 2023-24; Iran's strikes in
// Pakistan, 2024; Spain's ambassador withdrawn from Argentina, 2024).
describe('what a state alleges and tells', () => {
  it('reads a past of alleging before the clause it reports as a verb, though the tagger reads an adjective', () => {
    expect(asArrows('Ghana alleged that Togo had sheltered the plotters.')).toContain('GHA->TGO tense');
    expect(asArrows("Ghana's foreign ministry alleged that Togo had sheltered the plotters.")).toContain('GHA->TGO tense');
    expect(asArrows('The alleged plot shocked Ghana.')).toEqual([]);
  });

  it('reads an envoy expelled or summoned with no one named as so by the state that tells it', () => {
    expect(asArrows('Chile announced that a Bolivian diplomat had been expelled.')).toEqual(['CHL->BOL tense']);
    expect(asArrows("Latvia's foreign ministry said the Russian ambassador was summoned on Monday.")).toEqual(['LVA->RUS tense']);
    expect(asArrows('Chile said its ambassador had been summoned.')).toEqual([]);
  });

  it('reads "the ambassador to X, who" as the envoy, not where it is posted', () => {
    expect(asArrows('The Chilean ambassador to Bolivia, who is visiting Chile, will not return.')).toEqual([]);
    expect(asArrows('The Chilean ambassador to Bolivia who met the Peruvian foreign minister spoke.')).toEqual(['CHL->PER cooperative']);
  });
});

// The nineteenth reading: eight more (Israel's envoys recalled over the recognition of Palestine, 2024;
// Somalia and Ethiopia's port deal with Somaliland, 2024; Honduras and Taiwan, 2023).
describe('responses and the decisions behind them', () => {
  it('reads a response prompted by another, with no one named, as toward whoever prompted it', () => {
    expect(asArrows('Chile recognised Kosovo, prompting Serbia to immediately recall its envoy.')).toEqual(['CHL->XKX cooperative', 'SRB->CHL tense']);
    expect(asArrows('Chile and Peru recognised Kosovo, prompting Serbia to recall its envoys.')).toContain('SRB->PER tense');
  });

  it('reads the subject of "decisions to" as their possessor, not the clause\'s subject', () => {
    expect(asArrows("Serbia recalled its envoys from Chile and Peru over those nations' decisions to recognise Kosovo.")).toEqual(['SRB->CHL tense', 'SRB->PER tense']);
    expect(asArrows('Serbia recalled its envoys from Chile and Peru over their decisions to recognise Kosovo.')).toEqual(['SRB->CHL tense', 'SRB->PER tense', 'CHL->XKX cooperative', 'PER->XKX cooperative']);
    expect(asArrows("Serbia recalled its envoys from Chile and Peru ahead of the two governments' expected moves to formally recognise Kosovo.")).toEqual(['SRB->CHL tense', 'SRB->PER tense', 'CHL->XKX cooperative', 'PER->XKX cooperative']);
  });

  it('reads a split infinitive ("to formally recognise") as an infinitive: refused, not wanted, agreed', () => {
    expect(asArrows('Chile refused to formally recognise Kosovo.')).toEqual(['CHL->XKX tense']);
    expect(asArrows('Chile does not want to formally restore ties with Peru.')).toEqual([]);
    expect(asArrows('Chile agreed to formally restore ties with Peru.')).toEqual(['CHL->PER warming']);
  });

  it("knows Israel's foreign ministers of recent years", () => {
    expect(extract('Katz said Israel was recalling its ambassador from Oslo.', '2024-05-22').map((c) => `${c.a}->${c.b} ${c.stance}`)).toEqual(['ISR->NOR tense']);
    expect(ids('Foreign Minister Eli Cohen')).toEqual(['ISR']);
  });
});

describe('what is made official', () => {
  it('reads "formalized" as a light verb when what is made official names the event', () => {
    expect(asArrows('Panama formalized the interruption of relations with Taiwan.')).toEqual(['PAN->TWN severed']);
  });
});

// The twentieth reading: seven more (Chad ends its defence pact with France, 2024; Niger and Benin's
// oil and border dispute, 2024; Turkey and Sweden's NATO membership, 2024).
describe('what is demanded or conditioned, and who is a company', () => {
  it('reads a bare verb after a demand and its object as demanded, not done', () => {
    expect(asArrows("Ghana blocked Togo's exports, demanding Togo reopen its border and normalise relations.")).toEqual(['GHA->TGO tense']);
  });

  it('reads what a condition after "would" asks first as not done, and no refusal either', () => {
    expect(asArrows('Accra said it would only back down once Lome reopened its border to goods from Ghana and normalised relations.')).toEqual([]);
    expect(asArrows('Ghana said it would lift the ban once Togo reopened its border to Ghanaian goods.')).toEqual([]);
    expect(asArrows('Relations improved once Togo reopened its border with Ghana.')).toContain('TGO->GHA warming');
  });

  it("reads a state's name that opens a company's as the company", () => {
    expect(asArrows('Ghana signed a deal with Korea Electric Power Corporation.')).toEqual([]);
    expect(asArrows('Kenya signed a deal with Ethiopian Airlines.')).toEqual([]);
    expect(asArrows('Kenya signed a deal with China on Monday.')).toEqual(['KEN->CHN cooperative']);
  });

  it('reads "a series of" obstacles as obstacles', () => {
    expect(asArrows("Hungary put up a series of obstacles to Ukraine's membership.")).toEqual(['HUN->UKR tense']);
  });
});

// The twenty-first reading: eight more (Algeria's envoy recalled from France over Western Sahara, 2024;
// Germany's envoy recalled from Moscow over hacking, 2024; Colombia's break with Israel, 2024).
describe('whose proposal, and whose former colony', () => {
  it('reads a demonym before "proposal to" as the one who would act', () => {
    const read = asArrows('Peru recalled its envoy over a controversial Chilean proposal to send aid to Kosovo.'); // (Not "to grant autonomy to": self-rule granted is no act toward a land, stop 40.)
    expect(read).toContain('CHL->XKX cooperative');
    expect(read).not.toContain('PER->XKX cooperative');
  });

  it('reads "the former Spanish colony" as a place, not Spain', () => {
    expect(asArrows('France voiced support for resolving the dispute over the former Spanish colony.')).toEqual([]);
  });
});

// The twenty-second reading: eight more (Kyrgyzstan and Tajikistan's border war, 2022; Lebanon and
// Israel's sea border deal, 2022; the Taliban and Pakistan at Torkham, 2023).
describe('truces, firefights, time zones and the groups states back', () => {
  it('reads a hyphenated "cease-fire", which the tagger splits, as a truce, and agreeing one as warming only', () => {
    expect(asArrows('Peru and Ecuador agreed to a cease-fire on Friday.')).toEqual(['PER->ECU warming']);
    expect(asArrows('Peru and Ecuador agreed on a ceasefire.')).toEqual(['PER->ECU warming']);
  });

  it('reads a firefight or an exchange of fire between two as a clash', () => {
    expect(asArrows('Sources reported a firefight between Peruvian and Ecuadorian troops.')).toEqual(['PER->ECU hostile']);
    expect(asArrows('There was an exchange of fire between Peru and Ecuador.')).toEqual(['PER->ECU hostile']);
  });

  it('reads "Moscow time" as a time zone, not Russia', () => {
    expect(asArrows('Peru and Ecuador agreed a truce from 16:00 (13:00 Moscow time).')).toEqual(['PER->ECU warming']);
  });

  it('reads "the Iran-backed Lebanese group Hezbollah" as backing the group, not Lebanon', () => {
    expect(asArrows('The deal was endorsed by the Iran-backed Lebanese group Hezbollah.')).toEqual(['IRN->hezbollah cooperative']);
  });
});

// The twenty-third reading: six more (China's coast guard and Vietnam's fishing boats, 2014-23;
// Brazil's custody of Argentina's embassy in Caracas, 2024).
describe('whose infinitive, and what is asked of others', () => {
  it('reads "for X to" after a word of allowing or asking as X acting', () => {
    expect(asArrows("Chile withdrew its permission for Peru to represent Bolivia's interests.")).toEqual(['CHL->PER tense', 'PER->BOL cooperative']);
  });

  it('reads what others call on a state to do as no refusal by it', () => {
    expect(asArrows('There were demands for Ghana to recognise Kosovo.')).toEqual([]);
  });

  it('reads "its conflicts with" as a noun, not the verb of conflicting claims', () => {
    expect(asArrows('Peru lost land during its conflicts with Chile.')).toEqual(['PER->CHL hostile']);
  });
});

// The twenty-fourth reading: six more (Mali's break with Ukraine, 2024; Japan and South Korea's export
// white lists restored, 2023).
describe('decisions and allies', () => {
  it('reads a decision as no event of its own, only what is decided', () => {
    expect(asArrows('Chile decided to redesignate Peru as a preferred partner.')).toEqual([]);
    expect(asArrows('Chile decided to restore ties with Peru.')).toEqual(['CHL->PER warming']);
  });

  it('reads "X and its Russian allies" as X allied with Russia', () => {
    expect(asArrows('Rebels attacked the Syrian army and its Iranian allies.')).toEqual(['SYR->IRN cooperative']);
    expect(asArrows('Israel and its American backers rejected the plan.')).toEqual(['ISR->USA cooperative']);
  });
});

// The twenty-fifth reading: five more (Sudan and Chad's expulsions, 2023; Eritrea expels Sudan's chargé,
// 2024; Hungary blocks the EU's aid to Ukraine, 2023).
describe('whose act: by, for, in', () => {
  it('reads "by" after a later act as that act\'s agent, not the first noun\'s', () => {
    expect(asArrows('Ghana announced the expulsion of two Togolese diplomats in response to a similar move by Togo.')).toEqual(['GHA->TGO tense']);
    expect(asArrows('Hamas welcomed the recognition of Palestine as a state by Chile.')).toContain('CHL->pa cooperative');
  });

  it('reads a gerund after "for" and an adverb as its object\'s act', () => {
    expect(asArrows('Chile criticised Peru for allegedly arming the rebels of Bolivia.')).toContain('CHL->PER tense');
    expect(asArrows('Chile criticised Peru for allegedly backing Hezbollah.')).toEqual(['CHL->PER tense', 'PER->hezbollah cooperative']);
  });

  it('reads "X\'s role in delivering supplies" as X delivering them', () => {
    expect(asArrows("Chile complained about Peru's role in delivering supplies to Hezbollah.")).toContain('PER->hezbollah cooperative');
  });

  it('reads relations "with" an owner\'s administration as relations with its state', () => {
    expect(asArrows("Chile's relationship with Dina Boluarte's administration has deteriorated.")).toEqual(['CHL->PER tense']);
  });
});

// The twenty-seventh reading: five more (South Korea suspends its 2018 military pact with the North,
// 2024; Brazil between Guyana and Venezuela, 2023-24).
describe('an adjunct that opens the sentence', () => {
  it('reads the subject after the comma of an opening adjunct that names a place', () => {
    expect(asArrows('In Lima, Chile and Bolivia signed a deal.')).toEqual(['CHL->BOL cooperative']);
    expect(asArrows('Yesterday in Peru, Chile and Bolivia met.')).toEqual(['CHL->BOL cooperative']);
  });

  it('reads the agent of an opening "brokered by" or "backed by" as acting on the main clause\'s subject (only a participle of mediating, hosting or backing: "Surrounded by" is none)', () => {
    expect(asArrows('Brokered by Peru, Chile and Bolivia met in Lima.')).toEqual(['PER->CHL cooperative', 'PER->BOL cooperative', 'CHL->BOL cooperative']);
    // (A list the comma closes is the agent: "Backed by Russia, Iran and China, Syria ...".)
    expect(asArrows('Backed by Peru, Ecuador and Chile, Bolivia rejected the plan.')).toEqual(['PER->BOL cooperative', 'ECU->BOL cooperative', 'CHL->BOL cooperative']);
  });
});
