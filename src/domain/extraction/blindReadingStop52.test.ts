// Constructions that the real news articles of stop 52 (readings 363 on, annotated by hand before
// extraction was run on them, kept outside the project as the eval's are) were misread in. The sentences
// are written for the purpose, about other states in other words. Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { asArrows, extract } from './extractionTestKit';

// The three hundred and sixty-third reading (stop 52): four articles on France recalling its ambassadors
// from the United States and Australia over the AUKUS submarine pact (2021).
describe('the three hundred and sixty-third reading', () => {
  it('reads the states an agreement or an alliance "involves", "includes" or "brings together" as partners, each with the others, past an aside that names it', () => {
    expect(asArrows('The defence pact, known as PACIFICA, involves Chile, Peru and Ecuador and aims to deter piracy.')).toEqual(['CHL->PER cooperative', 'CHL->ECU cooperative', 'PER->ECU cooperative']);
    expect(asArrows('The new accord brings together Kenya and Uganda.')).toEqual(['KEN->UGA cooperative']);
  });

  it('does not read "including" after an agreement as its parties: it may list those who judged it', () => {
    expect(asArrows('Several governments have welcomed the accord including Chile and Peru.')).toEqual([]);
  });
});

// The three hundred and sixty-fourth reading (stop 52): four articles on China and Lithuania recalling their
// ambassadors over Taiwan's representative office in Vilnius (2021).
describe('the three hundred and sixty-fourth reading', () => {
  it('reads a decision "to allow" another to open an office as the decider\'s warming toward it, past a compound modifier of the one allowed', () => {
    expect(asArrows('Peru recalled its envoy to Chile after the decision in July to allow self-governing Bolivia to open an office in its capital.')).toEqual(['PER->CHL tense', 'PER->BOL warming']);
  });

  it('reads what one is allowed to do past an aside between dashes after it', () => {
    expect(asArrows('Peru moved to allow the Bolivian authorities – which had long asked for it – to set up a representative office.')).toEqual(['PER->BOL warming']);
  });

  it('reads the subject of a clause past an aside with a possessor and a participle ("in disregard of Chile\'s repeated warnings")', () => {
    expect(asArrows("The Peruvian Government, in disregard of Chile's repeated warnings, has announced its decision to allow Bolivia to open an office.")).toEqual(['PER->BOL warming']);
  });

  it('reads a state that holds another to be part of its territory or a breakaway province as claiming it, tense', () => {
    expect(asArrows('Guatemala considers Belize to be a breakaway province.')).toEqual(['GTM->BLZ tense']);
  });

  it('reads pursuing or developing ties with a state as cooperative', () => {
    expect(asArrows('Peru is determined to pursue mutually beneficial ties with Bolivia.')).toEqual(['PER->BOL cooperative']);
  });
});

