// Constructions that the real news articles of stop 46's readings (annotated by hand before extraction
// was run on them, kept outside the project as the eval's are) were misread in. The sentences are
// written for the purpose, about other states in other words. Each test fails without its rule.
// (Earlier stops': blindReading.test.ts, blindReadingStop32.test.ts to blindReadingStop45.test.ts.)
import { describe, expect, it } from 'vitest';
import { asArrows, extract } from './extractionTestKit';

// The two hundred and thirty-fourth to the two hundred and thirty-sixth readings (stop 46): nine articles
// (the World Court on Equatorial Guinea's and Gabon's islands, 2025; Britain's and France's migrant returns
// deal, 2025; Eritrea frees Djiboutian prisoners of war, 2016).
describe('the two hundred and thirty-fourth to the two hundred and thirty-sixth readings', () => {
  it('reads a state\'s detained people whom another releases ("freed eleven Thai fishermen") as that state', () => {
    expect(asArrows('Myanmar freed eleven Thai fishermen last week.')).toEqual(['MMR->THA warming']);
    expect(asArrows('Iran released two French detainees.')).toEqual(['IRN->FRA warming']);
    // (Prisoners released with no state of theirs named are no one's.)
    expect(asArrows('Myanmar freed eleven fishermen last week.')).toEqual([]);
  });

  it('reads "prisoners-of-war" written with hyphens as a kind of prisoner, not a war', () => {
    expect(asArrows('Sudan and Ethiopia exchanged prisoners-of-war.')).toEqual([]);
  });

  it('gives no claim between the two states a sentence names when its one-way act has a subject that is neither ("The tribunal sided with Chile against Peru")', () => {
    expect(asArrows('The arbitration panel sided with Chile in its quarrel with Peru.')).toEqual(['CHL->PER tense']);
    // (A person or an office may act for either: "the foreign minister summoned the Peruvian ambassador to the Andean country".)
    expect(extract('After the row, the foreign minister, Ana Ruiz, summoned the Peruvian ambassador to Chile.').map((c) => `${[c.a, c.b].sort().join('|')} ${c.stance}`)).toEqual(['CHL|PER tense']);
  });

  it('reads a dispute its parties refer to a court or to arbiters ("agreed to hand the dispute over to the ICJ") as on its way to a settlement: warming', () => {
    expect(asArrows('Chile and Argentina agreed to refer their border dispute to arbitrators in 1902.')).toEqual(['CHL->ARG warming']);
    expect(asArrows('Chile and Argentina agreed to hand the quarrel over to the court.')).toEqual(['CHL->ARG warming']);
    // (A suit one side brings is no settlement: "took its dispute with Russia to the court".)
    expect(asArrows('Ukraine took its dispute with Russia to the court.')).toEqual(['UKR->RUS tense']);
  });

  it('reads "their" after a list of states named after the subject as the list\'s ("welcomed Laos and Vietnam and their new partnership")', () => {
    expect(asArrows('Japan welcomed Laos and Vietnam and their new partnership.')).toContain('LAO->VNM cooperative');
  });

  it('keeps the dispute of those asked to settle "their" dispute: a settlement asked for is not made, the dispute is had ("called on Serbia and Croatia to settle their quarrel")', () => {
    expect(asArrows('Germany called on Serbia and Croatia to settle their quarrel.')).toEqual(['SRB->HRV tense']);
    // (Whose dispute "the border dispute" is, the sentence does not say.)
    expect(asArrows('Egypt urged Sudan to resolve the border dispute soon.')).toEqual([]);
  });
});

// The two hundred and thirty-seventh to the two hundred and thirty-ninth readings (stop 46): eight articles
// (France and Madagascar over the Scattered Islands, 2025; Zambia and Zimbabwe's commission, 2020-2025; Nigeria
// hands the Bakassi peninsula to Cameroon, 2004-2006).
describe('the two hundred and thirty-seventh to the two hundred and thirty-ninth readings', () => {
  it('reads a refusal to yield what another state claims ("refused to hand over control to Cameroon") as tense toward it', () => {
    expect(asArrows('Eritrea refused to hand over control of the town to Ethiopia.')).toEqual(['ERI->ETH tense']);
    expect(asArrows('Eritrea refused to cede the villages to Ethiopia.')).toEqual(['ERI->ETH tense']);
  });

  it('reads a verb written with a hyphen after "re" as the verb without it ("re-affirmed", "re-established")', () => {
    expect(asArrows("Chile re-affirmed Bolivia's sovereignty over the port.")).toEqual(['CHL->BOL cooperative']);
    expect(asArrows('Qatar re-established diplomatic relations with Chad.')).toEqual(['QAT->TCD warming']);
  });

  it('reads a meeting to discuss what is disputed ("to discuss the future of the long-disputed islands") as talks on a dispute: warming', () => {
    expect(asArrows('Kenya and Uganda will meet on Friday to discuss the fate of the long-disputed Migingo island.')).toEqual(['KEN->UGA warming']);
    // (Not what is not disputed.)
    expect(asArrows('Kenya and Uganda will meet on Friday to discuss the fate of the island, which is not disputed.')).toEqual(['KEN->UGA cooperative']);
  });
});

