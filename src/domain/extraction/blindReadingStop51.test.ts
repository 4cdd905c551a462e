// Constructions that the real news articles of stop 51's readings (annotated by hand before extraction
// was run on them, kept outside the project as the eval's are) were misread in. The sentences are
// written for the purpose, about other states in other words. Each test fails without its rule.
// (Earlier stops': blindReading.test.ts, blindReadingStop32.test.ts to blindReadingStop50.test.ts; the second
// sitting's: blindReadingStop51Continued.test.ts.)
import { describe, expect, it } from 'vitest';
import { asArrows, extract } from './extractionTestKit';

// The three hundred and nineteenth reading (stop 51): four short wire items (the UAE recalls its
// ambassador from Iran over Abu Musa, 2012; Serbia recalls its ambassador from Prague over Kosovo,
// 2008; Japan's ambassador and the Busan statue, 2017; the US and Syria's embassy staff, 2011).
describe('the three hundred and nineteenth reading', () => {
  it('reads an envoy sent home "for consultations" as the recall\'s purpose, no talks between the states', () => {
    expect(asArrows('Peru recalled its ambassador to Bolivia. The ambassador should leave the country within two days and return to Peru for further consultations.')).toEqual(['PER->BOL tense']);
  });

  it('reads a province or region a demonym describes, as the object of recognising ("to recognize the southern Serbian province"), as none of that state', () => {
    expect(asArrows('Chile became the first state to recognize the northern Peruvian province.')).toEqual([]);
    expect(asArrows('Iran recognised the breakaway Azerbaijani regions.')).toEqual([]);
  });

  it('reads a prince named by his title and first name ("Sheikh Abdullah") as the office holder the article introduced in full, and a weekday after the full name as no part of it', () => {
    expect(asArrows('Qatari Foreign Minister Sheikh Mohammed bin Abdulrahman Al-Thani Tuesday criticised the plan. Sheikh Mohammed, who visited Egypt in May, said the plan was unwise.')).toEqual(['QAT->EGY cooperative']);
  });

  it('reads good will told inside a claim called false ("false claims about its wish to build good relations with") as not had', () => {
    expect(asArrows('Kenya dismissed the speech, which exposed Somalia’s false claims about its wish to build good relations with Kenya.')).toEqual([]);
  });
});

// The three hundred and twentieth reading (stop 51): four articles on border trade (Sudan and South Sudan
// open crossing points, 2018 and 2020; Pakistan and Afghanistan's trade resumes, 2023; India and China
// discuss resuming border trade, 2025).
describe('the three hundred and twentieth reading', () => {
  it('reads trade or talks between two states that resumed, with relations as subject or not, as warming, and a noun that only names their kind ("trade relations") as no cooperation of its own', () => {
    expect(asArrows('Trade ties between Kenya and Tanzania have resumed their normal flow.')).toEqual(['KEN->TZA warming']);
    expect(asArrows('Commerce between Kenya and Tanzania has restarted.')).toEqual(['KEN->TZA warming']);
    expect(asArrows('Trade relations between Kenya and Tanzania deteriorated.')).toEqual(['KEN->TZA tense']);
  });

  it('reads tensions eased in a gerund or after "help" ("in de-escalating tensions", "helped de-escalate tensions") as warming, not as tensions had', () => {
    expect(asArrows('The meeting helped de-escalate tensions between Kenya and Tanzania.')).toEqual(['KEN->TZA warming']);
    expect(asArrows('Kenya and Tanzania succeeded in de-escalating tensions.')).toEqual(['KEN->TZA warming']);
  });

  it('reads talks whose purpose is to restart or restore what was stopped ("in discussions to restart border trade") as warming, as talks to settle a dispute are', () => {
    expect(asArrows('Kenya and Tanzania held negotiations to reopen the ferry route.')).toEqual(['KEN->TZA warming']);
  });

  it('reads opening border crossings between two states as warming, as reopening them is', () => {
    expect(asArrows('Kenya and Tanzania agreed to open four border crossings.')).toEqual(['KEN->TZA warming']);
  });

  it('reads "according to" as the source of what is told, no act of according', () => {
    expect(asArrows('According to the Kenya-Tanzania communique, the two sides will meet again.')).toEqual([]);
  });
});

