// Constructions that the real articles of stop 59 were misread in. The sentences are written for the purpose, about
// other states in other words. Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { asArrows } from './extractionTestKit';

// The five hundred and sixteenth reading (stop 59): three pages on the Simla Agreement (1972).
describe('the five hundred and sixteenth reading', () => {
  it('reads an instrument whose signing is told as signed, even where an act is said to run contrary to it', () => {
    expect(asArrows('The plan is contrary to the 1929 treaty, signed between Chile and Peru.', '2001-01-01')).toEqual(['CHL->PER cooperative']);
  });

  it('reads a state that declares another sovereign or independent as recognising it, not one that declares itself so', () => {
    expect(asArrows('In 1992 Ottawa declared Croatia independent and sovereign.', '2001-01-01')).toEqual(['CAN->HRV cooperative']);
    expect(asArrows('In 1991 Croatia declared itself independent from Yugoslavia.', '2001-01-01')).toEqual([]);
  });

  it('reads an agreement to refrain from threats or force as a step back from conflict', () => {
    expect(asArrows('Chile and Peru agreed to refrain from threats and violence on their border.', '2001-01-01')).toEqual(['CHL->PER warming']);
  });
});

// The five hundred and seventeenth reading (stop 59): four pages on the Reykjavik summit (October 1986).
describe('the five hundred and seventeenth reading', () => {
  it('reads a summit or a meeting that collapsed as talks that failed, and talks that "ruptured" as failed, no break of relations', () => {
    expect(asArrows('The summit between Chile and Peru collapsed on Sunday.', '2001-01-01')).toEqual(['CHL->PER tense']);
    expect(asArrows('Talks between Chile and Peru had "ruptured" over the border.', '2001-01-01')).toEqual(['CHL->PER tense']);
  });

  it('reads relations that took a step backwards as worse, and a step forward as better', () => {
    expect(asArrows('Relations between Chile and Peru took a giant step backwards.', '2001-01-01')).toEqual(['CHL->PER tense']);
    expect(asArrows('Relations between Chile and Peru took a big step forward.', '2001-01-01')).toEqual(['CHL->PER warming']);
  });
});

// The five hundred and eighteenth reading (stop 59): three pages on the Minsk agreement (February 2015).
describe('the five hundred and eighteenth reading', () => {
  it('reads office holders listed with commas, the last two joined by "and", as one subject, past an opening phrase and possessives', () => {
    expect(asArrows("At the same time, Chile's Pedro Soto, Peru's Juan Perez, Bolivian President Hugo Ruiz and Ecuadorean President Ana Gomez held talks.", '2001-01-01')).toEqual(['CHL->PER cooperative', 'CHL->BOL cooperative', 'CHL->ECU cooperative', 'PER->BOL cooperative', 'PER->ECU cooperative', 'BOL->ECU cooperative']);
  });

  it('reads forces that cross into a state as an incursion, not people or trucks that cross', () => {
    expect(asArrows('A Peruvian army spokesman said over 30 tanks, 20 missile systems, and 20 armored vehicles from Chile crossed into Peru.', '2001-01-01')).toEqual(['CHL->PER hostile']);
    expect(asArrows('Thousands of Chileans crossed into Peru.', '2001-01-01')).toEqual([]);
  });
});

// The five hundred and nineteenth reading (stop 59): four pages on the Yalta conference (February 1945).
describe('the five hundred and nineteenth reading', () => {
  it('reads office holders listed as "Title Name of State", with commas and a last "and", as one subject', () => {
    expect(asArrows('President Juan Soto of Chile, Prime Minister Ana Ruiz of Peru, and Premier Hugo Gomez of Bolivia met in Quito.', '2001-01-01')).toEqual(['CHL->PER cooperative', 'CHL->BOL cooperative', 'PER->BOL cooperative']);
  });

  it('reads a strategy for ending a war as planned by one side, no peace between its planners', () => {
    expect(asArrows('Chile, Peru and Bolivia discussed strategy for ending the war.', '2001-01-01')).toEqual(['CHL->PER cooperative', 'CHL->BOL cooperative', 'PER->BOL cooperative']);
  });

  it('reads a yielding demanded of a state as a demand on it, not an appeal', () => {
    expect(asArrows('Chile and Peru agreed to demand Bolivia to surrender.', '2001-01-01')).toEqual(['CHL->BOL tense', 'PER->BOL tense']);
  });

  it('ends an opening participle\'s clause at its comma: its last actor and the main subject are no list', () => {
    expect(asArrows('Recognizing that the Chilean army was in occupation of most of Peru, Brazil and Argentina agreed to stay neutral.', '2001-01-01')).toEqual(['CHL->PER hostile']);
  });

  it('reads a war a state agreed or was asked to enter, also after "and to", as intended, not fought', () => {
    expect(asArrows("Chile agreed to Brazil's request to enter the war against Peru.", '2001-01-01')).toEqual(expect.arrayContaining(['CHL->PER tense']));
    expect(asArrows('Chile agreed to hold elections and to enter the war against Peru.', '2001-01-01')).toEqual(['CHL->PER tense']);
  });
});