// The three hundred and sixty-fifth reading (stop 52): four articles on Saudi Arabia reopening its borders
// to Qatar and the end of the boycott of 2017 (2021).
describe('the three hundred and sixty-fifth reading', () => {
  it('reads a gerund after "and" that goes on from an accused act ("accused X of A-ing and B-ing") as the accused\'s, alleged', () => {
    const claims = extract('Chile accused Ecuador of supporting rebels and seeking closer ties with Brazil.');
    expect(claims.map((c) => `${c.a}->${c.b} ${c.stance} ${c.certainty}`)).toEqual(['CHL->ECU tense stated', 'ECU->BRA warming alleged']);
    expect(asArrows('Chile and Peru broke off ties with Ecuador, accusing it of arming rebels and moving towards closer ties with Brazil.')).toEqual(['CHL->ECU severed', 'PER->ECU severed', 'CHL->ECU tense', 'PER->ECU tense', 'ECU->BRA warming']);
  });

  it('reads the accused past an aside before "of" ("accused X, among other things, of")', () => {
    expect(asArrows('Chile accused Ecuador, among other things, of being too close to Brazil.')).toEqual(['CHL->ECU tense', 'ECU->BRA cooperative']);
  });

  it('reads ties cut with no one named, after an accusation, as cut with the accused, not with the one the accused act was on', () => {
    expect(asArrows('Chile accused Ecuador of supporting rebels and being too close to Brazil and severed diplomatic ties.')).toEqual(['CHL->ECU tense', 'ECU->BRA cooperative', 'CHL->ECU severed']);
  });

  it('reads a blockade with a list of modifiers ("a land, sea and air blockade") as imposed by the subject', () => {
    expect(asArrows('Chile imposed a land, sea and air blockade on Ecuador.')).toEqual(['CHL->ECU hostile']);
  });

  it('reads a bare count after "and", "between" or "with" ("mediating between X and four Arab states") as the set of that many told before', () => {
    expect(asArrows('Chile, Peru and Bolivia cut ties with Ecuador. Colombia has been mediating between Ecuador and three Andean states.')).toEqual(['CHL->ECU severed', 'PER->ECU severed', 'BOL->ECU severed', 'COL->ECU cooperative', 'COL->CHL cooperative', 'COL->PER cooperative', 'COL->BOL cooperative']);
  });

  it('reads a quarrel whose parties a clause after it tells ("the row in which X severed ties with Y") as no quarrel of the subject\'s', () => {
    expect(asArrows('Brazil and Argentina have tried to end the row in which Chile and Peru severed diplomatic ties with Ecuador.')).toEqual(['CHL->ECU severed', 'PER->ECU severed']);
  });

  it('reads a crisis ended by a means done with another ("ended the crisis by declaring reconciliation with X") as ended with that other, not among the subject; and the rift a warming comes after as tense between its pairs', () => {
    expect(asArrows('Chile, Bolivia and Ecuador ended the crisis by declaring reconciliation with Peru after a two-year rift.')).toEqual(['CHL->PER warming', 'BOL->PER warming', 'ECU->PER warming', 'CHL->PER tense', 'BOL->PER tense', 'ECU->PER tense']);
    expect(asArrows('Chile restored ties with Peru after a rift with Bolivia.')).toEqual(['CHL->PER warming']);
  });

  it('reads what a list of demands names ("demands, ranging from closing X to cutting links with Y") as asked, not done', () => {
    expect(asArrows('Quito was set ten demands, ranging from closing a Peruvian base to downgrading ties with Brazil.')).toEqual([]);
  });

  it('reads a phrase that stands for actors with a participle in it ("the four boycotting countries") as the subject', () => {
    expect(asArrows('Chile, Peru and Bolivia cut ties with Ecuador. The three boycotting countries had accused Ecuador of spying.')).toEqual(['CHL->ECU severed', 'PER->ECU severed', 'BOL->ECU severed', 'CHL->ECU tense', 'PER->ECU tense', 'BOL->ECU tense']);
  });
});

// The three hundred and sixty-sixth reading (stop 52): four articles on Bolivia breaking off relations with
// Israel, and Colombia and Chile recalling their ambassadors, over the war in Gaza (2023).
describe('the three hundred and sixty-sixth reading', () => {
  it('reads "its" after "because of" or "due to", following a state acted on, as that state\'s', () => {
    expect(asArrows('Peru said it had broken diplomatic ties with Chile because of its attacks on Bolivia.')).toEqual(['PER->CHL severed', 'CHL->BOL hostile']);
  });

  it('reads the noun of breaking off relations ("announce the breaking of diplomatic relations with") as a break, severed', () => {
    expect(asArrows('Peru is the first country to announce the breaking of diplomatic relations with Chile.')).toEqual(['PER->CHL severed']);
  });

  it('reads "it" in what a possessor\'s announcement says ("Chile\'s announcement that it was recalling") as the possessor', () => {
    expect(asArrows("Peru's decision was followed by Chile's announcement that it was recalling its ambassador in La Paz.")).toEqual(['CHL->BOL tense']);
  });

  it('reads "its" past quotation marks ("over its "disproportionate" attacks") and an act "being carried out" in a place', () => {
    expect(asArrows('Peru said it was severing ties with Chile over its "disproportionate" attacks in Bolivia.')).toEqual(['PER->CHL severed', 'CHL->BOL hostile']);
    expect(asArrows('Peru condemned the Chilean offensive being carried out in Bolivia.')).toEqual(['PER->CHL tense', 'CHL->BOL hostile']);
  });

  it('reads a name one gives to acts no one is named for ("called the attacks a massacre") as no act of the one who gives it', () => {
    expect(asArrows('Chile\'s president called the attacks a "massacre of the Bolivian people".')).toEqual([]);
  });
});

