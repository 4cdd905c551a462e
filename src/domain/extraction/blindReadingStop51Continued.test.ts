// Constructions that the real news articles of stop 51's second sitting (readings 340 to 362, annotated
// by hand before extraction was run on them, kept outside the project as the eval's are) were misread in.
// The sentences are written for the purpose, about other states in other words. Each test fails without
// its rule. (The first sitting's: blindReadingStop51.test.ts.)
import { describe, expect, it } from 'vitest';
import { asArrows, extract } from './extractionTestKit';

// The three hundred and fortieth reading (stop 51): four articles on the talks between Egypt, Ethiopia and
// Sudan over Ethiopia's Nile dam (2019 and 2020).
describe('the three hundred and fortieth reading', () => {
  it('reads talks that failed ("talks between X, Y and Z failed to resolve", "a breakdown in talks with") as tense between their parties, not as talks had', () => {
    expect(asArrows('Talks between Chile, Bolivia and Peru failed to settle the quarrel over water.')).toEqual(['CHL->BOL tense', 'CHL->PER tense', 'BOL->PER tense']);
    expect(asArrows('The collapse of negotiations with Bolivia has left Chile isolated.')).toEqual(['BOL->CHL tense']);
    expect(asArrows('Chile has faced a deadlock in talks with Bolivia since March.')).toEqual(['CHL->BOL tense']);
  });

  it('reads those who observed or monitored talks as no parties to them', () => {
    expect(asArrows('Chile presented its plan in the talks observed by Argentina, Brazil and Uruguay.')).toEqual([]);
    expect(asArrows('The talks were monitored by Argentina and Brazil.')).toEqual([]);
  });
});

// The three hundred and forty-first reading (stop 51): four articles on Thailand recalling its ambassador
// and expelling Cambodia's after landmine blasts on the border (2025).
describe('the three hundred and forty-first reading', () => {
  it('reads "its" land in an act someone is accused of ("accused X of laying mines on its side of the border") as the accuser\'s', () => {
    expect(asArrows('Chile accused Bolivia of laying mines on its side of the frontier.')).toEqual(['CHL->BOL tense', 'BOL->CHL hostile']);
  });

  it('reads a passive with "being" after an actor ("troops being injured by mines") with that actor as its patient', () => {
    expect(asArrows('It was the third incident involving Chilean soldiers being wounded by Bolivian mines.')).toEqual(['BOL->CHL hostile']);
  });
});

// The three hundred and forty-second reading (stop 51): four articles on Algeria downing a Malian drone, and
// the recalls of ambassadors and closed airspace that followed (2025).
describe('the three hundred and forty-second reading', () => {
  it('reads "between" a set one word names and another actor ("tensions between these nations and Chile") as between the two sides, not among the set', () => {
    expect(asArrows('Peru, Bolivia and Ecuador signed a defence pact. The move raised tensions between these nations and Chile.')).toEqual(['PER->BOL cooperative', 'PER->ECU cooperative', 'BOL->ECU cooperative', 'PER->CHL tense', 'BOL->CHL tense', 'ECU->CHL tense']);
  });

  it('reads a participle of travel whose subject is craft or traffic ("aircraft traveling to or from Chile") as no visit', () => {
    expect(asArrows('Peru closed its airspace to any aircraft flying to or from Chile.')).toEqual(['PER->CHL tense']);
    expect(asArrows('Peru halted the ships heading to Chile.')).toEqual([]);
  });

  it('reads envoys "called home" as recalled', () => {
    expect(asArrows('Peru and Bolivia called their ambassadors home from Chile.')).toEqual(['PER->CHL tense', 'BOL->CHL tense']);
  });
});

// The three hundred and forty-third reading (stop 51): four articles on India suspending the Indus Waters
// Treaty and expelling Pakistan's defence advisers after the Pahalgam attack (2025).
describe('the three hundred and forty-third reading', () => {
  it('reads a news outlet named in a dateline ("(Alliance News):") as no alliance', () => {
    expect(asArrows('LIMA, May 2 (Alliance News): Relations between Peru and Chile have soured.')).toEqual(['PER->CHL tense']);
  });

  it('reads defence attachés written without accents, and "its own" withdrawn after staff were named, as recalled', () => {
    expect(asArrows('Peru will withdraw its defence attaches from Santiago.')).toEqual(['PER->CHL tense']);
    expect(asArrows('Chile kept its advisers in Lima, while Peru withdrew its own from Santiago.')).toEqual(['PER->CHL tense']);
  });
});

