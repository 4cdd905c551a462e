// Constructions that the real articles of stop 58 were misread in. The sentences are written for the purpose, about
// other states in other words. Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { asArrows } from './extractionTestKit';

// The four hundred and seventy-ninth reading (stop 58): five news items on vaccines donated to other states (2021).
describe('the four hundred and seventy-ninth reading', () => {
  it('reads what follows a purpose ("in an effort to counter X") as the purpose\'s, not the act\'s before it', () => {
    expect(asArrows('Tokyo and Moscow compete for influence in Asia. Tokyo promised 80 million doses, in an effort to counter Russia\'s influence.', '2001-01-01')).toEqual(['JPN->RUS tense', 'JPN->RUS tense']);
  });

  it('goes back to the main clause after an aside\'s relative clause when an adjunct on the act follows ("..., in what was seen as")', () => {
    expect(asArrows('Tokyo pledged 30 million doses, most of which will go by sea, in what was seen as a bid to counter Russia\'s influence.', '2001-01-01')).toEqual(['JPN->RUS tense']);
  });
});
