// Constructions that the real news articles of stop 50's readings (annotated by hand before extraction
// was run on them, kept outside the project as the eval's are) were misread in. The sentences are
// written for the purpose, about other states in other words. Each test fails without its rule.
// (Earlier stops': blindReading.test.ts, blindReadingStop32.test.ts to blindReadingStop49.test.ts.)
import { describe, expect, it } from 'vitest';
import { asArrows, extract } from './extractionTestKit';

// The three hundredth reading (stop 50): four short wire items (Algeria recalls its ambassador to Spain,
// 2022; the UAE's ambassador back to Iran, 2022; Austria summons Russia's envoy, 2022; Bolivia and
// Spain's diplomats, 2019).
describe('the three hundredth reading', () => {
  it('reads a dispute or a row patched up as warming between its parties', () => {
    expect(asArrows('Ghana and Togo moved to patch up a bitter trade dispute.')).toEqual(['GHA->TGO warming']);
  });

  it('reads a past form the tagger takes for an adjective, after a name and before a particle and an object ("Spain and Morocco patched up their ..."), as a verb', () => {
    expect(asArrows('Peru and Chile patched up their differences.')).toEqual(['PER->CHL warming']);
  });

  it('reads a war or a conflict after a noun of stance and "on" ("Rabat\'s position on the conflict in Western Sahara") as what the stance is about, no act of the clause\'s subject', () => {
    expect(asArrows('Brazil changed its position on the war in Yemen.')).toEqual([]);
  });

  it('reads "he" in a later clause as an ambassador named before ("the Chinese ambassador, Li Wei, ... in which he ... accusing")', () => {
    expect(asArrows('Canada summoned the Chinese ambassador, Li Wei, over an interview in which he was accusing the Philippine government of provoking the clashes.')).toEqual(['CAN->CHN tense', 'CHN->PHL tense']);
  });
});

// The three hundred and first reading (stop 50): two articles (India and China's ministers after the
// Galwan clash, 2020; Afghan and Pakistani troops clash at the border, 2018).
describe('the three hundred and first reading', () => {
  it('reads protests or warnings exchanged as a dispute both ways, as accusations are', () => {
    expect(asArrows('Turkey and Greece exchanged warnings.')).toEqual(['TUR->GRC tense']);
  });

  it('reads what two quarrel over, with no party of its own ("exchanged protests over clashes in a disputed border area"), as between them', () => {
    expect(asArrows('Sudan and South Sudan traded accusations over skirmishes near the oil fields.')).toEqual(['SDN->SSD tense', 'SDN->SSD hostile']);
  });

  it('reads "both men" as subject after a sentence that names a speaker for each of a pair as those two', () => {
    expect(asArrows("Armenia's Ararat Mirzoyan said Azerbaijan had shelled a village, while Azerbaijan's Jeyhun Bayramov said Armenian troops fired first. Later both men agreed to resume talks.")).toContain('ARM->AZE warming');
  });
});

// The three hundred and second reading (stop 50): three articles (Venezuela and Iran's summit, 2023;
// Somalia and Eritrea's memorandum, 2022; Sierra Leone's president in Hanoi, 2022).
describe('the three hundred and second reading', () => {
  it('knows the leaders of Sierra Leone, Vietnam and Cambodia by name, a Vietnamese one by the given name last', () => {
    expect(asArrows('President Bio held talks with Pham Minh Chinh in Hanoi.')).toEqual(['SLE->VNM cooperative']);
    expect(asArrows('Nguyen Phu Trong welcomed Hun Manet to Hanoi. Later Trong praised Cambodia.', '2023-09-01')).toEqual(['VNM->KHM cooperative', 'VNM->KHM cooperative']);
  });

  it('reads a body named as the gathering where leaders met ("when they met at the 76th United Nations General Assembly", "at the African Union summit") as a place, no party', () => {
    expect(asArrows('The presidents of Ghana and Togo met at the 78th UN General Assembly.')).toEqual(['GHA->TGO cooperative']);
    expect(asArrows('Chad and Niger signed a deal at the African Union summit.')).toEqual(['TCD->NER cooperative']);
  });
});

