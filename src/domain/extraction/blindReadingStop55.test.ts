// Constructions that the real news articles of stop 55 (readings 424 on, annotated by hand before
// extraction was run on them, kept outside the project as the eval's are) were misread in. The sentences
// are written for the purpose, about other states in other words. Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { findTimes } from '../claims/resolveTime';
import { asArrows, extract } from './extractionTestKit';

// The four hundred and twenty-fourth reading (stop 55): three articles on the Maldives asking India to
// withdraw its troops (2024).
describe('the four hundred and twenty-fourth reading', () => {
  it('reads a deadline set for a state to withdraw as a demand on that state, after "for"', () => {
    expect(asArrows('Lithuania spoke first. Estonia set a deadline for Latvia to pull its soldiers out of the port.')).toEqual(['EST->LVA tense']);
    // (So is a call for a state to stop: "called for" with the one asked, then "to".)
    expect(asArrows('Lithuania spoke first. Kenya called for Somalia to halt the shelling.')).toEqual(['KEN->SOM tense']);
    // (Not a deadline for talks, nor a call for talks: no one is asked to stop.)
    expect(asArrows('Lithuania spoke first. Kenya called for talks on the border.')).toEqual([]);
  });

  it('reads a call, demand or appeal to a state to withdraw or stop as a demand on it, from its owner', () => {
    expect(asArrows('Lithuania spoke first. The move follows Ghana\'s formal call to Togo to withdraw its police by June.')).toEqual(['GHA->TGO tense']);
    expect(asArrows('Lithuania spoke first. Austria repeated its demand for Hungary to end the checks.')).toEqual(['AUT->HUN tense']);
    // (Not a call to a state that asks nothing of it.)
    expect(asArrows('Lithuania spoke first. Austria made a call to Hungary on Monday.')).toEqual([]);
  });
});

// The four hundred and twenty-sixth reading (stop 55): four pages on the Suez crisis (1956), as history
// tells it.
describe('the four hundred and twenty-sixth reading', () => {
  it('knows the leaders of the Cold War by their surnames when the article names a year they held office in', () => {
    expect(asArrows('In 1962, Khrushchev sent missiles to Cuba.', '2012-10-16')).toEqual(['RUS->CUB cooperative']);
    expect(asArrows('In 1972, Nixon met Mao in Beijing.', '2022-02-21')).toEqual(['USA->CHN cooperative']);
    // (Not in an article that names no such year: "Mao" then is anyone's.)
    expect(asArrows('Nixon met Mao in Beijing.', '2022-02-21')).toEqual([]);
    // (A leader's government is the leader's: "the Eisenhower Administration".)
    expect(asArrows('In 1956, the Eisenhower Administration condemned Britain.', '2016-10-29')).toEqual(['USA->GBR tense']);
  });

  it('gives an active verb no agent from a participle after a comma, which has its own', () => {
    const read = asArrows('Iraqi forces invaded Kuwait, backed by Jordan.', '1990-08-03');
    expect(read).toContain('IRQ->KWT hostile');
    expect(read).not.toContain('JOR->IRQ hostile');
  });

  it('reads states listed before a one-sided role (investors, donors, creditors) as sharing it, no pair between them', () => {
    expect(asArrows('The mine is owned by Dutch and Belgian investors.')).toEqual([]);
    expect(asArrows('Spanish and Italian investors left the country.')).toEqual([]);
    // (Allies, partners and friends listed so are each other's: "the Dutch and Belgian allies".)
    expect(asArrows('The Dutch and Belgian allies met.')).toEqual(['NLD->BEL cooperative']);
  });
});

// The four hundred and twenty-seventh reading (stop 55): four pages on the Cuban missile crisis (1962).
describe('the four hundred and twenty-seventh reading', () => {
  it('reads a blockade around a state, and a naval quarantine, as a blockade of it', () => {
    expect(asArrows('Greece ordered a naval blockade around Cyprus.')).toEqual(['GRC->CYP hostile']);
    expect(asArrows('Greece imposed a naval quarantine around Cyprus.')).toEqual(['GRC->CYP hostile']);
  });

  it('reads a past after "and" before a name as a verb, whatever the tagger says', () => {
    expect(asArrows('The Greek navy sailed out and blockaded Cyprus.')).toEqual(['GRC->CYP hostile']);
    // (Not one before a name that describes a noun: "and armed Cypriot police".)
    expect(asArrows('Greek soldiers and armed Cypriot police met.')).not.toContain('GRC->CYP cooperative');
  });

  it('reads what a state has the ability to do as not done, and backing down as no support', () => {
    expect(asArrows('Greece built missiles with the ability to strike Cyprus.')).toEqual([]);
    expect(asArrows('Greece backed down about the Cypriot bases.')).toEqual([]);
  });

  it('reads "the two superpowers" as the latest pair of powers told, and a hyphenated stand-off as a standoff', () => {
    expect(asArrows('In 1970 Brezhnev warned Nixon. Nixon then blockaded Cuba. The stand-off between the two superpowers went on.', '1990-01-01')).toEqual(['RUS->USA tense', 'USA->CUB hostile', 'RUS->USA tense']);
  });
});

