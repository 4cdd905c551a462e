// Constructions that fourteen real news articles, annotated by hand before extraction was run on them
// (stop 31; kept outside the project, as the eval's are), were misread in. The sentences here are
// written for the purpose, about other states in other words. Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { asArrows, extract } from './extractionTestKit';

describe('what is done, and what is only kept from being done', () => {
  it('reads a gerund after "by" with its own preposition as the subject\'s act', () => {
    expect(asArrows('The Greek navy responded by firing at a Turkish fishing boat.')).toEqual(['GRC->TUR hostile']);
  });
  it('reads what a state is barred from doing as not done, past gerunds joined by "or"', () => {
    expect(asArrows('Japan bars its pension funds from buying Chinese state bonds.')).not.toContain('JPN->CHN cooperative');
    expect(asArrows('The new law stops the prime minister from easing or lifting the penalties on Iran.')).toEqual([]);
  });
  it('reads what a state is not ready, willing or yet decided to do as not done', () => {
    expect(asArrows('Serbia is not willing to resume talks with Kosovo.')).toEqual([]);
    expect(asArrows('Ecuador has not yet decided to reopen its embassy in Mexico.')).toEqual([]);
  });
});

describe('who acts', () => {
  it('reads the envoy of a summons past the envoy\'s name between commas, and the head of a mission as its envoy', () => {
    expect(asArrows('The Danish ambassador in Ankara, Lars Holm, was summoned to the Turkish Foreign Ministry on Friday.')).toEqual(['TUR->DNK tense']);
    expect(asArrows('The head of the Swedish diplomatic mission in Iran, Eva Berg, was summoned to the Iranian Foreign Ministry.')).toEqual(['IRN->SWE tense']);
  });
  it('reads "their allies" in a list of accusers as other states, no tie among those named', () => {
    expect(asArrows('Canada, Australia and many of their allies accused Beijing of hacking.')).toEqual(['CAN->CHN tense', 'AUS->CHN tense']);
    expect(asArrows('Seoul and its ally the United States held drills.')).toContain('KOR->USA cooperative');
  });
  it('reads a reporting verb between an owner and its noun as a modifier: whose desire "stated desire" is', () => {
    expect(asArrows("Croatia's stated desire to normalise ties with Serbia was welcomed.")).toEqual(['HRV->SRB warming']);
  });
});

describe('what is done with words of measures and replies', () => {
  it('reads restoring the work of each other\'s missions as warming, not an agreement', () => {
    expect(asArrows("Vietnam and Cambodia agreed on Friday to restore the normal functioning of each other's embassies.")).toEqual(['VNM->KHM warming']);
  });
  it('reads a firm reply as retaliation, not as a gift', () => {
    expect(asArrows('The Armenian army gave a befitting reply to Azerbaijan.')).toEqual(['ARM->AZE tense']);
  });
  it('reads a war of sanctions as tense, and an easing of tensions as warming', () => {
    expect(asArrows('Moscow and Warsaw are locked in a war of mutual expulsions.')).not.toContain('RUS->POL hostile');
    expect(asArrows('The easing of tensions between Athens and Ankara followed the earthquake.')).toEqual(['GRC->TUR warming']);
  });
  it('reads approving a round of sanctions against states as sanctions on each', () => {
    expect(asArrows('Canada voted to approve a new round of sanctions against Belarus and Iran.')).toEqual(['CAN->BLR tense', 'CAN->IRN tense']);
  });
  it('reads seeking good relations as improving them', () => {
    expect(asArrows('The new Thai prime minister promised to pursue good relations with Cambodia.')).toContain('THA->KHM warming');
  });
});

