// Constructions that the real news articles of stop 34's readings (from the forty-first on, annotated
// by hand before extraction was run on them, kept outside the project as the eval's are) were misread
// in. The sentences are written for the purpose, about other states in other words. Each test fails
// without its rule. (Earlier stops': blindReading.test.ts, blindReadingStop32.test.ts, blindReadingStop33.test.ts.)
import { describe, expect, it } from 'vitest';
import { asArrows, keys } from './extractionTestKit';

// The forty-first reading (stop 34): five articles (Somalia breaks with Kenya, 2020).
describe('the forty-first reading', () => {
  it('reads "calls back" an envoy as recalling one', () => {
    expect(asArrows('Gabon called back its ambassador from Cameroon.')).toEqual(['GAB->CMR tense']);
  });

  it('reads hosting a state\'s leadership as hosting a visit', () => {
    expect(asArrows('Uganda hosted the leadership of South Sudan on Friday.')).toEqual(['UGA->SSD cooperative']);
  });

  it('reads a visit made as a visit, not an intent to meet', () => {
    expect(asArrows('The Malian president made an official visit to Guinea.')).toEqual(['MLI->GIN cooperative']);
  });

  it('reads a time limit to leave as an expulsion, not a gift', () => {
    expect(asArrows('Burundi gave Rwandan diplomats in Bujumbura three days to leave the country.')).toEqual(['BDI->RWA tense']);
    // (A gift is still one.)
    expect(asArrows('Japan gave Laos aid.')).toEqual(['JPN->LAO cooperative']);
  });

  it('reads the worry an act raises, told after a comma, as no protest by the state that acts', () => {
    expect(asArrows('Germany recalled its troops from Niger, raising concerns that the jihadists would advance.')).toEqual([]);
    // (A state that raises a concern with another protests.)
    expect(asArrows('Norway raised concerns with Russia over the drills.')).toEqual(['NOR->RUS tense']);
  });

  it('knows the regional blocs of Africa and others as organisations', () => {
    expect(asArrows('The Intergovernmental Authority on Development will mediate between Sudan and South Sudan.')).toEqual(expect.arrayContaining(['igad->SDN cooperative']));
  });
});

// The forty-second reading (stop 34): six articles (the United States and China close each other's
// consulates in Houston and Chengdu, 2020; Turkey shoots down a Russian bomber on the Syrian border, 2015).
describe('the forty-second reading', () => {
  it('reads a host state ordering another to close its mission as closing it, not as a demand', () => {
    expect(asArrows('Spain ordered Bolivia to close its consulate in Seville.')).toEqual(['ESP->BOL severed']);
    // (Asking is a demand still.)
    expect(asArrows('Spain asked Bolivia to close its consulate in Seville.')).toEqual(['ESP->BOL tense']);
  });

  it('reads withdrawing the consent for a mission as closing it', () => {
    expect(asArrows('Peru revoked the permission for the operation of the Bolivian consulate in Puno.')).toEqual(['PER->BOL severed']);
  });

  it('reads notifying a state of an act as telling it, no cooperation', () => {
    expect(asArrows('Ghana notified the Nigerian embassy that it would expel two diplomats.')).not.toContain('GHA->NGA cooperative');
  });

  it('reads scrapping a planned visit as calling it off, and the plan as no act of its own', () => {
    expect(asArrows('The Chilean minister scrapped a planned trip to Peru.')).toEqual(['CHL->PER tense']);
    expect(asArrows('Chile scrapped its planned visit to Peru.')).toEqual(['CHL->PER tense']);
  });

  it('reads bringing down a plane as force', () => {
    expect(asArrows('Azerbaijani air defences brought down an Armenian drone.')).toEqual(['AZE->ARM hostile']);
  });

  it('reads a state\'s allies after a preposition as others, not the state', () => {
    expect(asArrows('China stepped up pressure on U.S. allies in the region.')).not.toContain('CHN->USA tense');
  });
});

