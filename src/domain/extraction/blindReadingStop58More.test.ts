// Constructions that the real articles of stop 58 were misread in (batches 501 on; the earlier ones are in
// blindReadingStop58.test.ts). The sentences are written for the purpose, about other states in other words. Each test
// fails without its rule.
import { describe, expect, it } from 'vitest';
import { asArrows, ids } from './extractionTestKit';

// The five hundred and first reading (stop 58): two pages on the prisoner swap of August 2024.
describe('the five hundred and first reading', () => {
  it('reads two sides "on one side" and "on the other" as the pairs across them, after "between" or "involving"', () => {
    expect(asArrows('The flight arrived after a prisoner exchange between Chile and Bolivia on one side and Peru on the other.', '2001-01-01')).toEqual(['CHL->PER cooperative', 'BOL->PER cooperative']);
    expect(asArrows('The plane landed after a prisoner exchange involving Chile and Bolivia on one side and Peru and Ecuador on the other.', '2001-01-01')).toEqual(['CHL->PER cooperative', 'CHL->ECU cooperative', 'BOL->PER cooperative', 'BOL->ECU cooperative']);
  });

  it('reads a mediator of the pair\'s swap or exchange, told before, as cooperative with each of the pair', () => {
    expect(asArrows('Chile and Peru agreed to a prisoner exchange. The exchange, mediated by Ecuador, freed forty people.', '2001-01-01')).toEqual(expect.arrayContaining(['ECU->CHL cooperative', 'ECU->PER cooperative']));
  });
});

// The five hundred and second reading (stop 58): three pages on the Chagos Islands handed to Mauritius (October 2024).
describe('the five hundred and second reading', () => {
  it('reads people of no state moved out "to" a state as sent there, no act on that state ("evicted ... residents to")', () => {
    expect(asArrows('In 1968 Chile evicted 900 islanders to Peru and Ecuador.', '2001-01-01')).toEqual([]);
  });

  it('reads something "under threat" from no one named as in danger, no one\'s threat', () => {
    expect(asArrows('Chile and Peru quarrelled. Chile said the future of the port was under threat, with disputed rights.', '2001-01-01')).toEqual(['CHL->PER tense']);
  });
});

// The five hundred and third reading (stop 58): four pages on Serbia and Kosovo's licence-plate row (November 2022).
describe('the five hundred and third reading', () => {
  it('reads "Brussels" as the EU in an article that names the EU and Belgium by no other name', () => {
    expect(ids('The EU envoy spoke on Monday. Brussels has facilitated a dialogue between Chile and Peru.')).toEqual(['eu', 'eu', 'CHL', 'PER']);
    expect(ids('Belgium and the EU spoke. Brussels hosted the talks.')).toEqual(['BEL', 'eu', 'BEL']);
  });

  it('reads an actor between commas before a list\'s "and" as one of the list ("with Borrell, French President Emmanuel Macron, and ...")', () => {
    expect(asArrows('Chilean officials held meetings with Borrell, Peruvian President Dina Boluarte, and Miroslav Lajcak, the EU envoy.', '2023-01-01')).toEqual(['CHL->eu cooperative', 'CHL->PER cooperative']);
  });
});

// The five hundred and fourth reading (stop 58): three pages on the recognition of Abkhazia and South Ossetia (2008-2018).
describe('the five hundred and fourth reading', () => {
  it('reads a passive past a quantifier after "be" ("They are both backed by")', () => {
    expect(asArrows('Chile and Peru met on Monday. They are both backed by Bolivia.', '2001-01-01')).toEqual(['CHL->PER cooperative', 'BOL->CHL cooperative', 'BOL->PER cooperative']);
  });

  it('reads "recognised as" states in the passive past a quantifier as a recognition by the agent', () => {
    expect(asArrows('Transnistria and Somaliland met on Monday. They are both recognised as independent states by Nauru.', '2001-01-01')).toEqual(['transnistria->somaliland cooperative', 'NRU->transnistria cooperative', 'NRU->somaliland cooperative']);
  });

  it('reads "they" with "both" as the pair told, not the one subject of the sentence before', () => {
    expect(asArrows('Transnistria and Somaliland are disputed lands. The government of Moldova considers the republics occupied lands. They are both recognised as independent states by Nauru.', '2001-01-01')).toEqual(['NRU->transnistria cooperative', 'NRU->somaliland cooperative']);
  });
});