// The second reading: ten more real articles (Algeria and Morocco, the Philippines and China, the Horn
// of Africa, the Red Sea, Venezuela and Guyana), annotated by hand before extraction ran.
describe('who acts, when a backer or an apposition stands beside the actor', () => {
  it('reads "the Iran-backed X" as X acting, the backer only backing it', () => {
    expect(asArrows('The Iran-backed Houthis fired missiles at a Saudi oil terminal.')).toEqual(['IRN->houthis cooperative', 'houthis->SAU hostile']);
    expect(asArrows('Israel struck the Iran-backed Hezbollah in southern Lebanon.')).toContain('ISR->hezbollah hostile');
  });
  it('reads a backer in an apposition, and a relative clause on an apposition, as about the actor before the comma', () => {
    expect(asArrows('Hezbollah, an Iranian-backed militant group, rejected the plan.')).toEqual(['IRN->hezbollah cooperative']);
    expect(asArrows('The Houthis, a rebel movement that seized Sanaa in 2014, fired missiles.')).toEqual(['houthis->YEM hostile']);
  });
  it('reads a new subject after ", however" as a new clause', () => {
    expect(asArrows('Spain has backed the autonomy plan, however Algeria backs the Polisario Front.')).toContain('DZA->polisario cooperative');
  });
  it('reads the allies named after "including" as acting with those before them', () => {
    expect(asArrows('Canada and its allies including Japan and Australia expressed support for Ukraine.')).toEqual(['CAN->UKR cooperative', 'JPN->UKR cooperative', 'AUS->UKR cooperative']);
  });
  it('reads the agent of a demonym before a possessive as the state owning the act', () => {
    expect(asArrows("The Chinese coast guard's use of force against Vietnam drew protests.")).toContain('CHN->VNM hostile');
  });
});

describe('what is only asked, reviewed or warned of', () => {
  it('reads what a referendum or a review asks "whether" as not done', () => {
    expect(asArrows('Caracas will ask voters whether they support the annexation of the Essequibo region of Guyana.')).toEqual([]);
  });
  it('reads what others call on a leader to do as not done', () => {
    expect(asArrows('Chile, which borders Peru and Bolivia, has not yet commented on the issue and demands are growing for President Gabriel Boric to condemn Bolivia\'s initiative.')).toEqual([]);
  });
  it('reads "was met with concern" as a reception, no meeting', () => {
    expect(asArrows("Venezuela claims a large part of Guyana. Maduro's plan was met with concern by the international community.")).not.toContain('VEN->GUY cooperative');
  });
  it('reads "a warning that" as no act of its own: what is warned is read in its clause', () => {
    expect(asArrows('The United States expressed support to Somalia. Washington renewed a warning that it is obliged to defend its long-time partner if Somali ships come under an armed attack.')).toEqual(['USA->SOM cooperative']);
  });
  it('reads peace kept within a region as no relation between those who keep it', () => {
    expect(asArrows('Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed vowed to maintain peace and stability within the continent.')).toEqual([]);
  });
});

describe('where a strike falls', () => {
  it('reads the party after "against" as the target of a strike, not the state it falls in', () => {
    expect(asArrows('The US military carried out a new strike in Syria against Hezbollah.')).toEqual(['USA->hezbollah hostile']);
    expect(asArrows('France carried out an air strike in Mali against jihadist fighters.')).toEqual([]);
  });
});

// The third reading: eight more (Congo and Rwanda, Mexico and Ecuador, Serbia and Kosovo, Japan and South Korea).
describe('a people is no state, and overcoming is no war', () => {
  it('reads "ethnic" and a plural demonym after a place as a people', () => {
    expect(asArrows('Kosovo and Serbia fought in 1999. Their war killed thousands, mostly Kosovo Albanians.')).not.toContain('XKX->ALB hostile');
    expect(asArrows('Tensions rose after police installed ethnic Albanian mayors in Kosovo.').some((c) => c.includes('ALB'))).toBe(false);
  });
  it('reads overcoming a history of enmity as settling it, not a defeat in war', () => {
    expect(asArrows('Kishida thanked Yoon for his work to overcome the history of enmity between Japan and South Korea.')).not.toContain('JPN->KOR hostile');
  });
  it('reads an unknown name before a verb of travel as someone\'s, not the sentence\'s states\'', () => {
    expect(asArrows('Hours before Yun left for Tokyo, North Korea fired a missile.')).toEqual([]);
  });
});

