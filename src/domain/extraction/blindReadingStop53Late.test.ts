// Constructions that the real news articles of stop 53 (readings 390 on; 379-389 are in
// blindReadingStop53.test.ts), annotated by hand before extraction was run on them, were misread in. The
// sentences are written for the purpose, about other states in other words. Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { asArrows, extract } from './extractionTestKit';

// The three hundred and ninetieth reading (stop 53): three articles on Turkey shooting down a Russian warplane near the
// Syrian border (2015).
describe('the three hundred and ninetieth reading', () => {
  it('reads tensions with no pair of their own as the pair told before, not the actors of a clause of their time or cause', () => {
    expect(asArrows('Chile and Peru found themselves on opposite sides. Tensions rose in 2015, when Peru began air strikes against rebels to support Bolivia.')).toEqual(['CHL->PER tense', 'PER->BOL cooperative']);
  });

  it('reads arms sent or delivered to a state as military aid, and to a border as a show of force', () => {
    expect(asArrows('Peru sent arms to Bolivia in 2015.')).toEqual(['PER->BOL cooperative']);
    expect(asArrows('Peru sent arms to the border with Bolivia.')).toEqual(['PER->BOL tense']);
  });

  it('reads the one a state is accused of using, past a describing phrase, as the doer of what it is used for, alleged', () => {
    const claims = extract('Chile accused Peru of using its close Andean ally Bolivia to deliver weapons to Ecuador.');
    expect(claims.map((c) => `${c.a}->${c.b} ${c.stance} ${c.certainty}`)).toContain('BOL->ECU cooperative alleged');
    expect(claims.some((c) => c.a === 'CHL' && c.b === 'ECU')).toBe(false);
  });

  it('reads a reaction "invited" by an act as provoked, no invitation', () => {
    expect(asArrows('Chile seized a Peruvian ship, inviting a sharp reaction from Lima.')).toEqual(['CHL->PER hostile']);
  });
});

// The three hundred and ninety-first reading (stop 53): four articles on Venezuela and Panama's row over a money
// laundering list, ambassadors and Copa's flights (2018).
describe('the three hundred and ninety-first reading', () => {
  it('reads trade or commercial ties cut or suspended as reduced relations, tense; only ties themselves broken are severed', () => {
    expect(asArrows('Chile announced a suspension of commercial ties with Peru.')).toEqual(['CHL->PER tense']);
    expect(asArrows('Chile cut trade ties with Peru.')).toEqual(['CHL->PER tense']);
    expect(asArrows('Chile cut diplomatic ties with Peru.')).toEqual(['CHL->PER severed']);
  });

  it('reads two states that "went from" one state of relations to another as no journey', () => {
    expect(asArrows('In a week, Chile and Peru went from friendly neighbours to having no ambassadors to each other.')).toEqual([]);
  });

  it('reads a leader said to be "not welcome" as judged, tense', () => {
    expect(extract('Peru said Maduro was not welcome in Lima.', '2018-04-06').map((c) => `${c.a}->${c.b} ${c.stance}`)).toEqual(['PER->VEN tense']);
  });
});

// The three hundred and ninety-second reading (stop 53): four articles on Pompeo's talks in Riyadh and Ankara after the
// killing of Jamal Khashoggi in the Saudi consulate in Istanbul (2018).
describe('the three hundred and ninety-second reading', () => {
  it('reads a violent act on no state, told by one state of another\'s agents, as an accusation (tense), but not the victims of a passive as agents', () => {
    expect(asArrows('Chilean officials believe the dissident was murdered by Peruvian agents.')).toEqual(['CHL->PER tense']);
    expect(asArrows('A Chilean spokesman said four Peruvian soldiers were killed and ten captured.')).toEqual([]);
  });

  it('takes no name before a comma that ends an opening phrase for an office holder in apposition', () => {
    expect(extract('After his meeting with Pompeo, the Peruvian foreign minister spoke. Pompeo later criticised Chile.', '2019-06-01').map((c) => `${c.a}->${c.b} ${c.stance}`)).toEqual(['USA->PER cooperative', 'USA->CHL tense']);
  });
});

