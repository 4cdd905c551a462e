// Patterns found by reading new sentences and short articles written for the purpose (not from
// ../shared/eval): agents the tagger reads as adjectives, examples after "including", joint acts near
// a border, forces that clash, pairs referred to, mediators of the pair before, dates after "after".
import { describe, expect, it } from 'vitest';
import { asArrows, extract, keys } from './extractionTestKit';

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
    expect(keys('Japan lifted export restrictions on South Korea, ending a four-year trade dispute.')).toEqual(['JPN-KOR warming', 'JPN-KOR tense']); // (and the dispute before: settledDisputes.ts)
  });
  it('reads weapons stationed in another state as military cooperation with it', () => {
    expect(asArrows('Russia has stationed tactical nuclear weapons in Belarus.')).toEqual(['RUS->BLR cooperative']);
  });
});

describe('pairs referred to and mediators of the pair before', () => {
  it('reads relations a referred pair broke off as between them', () => {
    expect(keys('Chile and Bolivia held talks. The two countries broke off relations in 1978.')).toEqual(['BOL-CHL warming', 'BOL-CHL severed']);
    expect(keys('Chile and Bolivia cut their diplomatic ties in 1978.')).toEqual(['BOL-CHL severed']);
    // Two named states with no word that they broke with each other: between them when the sentences before named no third as a target
    // (blind batch 846: "Taiwan and Kiribati severed ties on Friday"); with one named so, no pair among them (each may have broken with it).
    expect(keys('Algeria and Morocco cut ties in 2021.')).toEqual(['DZA-MAR severed']);
    expect(keys('Saudi Arabia accused Qatar of terrorism. Egypt and Bahrain cut ties in 2017.')).toEqual(['QAT-SAU tense']);
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
    expect(keys('Eritrea cut ties with Djibouti. The border between the two countries has been closed since 2008.')).toEqual(['DJI-ERI severed', 'DJI-ERI tense']);
    // (A border that has "remained shut" is as closed.)
    expect(keys('Eritrea cut ties with Djibouti. The frontier between the two states has remained shut for a decade.')).toEqual(['DJI-ERI severed', 'DJI-ERI tense']);
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
    expect(keys(text)).toEqual(['EGY-SDN cooperative', 'SDN-rsf hostile', 'SAU-SDN cooperative', 'SAU-rsf cooperative', 'SDN-rsf warming']);
    // With no pair told at war, no one.
    expect(keys('Egypt and Sudan met. Saudi Arabia has hosted talks between the warring parties.')).toEqual(['EGY-SDN cooperative']);
  });
  it('takes the subject of a passive accusation as the one accused', () => {
    expect(asArrows('North Korea has been accused by South Korea of supplying artillery shells to Russia.')).toEqual(['KOR->PRK tense', 'PRK->RUS cooperative']);
    expect(asArrows('Eritrea has been accused by United Nations investigators of sending weapons to the Houthis.')).toEqual(['un->ERI tense', 'ERI->houthis cooperative']);
  });
  it('reads migrants pushed into another state as a hostile act, not their return home', () => {
    expect(asArrows('Finland accuses Russian authorities of funnelling hundreds of mostly Syrian asylum seekers across the border into Finland.')).toEqual(['FIN->RUS tense', 'RUS->FIN hostile']);
    // Where they come from is no target: the state they are sent into is.
    expect(asArrows('Russia sent migrants from Syria into Finland.')).toEqual(['RUS->FIN hostile']);
    expect(asArrows('Finland accuses Russian authorities of sending asylum seekers from the Middle East across the border into Finland.')).toEqual(['FIN->RUS tense', 'RUS->FIN hostile']);
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
