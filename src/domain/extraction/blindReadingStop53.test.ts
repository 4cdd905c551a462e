// Constructions that the real news articles of stop 53 (readings 379-389; 390 on are in blindReadingStop53Late.test.ts, annotated by hand before
// extraction was run on them, kept outside the project as the eval's are) were misread in. The sentences
// are written for the purpose, about other states in other words. Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { asArrows, extract } from './extractionTestKit';

// The three hundred and seventy-ninth reading (stop 53): four articles on Micronesia's outgoing president
// accusing China of "political warfare" in a letter (2023).
describe('the three hundred and seventy-ninth reading', () => {
  it('registers an office holder introduced in apposition with a state, in each order, and reads the surname as that state later', () => {
    expect(asArrows('Ana Lopes, the foreign minister of Cape Verde, arrived on Monday. Lopes criticised Senegal.')).toEqual(['CPV->SEN tense']);
    expect(asArrows('The outgoing prime minister of Cape Verde, Ana Lopes, arrived on Monday. Lopes criticised Senegal.')).toEqual(['CPV->SEN tense']);
    expect(asArrows('Ana Lopes, Cape Verde\'s foreign minister, arrived on Monday. Lopes criticised Senegal.')).toEqual(['CPV->SEN tense']);
    expect(asArrows('Ana Lopes, the Cape Verdean foreign minister, arrived on Monday. Lopes criticised Senegal.')).toEqual(['CPV->SEN tense']);
  });

  // (Two more that the office holders now found brought out, in a reading of stop 51 on a mediation.)
  it('reads "both nations" that a third party urges as the pair told before, not the urger and the one it spoke with', () => {
    expect(asArrows('Mali and Niger clashed at the border. Benin\'s president spoke with Niger, urging both nations to show restraint. The two countries later signed a truce.')).toEqual(['MLI->NER tense', 'BEN->NER cooperative', 'MLI->NER warming']);
  });

  it('reads no dispute of the pair that talked when the dispute is one they urge others to settle', () => {
    expect(asArrows('Ghana consulted Togo, urging both nations to resolve their differences.')).toEqual(['GHA->TGO cooperative']);
  });

  it('takes no place before such an apposition for a person', () => {
    expect(asArrows('In Geneva, the foreign minister of Chile spoke. Officials in Geneva criticised Peru.')).toEqual([]);
  });

  it('reads a state\'s own initials in brackets after its name as the state later', () => {
    expect(asArrows('The Central African Republic (CAR) held a vote. The CAR then criticised Chad.')).toEqual(['CAF->TCD tense']);
  });

  it('reads "preparations to" an act as its intent, a threat, not the act', () => {
    expect(asArrows('Officials say Chile is making preparations to attack Peru.')).toEqual(['CHL->PER tense']);
  });

  it('reads an act a state contemplates or weighs, named by a gerund, as not done, and the deliberation as no meeting', () => {
    expect(asArrows('Tonga has contemplated moving its diplomatic recognition to Taiwan.')).toEqual([]);
    expect(asArrows('Kenya is weighing cutting its ties with Somalia.')).toEqual([]);
  });

  it('reads a switch of recognition only talked of as talks toward the new partner, no break with the old', () => {
    expect(asArrows('Kenya discussed switching its recognition from Somalia to Somaliland.')).toEqual(['KEN->somaliland warming']);
  });

  it('reads moving or shifting recognition to a state as warming with it', () => {
    expect(asArrows('Tonga shifted its diplomatic recognition to Taiwan in 2005.')).toEqual(['TON->TWN warming']);
  });

  it('reads becoming part or a member of another state\'s initiative as cooperation with that state', () => {
    expect(asArrows('Under its new leader, Laos became a member of Japan\'s regional connectivity initiative.')).toEqual(['LAO->JPN cooperative']);
  });
});

