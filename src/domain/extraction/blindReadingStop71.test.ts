// Constructions that the real articles of stop 71's batches (774 on) were misread in. The sentences are written for the
// purpose, about other states in other words. Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { asArrows, extract } from './extractionTestKit';

// The seven hundred and seventy-fourth reading (stop 71): three news pages on South Korea ending its intelligence pact with Japan (Aug. 2019).
describe('the seven hundred and seventy-fourth reading', () => {
  it('reads a body many governments have, named after a state\'s name, and its abbreviation as that state\'s', () => {
    expect(asArrows('Peru\'s National Security Council (NSC) praised the talks with the United States. The NSC later accused Chile of spying.', '2024-03-01')).toEqual(['PER->USA cooperative', 'PER->CHL tense']);
  });
  it('reads "the two neighbours" as a pair told before that faces each other across the sea, before a land border merely named', () => {
    expect(asArrows('South Korea and Japan agreed to hold talks in May. The South Korean leader spoke of missiles from North Korea. Experts saw a thaw in relations between the two neighbours.', '2024-03-01')).toContain('KOR->JPN warming');
  });
  it('reads "the neighbours" as no two its sentence names that are not neighbours', () => {
    expect(asArrows('Britain banned French boats, drawing criticism from Paris and Washington amid a fishing dispute between the neighbours.', '2024-03-01')).toEqual(['GBR->FRA tense', 'USA->GBR tense']);
  });
  it('reads relations that hit a new low as strained', () => {
    expect(asArrows('Relations between Peru and Ecuador hit a new low in March.', '2024-03-01')).toEqual(['PER->ECU tense']);
  });
  it('reads the end of a pact named by a hyphened compound as the pact ended', () => {
    expect(asArrows('The end of the arms-control treaty hurt relations between Russia and the United States.', '2024-03-01')).toEqual(['RUS->USA tense']);
  });
  it('reads no verb past a noun right before an article: the verb that ends one phrase ends nothing in the next', () => {
    expect(asArrows('Tokyo\'s decision to end the agreement marks a low point in relations between Japan and China.', '2024-03-01')).toEqual(['JPN->CHN tense']);
  });
  it('reads trade in "a trade and security dispute" as the dispute\'s kind, no cooperation', () => {
    expect(asArrows('Ottawa recalled its envoy amid a trade and security dispute between Canada and China.', '2024-03-01')).toEqual(['CAN->CHN tense']);
  });
});

// The seven hundred and seventy-fifth reading (stop 71): three news pages on Kosovo's rules for Serbian licence plates (2021, 2022).
describe('the seven hundred and seventy-fifth reading', () => {
  it('reads a meeting of one government\'s own body as no meeting between states', () => {
    expect(asArrows('Armenia\'s leader spoke on Monday, and Azerbaijani President Ilham Aliyev called a meeting of his security council on Tuesday.', '2024-03-01')).toEqual([]);
  });
  it('reads the states a plural agent gives as examples ("such as", "including") as the agents of a passive', () => {
    expect(asArrows('Palestine\'s statehood is recognized by some 140 countries such as Brazil and India.', '2024-03-01')).toEqual(['BRA->pa cooperative', 'IND->pa cooperative']);
    expect(asArrows('Palestine\'s statehood is recognized by countries including Brazil.', '2024-03-01')).toEqual(['BRA->pa cooperative']);
  });
});

// The seven hundred and seventy-seventh reading (stop 71): three news pages on Jordan, Israel and the UAE's water-for-energy declaration (2021, 2022).
describe('the seven hundred and seventy-seventh reading', () => {
  it('reads a short name in brackets after the last of a list as that member, the list its verb\'s subject', () => {
    expect(asArrows('Ghana, Togo and the United Kingdom (UK) signed a memorandum of understanding on Tuesday.', '2024-03-01')).toEqual(['GHA->TGO cooperative', 'GHA->GBR cooperative', 'TGO->GBR cooperative']);
  });
  it('dates by the publication what is the first or the biggest "since" a year, not by the year', () => {
    expect(extract('The quarrel is the worst between Lima and Quito since 1995.', '2024-03-01').map((c) => `${c.a}->${c.b} ${c.stance} ${c.when}`)).toEqual(['PER->ECU tense 2024-03-01']);
  });
});