// The forty-third reading (stop 34): five articles (the Solomon Islands switch recognition from Taiwan
// to China, 2019).
describe('the forty-third reading', () => {
  it('reads recognition switched from one state to another as a break with the first and a warming with the second', () => {
    expect(asArrows('Kiribati switched its recognition from Taipei to Beijing.')).toEqual(['KIR->CHN warming', 'KIR->TWN severed']);
    // (With no state left named, only the warming.)
    expect(asArrows('Kiribati switched its recognition to Beijing.')).toEqual(['KIR->CHN warming']);
  });

  it('reads a decision judged with no owner named as not the judge\'s own act', () => {
    expect(asArrows('Beijing welcomed the decision to cut ties with Taipei.')).toEqual([]);
    // (An owner named makes it that owner's.)
    expect(asArrows("Beijing welcomed Kiribati's decision to cut ties with Taipei.")).toEqual(expect.arrayContaining(['KIR->TWN severed']));
  });

  it('reads "nix" ties as a break', () => {
    expect(asArrows('Kiribati nixed its ties with Taipei.')).toEqual(['KIR->TWN severed']);
  });

  it('reads a decision condemned "by" or "of" a state as that state\'s', () => {
    expect(asArrows('Taipei condemned the decision by Kiribati.')).toEqual(['TWN->KIR tense']);
    expect(asArrows('Taipei welcomed the move of Paraguay.')).toEqual(['TWN->PRY cooperative']);
  });

  it('reads staff withdrawn from a mission as a recall, not a de-escalation', () => {
    expect(asArrows('Taipei withdrew personnel from its embassy in Kiribati.')).toEqual(['TWN->KIR tense']);
  });

  it('reads words to unnamed countries as addressed to no one, not to the other state of the article', () => {
    expect(asArrows('Kenya and Somalia traded accusations on Monday. Kenya then praised the remaining ones.')).not.toContain('KEN->SOM cooperative');
  });
});

// The forty-fourth reading (stop 34): five articles (Morocco suspends contacts with Germany's embassy
// and recalls its ambassador, 2021).
describe('the forty-fourth reading', () => {
  it('reads contacts suspended as relations reduced, not broken', () => {
    expect(asArrows('Tunisia suspended all contacts with the Italian embassy.')).toEqual(['TUN->ITA tense']);
  });

  it('reads "normal relations" as relations had, not improved', () => {
    expect(asArrows('Italy and Tunisia have normal diplomatic relations.').map((arrow) => arrow.split(' ')[1])).toEqual(['cooperative']);
  });
});

// The forty-fifth reading (stop 34): five articles (Nepal's new map claims land India holds, 2020).
describe('the forty-fifth reading', () => {
  it('reads what is disputed, contested or unresolved "between" two states as their dispute', () => {
    expect(asArrows('The Essequibo is a disputed region between Guyana and Venezuela.').map((arrow) => arrow.split(' ')[1])).toEqual(['tense']);
    expect(asArrows('The islets remain unresolved between Japan and South Korea.').map((arrow) => arrow.split(' ')[1])).toEqual(['tense']);
  });

  it('reads a border issue with a state as a dispute, which resolving warms', () => {
    expect(asArrows('Bhutan raised the border issue with China.')).toEqual(['BTN->CHN tense']);
    expect(asArrows('Bhutan agreed to resolve the border issue with China.').map((arrow) => arrow.split(' ')[1])).toEqual(['warming']);
  });
});

// The forty-sixth reading (stop 34): five articles (Britain expels 23 Russian diplomats over the
// Salisbury poisoning, 2018).
describe('the forty-sixth reading', () => {
  it('reads contacts cut off as relations reduced, not broken', () => {
    expect(asArrows('Lithuania cut off all high-level contacts with Belarus.')).toEqual(['LTU->BLR tense']);
  });

  it('knows a leader by title and surname where the surname alone is a common word', () => {
    expect(keys('Mrs May condemned Syria.', '2018-04-14')).toEqual(['GBR-SYR tense']);
  });
});

// The forty-seventh reading (stop 34): five articles (Saudi Arabia and three Gulf states expel
// Lebanon's envoys over a minister's remarks on the Yemen war, 2021).
describe('the forty-seventh reading', () => {
  it('reads a possessor past a hyphenated modifier ("on-going") as the owner of the act', () => {
    expect(asArrows("Chile protested Peru's on-going military intervention in Bolivia.")).toContain('PER->BOL hostile');
  });

  it('reads an envoy asked or told to leave as expelled', () => {
    expect(asArrows('Qatar told the Egyptian envoy to leave the country.')).toEqual(['QAT->EGY tense']);
  });

  it('reads force used on rebels or militants in a state as no attack on that state', () => {
    expect(asArrows('Kenya bombed militants in Somalia.')).toEqual([]);
    // (The state itself struck is one.)
    expect(asArrows('Kenya bombed Somalia.')).toEqual(['KEN->SOM hostile']);
  });

  it('reads "have both called for" as a perfect tense, no call held', () => {
    expect(asArrows('Oman and Qatar have both called for restraint.')).toEqual([]);
  });
});

