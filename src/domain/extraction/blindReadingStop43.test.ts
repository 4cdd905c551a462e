// Constructions that the real news articles of stop 43's readings (annotated by hand before extraction
// was run on them, kept outside the project as the eval's are) were misread in. The sentences are
// written for the purpose, about other states in other words. Each test fails without its rule.
// (Earlier stops': blindReading.test.ts, blindReadingStop32.test.ts to blindReadingStop42.test.ts.)
import { describe, expect, it } from 'vitest';
import { asArrows, extract } from './extractionTestKit';

// The hundred and seventy-fourth to the hundred and seventy-seventh readings (stop 43): twelve articles (Algeria cuts
// its ties with Morocco, 2021; Pakistan recalls its ambassador after an Iranian strike, 2024; Mexico breaks with
// Ecuador after a raid on its embassy, 2024; Niger's junta expels the French ambassador, 2023).
describe('the hundred and seventy-fourth to the hundred and seventy-seventh readings', () => {
  it('reads acts called hostile or aggressive against a state as hostile, not as the reprisals "actions against" are', () => {
    expect(asArrows('Chad carried out hostile acts against Sudan.')).toEqual(['TCD->SDN hostile']);
    expect(asArrows('Chad took action against Sudan.')).toEqual(['TCD->SDN tense']);
  });

  it('reads an act a state "never stopped" or "did not cease" as going on, not ended', () => {
    expect(asArrows('Chad has never stopped its aggressive actions against Sudan, the minister said.')).toEqual(['TCD->SDN hostile']);
    expect(asArrows('Chad did not cease its attacks on Sudan.')).toEqual(['TCD->SDN hostile']);
    expect(asArrows('Chad stopped its attacks on Sudan.')).toEqual([]);
  });

  it('reads a group financed or armed to strike a state as a proxy against it, and the act as the accused\'s', () => {
    expect(asArrows('Chad armed militias to attack Sudan.')).toEqual(['TCD->SDN hostile']);
    expect(asArrows('Sudan accused Chad of funding rebel groups to attack Sudan.')).toEqual(['SDN->TCD tense', 'TCD->SDN hostile']);
    expect(extract('Sudan accused Chad of funding rebel groups to harm Sudan.').find((c) => c.a === 'TCD')?.certainty).toBe('alleged');
    // (Not efforts or plans supported: "backed efforts to sanction" is no proxy.)
    expect(asArrows('Chad supported efforts to sanction Sudan.')).toEqual(['TCD->SDN tense']);
  });

  it('reads "it" in what a state\'s media or ministry said as that state, not the sentence\'s subject', () => {
    expect(asArrows('Ghana closed its border after Togo\'s state-run television said it had shelled a Beninese army post.')).toContain('TGO->BEN hostile');
  });

  it('reads a trip to one\'s own home country as no visit', () => {
    expect(asArrows('Chile expelled Peru\'s consul, who was visiting his home country at the time.')).toEqual(['CHL->PER tense']);
  });

  it('reads what is inside a refusal or failure "to" as not had', () => {
    expect(asArrows('Chile criticised the refusal of Peru to hold talks with Bolivia.')).toEqual(['CHL->PER tense']);
  });

  it('reads "its" land violated in a clause of when or why as the land of the clause before\'s subject', () => {
    expect(asArrows('Ghana summoned Togo\'s ambassador on Monday after Togo violated its airspace.')).toEqual(['GHA->TGO tense', 'TGO->GHA hostile']);
  });

  it('reads attacks "inside" a state, named in an apposition that ends the sentence, as attacks on it', () => {
    expect(asArrows('The raid came after similar strikes carried out by Ankara inside two neighbours, Syria and Iraq.')).toEqual(['TUR->SYR hostile', 'TUR->IRQ hostile']);
    expect(asArrows('Turkey launched strikes inside Syria.')).toEqual(['TUR->SYR hostile']);
  });

  it('reads forces a state has "stationed" or "based" in another as kept there, military cooperation', () => {
    expect(asArrows('Britain has 900 soldiers based in Estonia.').map((a) => a.replace('--', '->'))).toEqual(['GBR->EST cooperative']);
  });

  it('reads a state after "the region of" or "the territory of" as where a thing is, as after "in"', () => {
    expect(asArrows("Chad's support for rebels in the northern region of Sudan worries Egypt.")).not.toContain('TCD->SDN cooperative');
  });

  it('reads the place an attack struck past a hedge ("what it said were"), whose words do not count toward how far a party may stand', () => {
    expect(asArrows('Moscow carried out air strikes on what it said were the ammunition depots of a foreign volunteer battalion in the eastern Kharkiv region.')).toEqual(['RUS->UKR hostile']);
  });
});