// The three hundred and forty-fourth reading (stop 51): four articles on the peace agreement the DRC and
// Rwanda signed in Washington (2025).
describe('the three hundred and forty-fourth reading', () => {
  it('reads a mediator\'s compound inside a deal\'s words ("signed a United States-brokered peace agreement", "the much-anticipated US-brokered peace agreement") as the deal and the mediation both', () => {
    expect(asArrows('Chad and Sudan signed a United Arab Emirates-brokered peace agreement.')).toEqual(['TCD->SDN warming', 'ARE->TCD cooperative', 'ARE->SDN cooperative']);
    expect(asArrows('Chad and Sudan signed the long-awaited Qatar-brokered peace agreement.')).toEqual(['TCD->SDN warming', 'QAT->TCD cooperative', 'QAT->SDN cooperative']);
  });

  it('reads a sentence that opens with a participle and its agent ("Backed by Iran, the Houthis ...") as the agent\'s act on the subject after the comma', () => {
    expect(asArrows('Backed by Eritrea, the rebels of Tigray attacked Ethiopia. Backed by Iran, the Houthis attacked Saudi Arabia.')).toEqual(['IRN->houthis cooperative', 'houthis->SAU hostile']);
  });

  it('reads a list of people and their offices joined by ", and" before one verb ("Secretary X, under secretary Y, and senior advisor Z hosted") as one subject, no clause of its own', () => {
    expect(asArrows('Foreign Minister Sergey Lavrov, deputy minister Anna Petrova, and senior adviser Oleg Ivanov hosted the signing of the peace agreement between Armenia and Azerbaijan.')).toEqual(['RUS->ARM cooperative', 'RUS->AZE cooperative', 'ARM->AZE warming']);
  });
});

// The three hundred and forty-fifth reading (stop 51): four articles on the peace declaration Armenia and
// Azerbaijan signed at the White House (2025).
describe('the three hundred and forty-fifth reading', () => {
  it('reads two people each named with an aside of office and state ("X, the president of A, and Y, the prime minister of B, will meet") as one subject', () => {
    expect(asArrows('Gabriel Boric, the president of Chile, and Dina Boluarte, the president of Peru, met Lula in Brasilia.', '2024-05-01')).toEqual(['CHL->BRA cooperative', 'PER->BRA cooperative']);
  });

  it('reads "the two countries" after a sentence where a third acted on two named together as those two, not the third and the last of them', () => {
    expect(asArrows('Brazil hosted the leaders of Chile and Peru. The two countries have long quarrelled over their border.')).toEqual(['BRA->CHL cooperative', 'BRA->PER cooperative', 'CHL->PER tense']);
  });

  it('reads cooperation a lifted restriction was on as not had, and the lifting dated apart from the measure "in place since" a year', () => {
    const claims = extract('Chile lifted a restriction on defence cooperation with Peru, in place since 1992.', '2025-08-08');
    expect(claims.map((c) => `${c.a}->${c.b} ${c.stance} ${c.when}`)).toEqual(['CHL->PER warming 2025-08-08', 'CHL->PER tense 1992']);
  });
});

// The three hundred and forty-sixth reading (stop 51): four articles on Mexico breaking off relations with
// Ecuador after its police raided the Mexican embassy in Quito (2024).
describe('the three hundred and forty-sixth reading', () => {
  it('reads a step one "moved to" take ("has quickly moved to break off diplomatic ties") as taken, not an intent', () => {
    expect(asArrows('Peru has quickly moved to break off diplomatic ties with Bolivia.')).toEqual(['PER->BOL severed']);
  });

  it('reads ties "snapped" as broken', () => {
    expect(asArrows('Peru snapped diplomatic ties with Bolivia on Friday.')).toEqual(['PER->BOL severed']);
  });
});

