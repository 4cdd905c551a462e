// Constructions that fourteen real news articles, annotated by hand before extraction was run on them
// (stop 31; kept outside the project, as the eval's are), were misread in. The sentences here are
// written for the purpose, about other states in other words. Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { asArrows, extract, ids } from './extractionTestKit';

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
    expect(asArrows('Kenya and Somalia resolved their maritime dispute.')).toEqual(['KEN->SOM warming']);
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

// The eighteenth reading: six more (Canada and India's expulsions, 2023-24; Iran's strikes in
// Pakistan, 2024; Spain's ambassador withdrawn from Argentina, 2024).
describe('what a state alleges and tells', () => {
  it('reads a past of alleging before the clause it reports as a verb, though the tagger reads an adjective', () => {
    expect(asArrows('Ghana alleged that Togo had sheltered the plotters.')).toContain('GHA->TGO tense');
    expect(asArrows("Ghana's foreign ministry alleged that Togo had sheltered the plotters.")).toContain('GHA->TGO tense');
    expect(asArrows('The alleged plot shocked Ghana.')).toEqual([]);
  });

  it('reads an envoy expelled or summoned with no one named as so by the state that tells it', () => {
    expect(asArrows('Chile announced that a Bolivian diplomat had been expelled.')).toEqual(['CHL->BOL tense']);
    expect(asArrows("Latvia's foreign ministry said the Russian ambassador was summoned on Monday.")).toEqual(['LVA->RUS tense']);
    expect(asArrows('Chile said its ambassador had been summoned.')).toEqual([]);
  });

  it('reads "the ambassador to X, who" as the envoy, not where it is posted', () => {
    expect(asArrows('The Chilean ambassador to Bolivia, who is visiting Chile, will not return.')).toEqual([]);
    expect(asArrows('The Chilean ambassador to Bolivia who met the Peruvian foreign minister spoke.')).toEqual(['CHL->PER cooperative']);
  });
});

// The nineteenth reading: eight more (Israel's envoys recalled over the recognition of Palestine, 2024;
// Somalia and Ethiopia's port deal with Somaliland, 2024; Honduras and Taiwan, 2023).
describe('responses and the decisions behind them', () => {
  it('reads a response prompted by another, with no one named, as toward whoever prompted it', () => {
    expect(asArrows('Chile recognised Kosovo, prompting Serbia to immediately recall its envoy.')).toEqual(['CHL->XKX cooperative', 'SRB->CHL tense']);
    expect(asArrows('Chile and Peru recognised Kosovo, prompting Serbia to recall its envoys.')).toContain('SRB->PER tense');
  });

  it('reads the subject of "decisions to" as their possessor, not the clause\'s subject', () => {
    expect(asArrows("Serbia recalled its envoys from Chile and Peru over those nations' decisions to recognise Kosovo.")).toEqual(['SRB->CHL tense', 'SRB->PER tense']);
    expect(asArrows('Serbia recalled its envoys from Chile and Peru over their decisions to recognise Kosovo.')).toEqual(['SRB->CHL tense', 'SRB->PER tense', 'CHL->XKX cooperative', 'PER->XKX cooperative']);
    expect(asArrows("Serbia recalled its envoys from Chile and Peru ahead of the two governments' expected moves to formally recognise Kosovo.")).toEqual(['SRB->CHL tense', 'SRB->PER tense', 'CHL->XKX cooperative', 'PER->XKX cooperative']);
  });

  it('reads a split infinitive ("to formally recognise") as an infinitive: refused, not wanted, agreed', () => {
    expect(asArrows('Chile refused to formally recognise Kosovo.')).toEqual(['CHL->XKX tense']);
    expect(asArrows('Chile does not want to formally restore ties with Peru.')).toEqual([]);
    expect(asArrows('Chile agreed to formally restore ties with Peru.')).toEqual(['CHL->PER warming']);
  });

  it("knows Israel's foreign ministers of recent years", () => {
    expect(extract('Katz said Israel was recalling its ambassador from Oslo.', '2024-05-22').map((c) => `${c.a}->${c.b} ${c.stance}`)).toEqual(['ISR->NOR tense']);
    expect(ids('Foreign Minister Eli Cohen')).toEqual(['ISR']);
  });
});