// The three hundred and third reading (stop 50): four articles (Russia expels diplomats of 23 countries
// over the Skripal case, 2018; the United States and Russia's diplomats, 2022 and 2023; Russia expels a
// British diplomat, 2024).
describe('the three hundred and third reading', () => {
  it('reads "its" or "their" envoys that a state told of expels as the teller\'s ("Germany and Poland each said that Russia was expelling four of their diplomats")', () => {
    expect(asArrows('Kenya and Uganda each said that Sudan was expelling three of their diplomats.')).toEqual(['SDN->KEN tense', 'SDN->UGA tense']);
    expect(asArrows('Italy said Iran had recalled its ambassador.')).toEqual([]);
  });

  it('reads members of a state\'s mission "at the United Nations" as that state\'s envoys, the body only where the mission sits', () => {
    expect(asArrows('Canada is expelling five members of the Chinese Mission at the United Nations, accusing them of spying.')).toEqual(['CAN->CHN tense']);
  });

  it('reads what a hostile act told with its maker set off (", which has sparked condemnation from") as the maker\'s to answer for', () => {
    expect(asArrows("The talks came a week after Ethiopia's incursion into neighbouring Eritrea, which drew condemnation from Egypt.")).toEqual(['ETH->ERI hostile', 'EGY->ETH tense']);
  });
});

// The three hundred and fourth reading (stop 50): three articles (Rwanda and Uganda reopen the Gatuna
// border, 2022; Cameroon and Equatorial Guinea at Kye-Ossi, 2019; Kenya and Tanzania over cattle, 2017).
describe('the three hundred and fourth reading', () => {
  it('reads an opening "According to ...," as an adjunct that ends at its comma, whatever verbs the tagger finds in it', () => {
    expect(asArrows('According to reports, the Ghanaian army accuses Togo of spying.')).toEqual(['GHA->TGO tense']);
    expect(asArrows('According to information gathered by local radio stations, Niger accused Benin of hosting rebels.')).toContain('NER->BEN tense');
  });
});

describe('the three hundred and fourth reading, a border reopened', () => {
  it('reads a border reopened or closed by one of the pair told, with no one else named, as toward the other ("Rwanda last week announced the reopening of the Gatuna border")', () => {
    expect(asArrows('Niger and Benin held talks in Niamey. On Monday Niger announced the reopening of the Malanville border.')).toContain('NER->BEN warming');
    expect(asArrows('Niger and Benin held talks in Niamey. Later Niger closed the border.')).toContain('NER->BEN tense');
  });
});

// The three hundred and fifth reading (stop 50): two articles (Colombia and Argentina after Milei's
// insult, 2024; Peru, Chile and Uruguay answer Venezuela's withdrawal of its diplomats, 2024).
describe('the three hundred and fifth reading', () => {
  it('reads the expulsion of a state\'s envoys "from" a capital or a state as the expulsion by that state', () => {
    expect(asArrows('The row led to the expulsion of Iranian diplomats from Baku.')).toEqual(['AZE->IRN tense']);
  });

  it('reads a one-word opening adjunct ("In turn,") as no verb before the subject', () => {
    expect(asArrows('In turn, the foreign ministry of Paraguay issued a statement regretting the decision of the Bolivian government.')).toEqual(['PRY->BOL tense']);
  });

  it('reads offending another state\'s leader as criticism, and what affects relations as harming them', () => {
    expect(asArrows('Ecuador said the Mexican president had offended the Ecuadorian president.')).toContain('MEX->ECU tense');
    expect(asArrows('The remarks are affecting relations between Kenya and Somalia.')).toEqual(['KEN->SOM tense']);
  });

  it('reads a time after a participle of founding ("a relationship established 201 years ago") as that founding\'s, not the claim\'s', () => {
    expect(extract('Chile and Peru are taking steps to overcome any differences and will keep a friendship established 190 years ago.', '2024-04-01').map((c) => `${c.stance} ${c.when}`)).toContain('warming 2024-04-01');
  });
});

