// Constructions that the real news articles of stop 39's readings (the hundred and eighteenth on,
// annotated by hand before extraction was run on them, kept outside the project as the eval's are) were
// misread in. The sentences are written for the purpose, about other states in other words. Each test
// fails without its rule. (Earlier stops': blindReading.test.ts, blindReadingStop32.test.ts to
// blindReadingStop38.test.ts.)
import { describe, expect, it } from 'vitest';
import { asArrows } from './extractionTestKit';

// The hundred and twentieth reading (stop 39): four articles (Indian and Chinese troops clash at Tawang, 2022).
describe('the hundred and twentieth reading', () => {
  it('reads good relations said not to be so as strained, and a strain denied as none', () => {
    expect(asArrows('Since the shooting, relations between Chile and Bolivia have not been normal.')).toEqual(['CHL->BOL tense']);
    expect(asArrows('Ties between Ghana and Togo are no longer friendly.')).toEqual(['GHA->TGO tense']);
    expect(asArrows('Relations between Kenya and Uganda are not strained.')).toEqual([]);
    // (Still good when said so, past an adverb.)
    expect(asArrows('Relations between Kenya and Uganda are very friendly.')).toEqual(['KEN->UGA cooperative']);
  });
});
