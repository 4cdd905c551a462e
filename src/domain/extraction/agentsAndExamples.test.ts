// Patterns found by reading new sentences and short articles written for the purpose (not from
// ../shared/eval): agents the tagger reads as adjectives, examples after "including", joint acts near
// a border, forces that clash, pairs referred to, mediators of the pair before, dates after "after".
import { describe, expect, it } from 'vitest';
import { asArrows, extract, ids, keys } from './extractionTestKit';

describe('agents and their verbs', () => {
  it('reads a verb after "military" as the verb it is, not a participle describing what follows', () => {
    expect(asArrows('The Russian military shelled Kharkiv and attacked Ukraine.')).toEqual(['RUS->UKR hostile']);
    expect(asArrows('The US military shot down an Iranian drone over the Strait of Hormuz.')).toEqual(['USA->IRN hostile']);
    // A participle after an adjective still describes: "the disputed Kashmir region" acts on no one.
    expect(asArrows('India and Pakistan both claim the disputed Kashmir region.')).toEqual([]);
  });
  it('takes the speaker who "told reporters" as the subject of what follows', () => {
    expect(asArrows('"This is a historic day," Chile\'s foreign minister told reporters after meeting his Bolivian counterpart in Santiago.')).toEqual(['CHL->BOL cooperative']);
  });
});

describe('objects named by examples', () => {
  it('reads the states after ", including" as the object they exemplify', () => {
    expect(asArrows('Venezuela expelled the ambassadors of seven countries, including Argentina and Chile.')).toEqual(['VEN->ARG tense', 'VEN->CHL tense']);
    expect(asArrows('China imposed tariffs on goods from several countries, notably Australia.')).toEqual(['CHN->AUS tense']);
  });
  it('reads "leaders of" and "officials of" a state as the state', () => {
    expect(asArrows("Qatar's envoy met leaders of Somalia in Mogadishu.")).toEqual(['QAT->SOM cooperative']);
  });
});

describe('joint acts and fighting', () => {
  it('reads joint drills near a border as cooperation of those who hold them, not a show of force', () => {
    expect(keys('Egypt and Sudan conducted joint military drills near the border.')).toEqual(['EGY-SDN cooperative']);
    expect(asArrows('Russia held military drills near its border with Ukraine.')).toEqual(['RUS->UKR tense']);
  });
  it('reads forces that clash as fighting, and states that clash as a dispute', () => {
    expect(keys('Chinese and Indian troops clashed in the Galwan Valley.')).toEqual(['CHN-IND hostile']);
    expect(keys('Thailand clashed with Cambodia over the temple.')).toEqual(['KHM-THA tense']);
  });
  it('does not read "prisoners of war" as a war, nor ending a trade dispute as ending trade', () => {
    expect(keys('Azerbaijan and Armenia exchanged prisoners of war in a sign of improving ties.')).toEqual(['ARM-AZE warming']);
    expect(keys('Japan lifted export restrictions on South Korea, ending a four-year trade dispute.')).toEqual(['JPN-KOR warming']);
  });
  it('reads weapons stationed in another state as military cooperation with it', () => {
    expect(asArrows('Russia has stationed tactical nuclear weapons in Belarus.')).toEqual(['RUS->BLR cooperative']);
  });
});

describe('pairs referred to and mediators of the pair before', () => {
  it('reads relations a referred pair broke off as between them', () => {
    expect(keys('Chile and Bolivia held talks. The two countries broke off relations in 1978.')).toEqual(['BOL-CHL cooperative', 'BOL-CHL severed']);
    expect(keys('Chile and Bolivia cut their diplomatic ties in 1978.')).toEqual(['BOL-CHL severed']);
    // Two named states with no word that they broke with each other: no pair among them.
    expect(keys('Saudi Arabia and Bahrain cut ties in 2017.')).toEqual([]);
  });
  it('gives a mediator named with no pair the pair told before', () => {
    const text = 'Somalia said it would restore diplomatic relations with Kenya. The decision followed mediation by Qatar.';
    expect(keys(text)).toEqual(['KEN-SOM warming', 'QAT-SOM cooperative', 'KEN-QAT cooperative']);
  });
  it('dates what follows "five months after" five months before the date told before', () => {
    const claims = extract('Somalia said on Thursday it would restore diplomatic relations with Kenya, five months after it cut ties with Nairobi.', '2021-05-07');
    expect(claims.map((c) => `${c.stance} ${c.when}`)).toEqual(['warming 2021-05-06', 'severed 2020-12']);
  });
});