// The three hundred and sixth reading (stop 50): two articles (the Philippines protest China's water
// cannon at Second Thomas Shoal, 2023 and 2024).
describe('the three hundred and sixth reading', () => {
  it('reads no warning to a state the warner says it would defend ("warned that it is obligated to defend the Philippines")', () => {
    expect(asArrows('France has warned that it will protect Djibouti.')).toEqual(['FRA->DJI cooperative']);
  });

  it('reads no warning to the subject of a condition that would come under attack ("if Filipino forces ... come under an armed attack")', () => {
    expect(asArrows('Britain warned it would act if Estonian troops came under fire.')).toEqual([]);
    expect(asArrows('Britain warned it would act if Estonian troops, ships or planes came under fire.')).toEqual([]);
  });
});

// The three hundred and seventh reading (stop 50): two articles (Turkey and Greece over airspace in the
// Aegean, May and December 2022).
describe('the three hundred and seventh reading', () => {
  it('reads the owner after "belonging to" as the subject ("F-16 aircraft belonging to the Greek Air Force violated Turkish airspace")', () => {
    expect(extract('Drones belonging to the Russian Air Force violated Romanian airspace.').map((c) => `${c.a}${c.directed ? '->' : '--'}${c.b} ${c.stance}`)).toEqual(['RUS->ROU hostile']);
  });
});

// The three hundred and eighth reading (stop 50): three articles (Sudan and Ethiopia at al-Fashaga,
// 2020 and 2021; an Ethiopian military aircraft over the border, 2021).
describe('the three hundred and eighth reading', () => {
  it('reads the forces after "an attack of" as the attack\'s makers ("repelled an attack of the Ethiopian army")', () => {
    expect(asArrows('The Kenyan army repelled an attack of the Somali army near Mandera.')).toContain('SOM->KEN hostile');
  });

  it('reads a call on a state not to repeat or resume what it did ("called on Ethiopia not to repeat such hostilities") as a demand on it', () => {
    expect(asArrows('Lebanon called on Israel not to resume the hostilities.')).toEqual(['LBN->ISR tense']);
  });
});

// The three hundred and ninth reading (stop 50): two articles (the EU calls Serbia and Kosovo to crisis
// talks, 2023; American and European envoys in Belgrade, 2023).
describe('the three hundred and ninth reading', () => {
  it('reads a word of trouble that names the kind of talks ("crisis talks") as no trouble between those who hold them', () => {
    expect(asArrows('The African Union will hold crisis talks with Sudan.')).toEqual(['au->SDN cooperative']);
  });
});

describe('the three hundred and ninth reading, two envoys', () => {
  it('reads two states\' agents joined by "and" at the head of a clause ("EU envoy Miroslav Lajcak and US diplomat Gabriel Escobar met with") as one subject', () => {
    expect(asArrows('French envoy Jean Dupont and German diplomat Karl Weber met with the Malian president.')).toEqual(['FRA->MLI cooperative', 'DEU->MLI cooperative']);
    expect(asArrows("Armenia's foreign minister and Azerbaijan's president met in Prague.")).toEqual(['ARM->AZE cooperative']);
  });
});

// The three hundred and tenth reading (stop 50): two articles (Iran and Saudi Arabia restore ties with
// China's help, 2023; the year's thaws, 2023).
describe('the three hundred and tenth reading', () => {
  it('reads "under the mediation of" a third state as its mediation between the pair that is the clause\'s subject', () => {
    expect(asArrows('Eritrea and Ethiopia signed a peace deal under the mediation of the United Arab Emirates.')).toEqual(expect.arrayContaining(['ARE->ERI cooperative', 'ARE->ETH cooperative']));
  });

  it('reads relations rejuvenated, revitalised or reinvigorated as improved: warming', () => {
    expect(asArrows('Chile and Peru agreed to revitalise their relations.')).toEqual(['CHL->PER warming']);
  });
});