// The three hundred and eightieth reading (stop 53): four articles on Saudi Arabia expelling Lebanon's ambassador and
// banning its imports over a minister's remarks on the war in Yemen, and the Gulf states that followed (2021).
describe('the three hundred and eightieth reading', () => {
  it('reads states that follow suit, do the same or take similar steps as doing what the sentence before told, to the same state', () => {
    expect(asArrows('Chile expelled two Bolivian diplomats. Peru and Ecuador followed suit on Monday.')).toEqual(['CHL->BOL tense', 'PER->BOL tense', 'ECU->BOL tense']);
    expect(asArrows('Austria recognised Kosovo in 2008. Italy quickly did the same.')).toEqual(['AUT->XKX cooperative', 'ITA->XKX cooperative']);
  });

  it('reads a list of states called aggressors as each judged', () => {
    expect(asArrows('Chile called Peru and Bolivia aggressors.')).toEqual(['CHL->PER tense', 'CHL->BOL tense']);
  });

  it('reads the agents after "by" of an act judged as aggression as those judged, not the place of the war', () => {
    expect(asArrows('A Chilean minister described the fighting in the Andes as aggression by Peru.')).toEqual(['CHL->PER tense']);
  });

  it('reads a coalition a state leads, as a possessive, as that state', () => {
    expect(asArrows("A minister in Santiago criticised the Lima-led coalition's blockade of Bolivia.")).toEqual(['CHL->PER tense', 'PER->BOL hostile']);
  });

  it('reads a refusal to bow or yield to another state\'s demand as rejecting it', () => {
    expect(asArrows("Ecuador has refused to bow to Peru's demand for an apology.")).toEqual(['ECU->PER tense']);
  });
});

// The three hundred and eighty-first reading (stop 53): four articles on the gun attack on Azerbaijan's embassy in
// Tehran and Baku's response (2023).
describe('the three hundred and eighty-first reading', () => {
  it('reads condolences or sympathies sent to a state as cooperation', () => {
    expect(asArrows('Chile sent its condolences to Peru.')).toEqual(['CHL->PER cooperative']);
  });

  it('reads "the spokesman" as the state whose foreign ministry spokesperson the article named, in a sentence that names one other', () => {
    expect(asArrows('Chilean Foreign Ministry spokesperson Ana Rojas condemned the attack. "The police acted quickly," the spokesman said, sending his condolences to Peru.')).toEqual(['CHL->PER cooperative']);
  });
});

// The three hundred and eighty-second reading (stop 53): four articles on Bangladesh summoning Myanmar's ambassador over
// mortar shells that landed across the border (2022).
describe('the three hundred and eighty-second reading', () => {
  it('reads an envoy summoned, expelled or recalled by an office of no state named as the host\'s act, or the envoy\'s state\'s', () => {
    expect(asArrows("The foreign ministry has summoned Peru's ambassador in Santiago.")).toEqual(['CHL->PER tense']);
    expect(asArrows('The foreign ministry summoned the Peruvian ambassador to Chile.')).toEqual(['CHL->PER tense']);
  });

  it('reads resolving the issues with a state as settling a dispute, warming', () => {
    expect(asArrows('Chile is trying to resolve the issues with Peru.')).toEqual(['CHL->PER warming']);
  });
});

// The three hundred and eighty-third reading (stop 53): four articles on Nepal's new map that claims Kalapani, Lipulekh
// and Limpiyadhura, and India's response (2020).
describe('the three hundred and eighty-third reading', () => {
  it('reads fire opened near a border as fire, not a border opened', () => {
    expect(asArrows('Chile massed troops on the border with Peru. Chilean police opened fire near the border.')).toEqual(['CHL->PER tense', 'CHL->PER hostile']);
  });

  it('reads police or guards deployed near a border as a show of force, as troops are', () => {
    expect(asArrows('Chile deployed armed police near the border with Peru.')).toEqual(['CHL->PER tense']);
  });
});

// The three hundred and eighty-fourth reading (stop 53): four articles on China cancelling talks with Mongolia after the
// Dalai Lama's visit (2016).
describe('the three hundred and eighty-fourth reading', () => {
  it('reads meetings cancelled past a count and a participle ("several planned meetings") as ended, tense', () => {
    expect(asArrows('Chile cancelled several planned meetings with Peru.')).toEqual(['CHL->PER tense']);
  });

  it('reads the postponement or cancellation of a meeting, a visit or talks as reducing relations', () => {
    expect(asArrows('Chile announced the postponement of talks with Peru.')).toEqual(['CHL->PER tense']);
    expect(asArrows('Chile announced the cancellation of the meeting with Peru.')).toEqual(['CHL->PER tense']);
  });
});

