// Constructions that the real articles of stop 75's batches (853 on) were misread in. The sentences are written for the
// purpose, about other states in other words. Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { asArrows } from './extractionTestKit';

// The eight hundred and fifty-third reading (stop 75): three news pages on Saudi Arabia recalling its ambassador from Sweden (Mar. 2015).
describe('the eight hundred and fifty-third reading', () => {
  it('reads an act named by a decision already taken as done, though an invitation stands before it', () => {
    expect(asArrows("The Irish minister was invited to the Oslo conference in praise of her government's decision in May to recognise Kosovo.", '2024-03-01')).toEqual(['IRL->XKX cooperative']);
    expect(asArrows('Norway urged Ireland to recognise Kosovo.', '2024-03-01')).toEqual([]);
  });
});