// The three hundred and twenty-first reading (stop 51): four articles on defence pacts (Pakistan and
// Russia, 2014; India and the Philippines, 2019; India and the US sign BECA, 2020; India and Vietnam,
// 2014).
describe('the three hundred and twenty-first reading', () => {
  it('reads "the leaders" as subject, after a sentence that named the leaders of a pair, as those two', () => {
    expect(asArrows('The treaty was signed by Kenyan President William Ruto and his Ugandan counterpart Yoweri Museveni. A statement said the leaders agreed to build a new railway.')).toEqual(['KEN->UGA cooperative', 'KEN->UGA cooperative']);
  });

  it('reads a gerund after "in" and a noun a state owns ("Russia\'s overtures in enhancing bilateral relations with Pakistan") as that state\'s act, past a quotation mark too', () => {
    expect(asArrows('Ghana’s President welcomed Nigeria’s “efforts in improving relations with Ghana.”')).toEqual(['NGA->GHA warming']);
  });
});

// The three hundred and twenty-second reading (stop 51): four articles on fire across borders (Russia
// and Ukraine over shells on a Russian town, 2014; Pakistan summons India's envoys over the Line of
// Control, 2020; Pakistan and Afghanistan over cross-border attacks, 2014).
describe('the three hundred and twenty-second reading', () => {
  it('reads "ceasefire violations" as fire across a truce, hostile from the one accused of them, not as the truce', () => {
    expect(asArrows('Armenia accused Azerbaijan of repeated ceasefire violations.')).toEqual(['ARM->AZE tense', 'AZE->ARM hostile']);
  });

  it('reads shells fired from one state that killed or wounded people in another as an attack on it, and rockets "fired into" a place "from" a state in the passive too', () => {
    expect(asArrows('Mortar shells fired from Syrian territory wounded three people in a Turkish village.')).toEqual(['SYR->TUR hostile']);
    expect(asArrows('Dozens of rockets were fired into northern Israel from Lebanon.')).toEqual(['LBN->ISR hostile']);
    // (Afghanistan's border provinces are places of places.ts.)
    expect(asArrows('Shells were fired into Nangarhar province from Pakistan.')).toEqual(['PAK->AFG hostile']);
  });

  it('reads an attack "by terrorists" that a state protests to another as no act of that other state', () => {
    expect(asArrows('Niger summoned Mali’s ambassador over an attack by militants on a border post.')).toEqual(['NER->MLI tense']);
  });
});

// The three hundred and twenty-third reading (stop 51): four articles on Guyana and Venezuela over the
// Essequibo (Venezuela recalls its ambassador, 2015; the ambassadors return, 2015; Guyana condemns
// Venezuela's plan for a governor of the region, 2025; St Vincent's prime minister between the two, 2025).
describe('the three hundred and twenty-third reading', () => {
  it('reads a third state that discusses the tensions between two others as no talks between those two', () => {
    expect(asArrows('Ghana’s president went to Abuja to discuss tensions between Nigeria and Benin.')).toEqual(['GHA->NGA cooperative', 'NGA->BEN tense']);
  });

  it('reads talks held amid a dispute between others ("discussions with Maduro amidst rising tensions between Venezuela and Guyana regarding the disputed region") as cooperation, not talks to settle it', () => {
    expect(asArrows('The Ghanaian president held discussions with Nigeria’s president amid tensions between Nigeria and Benin over the disputed border.')).toEqual(['GHA->NGA cooperative', 'NGA->BEN tense']);
  });
});

// The three hundred and twenty-fourth reading (stop 51): three articles on Greece and Turkey at Imia
// (two looking back at the 1996 crisis, 2019 and 2025; a coastguard stand-off, 2012).
describe('the three hundred and twenty-fourth reading', () => {
  it('reads an act of force attempted ("attempted to ram", "tried to ram") as done, hostile, not an intent', () => {
    expect(asArrows('An Iranian patrol boat tried to ram a British tanker.')).toEqual(['IRN->GBR hostile']);
  });

  it('reads "recognizes as" something, in the active, as no recognition of a state', () => {
    expect(asArrows('Peru recognizes as its main concern with its neighbour Chile the fishing question.')).toEqual([]);
  });
});