describe('acts not done, harm by policy, closed borders, deals that ease', () => {
  it('reads nothing in gaining from a rift, nor in an act avoided', () => {
    expect(keys('Analysts said China could benefit from the rift between Japan and South Korea.')).toEqual(['JPN-KOR tense']);
    expect(keys('Israel, which has avoided sending weapons to Ukraine, is under pressure.')).toEqual([]);
    expect(keys('Egypt refrained from attacking Libya.')).toEqual([]);
  });
  it('reads harm done by policy as a reduction of relations, not an assault', () => {
    expect(asArrows("China's trade curbs against Australian coal have hurt Canberra since 2020.")).toEqual(['CHN->AUS tense']);
  });
  it('reads a border closed between two states as tense relations between them', () => {
    expect(keys('Algeria cut ties with Morocco. The border between the two countries has been closed since 1994.')).toEqual(['DZA-MAR severed', 'DZA-MAR tense']);
    expect(keys('The border between Kenya and Somalia was closed in 2011.')).toEqual(['KEN-SOM tense']);
  });
  it('keeps an agreement beside the tariffs it removes', () => {
    expect(keys('India and Australia signed a free trade agreement on Saturday, removing tariffs on most goods.')).toEqual(['AUS-IND cooperative', 'AUS-IND warming']);
  });
  it('knows foreign ministers and spokespeople of the table by their surnames in their years', () => {
    expect(extract('Biruta met Lutundula in Luanda.', '2022-11-20').map((c) => `${c.a}->${c.b} ${c.stance}`)).toEqual(['RWA->COD cooperative']);
    expect(keys('Szijjarto criticised Kuleba.', '2023-03-01')).toEqual(['HUN-UKR tense']);
  });
});

describe('rebukes, sides, concern over a deal, whose war, warring parties, passive accusations', () => {
  it('reads a rebuke drawn from another state as its criticism of the subject', () => {
    expect(asArrows('Ethiopia said it had completed the filling of its dam, drawing a sharp rebuke from Cairo.')).toEqual(['EGY->ETH tense']);
  });
  it('reads siding with a state as support for it', () => {
    expect(asArrows('Hungary sided with Russia on the sanctions.')).toEqual(['HUN->RUS cooperative']);
  });
  it('reads concern voiced over a deal told before as on both of its pair', () => {
    expect(asArrows('Russia and North Korea signed a pact on Wednesday. Japan voiced grave concern over the pact.')).toEqual(['RUS->PRK cooperative', 'JPN->RUS tense', 'JPN->PRK tense']);
  });
  it('reads concern over "the pact" as on the pact\'s pair, whoever was named since', () => {
    const text = "Russia and North Korea signed a pact on Wednesday. China, North Korea's main ally, said the deal was a matter for two states. Japan voiced grave concern over the pact.";
    expect(asArrows(text).filter((k) => k.startsWith('JPN'))).toEqual(['JPN->RUS tense', 'JPN->PRK tense']);
  });
  it('gives "its war" to the one actor named last when the subject is two', () => {
    expect(keys('Washington and Seoul have accused Pyongyang of supplying shells to Moscow for its war in Ukraine.')).toEqual(['PRK-USA tense', 'KOR-PRK tense', 'PRK-RUS cooperative', 'RUS-UKR hostile']);
  });
  it('gives "the warring parties" the pair told at war, and a war begun "since" to the main subject', () => {
    const text = "Sudan's army chief arrived in Egypt on his first trip since war broke out with the Rapid Support Forces in April. Saudi Arabia has hosted talks between the warring parties.";
    expect(keys(text)).toEqual(['EGY-SDN cooperative', 'SDN-rsf hostile', 'SAU-SDN cooperative', 'SAU-rsf cooperative', 'SDN-rsf cooperative']);
    // With no pair told at war, no one.
    expect(keys('Egypt and Sudan met. Saudi Arabia has hosted talks between the warring parties.')).toEqual(['EGY-SDN cooperative']);
  });
  it('takes the subject of a passive accusation as the one accused', () => {
    expect(asArrows('The United Arab Emirates has been accused by UN experts of sending weapons to the RSF.')).toEqual(['un->ARE tense', 'ARE->rsf cooperative']);
  });
  it('reads migrants pushed into another state as a hostile act, not their return home', () => {
    expect(asArrows('Lithuania accuses Belarusian authorities of sending hundreds of mainly Iraqi migrants across the border into Lithuania.')).toEqual(['LTU->BLR tense', 'BLR->LTU hostile']);
    expect(asArrows('Germany will send refugees back to Syria.')).toEqual([]);
  });
  it('gives reported relations with another to the reporter', () => {
    expect(keys('Russian officials said talks with Ukraine would resume next week.')).toEqual(['RUS-UKR cooperative']);
  });
});

