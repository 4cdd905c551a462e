// Constructions that the real news articles of stop 49's readings (annotated by hand before extraction
// was run on them, kept outside the project as the eval's are) were misread in. The sentences are
// written for the purpose, about other states in other words. Each test fails without its rule.
// (Earlier stops': blindReading.test.ts, blindReadingStop32.test.ts to blindReadingStop48.test.ts.)
import { describe, expect, it } from 'vitest';
import { asArrows, extract } from './extractionTestKit';

// The two hundred and eighty-fifth reading (stop 49): four articles (Ukraine breaks with Syria over its
// recognition of Donetsk and Luhansk, 2022; Nicaragua breaks with Taiwan, 2021; Ivory Coast and Burkina
// Faso at their border, 2024; the Singapore summit of the United States and North Korea, 2018).
describe('the two hundred and eighty-fifth reading', () => {
  it('opens a clause at "after" when an adverb stands between its subject and verb ("after Moscow illegally annexed Ukraine\'s Crimean Peninsula")', () => {
    expect(asArrows('Refugees fled the region after Ethiopia suddenly invaded Eritrea in 1998.')).toEqual(['ETH->ERI hostile']);
  });

  it('reads an incursion "into" a state, its territory too, as an act of force on it, from whoever made it', () => {
    expect(asArrows('Eritrean troops made an incursion into Djiboutian territory.')).toEqual(['ERI->DJI hostile']);
    expect(asArrows('Repeated incursions by Sudanese troops into Chad angered the government.')).toEqual(['SDN->TCD hostile']);
  });

  it('reads a clause that opens with a past participle and its "by" ("Alerted by the arrest of their colleagues, Burkinabé soldiers made an incursion") with its subject after the comma', () => {
    expect(asArrows('Angered by the verdict, Rwandan troops shelled Burundi.')).toEqual(['RWA->BDI hostile']);
  });

  it('finds a demonym or a name the text writes with accents the dictionary leaves out ("Burkinabé soldiers")', () => {
    expect(asArrows('Burkinabé soldiers fired on Malian troops.')).toEqual(['BFA->MLI hostile']);
  });

  it('gives a noun\'s agent after "by" its "to"-complement past an opening quotation mark (\'an attempt by the Syrian regime "to give ... to the Russian occupation administrations"\')', () => {
    expect(asArrows('Kenya said the visit was an attempt by the Somali government "to provoke Ethiopia".')).toEqual(['SOM->ETH tense']);
  });

  it('reads calling a state\'s government the legitimate one as recognising it ("The People\'s Republic of China is the only legitimate government", a minister said)', () => {
    expect(asArrows('"The government in Kabul is the only legitimate government of the country," the Uzbek foreign minister said.')).toEqual(['UZB->AFG cooperative']);
  });
});