describe('what is made official', () => {
  it('reads "formalized" as a light verb when what is made official names the event', () => {
    expect(asArrows('Panama formalized the interruption of relations with Taiwan.')).toEqual(['PAN->TWN severed']);
  });
});

// The twentieth reading: seven more (Chad ends its defence pact with France, 2024; Niger and Benin's
// oil and border dispute, 2024; Turkey and Sweden's NATO membership, 2024).
describe('what is demanded or conditioned, and who is a company', () => {
  it('reads a bare verb after a demand and its object as demanded, not done', () => {
    expect(asArrows("Ghana blocked Togo's exports, demanding Togo reopen its border and normalise relations.")).toEqual(['GHA->TGO tense']);
  });

  it('reads what a condition after "would" asks first as not done, and no refusal either', () => {
    expect(asArrows('Accra said it would only back down once Lome reopened its border to goods from Ghana and normalised relations.')).toEqual([]);
    expect(asArrows('Ghana said it would lift the ban once Togo reopened its border to Ghanaian goods.')).toEqual([]);
    expect(asArrows('Relations improved once Togo reopened its border with Ghana.')).toContain('TGO->GHA warming');
  });

  it("reads a state's name that opens a company's as the company", () => {
    expect(asArrows('Ghana signed a deal with Korea Electric Power Corporation.')).toEqual([]);
    expect(asArrows('Kenya signed a deal with Ethiopian Airlines.')).toEqual([]);
    expect(asArrows('Kenya signed a deal with China on Monday.')).toEqual(['KEN->CHN cooperative']);
  });

  it('reads "a series of" obstacles as obstacles', () => {
    expect(asArrows("Hungary put up a series of obstacles to Ukraine's membership.")).toEqual(['HUN->UKR tense']);
  });
});

// The twenty-first reading: eight more (Algeria's envoy recalled from France over Western Sahara, 2024;
// Germany's envoy recalled from Moscow over hacking, 2024; Colombia's break with Israel, 2024).
describe('whose proposal, and whose former colony', () => {
  it('reads a demonym before "proposal to" as the one who would act', () => {
    const read = asArrows('Peru recalled its envoy over a controversial Chilean proposal to grant autonomy to Kosovo.');
    expect(read).toContain('CHL->XKX cooperative');
    expect(read).not.toContain('PER->XKX cooperative');
  });

  it('reads "the former Spanish colony" as a place, not Spain', () => {
    expect(asArrows('France voiced support for resolving the dispute over the former Spanish colony.')).toEqual([]);
  });
});

// The twenty-second reading: eight more (Kyrgyzstan and Tajikistan's border war, 2022; Lebanon and
// Israel's sea border deal, 2022; the Taliban and Pakistan at Torkham, 2023).
describe('truces, firefights, time zones and the groups states back', () => {
  it('reads a hyphenated "cease-fire", which the tagger splits, as a truce, and agreeing one as warming only', () => {
    expect(asArrows('Peru and Ecuador agreed to a cease-fire on Friday.')).toEqual(['PER->ECU warming']);
    expect(asArrows('Peru and Ecuador agreed on a ceasefire.')).toEqual(['PER->ECU warming']);
  });

  it('reads a firefight or an exchange of fire between two as a clash', () => {
    expect(asArrows('Sources reported a firefight between Peruvian and Ecuadorian troops.')).toEqual(['PER->ECU hostile']);
    expect(asArrows('There was an exchange of fire between Peru and Ecuador.')).toEqual(['PER->ECU hostile']);
  });

  it('reads "Moscow time" as a time zone, not Russia', () => {
    expect(asArrows('Peru and Ecuador agreed a truce from 16:00 (13:00 Moscow time).')).toEqual(['PER->ECU warming']);
  });

  it('reads "the Iran-backed Lebanese group Hezbollah" as backing the group, not Lebanon', () => {
    expect(asArrows('The deal was endorsed by the Iran-backed Lebanese group Hezbollah.')).toEqual(['IRN->hezbollah cooperative']);
  });
});