// The two hundred and fortieth to the two hundred and forty-second readings (stop 46): nine articles (Fiji's police
// agreement with China under review, 2023-2024; Botswana and Namibia drop passports at their border, 2022-2023; the
// Comoros refuse migrants expelled from Mayotte, 2023).
describe('the two hundred and fortieth to the two hundred and forty-second readings', () => {
  it('reads France\'s overseas departments ("Mayotte", "Réunion", "French Guiana") as places of France, not states of their own', () => {
    expect(asArrows('France sent more gendarmes to French Guiana.')).toEqual([]);
    expect(asArrows('Suriname condemned the raids carried out by French police in Guadeloupe and Martinique last week.')).toEqual(['SUR->FRA tense']);
  });

  it('reads a request that another state stop, drop or step back from what it does as a demand: tense toward it ("urging France to step back from a looming operation")', () => {
    expect(asArrows('Laos urged Thailand to halt the dam project.')).toEqual(['LAO->THA tense']);
    expect(asArrows('Ghana has called on Togo to step back from the new border checks.')).toEqual(['GHA->TGO tense']);
    expect(asArrows('"We strongly recommend the Thais drop the project," a Lao spokesman said.')).toEqual(['LAO->THA tense']);
    // (An appeal to end a conflict both have is no demand on either.)
    expect(asArrows('Laos urged Thailand to end the dispute over the dam.')).not.toContain('LAO->THA tense');
  });

  it('reads doubt or suspicion of ties with another state ("more scepticism about close ties with Beijing") as a tense attitude toward it', () => {
    expect(asArrows('Samoa has shown growing scepticism about its ties with China.')).toContain('WSM->CHN tense');
    expect(asArrows('Tonga voiced deep suspicion towards China.')).toEqual(['TON->CHN tense']);
  });

  it('knows an office holder the article introduces in apposition after a comma ("The Fijian prime minister, Sitiveni Rabuka,")', () => {
    expect(asArrows('The Samoan prime minister, Fiame Mata\'afa, met officials. Mata\'afa later criticised China.')).toEqual(['WSM->CHN tense']);
    expect(asArrows("Tonga's foreign minister, Fekitamoeloa Utoikamanu, spoke on Monday. Utoikamanu praised Fiji.")).toEqual(['TON->FJI cooperative']);
  });
});

// The two hundred and forty-third to the two hundred and forty-fifth readings (stop 46): nine articles (Thailand and
// Laos, 1980-2024; Angola and Portugal's agreements, 2023-2025; Tajikistan and the Taliban, 2021-2025).
describe('the two hundred and forty-third to the two hundred and forty-fifth readings', () => {
  it('reads a fight against a crime or a scourge ("efforts to combat drug smuggling, human trafficking") as on no state', () => {
    const text = 'The prime minister of Ghana met her Togolese counterpart on Monday. They agreed to step up efforts to combat drug trafficking and piracy.';
    expect(asArrows(text)).not.toContain('GHA->TGO tense');
    expect(asArrows(text)).toContain('GHA->TGO cooperative');
    expect(asArrows('Ghana and Togo stepped up efforts to combat drug trafficking and piracy.')).toEqual([]);
  });

  it('reads a state\'s name that is only the surname of an office holder the article introduces ("Prime Minister Luís Montenegro ... Montenegro highlighted") as that person', () => {
    const text = 'Brazilian Foreign Minister Ana Chile met Peru\'s president on Monday. Chile later criticised Peru over the fishing dispute.';
    expect(asArrows(text)).toContain('BRA->PER tense');
    expect(asArrows(text).some((a) => a.includes('CHL'))).toBe(false);
    // (A state named otherwise too stays the state.)
    expect(asArrows('Brazilian Foreign Minister Ana Chile met officials. The Chilean government criticised Peru.')).toEqual(['CHL->PER tense']);
  });

  it('reads those who govern in a capital ("threatened the authorities in Dushanbe", "criticised officials in Baghdad") as the target, its state', () => {
    expect(asArrows('Uzbekistan criticised officials in Bishkek over the dam.')).toEqual(['UZB->KGZ tense']);
    expect(asArrows('Uzbekistan threatened the authorities in Bishkek.')).toEqual(['UZB->KGZ tense']);
    // (Not what is only located there: "criticised the conditions in Bishkek".)
    expect(asArrows('Uzbekistan criticised the conditions in Bishkek.')).toEqual([]);
  });

  it('reads a word in lower case before a name ("the tension between the new Afghanistan and Tajikistan") as describing it, not as part of the name', () => {
    expect(asArrows('The rivalry between the new Syria and Iraq keeps growing, and Jordan worries.')).toEqual(['SYR->IRQ tense']);
  });
});