// The two hundred and eighty-sixth reading (stop 49): four articles (Qatar and the UAE restore their ties,
// 2023; Estonia and Russia over the Bronze Soldier, 2007; Germany calls in Turkey's envoy over a jailed
// journalist, 2017; Kiribati breaks with Taiwan, 2019).
describe('the two hundred and eighty-sixth reading', () => {
  it('dates an act "in mid-2017" to that year', () => {
    expect(asArrows('In mid-2016, Chad closed its border with Sudan.', '2023-06-20').map(String)).toEqual(['TCD->SDN tense']);
    expect(extract('In mid-2016, Chad closed its border with Sudan.', '2023-06-20')[0]?.when).toBe('2016');
  });

  it('reads an accusation over which ties are cut ("severed all ties with Qatar over accusations it supported terrorism") as the cutters\' accusation of the one named, whose act is alleged', () => {
    expect(asArrows('Kenya cut its ties with Somalia over accusations it was arming Ethiopian rebels and was cosying up to Eritrea.')).toEqual(['KEN->SOM severed', 'KEN->SOM tense', 'SOM->ERI cooperative']);
    expect(asArrows('Mali suspended cooperation with Niger over accusations that Niamey was backing Algeria in the dispute.')).toEqual(['MLI->NER tense', 'NER->DZA cooperative']);
    // (The accusation, right after the ties cut, is no part of what is cut; what it holds is alleged.)
    expect(extract('Egypt cut ties over accusations that Doha backed Libya.').map((c) => `${c.a}->${c.b} ${c.stance} ${c.certainty}`)).toEqual(['EGY->QAT tense stated', 'QAT->LBY cooperative alleged']);
  });

  it('reads "pointed the finger at" as an accusation, past an adverb', () => {
    expect(asArrows('The Latvian government pointed the finger directly at the Belarusian embassy.')).toEqual(['LVA->BLR tense']);
  });

  it('reads "claims sovereignty over" another\'s land as a territorial demand, tense', () => {
    expect(asArrows('Venezuela claims sovereignty over two-thirds of Guyana.')).toEqual(['VEN->GUY tense']);
  });

  it('skips an aside opening with "once" ("the Solomon Islands, once Taiwan\'s largest ally in the South Pacific, severed ties") when finding the subject, and after "after"', () => {
    expect(asArrows('Panama, once Taiwan\'s closest partner in the region, severed ties with Taipei.')).toEqual(['TWN->PAN cooperative', 'PAN->TWN severed']);
    expect(asArrows('The move came after Panama, once Taiwan\'s closest partner, severed ties with Taipei.')).toEqual(['TWN->PAN cooperative', 'PAN->TWN severed']);
  });

  it('reads a participle after a preposition and an adverb ("for diplomatically isolated Taiwan") as describing the name, no act', () => {
    expect(asArrows('Nauru severed ties with Taiwan on Monday, a further loss for diplomatically isolated Taiwan.')).toEqual(['NRU->TWN severed']);
  });

  it('reads reappointing or reinstating an envoy as returning one, warming, after "were the first to" too', () => {
    expect(asArrows('Kenya and Uganda were the first to reappoint ambassadors to Mogadishu.')).toEqual(['KEN->SOM warming', 'UGA->SOM warming']);
    expect(asArrows('Peru reinstated its ambassador to Bolivia.')).toEqual(['PER->BOL warming']);
  });

  it('reads no treaty in "Internet protocol addresses"', () => {
    expect(asArrows('"Internet protocol addresses have helped to identify that the attacks against the websites of Latvian government agencies originated from computers in Russian government agencies," the minister told reporters.')).toEqual([]);
  });
});

// The two hundred and eighty-seventh reading (stop 49): four articles (the Russia-Georgia war, 2008; the
// United States doubles its tariffs on India over Russian oil, 2025; Saudi Arabia and Syria reopen their
// missions, 2023; El Salvador agrees to take the United States' deportees, 2025).
describe('the two hundred and eighty-seventh reading', () => {
  it('reads a verb whose prefix is hyphenated ("would re-open its embassy") as the word written whole', () => {
    expect(asArrows('Sudan said it would re-open its embassy in Chad.')).toEqual(['SDN->TCD warming']);
  });

  it('reads no accusation in a fee charged ("would charge a fee that would be relatively low for the U.S.")', () => {
    expect(asArrows('Panama would charge a fee to Colombia.')).toEqual([]);
  });

  it('reads a war that efforts seek to halt ("global efforts to halt Russia\'s war in Ukraine") as had, and its end as not made', () => {
    expect(asArrows('The sanctions were part of international efforts to halt Ethiopia\'s war in Eritrea.')).toEqual(['ETH->ERI hostile']);
    expect(asArrows('Kenya led efforts to halt Ethiopia\'s war in Eritrea.')).toEqual(['ETH->ERI hostile']);
    // (A war in a place, with no maker named, stays unread: "backed efforts to halt the war in Ethiopia" names no war of Kenya's.)
    expect(asArrows('Kenya backed efforts to halt the war in Ethiopia.')).toEqual([]);
  });
});