// The five hundred and fifth reading (stop 58): three pages on Medvedev's visits to the southern Kurils (2010, 2012).
describe('the five hundred and fifth reading', () => {
  it('reads what an agent takes "from" a state as taken from that state, whatever the clause\'s subject', () => {
    expect(asArrows('Chile visited one of the islands seized by Bolivia from Peru in 1880.', '2001-01-01')).toEqual(['BOL->PER hostile']);
    expect(asArrows('The islands were seized by Chile from Peru in 1880.', '2001-01-01')).toEqual(['CHL->PER hostile']);
  });

  it('reads a visit to a place told as disputed as no visit to the state that claims it', () => {
    expect(asArrows('Chile and Peru quarrel over the islands. The Chilean president plans to visit other disputed islands soon.', '2001-01-01')).toEqual(['CHL->PER tense']);
  });
});

// The five hundred and sixth reading (stop 58): four pages on Iran and the Taliban's border clash over the Helmand's water (May 2023).
describe('the five hundred and sixth reading', () => {
  it('reads a hostile act a state "reserves the right to" do as threatened, not done', () => {
    expect(asArrows('Lima said it “reserves” the right to seize fishing boats from Chile.', '2001-01-01')).toEqual(['PER->CHL tense']);
  });

  it('reads a state\'s demonym before "-financed" as describing what it financed, no party to what is said of it', () => {
    expect(asArrows('Lima voiced concern that the huge Chilean-financed Lauca Dam in western Tacna province would see its water supplies reduced.', '2001-01-01')).toEqual([]);
  });
});

// The five hundred and seventh reading (stop 58): four pages on the Dayton Agreement (1995; anniversaries, an encyclopedia
// page, an essay).
describe('the five hundred and seventh reading', () => {
  it('knows Bosnia and Herzegovina by its short name "Bosnia"', () => {
    expect(ids('Bosnia and Croatia signed a treaty.')).toEqual(['BIH', 'HRV']);
  });

  it('reads a demonym before the name of a people ("the Bosnian Croats") as where they live, no state', () => {
    expect(asArrows('Chile provided military support to the Bosnian Croats.', '2001-01-01')).toEqual([]);
  });

  it('reads states\' office holders listed with commas and "and" before the verb as one subject', () => {
    expect(asArrows("Chile's wartime President Pedro Soto, Peru's Juan Perez and Bolivia's Hugo Ruiz signed the agreement.", '2001-01-01')).toEqual(['CHL->PER cooperative', 'CHL->BOL cooperative', 'PER->BOL cooperative']);
  });

  it('opens a clause at ", and" whose subject is followed by a phrase between commas before its verb ("and the three sides, with US mediation, met")', () => {
    expect(asArrows('Chile, Peru and Bolivia came to the table after Brazil bombed rebel bases, and the three sides, in a calm mood, met to decide upon a peace deal.', '2001-01-01')).toEqual(expect.arrayContaining(['CHL->PER warming', 'CHL->BOL warming', 'PER->BOL warming']));
  });

  it('reads a mediation its mediator\'s name describes after "with" as the mediator\'s with each of the clause\'s subject', () => {
    expect(asArrows('Chile and Peru, with Brazilian mediation, met on Monday.', '2001-01-01')).toEqual(expect.arrayContaining(['BRA->CHL cooperative', 'BRA->PER cooperative']));
  });
});

// The five hundred and eighth reading (stop 58): four pages on Taiwan and Eswatini, its last African ally (2018-2023).
describe('the five hundred and eighth reading', () => {
  it('reads a state surrounded by another\'s land as where it lies, no encirclement; troops that surround it are', () => {
    expect(asArrows('Lesotho is entirely surrounded by South Africa.', '2001-01-01')).toEqual([]);
    expect(asArrows('Maseru was surrounded by South African troops.', '2001-01-01')).toEqual(['ZAF->LSO hostile']);
  });
});

// The five hundred and ninth reading (stop 58): three pages on Obama's visit to Cuba (March 2016).
describe('the five hundred and ninth reading', () => {
  it('reads disagreements between two states as a tense relation, as a dispute is', () => {
    expect(asArrows('Although there are still considerable disagreements between Chile and Peru over the border, both want a deal.', '2001-01-01')).toEqual(['CHL->PER tense']);
  });
});