// The three hundred and ninety-third reading (stop 53): four articles on Britain's offer of citizenship to Hong Kong's
// BNO passport holders after China's national security law (2020).
describe('the three hundred and ninety-third reading', () => {
  it('reads the citizens or residents of a place named by its name as people, not the place\'s government', () => {
    expect(asArrows('Britain may welcome nearly 3 million Hong Kong residents.')).toEqual([]);
  });
});

// The three hundred and ninety-fourth reading (stop 53): four articles on Libya accepting responsibility for the
// Lockerbie bombing and the lifting of UN sanctions (2003).
describe('the three hundred and ninety-fourth reading', () => {
  it('reads sanctions or a ban a state will not lift or end as kept, tense', () => {
    expect(asArrows('Chile said it would not lift its sanctions on Peru.')).toEqual(['CHL->PER tense']);
  });
});

// The three hundred and ninety-sixth reading (stop 53): four articles on the United States and Germany's compromise on
// the Nord Stream 2 pipeline (2021).
describe('the three hundred and ninety-sixth reading', () => {
  it('reads no dictionary pattern of one verb across "and to" into another infinitive', () => {
    expect(asArrows('Chile agreed to support Peru and to sanction Bolivia.')).toEqual(['CHL->PER cooperative', 'CHL->BOL tense']);
  });

  it('reads an agreement others "consider" something as theirs, not the judges\' own, and an affront as a judgement', () => {
    expect(asArrows('Chile and Peru signed an agreement. Bolivia and Ecuador consider the agreement an affront.')).toEqual(['CHL->PER cooperative', 'BOL->CHL tense', 'BOL->PER tense', 'ECU->CHL tense', 'ECU->PER tense']);
  });
});

// The three hundred and ninety-seventh reading (stop 53): four articles on Iraq's parliament voting to expel US troops
// after the US strike that killed Qassem Soleimani (2020).
describe('the three hundred and ninety-seventh reading', () => {
  it('reads a deal\'s reduced relative clause ("a pact world powers struck with Tehran") as its own clause, no deal of the main subject\'s', () => {
    expect(asArrows('Tensions have risen since Chile chose to withdraw from a pact regional powers struck with Peru.')).toEqual(['CHL->PER tense']);
  });
});

// The three hundred and ninety-eighth reading (stop 53): four articles on North Korea's shelling of Yeonpyeong island
// and the answers of South Korea and the United States (2010).
describe('the three hundred and ninety-eighth reading', () => {
  it('reads a state\'s island or region that force is used on as the state, the target', () => {
    expect(asArrows('Chile shelled a Peruvian island on Tuesday.')).toEqual(['CHL->PER hostile']);
    expect(asArrows('Chile launched an artillery barrage on a Peruvian island.')).toEqual(['CHL->PER hostile']);
  });

  it('reads a meeting\'s topic as naming no one met', () => {
    expect(asArrows("Chile's government held an emergency meeting on fallout from Peru's artillery attack.")).toEqual([]);
  });
});

// The three hundred and ninety-ninth reading (stop 53): four articles on South Korea's president visiting Dokdo and
// Japan recalling its ambassador (2012).
describe('the three hundred and ninety-ninth reading', () => {
  it('reads a trip to a place no state names as a visit to no one, not to the other of the pair told', () => {
    expect(asArrows('Chile and Peru are at odds over the islands. The Chilean president made a visit to the islands.')).toEqual(['CHL->PER tense']);
  });

  it('reads reining in another state\'s programme or influence as pressure on it, tense', () => {
    expect(asArrows("Chile moved to rein in Peru's nuclear programme.")).toEqual(['CHL->PER tense']);
  });
});