// The three hundred and twenty-sixth reading (stop 51): five articles on bans on food lifted (Russia and
// Turkey, 2016; Ukraine and Belarus, 2012; Russia and Lithuania, 2013; Russia and Poland, 2007; China
// and the United States, 1983).
describe('the three hundred and twenty-sixth reading', () => {
  it('reads imports, exports or deliveries taken up again ("restart imports of") as warming, as trade resumed is', () => {
    expect(asArrows('Kazakhstan resumed deliveries of grain to Kyrgyzstan.')).toEqual(['KAZ->KGZ warming']);
  });

  it('reads "Belarussian", the wire spelling, as Belarus', () => {
    expect(asArrows('Poland resumed imports of Belarussian timber.')).toEqual(['POL->BLR warming']);
  });

  it('reads a measure told as lifted with its own start ("lifted a ban on ... imposed last year", "imports ... suspended in March") as tense before, dated by that start', () => {
    const claims = extract('China lifted a ban on beef imports from Brazil, imposed in 2019.');
    expect(claims.filter((c) => c.stance === 'tense').map((c) => `${c.a}->${c.b} ${c.stance} ${c.when}`)).toEqual(['CHN->BRA tense 2019']);
  });
});

// The three hundred and twenty-seventh reading (stop 51): four articles on China's tariffs on Australian
// barley, from the breakthrough to their end (2023).
describe('the three hundred and twenty-seventh reading', () => {
  it('reads a word of an idiom that stands before the last word of an institution\'s name ("the World Trade Organisation") as no act', () => {
    expect(asArrows('China has dropped its tariffs against Japanese seafood, ending a dispute that went to the World Trade Organization and helped relations between Beijing and Tokyo sink.')).not.toContain('CHN->JPN cooperative');
  });

  it('reads an idiom past a compound or a participle that describes its object ("their long-running trade dispute", "their longrunning trade dispute") as one', () => {
    expect(asArrows('Peru and Chile made a breakthrough in their long-running fishing dispute.')).toEqual(['PER->CHL warming']);
    expect(asArrows('Peru and Chile made a breakthrough in their longrunning fishing dispute.')).toEqual(['PER->CHL warming']);
  });
});

// The three hundred and twenty-eighth reading (stop 51): four articles on China's sanctions on US
// defence firms over arms sales to Taiwan (2019, 2023, 2024 twice).
describe('the three hundred and twenty-eighth reading', () => {
  it('reads arms sold or sent to a state "from" another as that other\'s, not the clause subject\'s', () => {
    expect(asArrows('Moscow condemned recent weapons deliveries to Ukraine from Germany.')).toContain('DEU->UKR cooperative');
    expect(asArrows('Iran denounced the arms sales to Bahrain from France.')).toContain('FRA->BHR cooperative');
  });
});

// The three hundred and twenty-ninth reading (stop 51): three articles looking back at the United States
// and China establishing relations in 1979 (a State Department history, 2016; the Los Angeles Times, 1989;
// CGTN, 2019).
describe('the three hundred and twenty-ninth reading', () => {
  it('reads the subject named again as what describes its own object ("Washington broke formal U.S. ties with Taiwan") as no target', () => {
    expect(asArrows('Cairo suspended Egyptian flights to Qatar.')).toEqual(['EGY->QAT tense']);
  });

  it('reads an administration named after a past president ("the Jimmy Carter Administration") as the United States, years after', () => {
    expect(asArrows('The Ronald Reagan administration imposed sanctions on Libya.', '2004-05-01')).toEqual(['USA->LBY tense']);
  });

  it('reads recognising a thing ("recognizing a simple reality", "the importance of") as no recognition of a state', () => {
    expect(asArrows('Japan established ties with China. "We are recognizing a simple reality," the Japanese premier said.')).toEqual(['JPN->CHN warming']);
  });
});