// The fourth reading: ten more (Niger and France, the Nile dam talks, Greece and Turkey).
describe('talks on a dispute, and relations told without their pair', () => {
  it('reads talks over a disputed matter as warming between their parties', () => {
    expect(asArrows('Talks between Kenya and Somalia over the disputed maritime border resumed in Nairobi.')).toEqual(['KEN->SOM warming']);
  });
  it('reads a clash with someone who is no state as no clash between the sentence\'s states', () => {
    expect(asArrows('Turkey encouraged migrants to cross into Greece, sparking clashes with border guards.').filter((c) => c.endsWith('hostile'))).toEqual([]);
  });
  it('reads relations told without a pair as the article\'s pair when the sentence names one of it', () => {
    const claims = extract('Greece and Turkey have long quarrelled. Greece has protested often. Turkey signed a maritime deal with Libya, causing consternation in Athens. Relations deteriorated further over the next two years, leading Mitsotakis to announce new pacts.');
    expect(claims.filter((c) => c.trigger === 'Relations deteriorated').map((c) => [c.a, c.b].sort().join('-'))).toEqual(['GRC-TUR']);
  });
});

// The fifth reading: ten more (China and Lithuania, Colombia and Venezuela, India and the Maldives).
describe('who a stance, a neighbour and a leader are', () => {
  it('reads "Pro-China President X" as X of his own state, China only what he leans to', () => {
    expect(asArrows('Pro-China President Mohamed Muizzu is seeking to rebuild ties with New Delhi.')).toEqual(['MDV->IND warming']);
  });
  it('reads "the neighbouring country" as the subject\'s neighbour named before', () => {
    expect(asArrows('Ecuador backed the protesters. Peru broke diplomatic relations with the neighbouring country.')).toContain('PER->ECU severed');
  });
  it('reads "diplomatic relations ... broke" as a break of relations', () => {
    expect(asArrows('Diplomatic relations between Bolivia and Chile broke in 1978.')).toEqual(['BOL->CHL severed']);
  });
  it('reads leaving a cooperation framework as a reduction of relations, not cooperation', () => {
    expect(asArrows('Estonia pulled out of a cooperation framework that China had formed with eastern European states.')).toEqual(['EST->CHN tense']);
  });
  it('reads containing a row as no containment by force', () => {
    expect(asArrows('The Maldives has been scrambling to contain the diplomatic row with India.')).toEqual(['MDV->IND tense']);
  });
});

// The sixth reading: seven more (Israel and Hezbollah, Saudi Arabia and Iran, Armenia and Azerbaijan).
describe('what a strike hits, and who is listed with a describing noun', () => {
  it('reads "targets of the X group" as X struck, not the state the targets are in', () => {
    expect(asArrows('The Israeli army said its jets struck positions of the Hezbollah group in southern Lebanon.')).toEqual(['ISR->hezbollah hostile']);
  });
  it('reads a proxy war as between its sides, not with the state it is fought in', () => {
    expect(asArrows('Iran and Saudi Arabia have waged a proxy war in Yemen.')).toEqual(['IRN->SAU hostile']);
  });
  it('reads "X and arch-rival Y" as one list', () => {
    expect(asArrows('India and arch-rival Pakistan agreed to resume talks following a meeting hosted by the UAE.')).toContain('IND->PAK warming');
  });
});

// The seventh reading: six more (China and Canada's tariffs, arms sales to Taiwan).
describe('an office named by two fields', () => {
  it('reads "trade and agriculture ministers" as an office, not trade', () => {
    expect(extract('The move prompted Canadian trade and agriculture ministers to call for engagement with Beijing.').some((c) => c.trigger === 'trade')).toBe(false);
  });
});

