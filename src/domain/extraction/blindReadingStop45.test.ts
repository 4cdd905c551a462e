// Constructions that the real news articles of stop 45's readings (annotated by hand before extraction
// was run on them, kept outside the project as the eval's are) were misread in. The sentences are
// written for the purpose, about other states in other words. Each test fails without its rule.
// (Earlier stops': blindReading.test.ts, blindReadingStop32.test.ts to blindReadingStop44.test.ts.)
import { describe, expect, it } from 'vitest';
import { asArrows, extract, ids } from './extractionTestKit';

// The two hundred and thirteenth to the two hundred and fifteenth readings (stop 45): nine articles (Iceland
// suspends its embassy in Moscow, 2023; Australia and Indonesia sign their defence agreement, 2024; Tanzania
// answers Malawi's and South Africa's bans on its produce, 2025).
describe('the two hundred and thirteenth to the two hundred and fifteenth readings', () => {
  it('reads what a mission does or holds ("its embassy operations in", "consulate staff in") as the mission, in the state it is in', () => {
    expect(asArrows('Norway closed its embassy operations in Caracas.')).toEqual(['NOR->VEN severed']);
    expect(asArrows('Norway suspended its consulate activities in Tehran.')).toEqual(['NOR->IRN tense']);
    // (Operations in a capital that are no mission's name no target.)
    expect(asArrows('Norway suspended its mining operations in Caracas.')).toEqual([]);
  });

  it('reads goods from a port or market ("banana imports from Haifa") as coming from its state', () => {
    expect(asArrows('Egypt banned fruit imports from Haifa.')).toEqual(['EGY->ISR tense']);
    // (What is banned in a city is no trade from its state.)
    expect(asArrows('Egypt banned fruit imports in Haifa.')).toEqual([]);
  });

  it('knows the commercial hubs and former capitals news names as a state\'s ports and markets ("Dar es Salaam", "Almaty", "Dubai")', () => {
    expect(asArrows('Turkey closed its consulate in Dubai.')).toEqual(['TUR->ARE severed']);
    expect(asArrows('Uzbekistan banned flour imports from Almaty.')).toEqual(['UZB->KAZ tense']);
  });

  it('reads tensions "within" or "inside" a bloc or a state as tensions of its own, not of the pair told before', () => {
    const text = 'Chile and Peru traded accusations. The dispute showed rising tensions within the Andean Community.';
    expect(extract(text).map((c) => c.trigger)).toEqual(['traded accusations']);
    expect(extract('Chile and Peru traded accusations. Tensions inside Bolivia grew.').map((c) => c.trigger)).toEqual(['traded accusations']);
    // (Tensions with no place of their own are the pair's.)
    expect(extract('Chile and Peru traded accusations. Tensions grew.').map((c) => c.trigger)).toEqual(['traded accusations', 'Tensions']);
  });

  it('reads past a list of things in a verb\'s object ("banned flour, rice, and bananas from") to the state the verb is on', () => {
    expect(asArrows('Russia fired rockets, mortars, and drones at Georgia.')).toEqual(['RUS->GEO hostile']);
    // (A comma before a new clause still ends the object: "banned sugar, and Uganda protested".)
    expect(asArrows('Kenya banned sugar, and Uganda protested to Tanzania.')).toEqual(['UGA->TZA tense']);
  });

  it('reads a participle right after a common noun ("and fish coming from Uganda") as describing it, not as a new clause', () => {
    expect(asArrows('Kenya banned sugar, maize, and fish coming from Uganda.')).toEqual(['KEN->UGA tense']);
  });

  it('reads trade that names a punishment ("face trade consequences", "trade penalties") as no trade between the states', () => {
    expect(asArrows('Kenya and Uganda now face trade penalties.')).toEqual([]);
    expect(asArrows('Kenya warned that Uganda would face trade consequences.')).not.toContain('KEN->UGA cooperative');
    expect(asArrows('Kenya and Uganda now face a surge in trade.')).toEqual(['KEN->UGA cooperative']);
  });

});

