// Constructions that the real articles of stop 65's batches (653 on) were misread in. The sentences are written for the
// purpose, about other states in other words. Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { asArrows } from './extractionTestKit';

// The six hundred and fifty-third reading (stop 65): three news pages on Algeria's pardon of Boualem Sansal at Germany's request (November 2025).
describe('the six hundred and fifty-third reading', () => {
  it('does not take the target of a verb from the means told after "by" and a word in -ing', () => {
    expect(asArrows("Vietnam's president granted her a pardon by answering favourably to Australia's repeated requests.", '2024-03-01')).toEqual([]);
    expect(asArrows("Vietnam's president granted her a pardon by responding to Australia's repeated requests.", '2024-03-01')).not.toContain('VNM->AUS warming');
  });
});