// The three hundred and eighty-fifth reading (stop 53): four articles on Japan and the Philippines signing their
// reciprocal access agreement (2024).
describe('the three hundred and eighty-fifth reading', () => {
  it('reads "better" before a gerund as an adverb, no improving', () => {
    expect(asArrows('Peru has built new bases with a view to better countering Bolivia.')).toEqual(['PER->BOL tense']);
  });

  it('reads ties strengthened "with allies" as with them, not with a state named later for another purpose', () => {
    expect(asArrows('Peru strengthened its relationship with allies in the region with a view to countering Bolivia.')).toEqual(['PER->BOL tense']);
  });

  it('reads states named as allies of another past a region\'s adjective ("closest Asian allies") as its allies', () => {
    expect(asArrows("Both Chile and Peru, two of the United States' closest Andean allies, criticised Bolivia.")).toEqual(['USA->CHL cooperative', 'USA->PER cooperative', 'CHL->BOL tense', 'PER->BOL tense']);
  });

  it('reads tensions in a region, told as the setting of a pact, as no tension between its parties', () => {
    expect(asArrows('Chile and Peru signed a pact amid rising tensions in the Asia-Pacific.')).toEqual(['CHL->PER cooperative']);
  });

  it('reads a list of partners each with its year, past a comma ("with Chile in 2022, and Bolivia last year")', () => {
    expect(asArrows('Peru signed similar accords with Chile in 2022, and Bolivia last year.')).toEqual(['PER->CHL cooperative', 'PER->BOL cooperative']);
  });

  it('reads a strong line or a tough stance taken against a state as tense', () => {
    expect(asArrows('Chile has taken a tough stance against Peru.')).toEqual(['CHL->PER tense']);
  });
});

// The three hundred and eighty-sixth reading (stop 53): three articles on Thai and Cambodian troops fighting near the
// Preah Vihear temple (2008-2011).
describe('the three hundred and eighty-sixth reading', () => {
  it('reads tension between two states, or along their border, that erupts in fighting as hostile between them', () => {
    expect(asArrows('Tension between Chile and Peru escalated into clashes on Monday.')).toEqual(['CHL->PER hostile']);
    expect(asArrows('The tension along the Chilean and Peruvian border erupted in a gun-battle.')).toEqual(['CHL->PER hostile']);
  });
});

// The three hundred and eighty-seventh reading (stop 53): four articles, three of them looking back, on the Kargil war
// between India and Pakistan and the United States' part in ending it (1999).
describe('the three hundred and eighty-seventh reading', () => {
  it('knows the leaders of India and Pakistan at the time of the Kargil war and the Agra summit', () => {
    expect(extract('Musharraf met Vajpayee in Agra.', '2001-07-15').map((c) => `${c.a}->${c.b} ${c.stance}`)).toEqual(['PAK->IND cooperative']);
    expect(asArrows('Nawaz Sharif criticised India.')).toEqual(['PAK->IND tense']);
  });
});

// The three hundred and eighty-eighth reading (stop 53): four articles on Uzbekistan's president visiting Tajikistan and
// the thaw between them (2018-2021).
describe('the three hundred and eighty-eighth reading', () => {
  it('reads visas introduced for another state\'s citizens as tense with it, and visas abolished as warming', () => {
    expect(asArrows('Peru introduced visas for Bolivian citizens in 2001.')).toEqual(['PER->BOL tense']);
    expect(asArrows('Chile abolished visas for Peruvian nationals.')).toEqual(['CHL->PER warming']);
  });

  it('reads ties marred by a state\'s role as no attack, and ties that were "the most difficult" as tense', () => {
    expect(asArrows("Chile's ties with Lima were the most difficult, marred by Santiago's role in the devastating civil war in Peru.")).toEqual(['CHL->PER tense']);
  });
});

// The three hundred and eighty-ninth reading (stop 53): four articles on the Scarborough Shoal standoff between the
// Philippines and China (2012).
describe('the three hundred and eighty-ninth reading', () => {
  it('reads joining a standoff or a fight as no meeting', () => {
    expect(asArrows('Chile deployed a patrol boat to join the standoff with Peru.')).toEqual(['CHL->PER tense']);
  });

  it('reads what sets one state against others as a dispute with each, but not a setting "against the backdrop" of one', () => {
    expect(asArrows('Conflicting claims have set Chile against Peru and Bolivia.')).toEqual(['CHL->PER tense', 'CHL->BOL tense']);
    expect(asArrows('The visit by Chile, set against a background of elections in Peru, was short.')).toEqual([]);
  });
});