// The five hundred and twentieth reading (stop 59): four pages on the handover of Macau (1887-1999).
describe('the five hundred and twentieth reading', () => {
  it('reads sovereignty yielded "over" or "of" a land "to" a state as yielded to that state, not to the land', () => {
    expect(asArrows('In 1999 Spain transferred the sovereignty over Hong Kong, its last colony, to Peru.', '2001-01-01')).toEqual(['ESP->PER warming']);
    expect(asArrows('In 1999 Spain handed over control of Macau to Peru.', '2001-01-01')).toEqual(['ESP->PER warming']);
  });

  it('reads a land settled by merchants or colonists as peopled, no dispute settled', () => {
    expect(asArrows('Macau was settled by Spanish merchants in 1535.', '2001-01-01')).toEqual([]);
  });

  it('reads "the Qing" and the Qing dynasty as China', () => {
    expect(asArrows('In 1887 Portugal and the Qing dynasty signed a treaty.', '2001-01-01')).toEqual(['PRT->CHN cooperative']);
  });
});

// The five hundred and twenty-first reading (stop 59): four pages on China's dams on the Mekong (2010-2020).
describe('the five hundred and twenty-first reading', () => {
  it('reads the states a dash or a colon lists after "other countries" as the countries the preposition names', () => {
    expect(asArrows('Chile launched a cooperation initiative with three other countries—Peru, Bolivia and Ecuador.', '2001-01-01')).toEqual(['CHL->PER cooperative', 'CHL->BOL cooperative', 'CHL->ECU cooperative']);
  });

  it('reads a claim that a study or a report makes as no state\'s accusation', () => {
    expect(asArrows('Chile answered new research claiming Peru had diverted the river.', '2001-01-01')).toEqual([]);
  });
});

// The five hundred and twenty-second reading (stop 59): four pages on South Tyrol (1919-1992).
describe('the five hundred and twenty-second reading', () => {
  it('reads a state that takes over another as occupying it, not one that takes over from another or takes over a place', () => {
    expect(asArrows('After Chile took over Bolivia in 1938, the two signed a pact.', '2001-01-01')).toEqual(expect.arrayContaining(['CHL->BOL hostile']));
    expect(asArrows('Chile took over from Peru as the largest lender.', '2001-01-01')).toEqual([]);
    expect(asArrows('Critics fear Peru will allow Chile to take over the port.', '2001-01-01')).toEqual(['PER->CHL cooperative']);
  });

  it('reads talks that deadlocked as failed', () => {
    expect(asArrows('Talks between Chile and Bolivia deadlocked in 1961.', '2001-01-01')).toEqual(['CHL->BOL tense']);
  });
});

// The five hundred and twenty-third reading (stop 59): three pages on the Beagle conflict and its papal mediation (1978-1985).
describe('the five hundred and twenty-third reading', () => {
  it('reads a city that names an instrument as where it was made, no party to it', () => {
    expect(asArrows('Chile and Bolivia signed the Treaty of Lima in 1929.', '2001-01-01')).toEqual(['CHL->BOL cooperative']);
  });

  it('reads an instrument named "Act of" a place as an agreement signed', () => {
    expect(asArrows('In 1979 Chile and Bolivia signed the Act of Quito.', '2001-01-01')).toEqual(['CHL->BOL cooperative']);
  });

  it('reads an envoy sent "to" a state past the envoy\'s name between commas', () => {
    expect(asArrows('Chile sent its envoy, Juan Perez, to La Paz.', '2001-01-01')).toEqual(['CHL->BOL cooperative']);
  });
});

// The five hundred and twenty-fourth reading (stop 59): four pages on the sinking of the Rainbow Warrior (1985).
describe('the five hundred and twenty-fourth reading', () => {
  it('reads relations "back on an even keel", "back on track" or "back to normal" as restored', () => {
    expect(asArrows('Relations between Chile and Peru are back on an even keel.', '2001-01-01')).toEqual(['CHL->PER warming']);
    expect(asArrows('Relations between Chile and Peru are now back to normal.', '2001-01-01')).toEqual(['CHL->PER warming']);
  });

  it('reads a state that dismisses its own part in an act as denying it, no rejection of another', () => {
    expect(asArrows('Chile and Peru quarrelled. Chile dismissed any participation in the attack.', '2001-01-01')).toEqual(['CHL->PER tense']);
  });
});