// The two hundred and eighty-eighth reading (stop 49): four articles (North Korea admits abducting
// Japanese citizens, 2002; Iran and Egypt hope to restore their ties, 2024; Uganda's special forces in
// Juba, 2025; Lebanon and Syria agree a ceasefire after border clashes, 2025).
describe('the two hundred and eighty-eighth reading', () => {
  it('reads nationals a violent participle follows ("11 Japanese citizens abducted by North Korea", "were arrested") as their state, the target', () => {
    expect(asArrows('Three Thai fishermen were detained by Myanmar last week.')).toEqual(['MMR->THA hostile']);
    expect(asArrows('Two of the five Kenyan citizens kidnapped by Somalia are free.')).toEqual(['SOM->KEN hostile']);
  });

  it('reads ties that the article\'s two states sever, with no one else named ("Iran and Egypt severed diplomatic relations in 1980"), as between them', () => {
    expect(asArrows('Qatar and Chad hope to mend ties. Qatar and Chad severed diplomatic relations in 2017.').filter((c) => c.endsWith('severed'))).toEqual(['QAT->TCD severed']);
  });

  it('gives a verb after a noun of problems ("the problems hindering the normalisation of ties") to no actor', () => {
    expect(asArrows("In a meeting in Lima on Tuesday, Peru's President and Chile's Foreign Minister exchanged views on bilateral relations. He hoped that the problems hindering the normalisation of bilateral ties would be completely resolved as soon as possible.").filter((c) => c.endsWith('tense'))).toEqual([]);
  });

  it('reads tensions growing "in" one state ("Tensions have been growing in recent days in South Sudan") as that state\'s own, not the pair\'s the article is about', () => {
    expect(asArrows('Kenya sent an envoy to Somalia. Tensions have been growing in recent days in Somalia after the arrests of two ministers.').filter((c) => c.endsWith('tense'))).toEqual([]);
  });
});

// The two hundred and eighty-ninth reading (stop 49): four articles (the Netherlands and Australia hold
// Russia responsible for MH17, 2018; Myanmar and Bangladesh sign the Rohingya return deal, 2017; the UAE
// mediates a Russia-Ukraine prisoner swap, 2024; Ethiopia and Somalia's Ankara declaration, 2024).
describe('the two hundred and eighty-ninth reading', () => {
  it('reads a mediation "effort" between two ("the third mediation effort between Russia and Ukraine") as the mediation\'s', () => {
    expect(asArrows('Qatar said it was its second mediation effort between Chad and Sudan.')).toEqual(['QAT->TCD cooperative', 'QAT->SDN cooperative']);
  });

  it('reads a release "in exchange for" others as a swap, a deal between the two', () => {
    expect(asArrows('Armenia released five Azerbaijani soldiers in exchange for two Armenian civilians.')).toEqual(['ARM->AZE cooperative']);
  });

  it('reads no war in "prisoners of war" or "war prisoners"', () => {
    expect(asArrows('Qatar mediated the release of 50 Armenian prisoners of war in exchange for 40 war prisoners from the Azerbaijani side.').filter((c) => c.endsWith('hostile'))).toEqual([]);
  });
});

