// Constructions that the real news articles of stop 40's readings (annotated by hand before extraction
// was run on them, kept outside the project as the eval's are) were misread in, and those found by
// sorting what every batch before still misses. The sentences are written for the purpose, about other
// states in other words. Each test fails without its rule. (Earlier stops': blindReading.test.ts,
// blindReadingStop32.test.ts to blindReadingStop39.test.ts.)
import { describe, expect, it } from 'vitest';
import { asArrows, extract, readers } from './extractionTestKit';
import { extractClaims } from './extractClaims';

// What the misses left in batches 1-125 have in common (stop 40).
describe('what the misses of the batches before have in common', () => {
  it('reads a dispute told as settled as a dispute before, between the pair that settles it', () => {
    expect(asArrows('Ecuador and Peru signed a treaty that resolves a decades-old dispute over their border.')).toContain('ECU->PER tense');
    expect(asArrows('Kenya will reopen its border with Somalia, ending a tense standoff.')).toContain('KEN->SOM tense');
    // (Not a dispute of others, whose parties are named with it.)
    expect(asArrows('Qatar mediated an end to the dispute between Sudan and Chad.')).not.toContain('QAT->SDN tense');
  });
});

// The hundred and twenty-sixth to the hundred and twenty-eighth readings (stop 40): thirteen articles (Congo expels Rwanda's
// ambassador over the M23 rebels, 2022; Algeria suspends its friendship treaty with Spain, 2022; China downgrades its ties with
// Lithuania over Taiwan's office, 2021).
describe('the hundred and twenty-sixth to the hundred and twenty-eighth readings', () => {
  it('reads what a cause of a request names as had, not as asked', () => {
    expect(asArrows("Chile ordered the Bolivian ambassador to leave within 48 hours over Bolivia's alleged support of Hamas.")).toContain('BOL->hamas cooperative');
    // (What is asked stays asked: "urged Bolivia to end its support".)
    expect(asArrows('Chile urged Peru to restore its cooperation with Bolivia.')).not.toContain('PER->BOL cooperative');
  });

  it('reads self-rule granted to a land as its status, no act toward it', () => {
    expect(asArrows('Serbia offered more autonomy to Kosovo.')).toEqual([]);
    // (Not a state's plan of autonomy that another endorses.)
    expect(asArrows("Chile endorsed Peru's autonomy plan.")).toEqual(['CHL->PER cooperative']);
  });

  it('knows the Polisario Front by what news calls it too', () => {
    expect(asArrows('Mauritania backs the Sahrawi independence movement.')).toEqual(['MRT->polisario cooperative']);
  });
});

describe('the hundred and twenty-eighth reading: an office let open', () => {
  it('reads setting up an office in a state as opening it, warming', () => {
    expect(asArrows('Kosovo set up a trade office in Chile.')).toEqual(['XKX->CHL warming']);
  });

  it('reads letting another do a friendly act as taking part in it, toward the one let', () => {
    expect(asArrows('Peru allowed Taiwan to open a representative office in Lima.')).toEqual(['PER->TWN warming']);
    // (Not an act that is not friendly: what is let stays the dictionary's.)
    expect(asArrows('Peru allowed Chinese warships to dock in Callao.')).toContain('PER->CHN cooperative');
  });
});

describe('the hundred and twenty-eighth reading: a subject with an apposition', () => {
  it('reads the verb after an apposition to a subordinate clause\'s subject as that subject\'s', () => {
    const read = asArrows('Chile cut its aid to Peru after Bolivia, the country that Argentina backs, opened an embassy in Peru.');
    expect(read).toContain('BOL->PER warming');
    expect(read).not.toContain('CHL->PER warming');
  });
});

describe('the hundred and twenty-seventh reading: whose decision', () => {
  it('reads the owner of a decision past the nouns that qualify it as the one who acts', () => {
    const other = asArrows("Chile cut its aid to Peru over Bolivia's surprise decision to back Argentina's plan.");
    expect(other).toContain('BOL->ARG cooperative');
    expect(other).not.toContain('CHL->ARG cooperative');
  });
});

describe('the hundred and twenty-seventh reading: the date of a treaty ended', () => {
  it('dates the end of an agreement by the article, not by the year the agreement was made', () => {
    const [ended] = extract('Ghana suspended the treaty it signed with Togo in 2002.', '2022-06-08');
    expect(ended && [ended.a, ended.b, ended.stance, ended.when]).toEqual(['GHA', 'TGO', 'tense', '2022-06-08']);
    const [concluded] = extract('Ghana suspended the treaty concluded with Togo in 2002.', '2022-06-08');
    expect(concluded?.when).toBe('2022-06-08');
  });
});

