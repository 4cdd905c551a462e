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