// The two hundred and ninetieth reading (stop 49): four articles (India and China complete their
// disengagement, 2024; Poland closes Russia's consulate in Krakow, 2025; Djibouti and Eritrea clash,
// 2008; Malaysia protests the Philippines' maritime laws, 2024).
describe('the two hundred and ninetieth reading', () => {
  it('reads a role noun with a name after it ("Eritrea\'s arch-foe Ethiopia", "Chad\'s ally Libya") as the possessor\'s relation to that name, not the copula subject\'s, past a hyphenated "arch-"', () => {
    expect(asArrows('Sudan is the main route to the sea for Chad\'s arch-rival Libya.')).toEqual(['TCD->LBY tense']);
    expect(extract('Sudan is the main route to the sea for Chad\'s arch-rival Libya.')[0]?.trigger).toBe('arch-rival');
    expect(asArrows('Togo is the main port for Mali\'s ally Burkina Faso.')).toEqual(['MLI->BFA cooperative']);
  });

  it('reads bases of two states a third hosts ("Djibouti hosts French and U.S. military bases") as no joint base of the two', () => {
    expect(asArrows('Qatar hosts British and Turkish military bases.')).toEqual(['QAT->GBR cooperative', 'QAT->TUR cooperative']);
  });

  it('reads "fired on them" as on the plural named before in the sentence, not on the target of the sentence before', () => {
    expect(asArrows("Ghana is the main route to the sea for Togo's arch-rival Benin. Ghana said Togolese soldiers deserted and the Togolese fired on them.")).toEqual(['TGO->BEN tense']);
  });
});

// The two hundred and ninety-first reading (stop 49): three articles (the United States recognises
// Israel's sovereignty over the Golan, 2019; Peru's unilateral ceasefire in the Cenepa war, 1995; Iraq
// invades Kuwait, 1990).
describe('the two hundred and ninety-first reading', () => {
  it('reads a truce one of the article\'s pair declares, with no one named ("Peru announced a unilateral cease-fire"), as with the other', () => {
    expect(asArrows('Chad and Sudan fought for weeks. Chad declared a unilateral truce on Monday.').filter((c) => c.endsWith('warming'))).toEqual(['TCD->SDN warming']);
  });

  it('reads a judgement with a past of calling the tagger takes for an adjective ("branded the invasion as unacceptable")', () => {
    expect(asArrows('Turkey invaded Cyprus. Greece branded the invasion as illegal.')).toEqual(['TUR->CYP hostile', 'GRC->TUR tense']);
  });

  it('reads a subject counted with "more than" ("More than 100,000 Iraqi soldiers invaded") and an object named as "the Gulf state of Kuwait"', () => {
    expect(asArrows('More than 5,000 Saudi soldiers invaded the Gulf state of Bahrain.')).toEqual(['SAU->BHR hostile']);
  });

  it('reads a verb past a participle of the subject\'s own ("Iraqi soldiers backed up by 700 tanks invaded") as the subject\'s', () => {
    expect(asArrows('Rwandan troops backed by drones attacked Burundi.')).toEqual(['RWA->BDI hostile']);
  });

  it('gives "the move" denounced, with no measure told, to the one subject of the sentence before ("Syria and neighboring Lebanon denounced the move")', () => {
    expect(asArrows('Kenya recognized Somaliland. Somalia and neighbouring Ethiopia denounced the move.').filter((c) => c.endsWith('tense'))).toEqual(['SOM->KEN tense', 'ETH->KEN tense']);
  });
});

// The two hundred and ninety-second reading (stop 49): three articles (the Panmunjom summit, 2018; Yemen's
// two-month truce, 2022; Iran and Bahrain agree to talk about restoring ties, 2024).
describe('the two hundred and ninety-second reading', () => {
  it('joins a state and "the ... kingdom of" another in one subject ("Shiite-majority Iran and the Sunni kingdom of Saudi Arabia resumed ties")', () => {
    expect(asArrows('Shiite-majority Iraq and the Sunni kingdom of Jordan resumed ties in 2023 in a Turkish-brokered agreement.')).toEqual(['IRQ->JOR warming', 'TUR->IRQ cooperative', 'TUR->JOR cooperative']);
  });

  it('reads "North" before "and South Korea" as North Korea ("cooperation between North and South Korea")', () => {
    expect(asArrows('China hosted talks between North and South Korea.')).toEqual(['CHN->PRK cooperative', 'CHN->KOR cooperative', 'PRK->KOR cooperative']);
  });
});

