// Constructions that the real news articles of stop 37's readings (the seventy-eighth on, annotated by hand
// before extraction was run on them, kept outside the project as the eval's are) were misread in. The
// sentences are written for the purpose, about other states in other words. Each test fails without its
// rule. (Earlier stops': blindReading.test.ts, blindReadingStop32.test.ts to blindReadingStop36.test.ts.)
import { describe, expect, it } from 'vitest';
import { asArrows, extract, ids } from './extractionTestKit';

const certainties = (text: string) => extract(text).map((c) => `${c.a}->${c.b} ${c.stance} ${c.certainty}`);

// The seventy-eighth reading (stop 37): four articles (Mali, Burkina Faso and Niger recall their ambassadors from Algeria over a downed drone, 2025).
describe('the seventy-eighth reading', () => {
  it('reads the act of a perfect gerund ("of having shot down") as the accused\'s, alleged', () => {
    expect(certainties('Chile accused Peru of having attacked a Chilean patrol boat.')).toEqual(['CHL->PER tense stated', 'PER->CHL hostile alleged']);
    expect(asArrows('Ghana recalled its ambassador from Togo, which it accuses of having shot down a Ghanaian army drone.')).toEqual(['GHA->TGO tense', 'TGO->GHA hostile']);
  });

  it('reads a description as the state named before it, not one named later in its sentence', () => {
    const told = 'Senegal accused Morocco of spying. ';
    expect(asArrows(`${told}The West African country and its allies Ghana and Togo will recall their envoys from Morocco.`)).toEqual(['SEN->MAR tense', 'SEN->GHA cooperative', 'SEN->TGO cooperative', 'SEN->MAR tense', 'GHA->MAR tense', 'TGO->MAR tense']);
  });
});

// The seventy-ninth reading (stop 37): five articles (Canada expels an Indian diplomat over a Sikh leader's killing, and India expels a Canadian one, 2023).
describe('the seventy-ninth reading', () => {
  it('reads a murder or an assassination as the killing it is', () => {
    expect(asArrows('Algeria was involved in the murder of a Moroccan.')).toEqual(['DZA->MAR hostile']);
    expect(asArrows('Ghanaian agents were behind the assassination of two Togolese soldiers.')).toEqual(['GHA->TGO hostile']);
  });

  it('reads a state\'s citizens or civilians, when they are killed or attacked, as that state', () => {
    expect(asArrows('Venezuelan forces killed three Colombian civilians.')).toEqual(['VEN->COL hostile']);
    expect(asArrows('Caracas was involved in the murder of a prominent Colombian activist.')).toEqual(['VEN->COL hostile']);
    expect(asArrows('Togo was involved in the killing of two Ghanaian nationals.')).toEqual(['TGO->GHA hostile']);
    // (People who act are still people, not their state.)
    expect(asArrows('Iraqi citizens attacked the Turkish embassy.')).toEqual([]);
  });

  it('reads the act a state is accused of having a part in as its act, alleged', () => {
    expect(certainties('Colombia accused Venezuela of involvement in the attack on Colombian soldiers.')).toEqual(['COL->VEN tense stated', 'VEN->COL hostile alleged']);
    expect(certainties('Ghana blamed Togo for its role in the killing of two Ghanaian fishermen.')).toEqual(['GHA->TGO tense stated', 'TGO->GHA hostile alleged']);
  });

  it('reads the act a state\'s agent is expelled for having a part in as that state\'s, alleged', () => {
    expect(certainties('Ghana has expelled a senior Togolese diplomat for his alleged involvement in the assassination of Ghanaian Muslim leader Kofi Mensah.')).toEqual(['GHA->TGO tense stated', 'TGO->GHA hostile alleged']);
  });

  it('reads the act a state is linked to as its act, alleged', () => {
    expect(certainties('Bogota linked Venezuelan government agents to the June murder of a Colombian.')).toEqual(['COL->VEN tense stated', 'VEN->COL hostile alleged']);
    expect(certainties('Peru tied Bolivia to the attack on Peruvian police.')).toEqual(['PER->BOL tense stated', 'BOL->PER hostile alleged']);
  });

  it('reads an accusation rejected by name, or dismissed as absurd, as denied', () => {
    expect(certainties('Caracas rejected Bogota\'s accusation that it was involved in the murder of a Colombian citizen.').at(-1)).toBe('VEN->COL hostile denied');
    expect(certainties('Togo dismissed allegations that it was linked to the killing of two Ghanaian fishermen as absurd.')).toEqual(['TGO->GHA hostile denied']);
    expect(certainties('Togo dismissed allegations that it was linked to the killing of Ghanaian fishermen as "absurd".')).toEqual(['TGO->GHA hostile denied']);
    expect(certainties('Togo dismissed as absurd the claims that Togolese soldiers killed Ghanaian fishermen.')).toEqual(['TGO->GHA hostile denied']);
  });
});