// The two hundred and forty-sixth to the two hundred and forty-eighth readings (stop 46): seven articles (Costa Rica
// and Nicaragua at the ICJ, 2011-2018; Guyana and Suriname's maritime border, 2004-2024; Paraguay and Brazil on the
// Itaipú tariff, 2024).
describe('the two hundred and forty-sixth to the two hundred and forty-eighth readings', () => {
  it('reads a protest in an infinitive of purpose ("wrote to Managua to protest the military camp") as addressed to the one written to', () => {
    expect(asArrows('Honduras wrote to El Salvador to protest the new fence.')).toEqual(['HND->SLV tense']);
    expect(asArrows('Honduras sent a note to San Salvador to protest the new fence.')).toEqual(['HND->SLV tense']);
    // (Not a place one goes to: "went to Geneva to protest".)
    expect(asArrows('Honduras went to Geneva to protest the fence.')).toEqual([]);
  });

  it('reads dragging or hauling another state before a court ("dragged neighboring Nicaragua before the UN\'s highest court") as legal action: tense', () => {
    expect(asArrows("Belize dragged Guatemala before the world's highest court on Monday.")).toEqual(['BLZ->GTM tense']);
    expect(asArrows('Belize hauled Guatemala to the tribunal.')).toEqual(['BLZ->GTM tense']);
  });
});

// The two hundred and forty-ninth and two hundred and fiftieth readings (stop 46): five articles (Kazakhstan and
// Kyrgyzstan's border crisis, 2017; China, Japan and South Korea revive their summit, 2023).
describe('the two hundred and forty-ninth and two hundred and fiftieth readings', () => {
  it('reads traders, trucks and goods that cross a border as no incursion by the state they come from', () => {
    expect(asArrows('Tajik importers are making false claims about Iranian goods when crossing the Uzbek border.')).toEqual([]);
    expect(asArrows('Tajik trucks crossed the Uzbek border.')).toEqual([]);
    expect(asArrows('Tajik traders were stopped when crossing the Uzbek border.')).toEqual([]);
  });

  it('knows Kazakhstan\'s and Kyrgyzstan\'s leaders of the 2010s by name, and "Kazak" as Kazakhstan\'s adjective', () => {
    expect(asArrows('Nursultan Nazarbayev criticised Kyrgyzstan.')).toEqual(['KAZ->KGZ tense']);
    expect(asArrows('Almazbek Atambayev criticised Kazakhstan.')).toEqual(['KGZ->KAZ tense']);
    expect(asArrows('Kazak officials criticised Kyrgyzstan.')).toEqual(['KAZ->KGZ tense']);
  });
});

// The two hundred and fifty-first and two hundred and fifty-second readings (stop 46): six articles (Libya and Tunisia
// at the Ras Jedir crossing, 2014-2024; Mozambique and Tanzania against the Cabo Delgado insurgency, 2020-2021).
describe('the two hundred and fifty-first and two hundred and fifty-second readings', () => {
  it('reads a border or a crossing between two states that reopened as relations restored, and one closed as reduced', () => {
    expect(asArrows('The main crossing between Algeria and Morocco has reopened after two years.')).toEqual(['DZA->MAR warming']);
    expect(asArrows('The border crossing between Algeria and Morocco was closed in 1994.')).toEqual(['DZA->MAR tense']);
  });

  it('reads vehicles, goods and travellers that arrive as no visit ("vehicles loaded with cheap fuel arriving in Tunisia")', () => {
    expect(asArrows('Rabat decided to shut the crossing in May, a decision linked to the many vehicles loaded with cheap petrol arriving in Algeria.')).not.toContain('MAR->DZA cooperative');
  });

  it('reads attacks a state wards off ("to reduce the incursions of the Islamic State fighters on its territory") as no peace with their makers', () => {
    expect(asArrows('To reduce the incursions of al-Shabaab fighters on its territory, Kenya has built a wall.')).toEqual([]);
  });
});