// The twenty-third reading: six more (China's coast guard and Vietnam's fishing boats, 2014-23;
// Brazil's custody of Argentina's embassy in Caracas, 2024).
describe('whose infinitive, and what is asked of others', () => {
  it('reads "for X to" after a word of allowing or asking as X acting', () => {
    expect(asArrows("Chile withdrew its permission for Peru to represent Bolivia's interests.")).toEqual(['CHL->PER tense', 'PER->BOL cooperative']);
  });

  it('reads what others call on a state to do as no refusal by it', () => {
    expect(asArrows('There were demands for Ghana to recognise Kosovo.')).toEqual([]);
  });

  it('reads "its conflicts with" as a noun, not the verb of conflicting claims', () => {
    expect(asArrows('Peru lost land during its conflicts with Chile.')).toEqual(['PER->CHL hostile']);
  });
});

// The twenty-fourth reading: six more (Mali's break with Ukraine, 2024; Japan and South Korea's export
// white lists restored, 2023).
describe('decisions and allies', () => {
  it('reads a decision as no event of its own, only what is decided', () => {
    expect(asArrows('Chile decided to redesignate Peru as a preferred partner.')).toEqual([]);
    expect(asArrows('Chile decided to restore ties with Peru.')).toEqual(['CHL->PER warming']);
  });

  it('reads "X and its Russian allies" as X allied with Russia', () => {
    expect(asArrows('Rebels attacked the Syrian army and its Iranian allies.')).toEqual(['SYR->IRN cooperative']);
    expect(asArrows('Israel and its American backers rejected the plan.')).toEqual(['ISR->USA cooperative']);
  });
});

// The twenty-fifth reading: five more (Sudan and Chad's expulsions, 2023; Eritrea expels Sudan's chargé,
// 2024; Hungary blocks the EU's aid to Ukraine, 2023).
describe('whose act: by, for, in', () => {
  it('reads "by" after a later act as that act\'s agent, not the first noun\'s', () => {
    expect(asArrows('Ghana announced the expulsion of two Togolese diplomats in response to a similar move by Togo.')).toEqual(['GHA->TGO tense']);
    expect(asArrows('Hamas welcomed the recognition of Palestine as a state by Chile.')).toContain('CHL->pa cooperative');
  });

  it('reads a gerund after "for" and an adverb as its object\'s act', () => {
    expect(asArrows('Chile criticised Peru for allegedly arming the rebels of Bolivia.')).toContain('CHL->PER tense');
    expect(asArrows('Chile criticised Peru for allegedly backing Hezbollah.')).toEqual(['CHL->PER tense', 'PER->hezbollah cooperative']);
  });

  it('reads "X\'s role in delivering supplies" as X delivering them', () => {
    expect(asArrows("Chile complained about Peru's role in delivering supplies to Hezbollah.")).toContain('PER->hezbollah cooperative');
  });

  it('reads relations "with" an owner\'s administration as relations with its state', () => {
    expect(asArrows("Chile's relationship with Dina Boluarte's administration has deteriorated.")).toEqual(['CHL->PER tense']);
  });
});

// The twenty-seventh reading: five more (South Korea suspends its 2018 military pact with the North,
// 2024; Brazil between Guyana and Venezuela, 2023-24).
describe('an adjunct that opens the sentence', () => {
  it('reads the subject after the comma of an opening adjunct that names a place', () => {
    expect(asArrows('In Lima, Chile and Bolivia signed a deal.')).toEqual(['CHL->BOL cooperative']);
    expect(asArrows('Yesterday in Peru, Chile and Bolivia met.')).toEqual(['CHL->BOL cooperative']);
  });

  it('reads the agent of an opening "brokered by" or "backed by" as acting on the main clause\'s subject (only a participle of mediating, hosting or backing: "Surrounded by" is none)', () => {
    expect(asArrows('Brokered by Peru, Chile and Bolivia met in Lima.')).toEqual(['PER->CHL cooperative', 'PER->BOL cooperative', 'CHL->BOL cooperative']);
    // (A list the comma closes is the agent: "Backed by Russia, Iran and China, Syria ...".)
    expect(asArrows('Backed by Peru, Ecuador and Chile, Bolivia rejected the plan.')).toEqual(['PER->BOL cooperative', 'ECU->BOL cooperative', 'CHL->BOL cooperative']);
  });
});