// The eightieth reading (stop 37): five articles (Thailand recalls its ambassador and expels Cambodia's after a landmine blast, 2025).
describe('the eightieth reading', () => {
  it('reads a verb\'s form after a possessive as its noun ("over her conduct")', () => {
    expect(asArrows('The Bolivian minister was suspended over her conduct during the row with Chile.')).toEqual(['BOL->CHL tense']);
    expect(asArrows('Peru praised their conduct during the talks.')).toEqual([]);
  });

  it('reads mines laid along "their shared border" as laid against the other of the two', () => {
    expect(certainties('Laos condemned Vietnam for allegedly laying anti-personnel mines along their shared border.')).toEqual(['LAO->VNM tense stated', 'VNM->LAO hostile alleged']);
    expect(asArrows('Laos said Vietnam laid landmines along their common border.')).toEqual(['VNM->LAO hostile']);
  });
});

// The eighty-first reading (stop 37): four articles (Guyana and Venezuela's Argyle declaration on the Essequibo, 2023).
describe('the eighty-first reading', () => {
  it('reads a capital after a capitalised first name as a surname, not the state', () => {
    // (Since stop 46 the prime minister introduced in apposition is Dominica's too, by name: not the Isle of Man.)
    expect(ids('The talks were attended by Dominica\'s prime minister, Roosevelt Douglas, and Chile\'s envoy.')).toEqual(['DMA', 'DMA', 'CHL']);
    // (A capital that is a first name is the state's where no first name stands before it: "Victoria". Douglas, the Isle of Man's, is no actor since stop 55: a territory is its sovereign's place.)
    expect(ids('Officials in Victoria said. Talks in Lima and Victoria began.')).toEqual(['SYC', 'PER', 'SYC']);
    expect(asArrows('Kenya and Uganda met. Prime Minister Paul Nairobi welcomed the talks.')).toEqual(['KEN->UGA cooperative']);
  });

  it('reads the "it" of an event ("prevent it from happening again") as no state', () => {
    expect(asArrows('Chile and Peru will communicate with each other and with Brazil to contain it and prevent it from happening again.')).not.toContain('CHL->BRA tense');
  });
});

// The eighty-second reading (stop 37): five articles (Iran and Saudi Arabia agree in Beijing to restore their ties, 2023).
describe('the eighty-second reading', () => {
  it('reads the deal a third state helped broker past a noun that qualifies it ("the surprise deal")', () => {
    expect(asArrows('Chile and Peru agreed to restore ties. Brazil helped to broker the surprise deal.')).toEqual(['CHL->PER warming', 'BRA->CHL cooperative', 'BRA->PER cooperative']);
  });

  it('reads the subject\'s own embassy reopened in another capital as warming toward that state, also after "procedures for"', () => {
    expect(asArrows('Chilean officials arrived in Peru to discuss procedures for reopening Santiago\'s embassy in Lima.')).toEqual(['CHL->PER warming']);
    expect(asArrows('Peru closed Chile\'s embassy in Lima.')).toEqual(['PER->CHL severed']);
  });

  it('reads a lowered chance of conflict as no conflict', () => {
    expect(asArrows('The deal lowers the chance of armed conflict between Chile and Peru.')).not.toContain('CHL->PER hostile');
    expect(asArrows('The accord reduces the likelihood of war between Chile and Peru.')).not.toContain('CHL->PER hostile');
  });
});