// The seven hundred and seventy-ninth reading (stop 71): three news pages on the Dutch king's apology in Indonesia (Mar. 2020).
describe('the seven hundred and seventy-ninth reading', () => {
  it('reads violence one state uses against another as an assault, and "his country" as the country of the person whose verb it follows', () => {
    expect(asArrows('The Belgian king apologized for his country\'s violence against Congo.', '2024-03-01')).toEqual(['BEL->COD warming', 'BEL->COD hostile']);
  });
});

// The seven hundred and eightieth reading (stop 71): three news pages on the Belgian king's visit to DR Congo (June 2022).
describe('the seven hundred and eightieth reading', () => {
  it('reads regret for one\'s own country\'s deeds as an apology, regret over another\'s as disapproval', () => {
    expect(asArrows('The German president expressed his deepest regrets to Namibia for his country\'s colonial crimes.', '2024-03-01')).toEqual(['DEU->NAM warming']);
    expect(asArrows('Portugal expressed regret to Angola over its own past.', '2024-03-01')).toEqual(['PRT->AGO warming']);
    expect(asArrows('Portugal expressed regret over Angola\'s decision.', '2024-03-01')).toEqual(['PRT->AGO tense']);
  });
  it('knows the Belgian and Dutch kings by name and title, and no Philippe alone', () => {
    expect(asArrows('King Philippe arrived in Kinshasa on Tuesday.', '2022-06-08')).toEqual(['BEL->COD cooperative']);
    expect(asArrows('King Willem-Alexander visited Jakarta.', '2020-03-10')).toEqual(['NLD->IDN cooperative']);
    expect(asArrows('Philippe arrived in Kinshasa on Tuesday.', '2022-06-08')).toEqual([]);
  });
});

// The seven hundred and eighty-first reading (stop 71): three news pages on North Korea's spy satellite and the 2018 military agreement (Nov. 2023).
describe('the seven hundred and eighty-first reading', () => {
  it('reads an ending verb past a time and "part of" to the agreement it ends', () => {
    expect(asArrows('Greece moved to suspend on Monday part of a defence agreement it signed with Libya.', '2024-03-01')).toEqual(['GRC->LBY tense']);
  });
  it('reads "the inter-Korean pact" as the two Koreas\' pact', () => {
    expect(asArrows('Seoul said it would scrap the inter-Korean pact.', '2024-03-01')).toEqual(['PRK->KOR tense']);
  });
  it('reads reconnaissance or surveillance taken up again as no tie restored', () => {
    expect(asArrows('Sudan and South Sudan resumed surveillance operations along their border.', '2024-03-01')).toEqual([]);
  });
});

// The seven hundred and eighty-second reading (stop 71): three pages on the Russo-Japanese War and the Treaty of Portsmouth (1904-1905).
describe('the seven hundred and eighty-second reading', () => {
  it('reads who brokered, mediated or arbitrated a deal, in a passive or an opening participle, as a third party to its pair', () => {
    expect(asArrows('Peru and Chile signed a treaty. The deal was brokered by Brazil.', '2024-03-01')).toEqual(['PER->CHL cooperative', 'BRA->PER cooperative', 'BRA->CHL cooperative']);
    expect(asArrows('Peru and Chile signed a treaty. Arbitrated by the Brazilian president, the treaty was named after the town.', '2024-03-01')).toEqual(['PER->CHL cooperative', 'BRA->PER cooperative', 'BRA->CHL cooperative']);
    expect(asArrows('The accord between Peru and Chile was mediated by Brazil.', '2024-03-01')).toContain('BRA->CHL cooperative');
  });
  it('reads an attack "upon" a state as one on it', () => {
    expect(asArrows('The Italian attack upon Ethiopia began the war.', '2024-03-01')).toContain('ITA->ETH hostile');
  });
});

// The seven hundred and eighty-third reading (stop 71): three pages on the Louisiana Purchase (1801-1803).
describe('the seven hundred and eighty-third reading', () => {
  it('reads a name after "and" that its own verb follows, past a preposition\'s object, as the subject of a new clause', () => {
    expect(asArrows('Peru recalled its envoy from Chile and Bolivia expelled two Peruvian diplomats.', '2024-03-01')).toEqual(['PER->CHL tense', 'BOL->PER tense']);
  });
  it('knows the early American presidents and Talleyrand by name', () => {
    expect(asArrows('In 1803, Thomas Jefferson sent envoys to Madrid.', '2024-01-01')).toEqual(['USA->ESP cooperative']);
  });
});