// The twenty-eighth reading (stop 33): seven articles (Czech and Russian expulsions over a 2014
// depot blast, 2021; North Korea's break with Malaysia over an extradition, 2021; Azerbaijan's
// embassy in Tehran evacuated, 2023).
describe('the twenty-eighth reading', () => {
  it('reads "the latter" and "the former" as the last and the one before of two states named before them', () => {
    expect(asArrows("Chad recalled its envoy from Niger over the latter's decision to extradite a Libyan rebel to Sudan.")).toContain('NER->SDN cooperative');
    expect(asArrows('Ghana and Togo met in Lome, and the former accused the latter of meddling.')).toContain('GHA->TGO tense');
    expect(asArrows('Ghana hosted Togo\'s president, but the latter accused the former of meddling.')).toContain('TGO->GHA tense');
    // (Not a description: "the former colony".)
    expect(asArrows('Portugal praised the former colony for its reforms.')).toEqual([]);
  });

  it('reads what is extradited as going to the state after "to", not to the one a demonym names on the person', () => {
    expect(asArrows('Thailand extradited a Cambodian man to Vietnam.')).toEqual(['THA->VNM cooperative']);
  });

  it('reads a call held by two leaders as consulting', () => {
    expect(asArrows('The Ghanaian president and his Nigerian counterpart had a telephone call on Monday.')).toEqual(['GHA->NGA cooperative']);
  });

  it('reads calling a state the culprit as criticism', () => {
    expect(asArrows('Havana called Washington the main culprit of the incident.')).toEqual(['CUB->USA tense']);
  });

  it('reads what a rejected or vetoed text says as not said by the state that rejects it', () => {
    expect(asArrows('China vetoed a resolution condemning Myanmar.')).toEqual([]);
    expect(asArrows('Hanoi rejected the ruling favouring Beijing.')).toEqual([]);
    // (A participle after a comma is the subject's own act.)
    expect(asArrows('China blocked a resolution, condemning Japan for the move.')).toEqual(['CHN->JPN tense']);
  });

  it('reads sanctions "targeting" a state as measures against it, not an attack', () => {
    expect(asArrows('Canada imposed sanctions targeting Iranian banks.')).toEqual(['CAN->IRN tense']);
  });

  // The twenty-ninth reading: six more (France recalls its envoys over the AUKUS pact, 2021; Saudi
  // Arabia expels Canada's ambassador, 2018).
  it('reads a noun after the "to" of "in response to" or "bowed to" as a noun, whose "from" names its source', () => {
    expect(asArrows('Jordan acted in response to pressure from Qatar.')).toEqual(['QAT->JOR tense']);
  });

  it('reads what a ditched, scrapped or lost deal was to do as not done, and ditching a deal as ending it', () => {
    expect(asArrows('Egypt scrapped plans to buy Russian jets.')).toEqual([]);
    expect(asArrows('Spain, which lost a contract to supply frigates to Chile, protested.')).not.toContain('ESP->CHL cooperative');
    expect(asArrows('Peru ditched its deal with Brazil.')).toEqual(['PER->BRA tense']);
  });

  it('reads seeking something the dictionary has no pattern for as no act', () => {
    expect(asArrows('Oslo was seeking greater clarity on the Danish decision.')).toEqual([]);
  });

  // The thirtieth reading: six more (the Galwan valley clash between India and China, 2020; the
  // Netherlands and Turkey over a barred minister, 2017).
  it('reads no actor in a wire story\'s dateline', () => {
    expect(asArrows('OSLO, Norway (AP) — The dispute between NATO allies Denmark and Norway deepened on Sunday.')).toEqual(['DNK->NOR tense']);
    // (A bracket with no date and no dash after it is an aside, not a dateline.)
    expect(asArrows('NATO (the military alliance) said Russia attacked Ukraine.')).toEqual(['RUS->UKR hostile']);
  });

  it('reads rebutting or contesting another state\'s claims as rejecting them', () => {
    expect(asArrows('Vietnam rebutted China\'s claims.')).toEqual(['VNM->CHN tense']);
  });

  it('reads "who" after a state named with "in" as the people before it, not the state', () => {
    expect(asArrows('All Greeks in the United Kingdom who agree with Mitsotakis voted.')).toEqual([]);
  });

  // The thirty-first reading: six more (Israel recalls its envoy from Poland over a restitution law,
  // 2021; Rwanda reopens its border with Uganda, 2022).
  it('reads an attack on a law, a policy or words as criticism, and one on a building as force', () => {
    expect(asArrows("Hungary's foreign minister renewed his government's attack on a new language law in Ukraine.")).toEqual(['HUN->UKR tense']);
    expect(asArrows("Russia's attack on the Ukrainian government building killed three.")).toEqual(['RUS->UKR hostile']);
  });

  // The thirty-second reading: four (China against South Korea's anti-missile system, 2017).
  it('reads objecting to a deployment in a state as tense toward that state', () => {
    expect(asArrows('Russia objects to the deployment in Poland, saying it will do nothing to ease tension with Ukraine.')).toEqual(['RUS->POL tense']);
  });

  it('reads what a state does nothing or little to do as not done', () => {
    expect(asArrows('Beijing did little to improve ties with Hanoi.')).toEqual([]);
  });

  it('reads words addressed to companies or people as addressed to no state of the pair told before', () => {
    expect(asArrows('Japan issued protests to Taiwan. Japan welcomes foreign investors.')).toEqual(['JPN->TWN tense']);
  });

  it('reads "his" in an opening adjunct as the main subject\'s, and "over his" after one criticised as that one\'s', () => {
    expect(asArrows('During his visit to Nairobi, Ruto\'s Ugandan counterpart Museveni said little.')).toContain('UGA->KEN cooperative');
    expect(asArrows('Macron criticised his Russian counterpart over his war in Ukraine.')).toEqual(['FRA->RUS tense', 'RUS->UKR hostile']);
  });

  it('reads missiles or systems deployed near a state or its border as a show of force, and to a state as aid', () => {
    expect(asArrows('Russia deployed missile systems near the border with Finland.')).toEqual(['RUS->FIN tense']);
    expect(asArrows('Washington began deploying the Patriot system to Warsaw.')).toEqual(['USA->POL cooperative']);
  });

  // The thirty-third reading: five (China and Japan over the Senkaku islands, 2012; Argentina ends a
  // 2016 pact with Britain, 2023).
  it('reads a capital before another capitalised word as a first name or part of a name, not the state', () => {
    expect(ids('Foreign Minister Santiago Cafiero met Cleverly.')).not.toContain('CHL');
    expect(ids('The Tehran Times wrote.')).not.toContain('IRN');
    // (A day after it is no name: "Beijing Tuesday condemned Tokyo".)
    expect(asArrows('Beijing Tuesday condemned Tokyo.')).toEqual(['CHN->JPN tense']);
  });

  it('reads an intended act on a thing as addressed to no state of the pair told before', () => {
    expect(asArrows("Tensions between Vietnam and China grew. Vietnamese protesters denounced Beijing's move to buy the islands.")).toEqual(['VNM->CHN tense']);
  });

  // The thirty-fourth reading: four (Bangladesh protests Myanmar's shells on its border, 2022).
  it('reads munitions fired from one state that land in another as an attack on it', () => {
    expect(asArrows('Two artillery shells fired from Sudan landed in Chad.')).toEqual(['SDN->TCD hostile']);
    expect(asArrows('Two shells, reportedly fired from Syria, landed next to a school on the Jordanian border.')).toEqual(['SYR->JOR hostile']);
    expect(asArrows('Rockets fired from Lebanon hit northern Israel.')).toEqual(['LBN->ISR hostile']);
    // (Not munitions traded.)
    expect(asArrows('Hungary bought missiles from Israel, which landed in Budapest on Monday.')).not.toContain('ISR->HUN hostile');
  });

  // The thirty-fifth reading: four (India and Pakistan down each other's jets after the Balakot strike, 2019).
  it('reads shooting down or downing a number of another state\'s aircraft, or aircraft "of" its air force, as force', () => {
    expect(asArrows('Turkey shot down two Syrian jets.')).toEqual(['TUR->SYR hostile']);
    expect(asArrows('Turkey downed two Syrian helicopters.')).toEqual(['TUR->SYR hostile']);
    expect(asArrows('Turkey shot down a fighter aircraft of the Syrian Air Force.')).toEqual(['TUR->SYR hostile']);
  });

  it('reads claiming that it, he or she did or is something as telling it, no accusation', () => {
    expect(asArrows('Syria claimed that it had shot down two Turkish drones.')).toEqual(['SYR->TUR hostile']);
  });

  it('reads what a closed airspace keeps out as no cooperation', () => {
    expect(asArrows('Jordan has shut down its airspace to commercial flights in the wake of the Syrian shelling.')).not.toContain('JOR->SYR cooperative');
  });

  it('reads stopping another\'s attacks as no de-escalation', () => {
    expect(asArrows('Turkey struck to stop further PKK attacks.')).not.toContain('TUR->pkk warming');
  });

  // The thirty-seventh reading: six (Russia halts its peace treaty talks with Japan over sanctions, 2022).
  it('reads "for its" or "over its" after the one measures are against as that one\'s, even when it is the subject elsewhere', () => {
    expect(asArrows('Minsk froze its trade with Vilnius in response to Lithuanian sanctions against Belarus for its invasion of Poland.')).toContain('BLR->POL hostile');
  });

  it('reads a halt to talks, or withdrawing from dialogue or projects, as ending cooperation', () => {
    expect(asArrows('Iran declared a halt to its talks with Qatar.')).toEqual(['IRN->QAT tense']);
    expect(asArrows('Iran will withdraw from dialogue with Qatar on joint projects.')).toEqual(['IRN->QAT tense']);
  });

  it('reads what is impossible or a state is unable to do as not done', () => {
    expect(asArrows('Iran said it is impossible to discuss a document with Qatar.')).toEqual([]);
  });

  // The thirty-eighth reading: six (Iran seizes the British tanker Stena Impero, 2019).
  it('reads the IRGC as Iran, and the seizure of another state\'s ship as force', () => {
    expect(asArrows('The IRGC seized a Saudi tanker.')).toEqual(['IRN->SAU hostile']);
    expect(asArrows('Egypt announced the seizure of a Turkish cargo ship.')).toEqual(['EGY->TUR hostile']);
    // (Not power: "seized power" names no state.)
    expect(asArrows('The military seized power in Niger in 2023.')).toEqual([]);
  });

  it('reads what a state has not been able to do as not done', () => {
    expect(asArrows('Oman has not been able to establish contact with Yemen.')).toEqual([]);
  });

  // The thirty-ninth reading: five (the Philippines gives the United States access to four more bases, 2023).
  it('reads a lede set in capitals as names', () => {
    expect(asArrows('THE NETHERLANDS has expelled two Russian diplomats.')).toEqual(['NLD->RUS tense']);
  });

  it('counts a name of several words as one in the gap of an idiom', () => {
    expect(asArrows('Japan has given the United States greater access to its ports.')).toEqual(['JPN->USA cooperative']);
  });

  it('reads a participle of where a place lies ("the waters surrounding") as describing the noun before it', () => {
    expect(asArrows('Manila discussed the waters surrounding Taiwan.')).not.toContain('PHL->TWN hostile');
  });

  // The fortieth reading: four (Azerbaijan blames Russia for the downing of its airliner, 2024).
  it('reads what a state must or should do as asked of it, not done, but a stance it must take as taken', () => {
    expect(asArrows('Georgia must apologize to Armenia.')).toEqual([]);
    expect(asArrows('Georgia should restore ties with Armenia.')).toEqual([]);
    expect(asArrows('Seoul said it must defend against Pyongyang.')).toEqual(['KOR->PRK tense']);
  });

  // Left at the end of the stop's reading, then mended: a past form that heads idioms of its own hid the
  // idioms of its lemma.
  it('tries the idioms of a word\'s lemma beside those of its own form ("flew", "froze")', () => {
    expect(asArrows('Russia flew bombers near Norway.')).toEqual(['RUS->NOR tense']);
    expect(asArrows('China froze imports from Lithuania.')).toEqual(['CHN->LTU tense']);
  });
});

