// Constructions that the real news articles of stop 36's readings (the sixty-second on, annotated by hand
// before extraction was run on them, kept outside the project as the eval's are) were misread in. The
// sentences are written for the purpose, about other states in other words. Each test fails without its
// rule. (Earlier stops': blindReading.test.ts, blindReadingStop32.test.ts to blindReadingStop35.test.ts.)
// Rules of these readings that live in idioms.ts have their sentences in idioms.test.ts: the noun of
// ending an agreement ("the revocation of"), keeping a state "in check", "progress in relations".
import { describe, expect, it } from 'vitest';
import { asArrows } from './extractionTestKit';

// The sixty-second reading (stop 36): four articles (Niger revokes its military accord with the United States, 2024).
describe('the sixty-second reading', () => {
  it('reads an agreement ended "with immediate effect" as ended', () => {
    expect(asArrows('Ghana has suspended, with immediate effect, the defence cooperation agreement with Togo.')).toEqual(['GHA->TGO tense']);
    expect(asArrows('Ghana said it had cancelled with immediate effect a defence cooperation pact with Togo.')).toEqual(['GHA->TGO tense']);
  });

  it('reads the subject past an opening gerund phrase and an aside of likeness', () => {
    expect(asArrows('Since taking office in 2022, Chile\'s government, like the rulers of neighbouring Peru and Bolivia, has expelled Venezuelan diplomats.')).toEqual(['CHL->VEN tense']);
    expect(asArrows('After winning the election, Ghana, like Togo, expelled Nigerian diplomats.')).toEqual(['GHA->NGA tense']);
  });

  it('reads a judgement of the intention or the attempt "of" a state\'s delegation as on that state', () => {
    expect(asArrows('Chile regrets the intention of the Peruvian delegation to leave.')).toEqual(['CHL->PER tense']);
    expect(asArrows('Chile condemned the attempt of the Peruvian government to block the port.')).toEqual(['CHL->PER tense']);
  });

  it('reads "the two countries" as two states, never an armed group named before', () => {
    const told = 'Kenya hosts British troops. British forces fought al-Shabaab militants near the border. ';
    expect(asArrows(`${told}The talks focused on military cooperation between the two countries.`)).toEqual(['KEN->GBR cooperative', 'GBR->al-shabaab hostile', 'KEN->GBR cooperative']);
  });

  it('reads "the two countries" as the two states its own sentence named before it', () => {
    const told = 'Chile and Bolivia signed a gas deal in May. ';
    expect(asArrows(`${told}Spain will close its consulate in Bolivia after the protests and strained relations between the two countries.`)).not.toContain('CHL->BOL tense');
    expect(asArrows(`${told}Spain will close its consulate in Bolivia after the protests and strained relations between the two countries.`)).toContain('ESP->BOL tense');
  });
});

// The sixty-third reading (stop 36): four articles (the United States and Vietnam raise their ties to a comprehensive strategic partnership, 2023).
describe('the sixty-third reading', () => {
  it('reads a list that reached "a level of" cooperation with a state as each of them with it', () => {
    expect(asArrows('Japan and Brazil reached a new level of cooperation with Kenya.')).toEqual(['JPN->KEN cooperative', 'BRA->KEN cooperative']);
  });

  it('reads "connections" as ties', () => {
    expect(asArrows('Laos has close economic connections with Thailand.')).toEqual(['LAO->THA cooperative']);
  });
});