// The forty-eighth and forty-ninth readings (stop 34): six articles (Burkina Faso asks France's
// ambassador and troops to leave, 2023) read with no rule needed, and three (the European Union bans
// Belarus's airlines after the forced landing of a Ryanair flight, 2021).
describe('the forty-ninth reading', () => {
  it('reads a dateline in title case, known by its agency or its bracketed country, as naming no actor', () => {
    expect(asArrows('Brussels (AP) – The bloc imposed new sanctions on Belarus.')).toEqual([]);
    expect(asArrows('Kathmandu [Nepal], May 20 : Officials met the Chinese envoy.')).toEqual([]);
    // (A capital that acts, outside a dateline, stands for its state still.)
    expect(asArrows('Brussels summoned the Belarusian envoy.')).toEqual(['BEL->BLR tense']);
  });
});

// The fiftieth reading (stop 34): five articles (Morocco and Tunisia recall their ambassadors after
// Tunisia's president receives the Polisario's leader, 2022).
describe('the fiftieth reading', () => {
  it('reads the state whose summit or forum it is as no party to what is done at it', () => {
    expect(asArrows('Kenya invited the Somaliland leader to a Chinese investment forum for Africa.')).toEqual(['KEN->somaliland cooperative']);
    expect(asArrows('The Korea-Africa summit opened with the absence of Eritrea.')).toEqual([]);
    // (A summit of two named states is theirs.)
    expect(asArrows('Biden attended the US-Russia summit in Geneva.').map((arrow) => arrow.split(' ')[1])).toEqual(['cooperative']);
  });

  it('reads "the question of" a state as what is talked of, no one who acts', () => {
    expect(asArrows('The question of Gibraltar has opposed Spain to Britain for centuries.')).not.toContain('GIB->ESP tense');
  });

  it('reads an owner\'s backer set after a pair as the last of the pair, and not one of a list', () => {
    expect(asArrows("The row deepened a rivalry between Sudan and Egypt, the Polisario's main backer.")).toEqual(['SDN->EGY tense', 'polisario->EGY cooperative']);
  });

  it('reads welcoming or receiving the head or chief of a movement as hosting a visit', () => {
    expect(asArrows('Algeria welcomed the head of the Polisario Front.')).toEqual(['DZA->polisario cooperative']);
  });

  it('reads an act after "accused ... of" past quotation marks and an adverb as the accused\'s', () => {
    expect(asArrows('Rabat accused Algiers of "openly" arming the Polisario Front.')).toContain('DZA->polisario cooperative');
  });
});

// The fifty-first reading (stop 34): five articles (Chad and Qatar close each other's embassies, 2017).
describe('the fifty-first reading', () => {
  it('knows a three-letter abbreviation dotted without its last dot ("the U.A.E")', () => {
    expect(asArrows('Egypt, the U.A.E and Bahrain cut ties with Qatar.')).toEqual(['EGY->QAT severed', 'ARE->QAT severed', 'BHR->QAT severed']);
  });

  it('reads "rival" before a noun as saying what the noun is, not that the subjects are rivals', () => {
    expect(asArrows('Iran and Turkey backed rival Kurdish-led groups.')).not.toContain('IRN->TUR tense');
  });

  it('reads states that back a third together as no partners of each other for it', () => {
    expect(asArrows('Iran and Turkey backed rival Kurdish-led groups.')).not.toContain('IRN->TUR cooperative');
    // (What two states do together, they do with each other.)
    expect(asArrows('Iran and Turkey signed a trade deal.').map((arrow) => arrow.split(' ')[1])).toEqual(['cooperative']);
  });
});

// The fifty-second reading (stop 34): four articles (Israel declares Brazil's president persona non
// grata and Brazil recalls its ambassador, 2024).
describe('the fifty-second reading', () => {
  it('reads the "by" of a later attack as that attack\'s agent, not the war\'s', () => {
    expect(asArrows('Ethiopia declared war on the TPLF rebels after deadly raids by the Eritrean army.')).not.toContain('ERI->ETH hostile');
    expect(asArrows('Armenia declared war on Azerbaijan after deadly raids by Azerbaijani forces.').map((arrow) => arrow.split(' ')[1])).toContain('hostile');
  });

  it('reads a war or fighting in a place, as someone tells it, as no war of the teller\'s', () => {
    expect(asArrows('Macron said the fighting in Sudan must stop.')).toEqual([]);
  });

  it('reads an envoy summoned for a meeting as summoned, no talks held', () => {
    expect(asArrows('The ministry summoned the Peruvian ambassador to Chile for a meeting later that day.').map((arrow) => arrow.split(' ')[1])).toEqual(['tense']);
  });
});

