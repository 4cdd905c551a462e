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