// The three hundred and thirtieth reading (stop 51): four short reports of North Korean missile launches
// and Japan's protests (2022, 2023 twice, 2024).
describe('the three hundred and thirtieth reading', () => {
  it('reads "Joint Chiefs of Staff", a body many states have, as the state named with it ("South Korea\'s Joint Chiefs of Staff"), not the United States', () => {
    expect(asArrows('Japan’s Joint Chiefs of Staff condemned Russia.')).toEqual(['JPN->RUS tense']);
  });

  it('reads a state\'s partners or allies "in" states named after ("Pyongyang\'s partners in China and Russia") as those states', () => {
    expect(asArrows('Serbia’s allies in Russia and China opposed the motion.')).toEqual(['SRB->RUS cooperative', 'SRB->CHN cooperative']);
  });
});

// The three hundred and thirty-first reading (stop 51): four articles on summits of three (Japan, South
// Korea and the United States at Camp David, 2023, three articles; China, Japan and South Korea at
// Fukuoka, 2008).
describe('the three hundred and thirty-first reading', () => {
  it('reads "the leaders" as the pair told before, not states the sentence names in an opening adjunct ("With North Korea and China in mind, the leaders agreed")', () => {
    expect(asArrows('With Iran and Syria in mind, the leaders agreed to coordinate.')).toEqual([]);
  });
});

// The three hundred and thirty-fourth reading (stop 51): three articles on Canada and Denmark settling
// their "whiskey war" over Hans Island (2022).
describe('the three hundred and thirty-fourth reading', () => {
  it('reads a "war" in quotation marks, named by what it was over ("whiskey war", "Cod War"), as a dispute, not fighting', () => {
    expect(asArrows('Norway and Iceland fought a “herring war” over fishing rights.')).toEqual(['NOR->ISL tense']);
  });

  it('reads an end put or brought to a dispute, a row or a rift as warming, as an end to a war is', () => {
    expect(asArrows('Kenya and Somalia put an end to their row.')).toEqual(['KEN->SOM warming', 'KEN->SOM tense']);
  });
});

// The three hundred and thirty-fifth reading (stop 51): three articles on Russia halting Kazakhstan's oil
// exports through the Caspian pipeline (2022).
describe('the three hundred and thirty-fifth reading', () => {
  it('reads a ban or sanctions overturned or rescinded as lifted, warming, and a ruling overturned as no act of force', () => {
    expect(asArrows('Moldova overturned its ban on Romanian poultry.')).toEqual(['MDA->ROU warming']);
    expect(asArrows('A Polish court overturned a ruling on Ukrainian grain.')).toEqual([]);
  });
});

// The three hundred and thirty-sixth reading (stop 51): three articles on Ireland recognising Palestine
// and Israel recalling its ambassador (2024).
describe('the three hundred and thirty-sixth reading', () => {
  it('reads the Taoiseach and the Tánaiste, named by their office alone, as Ireland', () => {
    expect(asArrows('The Taoiseach criticised Russia.')).toEqual(['IRL->RUS tense']);
  });

  it('reads a past form after a subject and "both" or "all" ("X and Y both denounced Hamas") as a verb, not an adjective', () => {
    expect(asArrows('Latvia and Estonia both condemned Belarus.')).toEqual(['LVA->BLR tense', 'EST->BLR tense']);
  });

  it('reads states joined by "as well as" as one list, whose "their" is theirs ("from Norway, as well as Ireland, over their recognition")', () => {
    expect(asArrows('Iran recalled its envoys from Kenya, as well as Uganda, over their recognition of Kosovo.')).toEqual(['IRN->KEN tense', 'IRN->UGA tense', 'KEN->XKX cooperative', 'UGA->XKX cooperative']);
  });
});

// The three hundred and thirty-eighth reading (stop 51): three articles on Switzerland adopting the EU's
// sanctions on Russia, and Russia closing its airspace to it (2022).
describe('the three hundred and thirty-eighth reading', () => {
  it('reads people said to be close to someone ("individuals close to the Russian president") as no closeness of the clause\'s subject', () => {
    expect(asArrows('Latvia said it would close its airspace to Belarusian flights, and ban entry to individuals close to the Belarusian president.')).toEqual(['LVA->BLR tense']);
  });
});