// The hundred and seventy-eighth to the hundred and eighty-first readings (stop 43): eleven articles (Thailand and Cambodia
// clash on their border, 2025; Hungary ratifies Sweden's NATO accession, 2024; Japan and South Korea rebuild their ties,
// 2023; Chad ends its defence agreement with France, 2024).
describe('the hundred and seventy-eighth to the hundred and eighty-first readings', () => {
  it('reads "X, a [description] who ..." as X doing what the relative clause tells', () => {
    expect(asArrows("Serbian President Aleksandar Vucic, a right-wing populist who has built close ties with China, had said that criticism of Serbia's democracy from Croatian politicians had soured relations between the two countries.")).toContain('SRB->CHN warming');
  });

  it('reads "the X side" that acts as the state X; not a side of a border', () => {
    expect(asArrows('The Georgian side attacked Russia.')).toEqual(['GEO->RUS hostile']);
    expect(asArrows('Shells fell on the Georgian side of the border with Russia.')).not.toContain('GEO->RUS hostile');
  });

  it('reads force with no object by one of the pair the article is about as force on the other', () => {
    expect(asArrows('India and Pakistan fought along their border on Friday. The Pakistani side opened fire first.')).toContain('PAK->IND hostile');
    expect(asArrows('India and Pakistan fought along their border on Friday. Pakistan attacked first, India said.')).toContain('PAK->IND hostile');
    // (Not force on something the sentence names: "arrested a candidate", "to quell the revolt".)
    expect(asArrows('India and Pakistan fought along their border on Friday. Pakistan attacked a village.')).not.toContain('PAK->IND hostile');
  });

  it('reads moving closer to positions or lines as movement on the ground, not warming, and what soldiers hear as no consultation', () => {
    expect(asArrows('Indian troops heard gunfire before seeing Pakistani soldiers moving closer to Indian positions.')).toEqual([]);
    expect(asArrows('Pakistan has inched closer to China.')).toEqual(['PAK->CHN warming']);
  });

  it('reads "the Central African nation" as no state of its own: a region\'s adjective, not the Central African Republic', () => {
    expect(asArrows('Chad ended the deal with France. The Central African nation then signed a deal with Russia.').join(' ')).not.toContain('CAF');
    expect(asArrows('The Central African Republic signed a deal with Russia.')).toEqual(['CAF->RUS cooperative']);
  });

  it('reads what a decision or a deal "would allow" a state to do as no act of one state on another', () => {
    expect(asArrows('Togo said the decision to end the agreement would allow Ghana to choose new partners.')).toEqual([]);
    expect(asArrows('Russia will allow Ghana to buy arms.')).toEqual(['RUS->GHA cooperative']);
  });

  it('reads "those countries" as the list of states told before, and a military presence kept in a state as military cooperation', () => {
    expect(asArrows('Chile, Peru and Bolivia signed the pact. Those countries have moved closer to Brazil.')).toEqual(expect.arrayContaining(['CHL->BRA warming', 'PER->BRA warming', 'BOL->BRA warming']));
    expect(asArrows('Turkey keeps a military presence in Qatar.')).toEqual(['TUR->QAT cooperative']);
  });

  it('reads "the threat posed by" a state as that state threatening the one who speaks of it', () => {
    expect(asArrows('Estonia cited the threat posed by Russia.')).toEqual(['RUS->EST tense']);
  });
});

