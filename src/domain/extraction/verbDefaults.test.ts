// The verbs whose dictionary reading verbDefaults.ts corrects, read as it says (the earlier ones are
// tested in idioms.test.ts, "reads the verbs whose dictionary reading it corrects as it says").
import { describe, expect, it } from 'vitest';
import { asArrows, extract } from './extractionTestKit';

describe('verbs whose dictionary reading is corrected', () => {
  it('reads protesting what another state did as an objection to that state, not support', () => {
    expect(asArrows('Japan protested the arrest of a Japanese national by China.')).toEqual(['JPN->CHN tense']);
    expect(asArrows('Mexico protested the expulsion of its diplomats from Peru.')).toEqual(['MEX->PER tense']);
    expect(extract('Greece protested to Turkey.')[0]?.code).toBe('111');
  });
});

describe('verbs whose default only is corrected', () => {
  it('reads a preparation as no act, unless a pattern of the dictionary names one', () => {
    expect(asArrows('Chilean and Peruvian troops clashed on the border on Monday. There were injuries on both sides. Chileans had come heavily prepared but did not expect the Peruvian side to be well prepared.')).toEqual(['CHL->PER hostile']);
    // ("preparing talks": the dictionary's pattern, an intent to meet.)
    expect(asArrows('Chile is preparing talks with Peru.')).toEqual(['CHL->PER warming']);
  });
});