// The five hundred and twenty-fifth reading (stop 59): four pages on the Indonesia-Malaysia confrontation (1963-1966).
describe('the five hundred and twenty-fifth reading', () => {
  it('reads a state termed or called something "by" another as judged by that other', () => {
    expect(asArrows('Chile was termed hostile by Peru.', '2001-01-01')).toEqual(['PER->CHL tense']);
  });

  it('reads an act intended past a quotation mark as intended, and the verb that states the intention as no act', () => {
    expect(asArrows('Peru affirmed its intention to "crush Chile".', '2001-01-01')).toEqual(['PER->CHL tense']);
  });

  it('reads a capital after "at" and the participle of an event as where it happened, no party', () => {
    expect(asArrows('The coup in Chile ended the confrontation, and hostilities were formally terminated at Lima in 1929.', '2001-01-01')).toEqual([]);
  });
});

// The five hundred and twenty-sixth reading (stop 59): four pages on Ghana and Côte d'Ivoire's maritime boundary (2014-2017).
describe('the five hundred and twenty-sixth reading', () => {
  it('reads a dispute that was settled or resolved as relations improved', () => {
    expect(asArrows('The dispute between Chile and Peru was resolved in 2014.', '2020-01-01')).toEqual(['CHL->PER warming']);
  });

  it('reads a state named before "based" and a noun, without a hyphen, as where a body sits', () => {
    expect(asArrows('The Geneva, Switzerland based court ruled for Chile, allowing Chile to keep the islands.', '2020-01-01')).toEqual([]);
  });
});

// The five hundred and twenty-seventh reading (stop 59): four pages on Japan and South Korea's "comfort women" agreement (December 2015).
describe('the five hundred and twenty-seventh reading', () => {
  it('reads strains between two states as tense relations', () => {
    expect(asArrows('Strains between Lima and Santiago have kept the two countries apart.', '2020-01-01')).toEqual(['PER->CHL tense']);
  });

  it('reads what a state passes "on to" another as passed to that other, not to the one "it" came from', () => {
    expect(asArrows('Lima sends its data to Chile, which then passes it on to Bolivia.', '2020-01-01')).toEqual(expect.arrayContaining(['CHL->BOL cooperative']));
  });

  it('reads "given" after a comma and before what it names as "considering", no gift', () => {
    expect(asArrows('Chile wants better ties with Bolivia, given an increasingly assertive Peru.', '2020-01-01')).not.toContain('CHL->PER cooperative');
  });
});

// The five hundred and twenty-eighth reading (stop 59): three pages on the Lahore Declaration (February 1999).
describe('the five hundred and twenty-eighth reading', () => {
  it('reads relations "at an all time low" as strained', () => {
    expect(asArrows('Relations between Chile and Peru were again at an all time low.', '2020-01-01')).toEqual(['CHL->PER tense']);
  });

  it('reads tensions a relation is "free of" as none', () => {
    expect(asArrows('Lagos said: "I would like a Chile-Peru relationship that is free of tensions."', '2020-01-01')).toEqual([]);
  });
});

// The five hundred and twenty-ninth reading (stop 59): four pages on the U-2 incident (May 1960).
describe('the five hundred and twenty-ninth reading', () => {
  it('reads a state\'s plane shot down over another, with no agent named, as shot down by that other', () => {
    expect(asArrows('A Chilean plane was shot down over Peru.', '2020-01-01')).toEqual(['PER->CHL hostile']);
  });

  it('reads a meeting a leader ended as talks called off, and the ending verb as no meeting of its own', () => {
    expect(asArrows('The Chilean leader ended a meeting in Quito with Peru\'s president.', '2006-01-01')).toEqual(['CHL->PER tense']);
  });

  it('reads peace between two states that an event damaged as relations harmed', () => {
    expect(asArrows('The raid damaged the fragile peace between Chile and Peru.', '2020-01-01')).toEqual(['CHL->PER tense']);
  });

  it('reads "Krushchev", a common spelling, as Khrushchev', () => {
    expect(asArrows('In 1959 Krushchev met Eisenhower at Camp David.', '2020-01-01')).toEqual(['RUS->USA cooperative']);
  });
});

// The five hundred and thirtieth reading (stop 59): three pages on the Good Friday Agreement (1998).
describe('the five hundred and thirtieth reading', () => {
  it('reads Bertie Ahern, Taoiseach in 1997-2008, as Ireland', () => {
    expect(asArrows('In 2001 Ahern met Chirac in Paris.', '2001-01-01')).toEqual(['IRL->FRA cooperative']);
  });
});

