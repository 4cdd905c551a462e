// Constructions that the real news articles of stop 43's readings (annotated by hand before extraction
// was run on them, kept outside the project as the eval's are) were misread in. The sentences are
// written for the purpose, about other states in other words. Each test fails without its rule.
// (Earlier stops': blindReading.test.ts, blindReadingStop32.test.ts to blindReadingStop42.test.ts.)
import { describe, expect, it } from 'vitest';
import { asArrows, extract } from './extractionTestKit';

// The hundred and seventy-fourth to the hundred and seventy-seventh readings (stop 43): twelve articles (Algeria cuts
// its ties with Morocco, 2021; Pakistan recalls its ambassador after an Iranian strike, 2024; Mexico breaks with
// Ecuador after a raid on its embassy, 2024; Niger's junta expels the French ambassador, 2023).
describe('the hundred and seventy-fourth to the hundred and seventy-seventh readings', () => {
  it('reads acts called hostile or aggressive against a state as hostile, not as the reprisals "actions against" are', () => {
    expect(asArrows('Chad carried out hostile acts against Sudan.')).toEqual(['TCD->SDN hostile']);
    expect(asArrows('Chad took action against Sudan.')).toEqual(['TCD->SDN tense']);
  });

  it('reads an act a state "never stopped" or "did not cease" as going on, not ended', () => {
    expect(asArrows('Chad has never stopped its aggressive actions against Sudan, the minister said.')).toEqual(['TCD->SDN hostile']);
    expect(asArrows('Chad did not cease its attacks on Sudan.')).toEqual(['TCD->SDN hostile']);
    expect(asArrows('Chad stopped its attacks on Sudan.')).toEqual([]);
  });
});