// The two hundred and ninety-third reading (stop 49): three articles (the Vatican and China's agreement on
// bishops, 2018; Russia's military instructors in the Central African Republic, 2018 and 2020).
describe('the two hundred and ninety-third reading', () => {
  it('reads the antecedent of "which the ... recognises" as the object of the relative clause ("Taiwan, which the Vatican recognises diplomatically")', () => {
    expect(asArrows('The statement did not mention Belize, which the Kremlin recognises.')).toEqual(['RUS->BLZ cooperative']);
    expect(asArrows('The statement did not mention Belize, which the White House supports.')).toEqual(['USA->BLZ cooperative']);
  });
});

// The two hundred and ninety-fifth reading (stop 49; the two hundred and ninety-fourth, Venezuela recalls its
// envoy from Brazil over the BRICS veto and Senegal and Mauritania's gas accord, asked for no rule): two
// articles (Armenia and Azerbaijan's border clashes and Armenia's appeal to Russia, 2022).
describe('the two hundred and ninety-fifth reading', () => {
  it('reads a ceasefire a mediator announces ("Moscow mediated in the conflict and has announced a ceasefire") as no truce of its own with the other of the pair', () => {
    expect(asArrows('Turkey backed Azerbaijan. Ankara mediated in the conflict and announced a ceasefire.').filter((c) => c.endsWith('warming'))).toEqual([]);
  });
});

// The two hundred and ninety-sixth reading (stop 49): three articles (Egypt warns of intervening in Libya,
// 2020; a Jordanian airstrike in southern Syria, 2023; Spain and the United Kingdom's agreement on Gibraltar,
// 2025).
describe('the two hundred and ninety-sixth reading', () => {
  it('reads what a deal is "on" ("reached an agreement on Gibraltar") as no party to it', () => {
    expect(asArrows('Egypt and Chad reached an agreement on Libya.')).toEqual(['EGY->TCD cooperative']);
  });

  it('reads a state named only as where a border runs ("an airbase along the border with Libya") as no party to a friendly act', () => {
    expect(asArrows("He spoke while inspecting Algeria's troops stationed at an airbase along the border with Mali.")).toEqual([]);
  });
});

// The two hundred and ninety-seventh reading (stop 49): two articles (Egypt and Greece's maritime deal,
// 2020; Mauritania and Mali over cross-border attacks, 2024).
describe('the two hundred and ninety-seventh reading', () => {
  it('reads "its Russian mercenary partners" after a state and "and" as that state\'s partners, past a word that says what kind', () => {
    expect(asArrows('Chad accused the Sudanese army and its Libyan mercenary allies of staging raids.')).toEqual(['TCD->SDN tense', 'SDN->LBY cooperative']);
  });
});

// The two hundred and ninety-eighth reading (stop 49): two articles (Italy and Libya's friendship treaty,
// 2008; India and Seychelles on the Assumption Island base, 2018).
describe('the two hundred and ninety-eighth reading', () => {
  it('reads no shared base with a state named only in a "where" clause about a region ("a naval base ... in the region where China has been trying to enhance its military presence")', () => {
    expect(asArrows('Japan wants a naval base in the region where Russia has been trying to enhance its military presence.')).toEqual([]);
  });

  it('reads no partner for what a state does "on its own" ("would develop military facilities at the island on its own")', () => {
    expect(asArrows('However, amid growing political opposition to the move in Fiji, Rabuka was quoted as saying by local media last week that the country would develop military facilities at the island on its own and that the project with Australia "will not move forward".')).toEqual([]);
  });
});


// The two hundred and ninety-ninth reading (stop 49): two articles (Togolese soldiers in Ghana, 2019;
// Turkmenistan and the Taliban's TAPI pipeline, 2024).
describe('the two hundred and ninety-ninth reading', () => {
  it('reads "the intrusion of" a state\'s forces "into" another as that state\'s military action on it', () => {
    expect(asArrows('The intrusion of four Eritrean soldiers into Ethiopia was reported by police.')).toEqual(['ERI->ETH hostile']);
  });
});
