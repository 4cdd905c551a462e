// Constructions that the real articles of stop 67's batches (686 on) were misread in. The sentences are written for the
// purpose, about other states in other words. Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { asArrows } from './extractionTestKit';

// The six hundred and eighty-sixth reading (stop 67): three news pages on Benin's block of Niger's oil exports (May-June 2024).
describe('the six hundred and eighty-sixth reading', () => {
  it('reads "led" with a long list and a bracketed name before "to" as what makes the list act, no act of its own', () => {
    const arrows = asArrows('Chile and Peru quarrelled over the border. It led Peru and the Andean regional grouping (CAN) to impose sanctions on Chile.', '2024-03-01');
    expect(arrows).toContain('PER->CHL tense');
    expect(arrows).not.toContain('CHL->PER cooperative');
  });
});
