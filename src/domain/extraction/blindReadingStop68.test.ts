// Constructions that the real articles of stop 68's batches (706 on) were misread in. The sentences are written for the
// purpose, about other states in other words. Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { asArrows } from './extractionTestKit';

// The seven hundred and sixth reading (stop 68): three news pages on Qatar and Bahrain's quarrel over the Hawar islands (1989, 1995, 2000).
describe('the seven hundred and sixth reading', () => {
  it('reads a dispute that erupted into fighting as fighting between its pair, and not as settled by an effort to settle it', () => {
    expect(asArrows('The border dispute between Chad and Libya erupted into fighting in 1986.', '1989-01-27')).toEqual(['TCD->LBY hostile']);
    const arrows = asArrows('Chad and Libya have agreed to mediation to try to settle a long-standing border dispute that erupted three years ago into artillery fire.', '1989-01-27');
    expect(arrows).toContain('TCD->LBY hostile');
    expect(arrows).not.toContain('TCD->LBY warming');
  });
  it('reads a demonym that names a past colonial rule as no party to the sentence', () => {
    expect(asArrows('Libya took the border dispute to the International Court of Justice in 1990, saying it stemmed from the French colonial presence.', '2000-05-28')).toEqual([]);
  });
});

// The seven hundred and seventh reading (stop 68): three news pages on France's charge that Azerbaijan stirred the riots in New Caledonia (May 2024).
describe('the seven hundred and seventh reading', () => {
  it('reads a faith\'s adjective before a name as describing the state, not as a name of its own', () => {
    expect(asArrows('Greece is a steadfast ally of Orthodox Serbia.', '2024-05-17')).toEqual(['GRC->SRB cooperative']);
  });
});