// The five hundred and thirty-first reading (stop 59): four pages on the Gulf of Tonkin incident (August 1964).
describe('the five hundred and thirty-first reading', () => {
  it('reads "U.S.S." before a ship\'s name as the United States\' navy, as "USS" is', () => {
    expect(asArrows('Three Peruvian boats attacked the U.S.S. Dixon in 1964.', '2020-01-01')).toEqual(['PER->USA hostile']);
  });

  it('reads what a state is told "that", past those told and an adjunct of the reported clause, as a clause of its own', () => {
    expect(asArrows('The president told a national television audience that on May 2 and 4, Peruvian boats had attacked two Chilean ships.', '2020-01-01')).toEqual(['PER->CHL hostile']);
  });

  it('reads Agence France-Presse as a news agency, no state', () => {
    expect(asArrows('"Chile has been with us," he told Agence France-Presse after returning from a trip to Santiago.', '2020-01-01')).toEqual([]);
  });
});

// The five hundred and thirty-third reading (stop 59): three pages on the third Taiwan Strait crisis (1995-1996).
describe('the five hundred and thirty-third reading', () => {
  it('reads states that almost or nearly fought as at the brink, tense, not at war', () => {
    expect(asArrows('Chile and Peru almost engaged in a military conflict in 1978.', '2020-01-01')).toEqual(['CHL->PER tense']);
  });

  it('reads a named war after "since" as telling the time, no war of the sentence\'s states', () => {
    expect(asArrows('Chile dispatched its largest force to Asia since the Peru War.', '2020-01-01')).toEqual([]);
  });
});

// The five hundred and thirty-fourth reading (stop 59): three pages on the Treaty of Versailles (1919).
describe('the five hundred and thirty-fourth reading', () => {
  it('reads land a state cedes or gives up "to" another as a return of territory, warming, no aid', () => {
    expect(asArrows('In 1929 Chile ceded Tacna to Peru.', '2020-01-01')).toEqual(['CHL->PER warming']);
    expect(asArrows('In 1929 Bolivia gave up the Litoral province to Chile.', '2020-01-01')).toEqual(['BOL->CHL warming']);
  });
});

describe('the five hundred and thirty-fourth reading, continued', () => {
  it('reads a verb\'s gapped repeats, another object "to" another state after a comma or "and", as its acts on those states too', () => {
    expect(asArrows('Chile sent troops to Peru, tanks to Bolivia (as a deterrent to raids), and planes to Ecuador.', '2020-01-01')).toEqual(['CHL->PER cooperative', 'CHL->BOL cooperative', 'CHL->ECU cooperative']);
    expect(asArrows('Chile sent aid to Peru, and Bolivia sent troops to Ecuador.', '2020-01-01')).toEqual(['CHL->PER cooperative', 'BOL->ECU cooperative']);
  });
});

// The five hundred and thirty-fifth reading (stop 59): three pages on the Treaty of Portsmouth (1905).
describe('the five hundred and thirty-fifth reading', () => {
  it('reads Theodore Roosevelt, president in 1901-1909, as the United States', () => {
    expect(asArrows('In 1906 Theodore Roosevelt received the Japanese ambassador.', '2020-01-01')).toEqual(['USA->JPN cooperative']);
  });
});

// The five hundred and thirty-sixth reading (stop 59, continued): three pages on the Entente Cordiale (1904).
describe('the five hundred and thirty-sixth reading', () => {
  it('reads "Anglo" and "Franco" before a hyphen and another state as Britain and France, and nowhere else', () => {
    expect(asArrows('The Anglo-Dutch treaty was signed in 1824.', '2001-01-01')).toEqual(['NLD->GBR cooperative']);
    expect(asArrows('The Franco-Spanish treaty was signed in 1659.', '2001-01-01')).toEqual(['ESP->FRA cooperative']);
    expect(asArrows('General Franco signed a treaty with Portugal in 1939.', '2001-01-01')).toEqual([]);
  });

  it('reads a friendly verb whose object is the ill will of a pair named by a compound as no act toward either', () => {
    expect(asArrows('Chile long counted on Peruvian-Bolivian rivalry.', '2001-01-01')).toEqual(['BOL->PER tense']);
  });

  it('reads an end marked to a conflict as its end', () => {
    expect(asArrows('The accord marked the end of decades of hostility between Chile and Peru.', '2001-01-01')).toEqual(['CHL->PER cooperative', 'CHL->PER warming']);
  });

  it('reads states given as examples of where something is as places', () => {
    expect(asArrows('Chile and Peru ended their rivalry in various countries such as Bolivia and Ecuador.', '2001-01-01')).toEqual(['CHL->PER warming']);
    expect(asArrows('Chile settled disputes over influence in several countries including Bolivia and Ecuador.', '2001-01-01')).toEqual([]);
  });

  it('reads an entente as cooperation', () => {
    expect(asArrows('The Chilean-Peruvian entente lasted a decade.', '2001-01-01')).toEqual(['PER->CHL cooperative']);
  });
});