describe('sanctions on those in a state, dependence, answers to sanctions, talks resumed', () => {
  it('reads sanctions on targets in a state as on that state', () => {
    expect(asArrows('The United States on Friday imposed sanctions on more than 500 targets in Russia, in the biggest tranche since Moscow invaded Ukraine.')).toEqual(['USA->RUS tense', 'RUS->UKR hostile']);
  });
  it('reads relying on a state as cooperation with it', () => {
    expect(keys('Moscow has relied on North Korea and Iran for ammunition and drones.')).toEqual(['PRK-RUS cooperative', 'IRN-RUS cooperative']);
  });
  it('reads the sanctioned dismissing the sanctions as its rejection of the one who imposed them', () => {
    expect(asArrows('The United States imposed sanctions on Russia. The Kremlin dismissed the sanctions as illegitimate.')).toEqual(['USA->RUS tense', 'RUS->USA tense']);
  });
  it('reads talks resumed as warming', () => {
    expect(keys('Turkey and Greece agreed to resume talks.')).toEqual(['GRC-TUR warming']);
  });
});

describe('officials expelled, talks paused, proposals, ranges, "the two", "also"', () => {
  it('reads expelling another state\'s official as tense, and pausing talks as a reduction', () => {
    expect(asArrows('Canada expelled a top Indian intelligence official.')).toEqual(['CAN->IND tense']);
    expect(keys('Canada paused talks on a proposed trade treaty with India.')).toEqual(['CAN-IND tense']);
  });
  it('reads no pair in the ends of a range of places', () => {
    expect(keys('Iran and Saudi Arabia agreed to restore ties. The rivals have backed opposing sides in conflicts from Yemen to Syria.')).toEqual(['IRN-SAU warming']);
  });
  it('reads "the two" alone as the pair', () => {
    expect(keys('Iran and Saudi Arabia agreed to restore ties. Iraq, which hosted earlier rounds of talks between the two, welcomed the deal.')).toEqual(
      expect.arrayContaining(['IRN-IRQ cooperative', 'IRQ-SAU cooperative']),
    );
  });
  it('gives words of disapproval "also" said the target of the words before', () => {
    expect(asArrows("The United States condemned China's actions. Japan and Australia also expressed concern.")).toEqual(['USA->CHN tense', 'JPN->CHN tense', 'AUS->CHN tense']);
  });
});

describe('places of a state and de facto authorities', () => {
  it('reads a city or region struck as its state, and never as who acts', () => {
    expect(keys('Russian missiles hit Kharkiv on Sunday.')).toEqual(['RUS-UKR hostile']);
    expect(asArrows('Russia annexed Crimea in 2014.')).toEqual(['RUS->UKR hostile']);
    expect(asArrows('Israel carried out air strikes on Rafah.')).toEqual(['ISR->pa hostile']);
    expect(asArrows('Hezbollah fired rockets at Haifa.')).toEqual(['hezbollah->ISR hostile']);
    // Where talks are held is no party to them.
    expect(keys('Saudi Arabia and Iran held talks in Jeddah.')).toEqual(['IRN-SAU cooperative']);
  });
  it('reads the de facto authorities of a region by their bodies, not by the place', () => {
    expect(keys('Putin and Crimean leaders signed a treaty making Crimea part of Russia.')).toEqual(['RUS-crimea cooperative']);
    expect(asArrows('Azerbaijan launched an offensive against Karabakh forces.')).toEqual(['AZE->karabakh hostile']);
    expect(asArrows('The Pakistani Taliban attacked a police station in Pakistan.')).toEqual(['ttp->PAK hostile']);
  });
});