// The fifty-third reading (stop 34): five articles (Iraq recalls its chargé d'affaires from Ankara
// after the shelling of a resort near Zakho, 2022).
describe('the fifty-third reading', () => {
  it('reads a group considered or deemed terrorist by a state as designated by it', () => {
    expect(asArrows('Hamas is considered a terrorist organization by Canada.')).toEqual(['CAN->hamas tense']);
    expect(asArrows('Japan deems the Houthis a terrorist group.')).toEqual(['JPN->houthis tense']);
  });
});

// The fifty-fourth reading (stop 34): six articles (Iran shoots down a US surveillance drone, 2019).
describe('the fifty-fourth reading', () => {
  it('reads a state\'s missile or jets that "shot down" something as acting, whatever the tagger made of "shot"', () => {
    expect(asArrows('Syrian jets shot down an Israeli drone.')).toEqual(['SYR->ISR hostile']);
    expect(asArrows('A Pakistani surface-to-air missile shot down an Indian drone.')).toEqual(['PAK->IND hostile']);
  });

  it('reads "leading up to" as what came before, no lead taken', () => {
    expect(asArrows('Syrian jets shot down an Israeli drone on Monday. The two countries disputed the circumstances leading up to a Syrian missile bringing down the Israeli Heron, an unmanned aircraft.')).not.toContain('ISR->SYR cooperative');
  });

  it('reads what is "brought down" as no gift', () => {
    expect(asArrows('Syrian jets shot down an Israeli drone on Monday. The two countries disputed the events before a Syrian missile bringing down the Israeli Navy RQ-9 Heron.')).toEqual(['SYR->ISR hostile']);
  });
});

describe('the fifty-fifth reading (stop 34): Montenegro and Serbia expel each other\'s ambassadors, 2020', () => {
  it('reads a persona non grata declaration past the envoy\'s post and name, or a comma after it', () => {
    expect(asArrows("Croatia declared Slovenia's Ambassador in Zagreb Marko Novak persona non grata.")).toEqual(['HRV->SVN tense']);
    expect(asArrows('Croatia declared Slovenian Ambassador Marko Novak, persona non grata on Friday.')).toEqual(['HRV->SVN tense']);
  });
});

describe('the fifty-sixth reading (stop 34): the Czech Senate president visits Taiwan, 2020', () => {
  it('knows an office a state\'s name introduces, such as a Senate chair or a health secretary', () => {
    expect(asArrows('Slovak Senate chair Jan Novak spoke on Monday. Novak then visited Taiwan.')).toEqual(['SVK->TWN cooperative']);
  });

  it('reads an official "currently visiting" a state as the visitor', () => {
    expect(asArrows('Beijing made threats against a Slovak official currently visiting Taiwan.')).toContain('SVK->TWN cooperative');
  });

  it('reads a price to be paid as no payment', () => {
    expect(asArrows("China's foreign minister Wang Yi threatened that a senior Slovak senate would pay a “heavy price” after defying Beijing to visit Taiwan.")).not.toContain('SVK->CHN cooperative');
  });

  it('reads propping up or shoring up only a government, a leader or an ally as support', () => {
    expect(asArrows('Taiwan sought to shore up international support as concerns grew over Beijing.')).toEqual([]);
  });
});

describe('the fifty-seventh reading (stop 34): Nigeria recalls its envoy from South Africa over attacks on its citizens, 2019', () => {
  it('reads a plural demonym counted or quantified as people, no state', () => {
    expect(asArrows('Some Ghanaians have attacked shops with Togolese owners in Accra.')).toEqual([]);
    expect(asArrows('Some 50,000 Malians live in Senegal and some of them were killed in attacks.')).toEqual([]);
  });

  it('reads leaving a conference or a summit as no meeting of those who leave', () => {
    expect(asArrows('The presidents of Kenya, Uganda and Tanzania pulled out of the conference.')).toEqual([]);
    expect(asArrows('Rwanda and Malawi pulled out of the summit.')).toEqual([]);
  });

  it('reads going "a step further" as no visit', () => {
    expect(asArrows('Ghana has gone a step further by recalling its envoy to Togo.')).toEqual(['GHA->TGO tense']);
  });
});