// The three hundred and sixty-seventh reading (stop 52): four articles on Iraq recalling its chargé d'affaires
// from Ankara and summoning Turkey's ambassador after the shelling of a resort in Duhok (2022).
describe('the three hundred and sixty-seventh reading', () => {
  it('reads an act a state is accused of on a place "of its" region as on the accuser, with "striking" before a determiner a verb', () => {
    expect(asArrows('Peru accused Chile of striking the village in Tacna Province of its southern region.')).toEqual(['PER->CHL tense', 'CHL->PER hostile']);
  });

  it('reads "who" after a state\'s forces ("withdraw its troops, who have been fighting") as the forces\' owner, not a state after a preposition', () => {
    expect(asArrows('Iraq asked Turkey to end its operations inside Iraq and withdraw its troops, who have been fighting the PKK.')).toEqual(['IRQ->TUR tense', 'TUR->pkk hostile']);
  });

  it('reads "for" and a span of time ("fighting the PKK for decades") as no object of the verb\'s dictionary patterns', () => {
    expect(asArrows('Turkish troops have been fighting the PKK for decades.')).toEqual(['TUR->pkk hostile']);
  });

  it('reads "who" after a verb ("to determine who attacked the embassy") as a question, with no one named for it', () => {
    expect(asArrows('Chile will determine who attacked Peru’s embassy.')).toEqual([]);
  });
});

// The three hundred and sixty-eighth reading (stop 52): four articles on Ukraine breaking off relations with
// Russia on the day of the invasion (2022).
describe('the three hundred and sixty-eighth reading', () => {
  it('reads help from things with no one named after "by" ("supported by artillery fire") as no state\'s support', () => {
    expect(asArrows('Chile launched an invasion of Peru. Chilean troops have crossed the border, supported by artillery fire and air strikes, following missile strikes on Peru.')).toEqual(['CHL->PER hostile', 'CHL->PER hostile']);
  });

  it('reads claiming what one\'s own forces do ("claimed that its military does not target") as telling it, no accusation', () => {
    expect(asArrows("Chile's defence ministry claimed that its military does not target Peruvian towns.")).toEqual([]);
  });
});

// The three hundred and seventieth reading (stop 52): four articles on Argentina ending the 2016 Foradori-Duncan
// pact with the United Kingdom over the Falklands (2023).
describe('the three hundred and seventieth reading', () => {
  it('reads backtracking or reneging on a deal reached with a state as tense toward it', () => {
    expect(asArrows('Peru is backtracking on a compromise reached in 2016 with Chile over the islands.')).toEqual(['PER->CHL tense']);
    expect(asArrows('Peru reneged on its commitments to Chile.')).toEqual(['PER->CHL tense']);
    expect(asArrows('Spain is backtracking on a compromise reached in 2016 with the United Kingdom over the Falkland Islands.')).toEqual(['ESP->GBR tense']);
  });

  it('reads Antarctica as a place, never a party', () => {
    expect(asArrows('Peru has sought to collaborate in matters such as flights and scientific activity in Antarctica.')).toEqual([]);
  });

  it('reads acts judged in a relative clause ("unilateral acts, which have been opportunely and duly protested by X") as their doer\'s', () => {
    expect(asArrows('Chile has continuously carried out unilateral acts, which have been opportunely and duly protested by Peru.')).toEqual(['PER->CHL tense']);
  });
});

// The three hundred and seventy-first reading (stop 52): four articles on the Falepili Union, Australia's treaty
// with Tuvalu (2023).
describe('the three hundred and seventy-first reading', () => {
  it('reads ties strengthened with a group no one is named for ("ties with Pacific island nations") as no tie with another state of the sentence', () => {
    expect(asArrows('The union is seen as a strategic win for Peru, particularly in the context of Chile’s efforts to strengthen ties with Pacific island nations.')).toEqual([]);
  });

  it('reads force listed among calamities one prepares for ("natural disasters, pandemics, or military aggression") as no act', () => {
    expect(asArrows('The accord lets Peru help Bolivia in natural disasters, pandemics or military aggression.').filter((a) => a.includes('hostile'))).toEqual([]);
  });
});

// The three hundred and seventy-second reading (stop 52): four articles on Norway expelling fifteen Russian
// intelligence officers (2023).
describe('the three hundred and seventy-second reading', () => {
  it('reads the people expelled by the mission they work at ("the expulsion of 15 intelligence officers working at the Russian embassy")', () => {
    expect(asArrows('Chile announced the expulsion of 15 “intelligence officers” working at the Peruvian embassy in Santiago.')).toEqual(['CHL->PER tense']);
  });
});