// The eighth reading: six more (Thailand and Cambodia, Poland and Belarus).
describe('a border reinforced, and an act orchestrated', () => {
  it('reads "orchestrated by" as whose act it is, not cooperation', () => {
    expect(asArrows('Lithuania called the crisis a hybrid attack orchestrated by Belarus.')).not.toContain('BLR->LTU cooperative');
  });
});

// The ninth reading: four explainers of long relationships (US-Russia, China-Russia, India-Pakistan).
describe('a history told', () => {
  it('reads the Soviet Union as Russia, but not "post-Soviet" or "Soviet-era"', () => {
    expect(asArrows('In 1979 the Soviet Union invaded Afghanistan.')).toEqual(['RUS->AFG hostile']);
    expect(asArrows('The two post-Soviet states have fought wars since Karabakh broke away from Azerbaijan with support from Armenia.').some((c) => c.includes('RUS'))).toBe(false);
  });
  it('reads "came to power" as no meeting', () => {
    expect(asArrows('Relations cooled after Erdogan and Mitsotakis came to power.')).toEqual(['TUR->GRC tense']);
  });
  it('reads an ordered strike as the strike, not an order', () => {
    expect(asArrows('Macron ordered an air strike on a Syrian airbase.')).toEqual(['FRA->SYR hostile']);
  });
  it('reads what a summit "could" mark as not yet had', () => {
    expect(asArrows('The summit between Xi and Biden could mark a warming of relations.').filter((c) => c.endsWith('warming'))).toEqual([]);
  });
});

// The tenth reading: seven more (Sudan and the UAE, the Qatar blockade's end, Moldova and Russia).
describe('who is made to act, and who is only named beside an act', () => {
  it('reads the object of a verb that makes it act as doing what follows "to"', () => {
    expect(asArrows('Algeria cited a deal resolving a dispute that led Cairo and its allies to impose a boycott on Libya.')).toContain('EGY->LBY tense');
  });
  it('reads "and non-Gulf Egypt" as part of the list', () => {
    expect(asArrows('Saudi Arabia, Bahrain and non-Gulf Egypt severed ties with Qatar.')).toEqual(['SAU->QAT severed', 'BHR->QAT severed', 'EGY->QAT severed']);
  });
  it('reads "the two-year-old conflict" as no "the two"', () => {
    expect(asArrows('Chad accused Libya of arming the rebels, a major escalation in the two-year-old conflict.').filter((c) => c.endsWith('hostile'))).toEqual([]);
  });
  it('reads "the rival X" as no rivalry with the subject', () => {
    expect(asArrows('Sudan accused Abu Dhabi of supporting the rival Rapid Support Forces.')).not.toContain('ARE->rsf tense');
  });
  it('reads who alleges an act as not its agent', () => {
    expect(asArrows('Eritrea has repeatedly denied the Ethiopian allegations of arming the TPLF.')).not.toContain('ETH->tplf cooperative');
  });
});

// The twelfth reading: four more (Venezuela's expulsions after its election, the Russia-North Korea pact).
describe('support for a war', () => {
  it('reads support for an attack on a state as none for that state', () => {
    expect(asArrows('Belarus voiced support for the invasion of Ukraine.')).toEqual([]);
  });
});

// The fourteenth reading: five more (Algeria and the Sahel states over a drone, Egypt and Turkey's rapprochement).
describe('owners and agents of a noun, and an appointed envoy', () => {
  it('reads "Kenya\'s newly appointed ambassador" as no appointment now', () => {
    expect(asArrows("The deployment of Kenya's newly appointed ambassador to Somalia was postponed.").filter((c) => c.endsWith('warming'))).toEqual([]);
  });
  it('reads "for their ties" after a list acted on as that list\'s ties', () => {
    expect(asArrows('Poland criticised Hungary and Slovakia for their close ties with Russia.')).toEqual(['POL->HUN tense', 'POL->SVK tense', 'HUN->RUS cooperative', 'SVK->RUS cooperative']);
  });
  it('reads the agent of "a push by X to" as the one acting', () => {
    expect(asArrows('Talks began amid a push by Japan to ease tensions with China and South Korea.')).toEqual(['JPN->CHN warming', 'JPN->KOR warming']);
  });
});