describe('deals and drills judged later, acts after a report', () => {
  it('reads a deal called null and void as judged on the deal\'s pair, and an act after "and" as the reporter\'s', () => {
    const text = 'Ethiopia signed an agreement with Somaliland. Somalia, which considers Somaliland part of its territory, said the agreement was null and void.';
    expect(asArrows(text)).toEqual(['ETH->somaliland cooperative', 'SOM->ETH tense', 'SOM->somaliland tense']);
    expect(asArrows('Somalia said the weather was bad and recalled its ambassador to Ethiopia.')).toEqual(['SOM->ETH tense']);
  });
  it('reads drills denounced later as on those who held them', () => {
    const text = 'The United States will conduct flight exercises with the Guyanese military this week. Caracas denounced the exercises as a provocation.';
    expect(asArrows(text)).toEqual(['USA->GUY cooperative', 'VEN->USA tense', 'VEN->GUY tense']);
  });
});

describe('pronouns of a reporter, judgements, acts beside words, agents of the other state', () => {
  it('reads "he" in what someone reports as the reporter', () => {
    const text = 'Spain withdrew its ambassador to Argentina. Spanish Foreign Minister Jose Manuel Albares said Milei had failed to apologise. Milei said he would not say sorry and accused the Spanish government of attacking him first.';
    const arrows = (t: string) => extract(t, '2024-05-21').map((c) => `${c.a}->${c.b} ${c.stance}`);
    expect(arrows(text)).toEqual(['ESP->ARG tense', 'ARG->ESP tense']);
  });
  it('reads more words of judgement', () => {
    expect(extract('Milei called the wife of Spanish Prime Minister Pedro Sanchez corrupt.', '2024-05-21').map((c) => `${c.a}->${c.b} ${c.stance}`)).toEqual(['ARG->ESP tense']);
  });
  it('keeps an act beside words of warming, and a normalisation as the deal later judged', () => {
    expect(keys("Niger's new rulers have moved closer to Russia, signing a defence cooperation deal with Moscow.")).toEqual(['NER-RUS warming', 'NER-RUS cooperative']);
    expect(asArrows('Sudan and Israel agreed to normalise relations. Trump spoke with Netanyahu. Palestinian leaders condemned the deal.')).toEqual(
      expect.arrayContaining(['pa->SDN tense', 'pa->ISR tense']),
    );
  });
  it('gives an agent acting on the state just named the other state of the pair', () => {
    const text = 'The last French soldiers left Niger on Friday. The junta had revoked military agreements with Paris.';
    expect(asArrows(text)).toEqual(['NER->FRA tense']);
  });
});

describe('concessions, steps toward a deal, the first pair of an article', () => {
  it('reads territory returned to a state as warming, past a participle before the noun', () => {
    expect(asArrows('Armenia agreed on Friday to return four abandoned border villages to Azerbaijan.')).toEqual(['ARM->AZE warming']);
  });
  it('reads no treaty in a step toward one', () => {
    expect(keys('Armenia returned four villages to Azerbaijan, which could pave the way for a peace treaty.')).toEqual(['ARM-AZE warming']);
  });
  it('reads "the two countries" at an article\'s start as the two it has just named', () => {
    expect(keys('Australian Trade Minister Don Farrell met his Chinese counterpart in Beijing, as the two countries work to repair ties.')).toEqual(['AUS-CHN warming']);
  });
});

describe('force on forces, coast guards, ill will, isolation, barriers', () => {
  it('reads fighter jets harassing another state\'s planes as hostile, coast guards\' skirmishes as tense', () => {
    expect(asArrows('Turkish fighter jets harassed Greek planes returning to base on Crete.')).toEqual(['TUR->GRC hostile']);
    expect(keys('Tensions rose amid persistent skirmishes between the Philippine and Chinese coast guards.')).toEqual(['CHN-PHL tense']);
  });
  it('reads a barrier begun on a border, with the gerund the tagger took for a noun', () => {
    expect(asArrows('Lithuania began building a razor-wire barrier on its frontier with Belarus.')).toEqual(['LTU->BLR tense']);
  });
});