// The two hundred and sixteenth to the two hundred and eighteenth readings (stop 45): nine articles (Latvia lowers
// its relations with Russia, 2023; Vietnam and the Philippines seal their coast guard deals, 2024; Kenya's police
// arrive in Haiti, 2024-2025).
describe('the two hundred and sixteenth to the two hundred and eighteenth readings', () => {
  it('reads "US$" or "US dollars" as a currency, no mention of the United States', () => {
    expect(asArrows('Ghana signed a deal worth US$2 billion with Togo.')).toEqual(['GHA->TGO cooperative']);
    expect(asArrows('Ghana lent Togo 40 million US dollars.')).toEqual(['GHA->TGO cooperative']);
    expect(ids('The US lent Togo money.')).toEqual(['USA', 'TGO']);
  });

  it('reads a name joined by a hyphen to "ally" ("China and US-ally the Philippines") as describing what follows, in no list with the name before', () => {
    expect(asArrows('Boats of Vietnam and US-ally Japan collided.')).toEqual(['USA->JPN cooperative']);
  });

  it('reads what a backer backs ("Qatar-backed rebels attacked Libya") as the noun right after, never an actor past a verb', () => {
    expect(asArrows('Turkey and Qatar-backed rebels attacked Libya.')).not.toContain('QAT->LBY cooperative');
    expect(asArrows('The Qatar-backed Houthis attacked Libya.')).toContain('QAT->houthis cooperative');
  });

  it('reads solidarity or coordination in an opening adjunct ("In solidarity with Lithuania, Poland ...") as the subject\'s after its comma', () => {
    expect(asArrows('In solidarity with Lithuania, Poland will close its border with Belarus.')).toContain('POL->LTU cooperative');
    expect(asArrows('Because of Belarusian provocations and in solidarity with Lithuania, Poland will close its border.')).toEqual(['POL->LTU cooperative']);
  });

  it('reads relations "lowered" as relations downgraded, tense', () => {
    expect(asArrows('Ghana will lower its ties with Togo.')).toEqual(['GHA->TGO tense']);
  });

});

// The two hundred and nineteenth to the two hundred and twenty-first readings (stop 45): nine articles (Uzbekistan and
// Kyrgyzstan ratify their border treaty, 2022; Ghana and Burkina Faso deepen their security cooperation, 2022 and
// 2026; Serbia and Croatia expel each other's diplomats, 2023).
describe('the two hundred and nineteenth to the two hundred and twenty-first readings', () => {
  it('reads a hot-button, thorny or contentious issue, or a sticking point, between two states as tense', () => {
    expect(asArrows('Fishing rights remain a thorny issue between Ghana and Togo.')).toEqual(['GHA->TGO tense']);
    expect(asArrows('The dam is a hot-button issue between Ghana and Togo.')).toEqual(['GHA->TGO tense']);
  });

  it('reads a demonym before people past an adjective ("Kyrgyz civil activists") as people, not the state', () => {
    expect(asArrows('Many Malian civil activists have criticised Niger.')).toEqual([]);
    expect(asArrows('Malian senior officials have criticised Niger.')).toEqual(['MLI->NER tense']);
  });

});

// The two hundred and twenty-second to the two hundred and twenty-fourth readings (stop 45): nine articles (Indonesia
// protests China's vessels off the Natuna Islands, 2016-2020; Argentina and Britain over the Falklands, 2024; Zambia
// and DR Congo over maize and the border, 2021-2024).
describe('the two hundred and twenty-second to the two hundred and twenty-fourth readings', () => {
  it('reads what leads another to act ("leading the Japanese Foreign Ministry to summon ...") as no act of its own', () => {
    expect(asArrows('A Chinese drone flew over the islands, leading the Japanese Foreign Ministry to summon the Chinese ambassador.')).toEqual(['JPN->CHN tense']);
    expect(asArrows('A Chinese drone flew over the islands, leading Japan to summon the Chinese ambassador.')).toEqual(['JPN->CHN tense']);
  });

  it('reads discussions with a state as talks ("has begun discussions with the UK")', () => {
    expect(asArrows('Kenya has begun discussions with Ethiopia.')).toEqual(['KEN->ETH cooperative']);
  });

  it('reads a ban on a state\'s goods past "imports of" or a gerund ("a ban on importing Zambian beer") as on that state, and what it bars as not done', () => {
    expect(asArrows('Ghana\'s ban on imports of Togolese cement angered Lome.')).toEqual(['GHA->TGO tense']);
    expect(asArrows('Ghana\'s ban on importing Togolese cement angered Lome.')).toEqual(['GHA->TGO tense']);
    expect(asArrows('Ghana imposed sanctions on selling arms to Togo.')).toEqual(['GHA->TGO tense']);
  });

  it('reads talks "about" a state in a sentence of two states as talks about it, not with it', () => {
    expect(asArrows('Peru, a key port, has been the focus of talks about Chile\'s claims.')).toEqual([]);
  });

  it('reads what is done against the law ("illegally buying maize from Zambian farms") as no cooperation', () => {
    expect(asArrows('Chile had been illegally buying fish from Peruvian boats.')).toEqual([]);
    expect(asArrows('Chile had been buying fish from Peruvian boats.')).toEqual(['CHL->PER cooperative']);
  });

});