// The hundred and eighty-second to the hundred and eighty-fifth readings (stop 43): twelve articles (Rwanda breaks with
// Belgium, 2025; Azerbaijan evacuates its embassy in Tehran after a shooting, 2023; Bangladesh and India summon each
// other's envoys over a border fence, 2025; Russia and Estonia expel each other's ambassadors, 2023).
describe('the hundred and eighty-second to the hundred and eighty-fifth readings', () => {
  it('reads those a state "joined in" an act as doing it too, with no claim among them', () => {
    expect(asArrows('Japan joined Canada and Australia in imposing sanctions on Iran.')).toEqual(['JPN->IRN tense', 'CAN->IRN tense', 'AUS->IRN tense']);
  });

  it('reads a lowered level of relations or representation as tense', () => {
    expect(asArrows('Lithuania will lower its level of diplomatic representation with Belarus.')).toEqual(['LTU->BLR tense']);
  });

  it('reads stirring hostility towards a state as tense, not the cooperation "promote" names alone', () => {
    expect(asArrows('Estonia promotes hostility towards Russia.')).toEqual(['EST->RUS tense']);
  });

  it('reads "began" as no act of its own: what begins is', () => {
    expect(asArrows('Kenya began evacuating staff from its embassy in Somalia.')).toEqual(['KEN->SOM tense']);
  });

  it('reads an attack under investigation, with no agent told, as nobody\'s', () => {
    expect(asArrows("Erdogan ordered an investigation into the attack on Greece's consulate in Istanbul.")).toEqual([]);
  });

  it('reads a pair named after "between" later in the clause as a noun\'s only when no comma or other "between" stands before it', () => {
    expect(asArrows('Chile accused Peru. Relations between the two neighbours have been strained by disputes over the areas between them, and the rapprochement between Chile and Bolivia.')).not.toContain('CHL->BOL tense');
  });
});

// The hundred and eighty-sixth and eighty-seventh readings (stop 43): six articles (Iraq expels Sweden's ambassador over a
// Quran burning, 2023; North Korea breaks with Malaysia over an extradition to the United States, 2021).
describe('the hundred and eighty-sixth and eighty-seventh readings', () => {
  it('reads a verb\'s form after "the" and a modifier, before "of", as its noun ("the working permit of"), no act', () => {
    expect(asArrows("Ghana suspended the working permit of Togo's state airline and expelled Togo's ambassador.")).toEqual(['GHA->TGO tense']);
  });

  it('reads conditions or demands "met" as satisfied, no meeting', () => {
    expect(asArrows("Cuba cut ties with Panama. This week a senior Cuban official vowed to ignore these offers until Washington has met Havana's conditions.")).toEqual(['CUB->PAN severed']);
  });

  it('reads what a crowd did, in a sentence naming two states, as no act of either', () => {
    expect(asArrows('The row came after protesters angered by the ruling stormed the Danish embassy in Tehran, breaking into the compound.')).toEqual([]);
  });

  it('reads "the country" opening what a state\'s official said as that state', () => {
    expect(asArrows("Lithuania's foreign minister said the country will support Latvia.")).toEqual(['LTU->LVA cooperative']);
  });
});

