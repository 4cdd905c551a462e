// Constructions that the real news articles of stop 52 (readings 363 on, annotated by hand before
// extraction was run on them, kept outside the project as the eval's are) were misread in. The sentences
// are written for the purpose, about other states in other words. Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { asArrows } from './extractionTestKit';

// The three hundred and sixty-third reading (stop 52): four articles on France recalling its ambassadors
// from the United States and Australia over the AUKUS submarine pact (2021).
describe('the three hundred and sixty-third reading', () => {
  it('reads the states an agreement or an alliance "involves", "includes" or "brings together" as partners, each with the others, past an aside that names it', () => {
    expect(asArrows('The defence pact, known as PACIFICA, involves Chile, Peru and Ecuador and aims to deter piracy.')).toEqual(['CHL->PER cooperative', 'CHL->ECU cooperative', 'PER->ECU cooperative']);
    expect(asArrows('The new accord brings together Kenya and Uganda.')).toEqual(['KEN->UGA cooperative']);
  });

  it('does not read "including" after an agreement as its parties: it may list those who judged it', () => {
    expect(asArrows('Several governments have welcomed the accord including Chile and Peru.')).toEqual([]);
  });
});