describe('the hundred and twenty-eighth reading: an aside on the subject', () => {
  it('does not take an actor named only in a relative clause about another as the other party of a phrase', () => {
    // (What the relative clause itself tells is read since stop 41: Chile recognises Kosovo.)
    expect(asArrows('Kosovo, which Chile recognises, opened an office.')).toEqual(['CHL->XKX cooperative']);
    // (It does relate the two when the phrase is about them: "Kosovo opened an office in Chile".)
    expect(asArrows('Kosovo opened an office in Chile.')).toEqual(['XKX->CHL warming']);
  });
});

describe('the hundred and twenty-seventh reading: a role abused', () => {
  it('reads a role or a power abused as no force used', () => {
    expect(asArrows('Chile was abusing its role as a mediator in Peru, Bolivia said.')).not.toContain('CHL->PER hostile');
    // (The abuse of a state stays the dictionary's: "Chile abused Peru's trust" is no role.)
    expect(asArrows("Chile abused Peru's trust.")).toContain('CHL->PER hostile');
  });
});

// The hundred and twenty-ninth to the hundred and thirty-first readings (stop 40): fifteen articles (Bolivia cuts its ties with
// Israel, 2023; Colombia and Venezuela restore theirs, 2022; Qatar and Bahrain restore theirs, 2023).
describe('the hundred and twenty-ninth reading', () => {
  it('reads a condemnation given as the manner of another act as a condemnation of the act\'s agent', () => {
    expect(asArrows('Chile broke ties with Peru in condemnation of the Peruvian offensive.')).toContain('CHL->PER tense');
    expect(asArrows('Chile broke off relations with Peru in repudiation and condemnation of the aggressive Peruvian offensive.')).toContain('CHL->PER tense');
    // (Not cooperation "in collaboration with" another, whose end is told: "suspended all events in collaboration with Russian groups".)
    expect(asArrows('Chile suspended all planned events in collaboration with Peruvian organisations.')).not.toContain('CHL->PER cooperative');
  });
});

describe('the hundred and thirtieth reading: ties restored after their break', () => {
  it('reads ties told as restored after their break as broken before, dated by the break', () => {
    const claims = extract('Ghana said it would restore relations with Togo, broken since 2019.', '2022-07-28');
    expect(claims.map((c) => `${c.a}-${c.b} ${c.stance} ${c.when}`)).toEqual(['GHA-TGO warming null', 'GHA-TGO severed 2019']);
    expect(asArrows('Ghana and Togo restored full diplomatic relations after a three-year break.')).toContain('GHA->TGO severed');
    // (Not a break in something else: "resumed talks after a break in negotiations".)
    expect(asArrows('Ghana and Togo resumed talks after a break in negotiations.')).not.toContain('GHA->TGO severed');
  });
});

describe('the hundred and thirty-first reading: the pair of the headline', () => {
  it('reads "the two states" of the first lines as the two the headline names, with no claim from the headline itself', () => {
    const title = 'Ghana and Togo Agree to Resume Diplomatic Relations\n';
    const text = `${title}The agreement was reached in talks in Lagos. The two states decided to restore diplomatic relations.`;
    const { claims } = extractClaims({ id: 't', text, published: '2023-04-13', bodyStart: title.length }, readers);
    expect(claims.map((c) => `${[c.a, c.b].sort().join('-')} ${c.stance} ${c.start >= title.length}`)).toEqual(['GHA-TGO warming true']);
  });
});

describe('the hundred and twenty-ninth reading: whose attack, and what is justified', () => {
  it('reads an attack whose agent after "by" is no actor as no one\'s the sentence names', () => {
    expect(asArrows('Chile\'s president urged calm. He said the "terrorist attack" by Peruvian militants against Bolivia was shocking.')).toEqual([]);
  });

  it('reads an act that something would not justify as not told as done', () => {
    expect(asArrows('Chile\'s president urged calm. He said the "terrorist attack" by Peruvian militants against Bolivia did not justify killing "millions of innocents" in Gaza.')).toEqual([]);
  });
});

// The hundred and thirty-second to the hundred and thirty-fourth readings (stop 40): fifteen articles (Honduras
// switches from Taiwan to China, 2023; Algeria cuts its ties with Morocco, 2021; Sudan recalls its ambassador from Kenya, 2025).
describe('the hundred and thirty-fourth reading', () => {
  it('reads a civil war as no war between the state it is in and another', () => {
    expect(asArrows("The ministry referred to the 2002 accord that helped end Togo's decades-long civil war, mediated by Benin.")).not.toContain('TGO->BEN hostile');
    expect(asArrows("The ministry referred to the 2002 accord that helped end Togo's decades-long civil war, mediated by Benin.")).not.toContain('BEN->TGO hostile');
  });
});
