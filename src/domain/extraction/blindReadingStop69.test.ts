// Constructions that the real articles of stop 69's batches (728 on) were misread in. The sentences are written for the
// purpose, about other states in other words. Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { asArrows } from './extractionTestKit';

// The seven hundred and twenty-eighth reading (stop 69): three news pages on gas pipeline deals (2003, 2010, 2016).
describe('the seven hundred and twenty-eighth reading', () => {
  it('reads a deal whose signing two states witness as theirs, beside the tension the sentence also tells', () => {
    const arrows = asArrows('The presidents of Kenya and Ethiopia witnessed the signing of an agreement on a new highway, a plan that had stalled amid tensions between the two neighbours.', '2019-03-01');
    expect(arrows).toContain('KEN->ETH cooperative');
    expect(arrows).toContain('KEN->ETH tense');
    // (A third state that witnesses it is no party; those who only welcome it are none.)
    expect(asArrows('Norway witnessed the signing of an accord between Colombia and Ecuador.', '2019-03-01')).toEqual(['COL->ECU cooperative']);
    expect(asArrows('Kenya and Ethiopia welcomed the signing of an agreement, amid tensions between Sudan and Egypt.', '2019-03-01')).toEqual(['SDN->EGY tense']);
  });
});
