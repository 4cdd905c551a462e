// Constructions that the real news articles of stop 34's readings (from the forty-first on, annotated
// by hand before extraction was run on them, kept outside the project as the eval's are) were misread
// in. The sentences are written for the purpose, about other states in other words. Each test fails
// without its rule. (Earlier stops': blindReading.test.ts, blindReadingStop32.test.ts, blindReadingStop33.test.ts.)
import { describe, expect, it } from 'vitest';
import { asArrows } from './extractionTestKit';

// The forty-first reading (stop 34): five articles (Somalia breaks with Kenya, 2020).
describe('the forty-first reading', () => {
  it('reads "calls back" an envoy as recalling one', () => {
    expect(asArrows('Gabon called back its ambassador from Cameroon.')).toEqual(['GAB->CMR tense']);
  });

  it('reads hosting a state\'s leadership as hosting a visit', () => {
    expect(asArrows('Uganda hosted the leadership of South Sudan on Friday.')).toEqual(['UGA->SSD cooperative']);
  });

  it('reads a visit made as a visit, not an intent to meet', () => {
    expect(asArrows('The Malian president made an official visit to Guinea.')).toEqual(['MLI->GIN cooperative']);
  });

  it('reads a time limit to leave as an expulsion, not a gift', () => {
    expect(asArrows('Burundi gave Rwandan diplomats in Bujumbura three days to leave the country.')).toEqual(['BDI->RWA tense']);
    // (A gift is still one.)
    expect(asArrows('Japan gave Laos aid.')).toEqual(['JPN->LAO cooperative']);
  });

  it('reads the worry an act raises, told after a comma, as no protest by the state that acts', () => {
    expect(asArrows('Germany recalled its troops from Niger, raising concerns that the jihadists would advance.')).toEqual([]);
    // (A state that raises a concern with another protests.)
    expect(asArrows('Norway raised concerns with Russia over the drills.')).toEqual(['NOR->RUS tense']);
  });

  it('knows the regional blocs of Africa and others as organisations', () => {
    expect(asArrows('The Intergovernmental Authority on Development will mediate between Sudan and South Sudan.')).toEqual(expect.arrayContaining(['igad->SDN cooperative']));
  });
});