// The four hundred and twenty-eighth reading (stop 55): three pages on Egypt and Israel's peace, from Sadat's
// visit to Jerusalem (1977) to the treaty (1979).
describe('the four hundred and twenty-eighth reading', () => {
  it('dates a range of days by its first', () => {
    expect(findTimes('visited Jerusalem on November 19-21, 1977', { published: null })[0]?.when).toEqual({ kind: 'point', at: '1977-11-19' });
    expect(extract('Sadat visited Jerusalem on November 19–21, 1977.', '2020-05-01')[0]?.when).toBe('1977-11-19');
  });

  it('reads a leader whose name the tagger takes for a verb as the leader ("Begin invited Sadat")', () => {
    expect(asArrows('In 1977, Begin invited Sadat to Jerusalem.', '2017-11-19')).toEqual(['ISR->EGY cooperative']);
  });
});


// The four hundred and twenty-ninth reading (stop 55): three pages on the Soviet invasion of Afghanistan
// and the boycott of the Moscow Olympics (1979-1980).
describe('the four hundred and twenty-ninth reading', () => {
  it('reads "Soviet" and "the Soviets" as the Soviet Union, Russia\'s id, but not in a time or a former republic', () => {
    expect(asArrows('In 1968, the Soviets invaded Czechoslovakia. The Soviet invasion of Hungary came in 1956.', '2018-08-20')).toEqual(['RUS->CZE hostile', 'RUS->HUN hostile']);
    expect(asArrows('Post-Soviet states met Turkey in Baku.')).toEqual([]);
    expect(asArrows('Armenia, a former Soviet republic, thanked France.')).toEqual(['ARM->FRA cooperative']);
    expect(asArrows('Soviet-era maps show Hungary and Turkey.')).toEqual([]);
  });

  it('reads an offensive before a noun of arms as describing them, no offensive', () => {
    expect(asArrows('In 1962, Kennedy imposed a naval quarantine around Cuba. He wanted to prevent the arrival of more Soviet offensive weapons on the island.', '2011-08-15')).toEqual(['USA->CUB hostile', 'USA->CUB tense']);
  });
});

// The four hundred and thirtieth reading (stop 55): four articles on Australia sending police and troops to
// the Solomon Islands during the Honiara riots (2021).
describe('the four hundred and thirtieth reading', () => {
  it('reads riots as crowds\', no state\'s act on another', () => {
    expect(asArrows('New Zealand is sending police to Tonga after rioting in the capital Nuku\'alofa.')).toEqual(['NZL->TON cooperative']);
  });
});

// The four hundred and thirty-second reading (stop 55): three pages on the Falklands War (1982).
describe('the four hundred and thirty-second reading', () => {
  it('reads a territory a state governs and speaks for abroad as a place of that state, no actor of its own', () => {
    expect(asArrows('In 1704, British forces seized Gibraltar.')).toEqual([]);
    expect(asArrows('Spanish forces shelled Gibraltar in 1727.')).toEqual(['ESP->GBR hostile']);
    expect(asArrows('Argentine forces invaded the Falklands in 1982.')).toEqual(['ARG->GBR hostile']);
    expect(asArrows('Iceland bought fish from the Faroe Islands.')).not.toContain('ISL->FRO cooperative');
  });

  it('reads a claim on a place as a dispute with the state it is a place of', () => {
    expect(asArrows('Argentina has always claimed the Falkland Islands.')).toEqual(['ARG->GBR tense']);
    expect(asArrows('Pakistan claims Ladakh.')).toEqual(['PAK->IND tense']);
  });
});

// The four hundred and thirty-third reading (stop 55): three pages on the Six-Day War (1967).
describe('the four hundred and thirty-third reading', () => {
  it('dates "in May of that year" by the year the text last wrote out, past a "today"', () => {
    expect(findTimes('The war of 1973, still remembered today. In October of that year, troops crossed.', { published: '2020-04-14' }).map((t) => t.when)).toEqual([
      { kind: 'point', at: '1973' },
      { kind: 'point', at: '2020-04-14' },
      { kind: 'point', at: '1973-10' },
    ]);
    // (With no year written before, the month's latest as before.)
    expect(findTimes('In May of that year, troops crossed.', { published: '2020-04-14' })[0]?.when).toEqual({ kind: 'point', at: '2019-05' });
  });

  it('reads a strait blocked to a state\'s ships as a blockade of that state', () => {
    expect(asArrows('Iran blocked the Strait of Hormuz to Saudi tankers.')).toEqual(['IRN->SAU hostile']);
  });
});

// The four hundred and thirty-fourth reading (stop 55): four pages on the start of the Korean War (1950).
describe('the four hundred and thirty-fourth reading', () => {
  it('reads a passive\'s agent named by its forces and where they are from ("invaded by forces from North Korea")', () => {
    expect(asArrows('On August 2, 1990, Kuwait was invaded by troops from Iraq.', '2020-08-02')).toEqual(['IRQ->KWT hostile']);
    expect(asArrows('Chad was attacked by soldiers of Sudan.')).toEqual(['SDN->TCD hostile']);
  });
});