// The three hundred and seventy-third reading (stop 52): four articles on Australia and Timor-Leste's maritime
// boundary treaty (2018).
describe('the three hundred and seventy-third reading', () => {
  it('reads a dispute a treaty ends "between the countries" as the signatories\' own, tense before it', () => {
    expect(asArrows('Peru and Chile have signed a treaty redrawing their maritime boundary, ending a decade-long dispute between the countries.')).toEqual(['PER->CHL cooperative', 'PER->CHL warming', 'PER->CHL tense']);
  });
});

// The three hundred and seventy-fourth reading (stop 52): three articles on Israel and Chad restoring their
// relations (2018-2019).
describe('the three hundred and seventy-fourth reading', () => {
  it('reads "the reestablishment of diplomatic relations" as warming, and a rapprochement the subject confirms "with" a state as its own', () => {
    expect(asArrows('President Dina Boluarte and the Chilean president announced the reestablishment of diplomatic relations.')).toEqual(['PER->CHL warming']);
    expect(asArrows('Peru confirmed a diplomatic rapprochement with Chile on Sunday.')).toEqual(['PER->CHL warming']);
  });
});

// The three hundred and seventy-sixth reading (stop 52): four articles on Britain closing Iran's embassy in London
// after the storming of its own in Tehran (2011).
describe('the three hundred and seventy-sixth reading', () => {
  it('reads shutting down another state\'s embassy and expelling all its staff as a break', () => {
    expect(asArrows('Chile shut down the Peruvian embassy in Santiago on Wednesday.')).toEqual(['CHL->PER severed']);
    expect(asArrows('Chile expelled all Peruvian staff.')).toEqual(['CHL->PER severed']);
  });

  it('reads a state named in capitals that opens a paragraph ("BRITAIN shut its embassy") by its name, not an acronym ("NATO said")', () => {
    expect(asArrows('CHILE shut its embassy in Lima yesterday.')).toEqual(['CHL->PER severed']);
    expect(asArrows('NATO said it would help Ukraine.')).toEqual(['nato->UKR cooperative']);
  });

  it('reads a meeting of an organisation ("at a meeting of the EU Foreign Affairs Council") as no meeting of two states the sentence names', () => {
    expect(asArrows("Chile was not severing relations with Peru entirely, he said, and he would raise the issue of Peru's fishing fleet at a meeting of the EU Foreign Affairs Council.")).toEqual([]);
  });
});

// The three hundred and seventy-seventh reading (stop 52): four articles on Sri Lanka letting a Chinese research
// ship dock at Hambantota despite India's concerns (2022).
describe('the three hundred and seventy-seventh reading', () => {
  it('reads an opening "Following ..." as an adjunct, with the subject after its comma', () => {
    expect(asArrows('Following the concerns raised by Chile, Peru asked Bolivia to defer the arrival of the ship.')).toEqual(['PER->BOL tense']);
  });

  it('reads an agent after "by" inside a phrase of the reason ("because of concerns raised by India") as no agent of the passive before it', () => {
    expect(asArrows('A Bolivian research ship will be allowed to dock after a delay apparently because of concerns raised by Chile.')).toEqual([]);
  });

  it('reads permission granted for another to act ("granted permission on Saturday for a Chinese vessel to visit") as the granter\'s act toward it', () => {
    expect(asArrows('The Peruvian government granted permission on Saturday for a Bolivian navy vessel to visit the island.')).toEqual(['PER->BOL cooperative']);
  });
});

// The three hundred and seventy-eighth reading (stop 52): four articles on Trinidad and Tobago and Venezuela's
// Dragon gas deal and the United States' sanctions (2023-2025).
describe('the three hundred and seventy-eighth reading', () => {
  it('reads closing or clinching a deal with a state as signing one', () => {
    expect(asArrows('Peru said its government has closed the deal with Chile to develop the gas field.')).toEqual(['PER->CHL cooperative']);
  });

  it('reads a state named by what it is after "and" ("Venezuela and the twin-island nation of Trinidad and Tobago") as the list\'s next', () => {
    expect(asArrows('Peru and the twin-island nation of Trinidad and Tobago signed an agreement with an oil major in 2023.')).toEqual(['PER->TTO cooperative']);
  });

  it('reads sanctions one acts "without violating" as in force', () => {
    expect(asArrows('The licence lets Chile trade with Bolivia without violating US sanctions on La Paz.')).toContain('USA->BOL tense');
  });
});