// The two hundred and twenty-fifth to the two hundred and twenty-seventh readings (stop 45): nine articles (Malaysia
// and Singapore end their airspace dispute, 2018-2019; Sri Lanka's navy arrests Indian fishermen, 2017-2022; Bhutan
// and China's boundary talks, 2023).
describe('the two hundred and twenty-fifth to the two hundred and twenty-seventh readings', () => {
  it('reads diplomatic relations not had ("don\'t have diplomatic relations") as severed, as "have no diplomatic relations" is', () => {
    expect(asArrows('Tonga and Kosovo don\'t have diplomatic relations.')).toEqual(['TON->XKX severed']);
    expect(asArrows('Tonga and Kosovo do not have formal ties but maintain contact.')).toContain('TON->XKX severed');
    // (Relations had tell no act: "Tonga, which Fiji courts, now has formal diplomatic relations with only 12 nations.")
    expect(asArrows('Tonga, which Fiji courts, now has formal diplomatic relations with only 12 nations.')).not.toContain('TON->FJI severed');
  });

  it('reads nationals taken by a verb the tagger takes for an adjective ("has apprehended ten Indian fishermen") as their state', () => {
    expect(asArrows('The Kenyan navy has apprehended six Somali fishermen.')).toEqual(['KEN->SOM hostile']);
  });

});

// The two hundred and twenty-eighth and twenty-ninth readings (stop 45): six articles (Chile and Argentina over solar
// panels across their border, 2024; Senegal and Gambia over the border blockade, 2016).
describe('the two hundred and twenty-eighth and twenty-ninth readings', () => {
  it('reads a conflict on the verge or brink of breaking out, past a noun before it ("a border conflict"), as none fought', () => {
    expect(asArrows('The row put Peru on the verge of a border conflict with Ecuador.')).not.toContain('PER->ECU hostile');
  });

  it('reads talks "to solve", "to resolve" or "to settle" something as talks to settle a dispute, warming', () => {
    expect(asArrows('Negotiations between Ghana and Togo to solve the blocking of the border have failed.')).toEqual(['GHA->TGO warming']);
    expect(asArrows('Ghana and Togo held talks to promote trade.')).toEqual(['GHA->TGO cooperative']);
  });

  it('reads people named with their states ("Ministers A of Ghana and B of Togo met") as one list', () => {
    expect(asArrows('Foreign Ministers Ama Mensah of Ghana and Kossi Agbo of Togo met in Accra.')).toEqual(['GHA->TGO cooperative']);
  });

});

// The two hundred and thirtieth and thirty-first readings (stop 45): six articles (Algeria suspends its friendship treaty
// with Spain, 2022; Kenya and Tanzania turn a new leaf on trade, 2021).
describe('the two hundred and thirtieth and thirty-first readings', () => {
  it('reads barriers eliminated or lifted as restrictions eased, warming, and what the barriers do as no act of the subject\'s', () => {
    expect(asArrows('Ghana and Togo agreed to dismantle barriers hindering the flow of goods.')).toEqual(['GHA->TGO warming']);
    expect(asArrows('Ghana and Togo have agreed to eliminate barriers hindering the smooth flow of trade and people between the two West African nations.')).not.toContain('GHA->TGO tense');
    expect(asArrows('Ghana lifted its trade barriers on Togo.')).toEqual(['GHA->TGO warming']);
  });

});

// Seen in the browser (stop 45): batch 217's first article (Vietnam and the Philippines, 2024).
describe('seen in the browser at stop 45', () => {
  it('reads relations with no pair of their own as the pair of the sentence\'s last act, not of a role that only describes', () => {
    expect(asArrows('Incidents between boats of Peru and US-ally Ecuador have been frequent, adding strain to deteriorating relations.')).not.toContain('USA->ECU tense');
    expect(asArrows('Peru and Ecuador traded accusations, adding strain to deteriorating relations.')).toEqual(['PER->ECU tense']);
  });
});
