// Constructions that the real articles of stop 63's batches (611 on) were misread in. The sentences are written for the
// purpose, about other states in other words. Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { asArrows } from './extractionTestKit';

// The six hundred and eleventh reading (stop 63): three news pages on Israel closing its embassy in Dublin (December 2024).
describe('the six hundred and eleventh reading', () => {
  it('reads a break a state says it will make as the break, not a threat of one', () => {
    expect(asArrows('Peru will close its embassy in Caracas, the foreign ministry said.', '2024-03-01')).toEqual(['PER->VEN severed']);
    expect(asArrows('Ghana will sever diplomatic relations with Morocco.', '2024-03-01')).toEqual(['GHA->MAR severed']);
  });

  it('still reads a break a state warns or threatens it will make as a threat', () => {
    expect(asArrows('Peru warned that it will close its embassy in Caracas.', '2024-03-01')).toEqual(['PER->VEN tense']);
  });

  it('reads support for a motion or a case that judges a state as no support for that state', () => {
    expect(asArrows('Chile backed a lawsuit accusing Russia of war crimes.', '2024-03-01')).toEqual(['CHL->RUS tense']);
  });

  it('reads the owner of a quoted decision as the one who decided', () => {
    expect(asArrows('China protested what it called Malawi\'s "hasty decision to recognise Taiwan".', '2024-03-01')).toEqual(['MWI->TWN cooperative']);
  });
});