// The three hundred and eleventh reading (stop 50): two articles (Kyrgyzstan and Tajikistan agree
// ceasefires at their border, January and September 2022).
describe('the three hundred and eleventh reading', () => {
  it('reads force one state "subjected" another\'s places or people "to" as its act on that state, in what is reported too', () => {
    expect(asArrows('Armenian officials said Azerbaijani forces subjected Armenian villages near the border to heavy shelling.').filter((a) => a.endsWith('hostile'))).toEqual(['AZE->ARM hostile']);
  });

  it('reads what is "charged" after "that" as a clause of its own, its subject the act\'s doer', () => {
    expect(asArrows('Uzbek officials charged that the Kazakh troops subjected Uzbek farms to shelling.')).toEqual(['UZB->KAZ tense', 'KAZ->UZB hostile']);
  });

  it('reads a state\'s border service as its agent, later "the border service" too, not a place', () => {
    expect(asArrows('According to the Kyrgyz border service, Tajik forces fired at Kyrgyz border guards. Later the border service accused Tajikistan of spying.')).toEqual(['TJK->KGZ hostile', 'KGZ->TJK tense']);
  });
});

// The three hundred and twelfth reading (stop 50): three articles (Russia, Japan and China answer the
// United States' steel and aluminium tariffs, 2018 and 2019).
describe('the three hundred and twelfth reading', () => {
  it('reads trade a measure is on ("restrictions on imported products from the United States") as the measure\'s object, no trade told, and its state as the target', () => {
    expect(asArrows('Turkey will prepare a list of restrictions on imported products from Greece.')).toEqual(['TUR->GRC tense']);
    expect(asArrows('Peru said it was planning measures against up to 2 billion dollars of Chilean imports.')).toEqual(['PER->CHL tense']);
  });

  it('reads measures a state plans ("China planned measures against U.S. imports", "the country was planning measures against") as the measures, no cooperation in the plan', () => {
    expect(asArrows('Canada planned countermeasures against American steel.')).toEqual(['CAN->USA tense']);
    expect(asArrows("Peru threatened to retaliate against Chile. Peru's trade ministry said that the country was planning measures against up to 2 billion dollars of Chilean imports.")).not.toContain('PER->CHL cooperative');
  });

  it('reads duties added as duties imposed, not the aid the dictionary reads in "add"', () => {
    expect(asArrows('The US plan would add duties of 500 million dollars to Brazilian exports.')).toEqual(['USA->BRA tense']);
  });
});

// The three hundred and thirteenth reading (stop 50): two articles (Pakistan recalls its ambassador after
// Iran's strikes in Balochistan, 2024).
describe('the three hundred and thirteenth reading', () => {
  it('reads an act "in the wake of" which the subject reacts as the act\'s maker\'s on the subject', () => {
    expect(asArrows('Jordan recalled its ambassador in the wake of Israeli air strikes.')).toEqual(['JOR->ISR tense', 'ISR->JOR hostile']);
  });

  it('reads two nouns joined by "and" before an act ("Iranian missile and drone strikes") as its modifiers, the demonym before them its maker', () => {
    expect(asArrows('Jordan recalled its ambassador in the wake of Israeli rocket and artillery strikes.')).toEqual(['JOR->ISR tense', 'ISR->JOR hostile']);
  });
});

// The three hundred and fourteenth reading (stop 50): two articles (the Democratic Republic of the Congo
// expels Rwanda's ambassador over the M23, 2022).
describe('the three hundred and fourteenth reading', () => {
  it('reads an envoy expelled in the passive past a long name of where it is posted ("Rwanda\'s ambassador to the Democratic Republic of Congo has been expelled")', () => {
    expect(extract("Sudan's ambassador to the Democratic Republic of the Congo has been expelled from Kinshasa.").map((c) => `${c.a}${c.directed ? '->' : '--'}${c.b} ${c.stance}`)).toEqual(['COD->SDN tense']);
  });
});