describe('offices, withheld help and venues', () => {
  it('does not read a noun of relations that names an office ("trade minister") as the relation', () => {
    expect(keys("Australia's trade minister said Canberra had been unable to reach Chinese officials.")).toEqual([]);
    expect(keys('Australia expanded trade with China.')).toEqual(['AUS-CHN cooperative']);
  });
  it('reads aid withheld as one reduction of relations, not also as aid', () => {
    expect(asArrows('Washington withheld aid to Ethiopia over the dam dispute.')).toEqual(['USA->ETH tense']);
  });
  it('reads a seat of government before a word for an event as where it is held, not a party', () => {
    expect(keys('Serbia and Kosovo agreed to normalise economic relations at a White House ceremony.')).toEqual(['SRB-XKX warming']);
    expect(keys('Israel and the UAE signed the accords at a White House ceremony.')).toEqual(['ARE-ISR cooperative']);
    // A state where people meet is a venue too.
    expect(asArrows('Venezuela and Guyana agreed to meet in St Vincent and the Grenadines, in talks brokered by Brazil.')).toEqual(['VEN->GUY cooperative', 'BRA->VEN cooperative', 'BRA->GUY cooperative']);
  });
});

describe('talks ended in the passive, incidents judged, envoys withdrawn', () => {
  it('reads talks or a deal that "were paused" or "was scrapped" as relations reduced, past an aside', () => {
    expect(keys('Talks between India and Canada were suspended in September.')).toEqual(['CAN-IND tense']);
    expect(keys('Trade talks between India and Canada, which had been under way for a decade, were paused last year.')).toEqual(['CAN-IND tense']);
    expect(keys('Talks between India and Canada were held in September.')).toEqual(['CAN-IND cooperative']);
  });
  it('reads concern over "the incident" as disapproval of whoever did the act told before', () => {
    const text = 'Ecuadorean police stormed the Mexican embassy in Quito. Mexico broke off relations with Ecuador. Spain also expressed concern over the incident.';
    expect(asArrows(text)).toContain('ESP->ECU tense');
    expect(asArrows(text)).not.toContain('ESP->MEX tense');
  });
  it('reads a high commissioner withdrawn as an envoy recalled, not troops withdrawn', () => {
    expect(asArrows('India withdrew its high commissioner from Ottawa.')).toEqual(['IND->CAN tense']);
  });
});

describe('wars of the one helped', () => {
  it('reads "in its war" or "during the war" after the one backed as that one\'s war', () => {
    expect(keys('Iran supported Russia in its war against Ukraine.')).toEqual(['IRN-RUS cooperative', 'RUS-UKR hostile']);
    expect(keys('Turkey backed Azerbaijan during the 2020 war with Armenia.')).toEqual(['AZE-TUR cooperative', 'ARM-AZE hostile']);
    // The year before the war dates the war; a year before another noun does not date the verb before it.
    expect(extract('Azerbaijan won its 2020 war with Armenia.').map((c) => c.when)).toEqual(['2020']);
    expect(extract('Venezuela has never accepted the 1899 ruling of the arbitration court and has clashed with Guyana over it.').map((c) => c.when)).toEqual(['2021-06-10']);
    // Not after a verb of force: the subject's own war.
    expect(keys('Russia struck Ukraine in its war.')).toEqual(['RUS-UKR hostile']);
  });
});

describe('envoys pulled out, and leaders called names', () => {
  it('reads diplomats pulled out of a state, and an ambassador recalled from the city of its embassy', () => {
    expect(asArrows('Israel pulled its diplomats out of Turkey.')).toEqual(['ISR->TUR tense']);
    expect(asArrows('Turkey recalled its ambassador from Tel Aviv.')).toEqual(['TUR->ISR tense']);
    // A city is still only a place where no embassy is meant.
    expect(asArrows('Turkey sent aid to Haifa.')).toEqual([]);
  });
  it('reads calling a leader a butcher or a dictator as criticism of the leader\'s state', () => {
    expect(asArrows('Erdogan has called Netanyahu a butcher.')).toEqual(['TUR->ISR tense']);
    expect(asArrows('Egypt condemned the terrorist attack.')).toEqual([]);
  });
});

