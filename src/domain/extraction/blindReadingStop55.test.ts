// Constructions that the real news articles of stop 55 (readings 424 on, annotated by hand before
// extraction was run on them, kept outside the project as the eval's are) were misread in. The sentences
// are written for the purpose, about other states in other words. Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { asArrows } from './extractionTestKit';

// The four hundred and twenty-fourth reading (stop 55): three articles on the Maldives asking India to
// withdraw its troops (2024).
describe('the four hundred and twenty-fourth reading', () => {
  it('reads a deadline set for a state to withdraw as a demand on that state, after "for"', () => {
    expect(asArrows('Lithuania spoke first. Estonia set a deadline for Latvia to pull its soldiers out of the port.')).toEqual(['EST->LVA tense']);
    // (So is a call for a state to stop: "called for" with the one asked, then "to".)
    expect(asArrows('Lithuania spoke first. Kenya called for Somalia to halt the shelling.')).toEqual(['KEN->SOM tense']);
    // (Not a deadline for talks, nor a call for talks: no one is asked to stop.)
    expect(asArrows('Lithuania spoke first. Kenya called for talks on the border.')).toEqual([]);
  });

  it('reads a call, demand or appeal to a state to withdraw or stop as a demand on it, from its owner', () => {
    expect(asArrows('Lithuania spoke first. The move follows Ghana\'s formal call to Togo to withdraw its police by June.')).toEqual(['GHA->TGO tense']);
    expect(asArrows('Lithuania spoke first. Austria repeated its demand for Hungary to end the checks.')).toEqual(['AUT->HUN tense']);
    // (Not a call to a state that asks nothing of it.)
    expect(asArrows('Lithuania spoke first. Austria made a call to Hungary on Monday.')).toEqual([]);
  });
});
