// Constructions that the real articles of stop 60's batches (554 on) were misread in. The sentences are written for the
// purpose, about other states in other words. Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { asArrows } from './extractionTestKit';

// The five hundred and fifty-fourth reading (stop 60): three news pages on China's travel warning against Japan (November 2025).
describe('the five hundred and fifty-fourth reading', () => {
  it('reads a quarrel over what one state said about another as naming neither side', () => {
    expect(asArrows('The expulsion is the latest turn in a bitter row over remarks made by a Peruvian minister about Bolivia.', '2023-05-01')).toEqual([]);
  });

  it('reads discussions named by the media they are held in as no talks between states', () => {
    expect(asArrows('This was followed by Peruvian state media publishing harsh commentaries against Arce and social media discussions mocking him.', '2023-05-01')).toEqual(['PER->BOL tense']);
  });
});