// The eighty-third reading (stop 37): five articles (the Philippines summons China's envoy after water cannon at Second Thomas Shoal, 2023-2024).
describe('the eighty-third reading', () => {
  it('reads a past between a noun subject and its object as the verb it is ("the coast guard shot a")', () => {
    expect(asArrows('Last week, Vietnam\'s coast guard shot a water cannon at a Malaysian boat.')).toEqual(['VNM->MYS hostile']);
  });
});

// The eighty-fourth reading (stop 37): five articles (Poland, Hungary and Slovakia ban Ukrainian grain, and Ukraine complains to the WTO, 2023).
describe('the eighty-fourth reading', () => {
  it('reads a noun of force in a compound adjective ("the war-torn country") as no act', () => {
    expect(asArrows('Chile, Peru and Bolivia banned beef coming from the war-torn country.')).toEqual([]);
  });

  it('reads the one who joins ("were joined by") as doing what those it joins did, with no claim among them', () => {
    expect(asArrows('Chile and Peru banned Bolivian beef. They were joined on Friday by Ecuador.')).toEqual(['CHL->BOL tense', 'PER->BOL tense', 'ECU->BOL tense']);
    expect(asArrows('Bahrain was joined by Egypt in cutting ties with Qatar.')).toEqual(['BHR->QAT severed', 'EGY->QAT severed']);
  });

  it('reads goods named by a demonym in a trade measure as their state\'s', () => {
    expect(asArrows('Chile announced bans on imports of Bolivian food.')).toEqual(['CHL->BOL tense']);
    expect(asArrows('Chile announced a ban on Bolivian food imports.')).toEqual(['CHL->BOL tense']);
  });

  it('reads the subject past an opening phrase that a preposition opens and a list after its comma', () => {
    expect(asArrows('In a break with the wider African Union, Ghana, Togo and Benin have announced bans on beef from Nigeria.')).toEqual(['GHA->NGA tense', 'TGO->NGA tense', 'BEN->NGA tense']);
  });

  it('reads a row "over" a list\'s measure as no row among the list', () => {
    expect(asArrows('The row over Chile, Peru and Ecuador\'s ban is escalating.')).toEqual([]);
  });

  it('reads protecting "domestic" interests as no act toward another', () => {
    expect(asArrows('Chile, Peru and Ecuador kept the ban to protect the interests of domestic farm industries.')).toEqual([]);
  });
});

// The eighty-fifth reading (stop 37): five articles (Japan and South Korea remove each other from their export white lists, 2019).
describe('the eighty-fifth reading', () => {
  it('reads a copula\'s subject as what "a US ally" describes', () => {
    expect(asArrows('Both Chile and Peru are close US allies.')).toEqual(['USA->CHL cooperative', 'USA->PER cooperative']);
    expect(asArrows('Colombia remains a Brazilian ally.')).toEqual(['BRA->COL cooperative']);
  });

  it('reads cooperation "against" a state as none with it', () => {
    expect(asArrows('Brazil seeks to present a united front against Venezuela.')).toEqual(['BRA->VEN tense']);
    expect(asArrows('Chile and Peru joined forces against Bolivia.')).not.toContain('CHL->BOL cooperative');
  });

  it('reads the kind of a list ("its whitelist of trusted trading partners") as no relation', () => {
    expect(asArrows('Chile expressed regret over Peru\'s move to remove Chile from its whitelist of trusted trading partners amid the controversy over historical issues between the two countries.')).toEqual(['CHL->PER tense']);
  });
});

// The eighty-seventh reading (stop 37): five articles (Algeria recalls its ambassador from France after Paris backs Morocco's autonomy plan for Western Sahara, 2024).
describe('the eighty-seventh reading', () => {
  it('reads "a decision by" a titled leader "to back" as that leader\'s state backing', () => {
    expect(asArrows('Chile recalled its envoy from Lima following a decision by Peruvian President Dina Boluarte to back Bolivia\'s plan.')).toEqual(['CHL->PER tense', 'PER->BOL cooperative']);
  });

  it('reads the agent of a passive past a backer in its own compound ("the Algerian-backed Polisario Front")', () => {
    expect(asArrows('Morocco is opposed by the Algerian-backed Polisario Front.')).toEqual(['polisario->MAR tense', 'DZA->polisario cooperative']);
  });
});