// The three hundred and forty-seventh reading (stop 51): four articles on Nauru switching its recognition
// from Taiwan to China (2024).
describe('the three hundred and forty-seventh reading', () => {
  it('reads recognition a state will "no longer" give as withdrawn, severed, not a refusal', () => {
    expect(asArrows('Tonga said it would no longer recognise Kosovo as a state.')).toEqual(['TON->XKX severed']);
  });

  it('reads disappointment or concern "that" another state did something as tense toward that state, and the clause after "that" as that state\'s own', () => {
    expect(asArrows('Chile said it was disappointed that the small Andean nation of Bolivia had cut ties with Peru.')).toEqual(['CHL->BOL tense', 'BOL->PER severed']);
  });

  it('reads a present verb the tagger takes for a plural noun after the name that opens a sentence ("China claims democratic Taiwan"), and an intent "to one day" do something', () => {
    expect(asArrows('Bolivia claims democratic, self-ruled Chile as its own territory and has vowed to one day seize it.')).toEqual(['BOL->CHL tense']);
  });

  it('reads a tug-of-war between two states as tense, and allies they go after with no owner as no alliance of theirs', () => {
    expect(asArrows('Chile and Peru have engaged in a diplomatic tug-of-war to lure allies in the region.')).toEqual(['CHL->PER tense']);
  });
});

// The three hundred and forty-eighth reading (stop 51): four articles on Colombia breaking off relations
// with Israel over the war in Gaza (2024).
describe('the three hundred and forty-eighth reading', () => {
  it('reads a weekday after "effective" ("will break relations effective Thursday") as a day ahead, not the Thursday before', () => {
    expect(extract('Peru says it will break diplomatic relations with Chile effective Thursday.', '2024-05-01').map((c) => `${c.a}->${c.b} ${c.when}`)).toEqual(['PER->CHL 2024-05-01']);
  });

  it('reads military bases an attack is on as its target, no one\'s bases in another state', () => {
    expect(asArrows('Peru condemned the attack on Chilean military bases.')).not.toContain('PER->CHL cooperative');
    expect(asArrows('Rebels, who on Monday led a deadly attack on Chilean military bases, fled to Peru.')).toEqual([]);
  });
});

// The three hundred and forty-ninth reading (stop 51): four articles on the row between Azerbaijan and Russia
// after deaths in police raids in Yekaterinburg and the raid on Sputnik's office in Baku (2025).
describe('the three hundred and forty-ninth reading', () => {
  it('reads withdrawing from a meeting or summit with a state as reducing relations', () => {
    expect(asArrows('Chile withdrew from a scheduled bilateral meeting with Peru.')).toEqual(['CHL->PER tense']);
  });

  it('reads a participle of planning before its noun ("canceled planned bilateral talks") as describing the talks, no intent to meet', () => {
    expect(asArrows('Chile canceled planned bilateral talks with Peru.')).toEqual(['CHL->PER tense']);
  });
});

// The three hundred and fiftieth reading (stop 51): four articles on Chad ending its defence cooperation
// agreement with France (2024).
describe('the three hundred and fiftieth reading', () => {
  it('reads a withdrawal of forces told with the end of the pair\'s cooperation as that cooperation reduced, not a de-escalation', () => {
    expect(asArrows('Chad ended its defence pact with France, and France withdrew its troops from Chad.')).toEqual(['TCD->FRA tense', 'FRA->TCD tense']);
    expect(asArrows('Russia withdrew its troops from Ukraine.')).toEqual(['RUS->UKR warming']);
  });

  it('reads ties of defence ("the long-standing defense relationship between the two nations") as military cooperation', () => {
    expect(asArrows('Chile and Peru praised the long-standing defence relationship between them.')).toContain('CHL->PER cooperative');
  });

  it('reads a year after an agreement a participle before it revised or signed ("to end the revised defence agreement in 2019") as the agreement\'s, not the ending\'s', () => {
    expect(extract('Chad decided to end its defence pact with France. Chad said the decision to end the revised defence cooperation agreement in 2019 would allow it to redefine its partnerships.', '2024-11-29').map((c) => `${c.a}->${c.b} ${c.stance} ${c.when}`)).toEqual(['TCD->FRA tense 2024-11-29', 'TCD->FRA tense 2024-11-29']);
  });
});

// The three hundred and fifty-first reading (stop 51): four articles on New Zealand pausing its funding to the
// Cook Islands over the Cook Islands' agreements with China (2025).
describe('the three hundred and fifty-first reading', () => {
  it('reads an actor between a noun and its verb ("agreements the latter signed with China") as the subject of that verb', () => {
    expect(asArrows('Chile criticised the deal Peru signed with Bolivia.')).toEqual(['CHL->PER tense', 'PER->BOL cooperative']);
  });

  it('reads what surrounds a concern as its topic, no encirclement', () => {
    expect(asArrows('Chile suspended funding to Peru due to concerns surrounding Peru’s new deals with Bolivia.')).not.toContain('CHL->PER hostile');
  });

  it('reads relations that improve only "until" or "unless" something happens as not improved', () => {
    expect(asArrows('Chile will not consider new loans for Peru until the relationship improves.')).toEqual([]);
  });
});