// The five hundred and tenth reading (stop 58): three encyclopedia pages on the Entebbe raid (1976).
describe('the five hundred and tenth reading', () => {
  it('reads a state\'s name after "Air" as an airline\'s, no state', () => {
    expect(ids('Air France Flight 139 landed in Lima.')).toEqual(['PER']);
  });

  it('reads "the paratroopers" and "the commandos" as the forces of the state named before', () => {
    expect(asArrows('Four jets carrying Chilean commandos flew to Lima. The paratroopers stormed the port, killing several Peruvian soldiers.', '2001-01-01')).toEqual(['CHL->PER hostile']);
  });

  it('reads a participle after a relative "where" clause as the main clause\'s act', () => {
    expect(asArrows('Chilean troops stormed the port where the sailors were held, killing several Peruvian soldiers.', '2001-01-01')).toEqual(['CHL->PER hostile']);
  });
});

// The five hundred and eleventh reading (stop 58): four pages on the Green March and the Madrid Accords (1975-1976).
describe('the five hundred and eleventh reading', () => {
  it('reads wars told only by the places they are fought in as naming no sides', () => {
    expect(asArrows('Spain was bogged down in colonial wars in Chile and Peru.', '2001-01-01')).toEqual([]);
  });

  it('reads a handover past the name of what is handed over ("the territory of Western Sahara to")', () => {
    expect(asArrows('Britain handed over the islands of Diego Garcia to Mauritius.', '2001-01-01')).toEqual(['GBR->MUS warming']);
  });
});

// The five hundred and twelfth reading (stop 58): four pages on Erdogan and Sisi's handshake at the World Cup (November 2022).
describe('the five hundred and twelfth reading', () => {
  it('reads relations "estranged" as tense, as strained ones are', () => {
    expect(asArrows('Relations between Chile and Peru have been estranged since 2014.', '2020-01-01')).toEqual(['CHL->PER tense']);
  });

  it('reads talks that are the subject of a passive halt as leaving their parties at odds', () => {
    expect(asArrows('Lima said that dialogue between Chile and Peru to normalize ties had been halted.', '2020-01-01')).toEqual(['CHL->PER tense']);
  });
});

// The five hundred and thirteenth reading (stop 58): three pages on China's pressure on Palau over Taiwan (2021, 2024).
describe('the five hundred and thirteenth reading', () => {
  it('reads an abbreviation a name introduces in brackets as that name\'s actor where it comes again', () => {
    expect(ids('The Chinese Communist Party (CCP) met on Monday. The CCP said no.')).toEqual(['CHN', 'CHN']);
  });

  it('reads examples after "such as" a plural of states as the verb\'s partners', () => {
    expect(asArrows('Chile has strengthened ties with nearby countries such as Peru and Bolivia.', '2020-01-01')).toEqual(['CHL->PER warming', 'CHL->BOL warming']);
  });

  it('reads ties abandoned as broken', () => {
    expect(asArrows('Chile abandoned its ties with Peru in 2019.', '2020-01-01')).toEqual(['CHL->PER severed']);
  });

  it('reads "the archipelago of" a state as that state, and "the Solomons" as the Solomon Islands', () => {
    expect(asArrows('Chile weaponized tourism to the Pacific archipelago of Fiji over its ties to Peru.', '2020-01-01')).toEqual(['CHL->FJI tense']);
    expect(ids('Chile courted the Solomons.')).toEqual(['CHL', 'SLB']);
  });
});

// The five hundred and fourteenth reading (stop 58): three pages on Greece's earthquake diplomacy with Turkey (February 2023).
describe('the five hundred and fourteenth reading', () => {
  it('reads what "goes back" centuries as no journey', () => {
    expect(asArrows('Chile and Peru have a history of rivalry going back centuries.', '2020-01-01')).toEqual(['CHL->PER tense']);
  });

  it('reads an infinitive whose subject after "for" is a common noun as that thing\'s, no actor\'s', () => {
    expect(asArrows('Chile said they should not wait for another flood to hit Peru before they act.', '2020-01-01')).toEqual([]);
  });
});

// The five hundred and fifteenth reading (stop 58): three history pages on ping-pong diplomacy (1971).
describe('the five hundred and fifteenth reading', () => {
  it('reads relations that ended as broken, not relations that "ended on a sour note"', () => {
    expect(asArrows('Diplomatic relations between Chile and Peru ended in 1949.', '2020-01-01')).toEqual(['CHL->PER severed']);
    expect(asArrows('Relations between Chile and Peru ended on a sour note after the match.', '2020-01-01')).toEqual([]);
  });

  it('reads states that clashed militarily as fighting', () => {
    expect(asArrows('During the war Chile and Peru clashed militarily.', '2020-01-01')).toEqual(['CHL->PER hostile']);
  });
});