// The eighty-eighth reading (stop 37): five articles (the Maldives suspends ministers over remarks against India's prime minister, 2024).
describe('the eighty-eighth reading', () => {
  it('reads removing another state\'s troops as an expulsion, and one\'s own as none', () => {
    expect(asArrows('Mali promised to remove a small contingent of French troops from its territory.')).toEqual(['MLI->FRA tense']);
    expect(asArrows('Russia removed its troops from Syria.')).toEqual([]);
  });

  it('reads a state that only says where ("not far from the Maldives", "just north of") as no target', () => {
    expect(asArrows('India praised the islands not far from the Maldives.')).toEqual([]);
    expect(asArrows('India praised the islands just north of the Maldives.')).toEqual([]);
  });
});

// The eighty-ninth reading (stop 37): five articles (Mexico breaks off relations with Ecuador after its police raid the Mexican embassy in Quito, 2024).
describe('the eighty-ninth reading', () => {
  it('reads "deepening a rift" as no cooperation', () => {
    expect(asArrows('Chile suspended ties with Peru, deepening a diplomatic rift between the two countries.')).not.toContain('CHL->PER cooperative');
  });

  it('reads a state defending its own raid as no support for the other', () => {
    expect(asArrows('Chile suspended ties with Peru. Peru\'s president defended the raid in a statement.')).not.toContain('PER->CHL cooperative');
  });
});

// The ninetieth reading (stop 37): four articles (Colombia breaks off relations with Israel over the war in Gaza, 2024).
describe('the ninetieth reading', () => {
  it('reads the act a state responds to ("in response to Hamas attack") as against that state', () => {
    expect(asArrows('Chile launched strikes in response to Peruvian attacks.')).toContain('PER->CHL hostile');
  });

  it('reads the subject after an opening "Weeks after ..." that holds its own relative clause', () => {
    expect(asArrows('Weeks after the Peruvian attack on Chile that sparked the war and killed 20 people, Brazil recalled its ambassador to Peru.')).toEqual(['PER->CHL hostile', 'BRA->PER tense']);
  });

  it('reads what "sparked" a war as no party to it', () => {
    expect(asArrows('The raid on Chile sparked a war in Bolivia.')).not.toContain('CHL->BOL hostile');
  });

  it('reads fighting named as a cause by where it is ("due to the hostilities in Gaza") as no act of the subject', () => {
    expect(asArrows('Chile and Peru recalled their ambassadors from Bolivia due to the hostilities in Lima.')).toEqual(['CHL->BOL tense', 'PER->BOL tense']);
  });
});

// The ninety-first reading (stop 37): five articles (Turkey's parliament ratifies Sweden's NATO bid, 2024).
describe('the ninety-first reading', () => {
  it('reads a state\'s parliament as that state', () => {
    expect(asArrows('Germany lauded the Turkish parliament\'s decision.')).toEqual(['DEU->TUR cooperative']);
    expect(asArrows('The Iraqi parliament voted to expel Turkish troops.')).toContain('IRQ->TUR tense');
  });
});

// The ninety-second reading (stop 37): five articles (Germany closes Iran's consulates after the execution of a German-Iranian citizen, 2024).
describe('the ninety-second reading', () => {
  it('reads the execution of a state\'s citizen as a killing of that state\'s people', () => {
    expect(asArrows('Canada protested Riyadh\'s execution of a Canadian citizen.')).toEqual(['CAN->SAU tense', 'SAU->CAN hostile']);
  });
});

// The ninety-third reading (stop 37): five articles (Sri Lanka bars foreign research ships for a year amid India's concerns over Chinese vessels, 2023-24).
describe('the ninety-third reading', () => {
  it('reads an opening participle of pressure ("Pressured by India and China,") as the agents pressing the subject, tense', () => {
    expect(asArrows('Pressured by Chile and Peru, Bolivia has taken the safer option.')).toEqual(['CHL->BOL tense', 'PER->BOL tense']);
  });
});