// The three hundred and fifteenth reading (stop 50): two articles (Japan and South Korea strike each
// other off their export white lists, 2019).
describe('the three hundred and fifteenth reading', () => {
  it('reads a partner status taken away ("rescinded each other\'s favored export partner status") as the act\'s object, no partnership', () => {
    expect(asArrows("Peru and Chile revoked each other's preferred trade partner status.")).toEqual(['PER->CHL tense']);
  });

  it('reads "insisted" before what is so ("insisted it was acting on national security grounds") as asserting, no demand', () => {
    expect(asArrows('Ankara, which made the first move despite Russian calls for restraint, insisted it was acting on national security grounds.')).toEqual([]);
    expect(asArrows('Argentina insisted that Britain negotiate over the islands.')).toEqual(['ARG->GBR tense']);
  });

  it('reads "going to" before a verb ("what is going to happen next") as the future, no visit', () => {
    expect(asArrows('Chile expelled the Peruvian consul. The Peruvian president called the move "very reckless," warning that "responsibility for what is going to happen next lies squarely with the Chilean government."')).toEqual(['CHL->PER tense', 'PER->CHL tense']);
  });

  it('reads cooperation destroyed or wrecked as reduced', () => {
    expect(asArrows("Chile said Bolivia's decision destroys the cooperation between the two countries.")).toEqual(['CHL->BOL tense']);
  });
});

// The three hundred and sixteenth reading (stop 50): two articles (Turkey restricts, then suspends, its
// trade with Israel, April and May 2024).
describe('the three hundred and sixteenth reading', () => {
  it('reads "it" after "until" or "unless" as the one the clause before acts on ("suspending all trade with Israel until it allows aid ... during its offensive against Hamas")', () => {
    expect(asArrows('Jordan said it was halting gas imports from Israel until it lets aid reach civilians during its offensive against Hezbollah.')).toContain('ISR->hezbollah hostile');
  });

  it('reads agreements broken as agreements ended, no force ("accused Erdogan of breaking agreements between the two countries")', () => {
    expect(asArrows('Bolivia accused Peru of breaking agreements between the two countries.').filter((a) => a.endsWith('hostile'))).toEqual([]);
  });
});

// The three hundred and seventeenth reading (stop 50): two articles (Serbia and Croatia expel each
// other's diplomats, 2023).
describe('the three hundred and seventeenth reading', () => {
  it('reads a mission\'s staff declared or proclaimed persona non grata in the passive as expelled by the state where the mission is', () => {
    expect(asArrows('The first secretary of the Hungarian Embassy in Bucharest was proclaimed persona non grata.')).toEqual(['ROU->HUN tense']);
  });

  it('reads forces that intervene in a state as using force there, and "X-led forces" as the subject past the compound\'s verb', () => {
    expect(asArrows('Saudi-led forces attacked Yemen.')).toEqual(['SAU->YEM hostile']);
    expect(asArrows('The Ethiopian troops intervened in Somalia.')).toEqual(['ETH->SOM hostile']);
  });
});

// The three hundred and eighteenth reading (stop 50): two articles (Guinea, Liberia and Sierra Leone in
// the Mano River Union's talks, 2001 and 2002).
describe('the three hundred and eighteenth reading', () => {
  it('reads a list after a capitalised plural and "from" ("Ministers from Guinea, Liberia and Sierra Leone agreed") as one subject, no opening adjunct', () => {
    expect(asArrows('Ministers from Ghana, Togo and Benin agreed to strengthen security.')).toEqual(['GHA->TGO cooperative', 'GHA->BEN cooperative', 'TGO->BEN cooperative']);
  });
});