// The three hundred and fifty-second reading (stop 51): four articles on the Tokyo summit of Japan and South
// Korea that resumed their "shuttle diplomacy" (2023).
describe('the three hundred and fifty-second reading', () => {
  it('reads diplomacy resumed ("agreed to resume \'shuttle diplomacy\'") as warming, as talks resumed are', () => {
    expect(asArrows("Chile and Peru met in Lima. Both nations agreed to resume 'shuttle diplomacy'.")).toEqual(['CHL->PER warming', 'CHL->PER warming']); // (the meeting too, talks between a pair whose ties resume: the fifty-fourth reading)
  });
});

// The three hundred and fifty-fourth reading (stop 51): four articles on Canada and Saudi Arabia restoring
// full diplomatic relations (2023).
describe('the three hundred and fifty-fourth reading', () => {
  it('reads talks between a pair whose ties the article tells restored as talks to settle their rift, warming', () => {
    expect(asArrows('Chile is restoring diplomatic relations with Peru. The decision comes after a discussion between Chilean President Gabriel Boric and the Peruvian president.', '2023-05-24')).toEqual(['CHL->PER warming', 'CHL->PER warming']);
  });
});

// The three hundred and fifty-fifth reading (stop 51): four articles on Jordan recalling its ambassador to Israel
// over the war in Gaza (2023).
describe('the three hundred and fifty-fifth reading', () => {
  it('reads one\'s own envoy told to leave his post ("told its ambassador to Israel to leave") as recalled, past the "to" of his post', () => {
    expect(asArrows('On Wednesday, Chile told its ambassador to Peru to leave.')).toEqual(['CHL->PER tense']);
  });

  it('reads a peace deal agreed to as one warming, no agreement besides', () => {
    expect(asArrows('Chile agreed to a peace deal with Peru in 1929.')).toEqual(['CHL->PER warming']);
  });
});

// The three hundred and fifty-seventh reading (stop 51): four articles on Finland closing its border with
// Russia over asylum seekers it says Russia directed there (2023).
describe('the three hundred and fifty-seventh reading', () => {
  it('reads a deal or meeting still to come ("the upcoming defense deal with the United States") as not had', () => {
    expect(asArrows('Estonia is angry about the upcoming defence deal between Latvia and Lithuania.')).not.toContain('LVA->LTU cooperative');
    expect(asArrows('Latvia and Lithuania signed a defence deal.')).toEqual(['LVA->LTU cooperative']);
  });
});

// The three hundred and fifty-ninth reading (stop 51): four articles on Poland, Hungary and Slovakia's bans on
// Ukrainian grain and Ukraine's complaint to the WTO (2023).
describe('the three hundred and fifty-ninth reading', () => {
  it('reads an embargo on a commodity "from" a state ("its embargo on grain from Ukraine") as on that state', () => {
    expect(asArrows('Chile maintains its embargo on wine from Peru.')).toEqual(['CHL->PER tense']);
  });
});

// The three hundred and sixty-first reading (stop 51): four articles on the DRC recalling its ambassadors from
// Kenya and Tanzania over a rebel alliance launched in Nairobi (2023).
describe('the three hundred and sixty-first reading', () => {
  it('reads states that "work together" as cooperating with each other', () => {
    expect(asArrows('Chile and Peru have been working together to fight drug trafficking.')).toEqual(['CHL->PER cooperative']);
  });
});

// The three hundred and sixty-second reading (stop 51): four articles on Somalia recalling its ambassador and
// expelling Ethiopia's over Ethiopia's port deal with Somaliland (2024).
describe('the three hundred and sixty-second reading', () => {
  it('reads a deal told before and named as the cause of what is done ("in response to the deal, X recalled") as no deal of the sentence\'s states', () => {
    expect(asArrows('Now, in response to the deal, Chile has recalled its ambassador based in the Peruvian capital, Lima.')).toEqual(['CHL->PER tense']);
    expect(asArrows('Chile protested over the deal between Peru and Bolivia.')).toContain('PER->BOL cooperative');
  });
});