describe('roles after a copula', () => {
  it('reads "one of the critics of X" or "one of the supporters of X" as the subject\'s stance toward X', () => {
    expect(asArrows("Turkey has been one of the most vocal critics of Israel's offensive.")).toEqual(['TUR->ISR tense']);
    expect(keys('Poland has been one of the strongest supporters of Ukraine.')).toEqual(['POL-UKR cooperative']);
  });
});

describe('what a treaty covers, rulings judged, moves that anger', () => {
  it('reads no attack in attacks a treaty covers', () => {
    expect(asArrows('The United States said its defence treaty covers attacks on Philippine vessels.')).toEqual([]);
  });
  it('reads a ruling rejected as addressed to the ruling, not to the other of the pair told before', () => {
    expect(asArrows('Beijing accused Washington of using Manila as a pawn. A tribunal ruled in 2016 that China\'s claims had no legal basis, a ruling Beijing rejects.')).toEqual(['CHN->USA tense']);
  });
  it('reads ", a move that angered China" as the act of the clause before, which China disapproves', () => {
    expect(keys('The Philippines granted U.S. forces access to four more military bases, a move that angered China.')).toEqual(['PHL-USA cooperative', 'CHN-PHL tense']);
  });
});

describe('more names of actors', () => {
  it('knows the AU by its initials, and armed forces and parliaments named without their state', () => {
    expect(ids('The AU suspended Niger. The Tatmadaw, the FARDC, the State Duma and the Bundeswehr.')).toEqual(['au', 'NER', 'MMR', 'COD', 'RUS', 'DEU']);
  });
});

describe('each other, and blocs in title case', () => {
  it('reads "each other" as the list before it, however long', () => {
    expect(keys('Mali, Niger and Burkina Faso pledged to defend each other.')).toEqual(['MLI-NER cooperative', 'BFA-MLI cooperative', 'BFA-NER cooperative']);
    const text = 'Mali, Niger and Burkina Faso quit Ecowas. Russia criticised Burkina Faso. Last year the three countries formed a pact, pledging to defend each other.';
    expect(keys(text)).toContain('BFA-NER cooperative');
    expect(keys(text)).not.toContain('BFA-RUS cooperative');
  });
  it('knows Ecowas, Opec, Asean and Brics as the BBC spells them', () => {
    expect(asArrows('Ecowas imposed tough sanctions on Niger.')).toEqual(['ecowas->NER tense']);
  });
});

describe('a reservoir filled', () => {
  it('reads no yielding in filling a dam, only the objections to it', () => {
    expect(asArrows('Ethiopia began filling the reservoir despite objections from Egypt and Sudan.')).toEqual(['EGY->ETH tense', 'SDN->ETH tense']);
  });
});

describe('measures lifted, visits resumed', () => {
  it('reads curbs lifted as on whom the clause after them says they were imposed', () => {
    expect(asArrows('Japan said it would lift export curbs on materials used to make chips, which it imposed on South Korea in 2019.')).toEqual(['JPN->KOR warming']);
  });
  it('reads regular visits resumed as warming', () => {
    expect(keys('South Korea and Japan agreed to resume regular visits between their leaders.')).toEqual(['JPN-KOR warming']);
  });
});

describe('acts told, then judged or answered', () => {
  it('reads an annexation called illegal as disapproval of whoever annexed', () => {
    expect(asArrows('Russia annexed Crimea in 2014. Ukraine called the annexation illegal.')).toEqual(['RUS->UKR hostile', 'UKR->RUS tense']);
  });
  it('reads a vow to retaliate, with no one named, as a threat to whoever did the act just told', () => {
    expect(asArrows('Israel struck an Iranian consulate in Damascus. Iran vowed to retaliate.')).toEqual(['ISR->IRN hostile', 'IRN->ISR tense']);
    // Not when no act was told just before.
    expect(asArrows('Iran vowed to retaliate.')).toEqual([]);
  });
});