// The hundred and eighty-eighth and eighty-ninth readings (stop 43): six articles (Israel closes its embassy in Dublin,
// 2024; Kuwait suspends visas for Filipinos, 2023).
describe('the hundred and eighty-eighth and eighty-ninth readings', () => {
  it('reads "its" after "X\'s <noun> of" as X\'s, not the sentence\'s subject\'s', () => {
    expect(asArrows("Israel recalled its envoy. Saar said the move followed Norway's announcement of its support for Spain's resolution.")).toContain('NOR->ESP cooperative');
  });

  it('reads genocide committed in a state as violence against it, and what one is accused of committing as alleged', () => {
    expect(asArrows('Serbia committed genocide in Bosnia and Herzegovina, the court found.')).toEqual(['SRB->BIH hostile']);
    expect(extract('Turkey decided to accuse the Syrians of committing genocide in Iraq.').find((c) => c.stance === 'hostile')?.certainty).toBe('alleged');
  });
});

// The hundred and ninetieth and ninety-first readings (stop 43): six articles (Australia and Papua New Guinea sign the
// Pukpuk defence treaty, 2025; Sierra Leone and Guinea over the border village of Yenga, 2023-2026).
describe('the hundred and ninetieth and ninety-first readings', () => {
  it('reads "expressed" as no act of its own: only what is expressed (pride is none; unhappiness is disapproval)', () => {
    expect(asArrows('Fiji and Tonga signed a treaty. He said it was historic and expressed pride in having Tonga as an ally.')).not.toContain('FJI->TON tense');
    expect(asArrows("Spain expressed unhappiness with Greece's stance.")).toEqual(['ESP->GRC tense']);
  });

  it('reads troops one state invites in as military cooperation, not talks (so not the warming of talks at odds)', () => {
    const arrows = asArrows('A border dispute between Ghana and Togo has flared. Ghana invited Togolese troops to help secure the border.');
    expect(arrows).toContain('GHA->TGO cooperative');
    expect(arrows).not.toContain('GHA->TGO warming');
  });

  it('reads a body a matter is taken to as a forum, not whom a warning is for', () => {
    expect(asArrows('Accra has warned it may escalate the matter to the African Union or the United Nations if Togolese forces do not withdraw.')).toEqual(['GHA->TGO tense']);
  });
});

// The hundred and ninety-second and ninety-third readings (stop 43): six articles (Russia stops Ecuador's bananas after
// its arms swap with the United States, 2024; Belize and Guatemala's road map, 2014-2016).
describe('the hundred and ninety-second and ninety-third readings', () => {
  it('reads a demonym describing what is sent as where it comes from, the state after "to" as who receives it', () => {
    expect(asArrows('Britain said it planned to send the Norwegian military hardware to Ukraine.')).toEqual(['GBR->UKR cooperative']);
  });

  it('reads a deal that angers a state as judged by it, not made with it', () => {
    expect(asArrows('The deal has angered Beijing, with its spokesman saying that Manila had made a grave mistake.')).not.toContain('CHN->PHL cooperative');
  });
});

// The hundred and ninety-fourth reading (stop 43): three articles (Putin visits Mongolia despite the ICC's warrant, 2024).
describe('the hundred and ninety-fourth reading', () => {
  it('reads "a spokesperson for" a state\'s body as the state speaking, in an aside after a name the finder does not know too', () => {
    expect(asArrows('Ivan Petrov, a spokesman for the Bulgarian Ministry of Foreign Affairs, criticized Serbia for its silence.')).toEqual(['BGR->SRB tense']);
  });

  it('reads dependence on a state for goods or money as economic cooperation with it', () => {
    expect(asArrows('Laos is heavily dependent on Beijing for investment.')).toEqual(['LAO->CHN cooperative']);
  });

  it('reads force on "parts" or "areas of" a state as force on that state', () => {
    expect(asArrows('Ethiopian forces occupied parts of Eritrea.')).toEqual(['ETH->ERI hostile']);
  });
});

describe('seen in the browser: batch 188 on the map', () => {
  it('reads "the closure of its embassy in" a capital as severed with the state the embassy is in, as the verb is', () => {
    expect(asArrows('Norway announced the closure of its embassy in Caracas on Monday.')).toEqual(['NOR->VEN severed']);
  });
});

