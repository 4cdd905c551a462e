// Rules that, by a coverage run (docs/extraction.md, "stop 30: the audit"), acted only on the dev
// articles 11-24, read on wordings of their own about other states: each is English, not a dev
// sentence. And what the audit's own wordings showed wrong, each test failing without its rule.
import { describe, expect, it } from 'vitest';
import { asArrows, keys } from './extractionTestKit';

describe('rules first seen on dev articles, on wordings of their own', () => {
  it('reads "the One China principle" as no mention of China, and "Latin America" as no mention of the United States', () => {
    expect(asArrows('Honduras endorsed the One China principle and cut ties with Taiwan.')).toEqual(['HND->TWN severed']);
    expect(asArrows('China has expanded its influence across Latin America.')).toEqual([]);
  });
  it('reads "the uneasy neighbours" as the pair just named', () => {
    expect(keys('Ethiopia and Somalia signed a security deal. The uneasy neighbours had been at odds for a year.')).toEqual(['ETH-SOM cooperative', 'ETH-SOM tense']);
  });
  it('reads "he" in a later clause as the office holder named before', () => {
    expect(asArrows("The French president visited Algeria in August, and later he criticised Algeria's government.")).toEqual(['FRA->DZA warming', 'FRA->DZA tense']);
  });
  it('reads efforts a state blocked, and any attempt it rejected, as not made', () => {
    expect(asArrows('Turkey blocked efforts to restore ties with Armenia.')).toEqual([]);
    expect(asArrows('Russia rejected any attempt to improve relations with Georgia.')).toEqual([]);
  });
});

describe('what the audit wordings showed', () => {
  it('reads "no" inside an act\'s words as the act not done, but "no diplomatic ties" as severed', () => {
    expect(asArrows('Peru and Chile reached no agreement on the border.')).toEqual([]);
    expect(keys('Bhutan and China have no formal diplomatic ties.')).toEqual(['BTN-CHN severed']);
  });
  it('reads what worries a state as disapproved by it', () => {
    expect(keys('China has expanded its influence across Latin America, worrying the United States.')).toEqual(['CHN-USA tense']);
  });
});