// The four hundred and thirty-fifth reading (stop 55): three pages on the Iran-Iraq War (1980-1988).
describe('the four hundred and thirty-fifth reading', () => {
  it('reads "its" set beside a possessor\'s noun ("X\'s power as well as its alliances") as that possessor\'s', () => {
    expect(asArrows('Chile could not match Peru\'s wealth and its close alliance with Brazil.')).toEqual(['PER->BRA cooperative']);
  });
});

// The four hundred and thirty-sixth reading (stop 55): three pages on the Sino-Soviet border conflict (1969).
describe('the four hundred and thirty-sixth reading', () => {
  it('reads "Sino-" in a compound as China', () => {
    expect(asArrows('Sino-Indian ties have improved.')).toEqual(['IND->CHN warming']);
    expect(asArrows('The Sino-Japanese war began in 1937.')).toEqual(['JPN->CHN hostile']);
  });

  it('reads the former names history uses as the states the map draws in their place', () => {
    expect(asArrows('In 1968 Russia invaded Czechoslovakia.')).toEqual(['RUS->CZE hostile']);
    expect(asArrows('Zaire and Angola clashed in 1977.')).toEqual(['COD->AGO tense']);
    // (Not the Yugoslav of "the former Yugoslav Republic of Macedonia", North Macedonia's old name.)
    expect(asArrows('Greece reached an agreement with the former Yugoslav Republic of Macedonia.')).toEqual(['GRC->MKD cooperative']);
  });
});

// The four hundred and thirty-eighth reading (stop 55): an article on the Soviet Union's help to India in the
// 1971 war with Pakistan.
describe('the four hundred and thirty-eighth reading', () => {
  it('reads "X and its allies, including Y," as both acting', () => {
    expect(asArrows('France and its allies, including Italy, sided with Greece.')).toEqual(['FRA->GRC cooperative', 'ITA->GRC cooperative']);
  });
});

// The four hundred and thirty-ninth reading (stop 55): two articles on the ICJ's ruling on the Silala (2022).
describe('the four hundred and thirty-ninth reading', () => {
  it('reads "the Latin American neighbors" as the pair told, past two describing words', () => {
    expect(asArrows('Peru met Ecuador in 1998. The South American neighbours then settled their dispute.', '2018-10-26')).toContain('PER->ECU warming');
  });
});

// The four hundred and fortieth reading (stop 55): three pages on the Ogaden War (1977-1978).
describe('the four hundred and fortieth reading', () => {
  it('reads a treaty abrogated, renounced or repudiated as ended, tense', () => {
    expect(asArrows('Egypt abrogated its treaty of friendship with the USSR in 1976.', '2016-03-15')).toEqual(['EGY->RUS tense']);
  });

  it('reads people inhabiting a region as living there, no occupation', () => {
    expect(asArrows('Russians inhabiting Estonia protested.')).toEqual([]);
  });
});

// The four hundred and forty-second reading (stop 55): two pages on the Cod Wars (1958-1976).
describe('the four hundred and forty-second reading', () => {
  it('reads a confrontation between two states as tense', () => {
    expect(asArrows('The confrontations between Norway and Russia over fishing grew.')).toEqual(['NOR->RUS tense']);
  });
});

describe('games told like wars', () => {
  it('reads a game\'s result, told by its score or its contest, as no act of force', () => {
    expect(asArrows('Spain beat Italy 2-1 in the World Cup.')).toEqual([]);
    expect(asArrows('Spain defeated Italy in the European Championship semi-final.')).toEqual([]);
    // (A battle is one still.)
    expect(asArrows('Spain defeated Morocco at Tetuan in 1860.', '2010-01-01')).toEqual(['ESP->MAR hostile']);
  });
});

// The four hundred and forty-fourth reading (stop 55): four pages on the Pueblo incident (1968).
describe('the four hundred and forty-fourth reading', () => {
  it('reads a navy ship\'s prefix as its state ("the USS Pueblo", "HMS Sheffield")', () => {
    expect(asArrows('In 1968 North Korean gunboats seized the USS Pueblo.', '2018-01-23')).toEqual(['PRK->USA hostile']);
    expect(asArrows('In 1982 Argentine jets attacked HMS Sheffield.', '2022-05-04')).toEqual(['ARG->GBR hostile']);
  });
});

describe('days told from the day before', () => {
  it('dates "the following day", "the next year", "the day before" from the date told before, and leaves them undated with none', () => {
    expect(findTimes('On 2 April 1982 troops landed. The following day they moved on.', { published: '2018-03-19' }).map((t) => t.when)).toEqual([
      { kind: 'point', at: '1982-04-02' },
      { kind: 'point', at: '1982-04-03' },
    ]);
    expect(findTimes('In 1977 Sadat visited. The following year, they met.', { published: null })[1]?.when).toEqual({ kind: 'point', at: '1978' });
    expect(findTimes('They met. The next day they signed.', { published: '2018-03-19' })).toEqual([]);
  });
});