// Found when checking PETRARCH2's sentences after the readings above: two of them had gone too far.
describe('a party past an office, and a state a stance is toward', () => {
  it('reads a noun\'s party "with" an office "of" a state as that state', () => {
    expect(asArrows('Chile has reasserted its friendship with the military rulers of Peru.')).toEqual(['CHL->PER cooperative']);
  });
  it('reads a state after "anti-" or "pro-" as describing what follows, no act on it', () => {
    expect(asArrows('Belarusian police raided an anti-Russia rally.')).toEqual([]);
    expect(asArrows('China banned anti-Japan protests.')).toEqual([]);
  });
});

// The fifteenth reading: four more (Slovakia and Bolivia's breaks with Russia and Israel, France and Azerbaijan's envoys).
describe('what is asked for, supported or discussed between others', () => {
  it('reads a truce or talks that states call for or urge as not had, and no tie between those asking', () => {
    expect(asArrows('Chile and Peru have called for a ceasefire.')).toEqual([]);
    expect(asArrows('India and Brazil urged a truce in the region.')).toEqual([]);
  });
  it('reads a state that backs talks between two others as no party to them', () => {
    expect(asArrows('Japan supports the peace talks between Ethiopia and Eritrea.')).toEqual(['ETH->ERI warming']);
    expect(asArrows('Canada reiterated its support for the normalisation of relations between Serbia and Kosovo.')).toEqual(['SRB->XKX warming']);
  });
  it('reads "to discuss ties with Somalia" as no talk with Somalia, but relations discussed with a counterpart as a talk', () => {
    expect(asArrows('The Kenyan president summoned his envoy to Nairobi to discuss ties with Somalia.')).toEqual([]);
    expect(asArrows('Ghana\'s president discussed relations with his Togolese counterpart.')).toEqual(['GHA->TGO cooperative']);
  });
});

describe('a state that only tells the time', () => {
  it('reads a state whose fall tells the time as no party to a conflict', () => {
    expect(asArrows('Taken by rebels in a war as the Soviet Union collapsed, the region was retaken by Georgian troops in a 2008 conflict.')).toEqual([]);
    expect(asArrows('The war with Georgia began after Russia broke the ceasefire.')).toContain('GEO->RUS tense');
  });
});

// The sixteenth reading: three more (Poland and Ukraine's row over grain in 2023).
describe('a way of settling a dispute', () => {
  it('reads "the path of resolving" a dispute as the dispute, not its settlement', () => {
    expect(asArrows('Nairobi chose the legal path of resolving its maritime dispute with Mogadishu.')).toEqual(['KEN->SOM tense']);
    expect(asArrows('Kenya and Somalia resolved their maritime dispute.')).toEqual(['KEN->SOM warming', 'KEN->SOM tense']); // (and the dispute before: settledDisputes.ts)
  });
});

// The seventeenth reading: three more (Peru's expulsion of Mexico's ambassador in 2022).
describe('who held an office', () => {
  it('reads a former or ousted office holder as no longer the state', () => {
    expect(asArrows("Brazil granted asylum to Bolivia's former president.")).toEqual([]);
    expect(asArrows("Brazil granted asylum to Bolivia's ousted president Evo Morales.")).toEqual([]);
    expect(asArrows('Brazil granted asylum to former Bolivian President Evo Morales.')).toEqual([]);
    expect(asArrows("Brazil expelled Bolivia's ambassador.")).toEqual(['BRA->BOL tense']);
  });
});