// The seven hundred and eighty-fourth reading (stop 71): three pages on the Berlin blockade and airlift (1948-1949).
describe('the seven hundred and eighty-fourth reading', () => {
  it('reads a joint act of two states named by demonyms joined by "and", the second one the tagger takes for a name', () => {
    expect(asArrows('They began joint French and British patrols.', '2024-03-01')).toEqual(['FRA->GBR cooperative']);
  });
});

// The seven hundred and eighty-fifth reading (stop 71): three news pages on Russia's ban on Ecuador's bananas over a weapons swap (Feb. 2024).
describe('the seven hundred and eighty-fifth reading', () => {
  it('reads military equipment handed or passed to a state as military aid', () => {
    expect(asArrows('Chile handed military equipment to Brazil.', '2024-03-01')).toEqual(['CHL->BRA cooperative']);
  });
});

// The seven hundred and eighty-sixth reading (stop 71): three news pages on Guatemala and Taiwan (2024, 2025).
describe('the seven hundred and eighty-sixth reading', () => {
  it('reads a participle\'s aside right after the subject as closed at its comma, the subject the main verb\'s', () => {
    expect(asArrows('The U.S., monitoring China\'s diplomatic maneuvers in Asia, voiced support for Japan\'s stance.', '2024-03-01')).toEqual(['USA->JPN cooperative']);
  });
  it('knows Taiwan\'s foreign minister Lin Chia-lung by his full name', () => {
    expect(asArrows('Foreign Minister Lin Chia-lung visited Paraguay.', '2025-01-10')).toEqual(['TWN->PRY cooperative']);
  });
});

// The seven hundred and eighty-seventh reading (stop 71): three news pages on the Quad's summits (2021, 2024).
describe('the seven hundred and eighty-seventh reading', () => {
  it('reads "America" after a lower-case "of" as the United States, and only a name\'s "of" as part of a name', () => {
    expect(asArrows('The leaders of America and Canada met in Ottawa.', '2024-03-01')).toEqual(['USA->CAN cooperative']);
    expect(asArrows('Bank of America opened an office in Canada.', '2024-03-01')).toEqual([]);
  });
});

// The seven hundred and eighty-eighth reading (stop 71): three news pages on Tajikistan and the Taliban (2024, 2025).
describe('the seven hundred and eighty-eighth reading', () => {
  it('knows the Taliban\'s foreign minister and prime minister by name', () => {
    expect(asArrows('Uzbekistan\'s foreign minister met Amir Khan Muttaqi in Tashkent.', '2024-05-01')).toEqual(['UZB->taliban cooperative']);
  });
});

// The seven hundred and ninetieth reading (stop 71): three news pages on Morocco and Mauritania (2020, 2024).
describe('the seven hundred and ninetieth reading', () => {
  it('reads reinforcing, consolidating or cementing relations as improving them, not as reinforcements', () => {
    expect(asArrows('Senegal wants to reinforce relations with Gambia.', '2024-03-01')).toEqual(['SEN->GMB warming']);
    expect(asArrows('Senegal and Gambia agreed to cement their ties.', '2024-03-01')).toEqual(['SEN->GMB warming']);
  });
});

// The seven hundred and ninety-third reading (stop 71): three news pages on Peru and Bolivia after Castillo's removal (Jan. 2023).
describe('the seven hundred and ninety-third reading', () => {
  it('reads "which" after a demonym\'s body ("the Peruvian Foreign Ministry, which") as that state', () => {
    expect(asArrows('His words drew a protest from the Chilean Foreign Ministry, which accused the Argentine government of interference.', '2024-03-01')).toEqual(['CHL->ARG tense']);
  });
  it('reads a border between two states closed past where it is', () => {
    expect(asArrows('The border between Chile and Argentina in Mendoza has been closed.', '2024-03-01')).toEqual(['CHL->ARG tense']);
  });
});
