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

// The eight hundred and fifty-fourth reading (stop 75): three news pages on Libya and Switzerland after the arrest of Hannibal Gaddafi in Geneva (2008-2009).
describe('the eight hundred and fifty-fourth reading', () => {
  it('reads a bare word between a verb\'s particle and a noun as the noun\'s modifier, so the cut is read', () => {
    expect(asArrows('Algeria cut back gas deliveries to Spain in 2022.', '2024-03-01')).toEqual(['DZA->ESP tense']);
  });
  it('reads money withdrawn from a state\'s banks as a reduction, not a retreat', () => {
    expect(asArrows('Algeria withdrew two billion dollars in deposits from Spanish banks.', '2024-03-01')).toEqual(['DZA->ESP tense']);
  });
});
