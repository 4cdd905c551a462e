// Constructions that the real news articles of stop 49's readings (annotated by hand before extraction
// was run on them, kept outside the project as the eval's are) were misread in. The sentences are
// written for the purpose, about other states in other words. Each test fails without its rule.
// (Earlier stops': blindReading.test.ts, blindReadingStop32.test.ts to blindReadingStop48.test.ts.)
import { describe, expect, it } from 'vitest';
import { asArrows } from './extractionTestKit';

// The two hundred and eighty-fifth reading (stop 49): four articles (Ukraine breaks with Syria over its
// recognition of Donetsk and Luhansk, 2022; Nicaragua breaks with Taiwan, 2021; Ivory Coast and Burkina
// Faso at their border, 2024; the Singapore summit of the United States and North Korea, 2018).
describe('the two hundred and eighty-fifth reading', () => {
  it('opens a clause at "after" when an adverb stands between its subject and verb ("after Moscow illegally annexed Ukraine\'s Crimean Peninsula")', () => {
    expect(asArrows('Refugees fled the region after Ethiopia suddenly invaded Eritrea in 1998.')).toEqual(['ETH->ERI hostile']);
  });

  it('reads an incursion "into" a state, its territory too, as an act of force on it, from whoever made it', () => {
    expect(asArrows('Eritrean troops made an incursion into Djiboutian territory.')).toEqual(['ERI->DJI hostile']);
    expect(asArrows('Repeated incursions by Sudanese troops into Chad angered the government.')).toEqual(['SDN->TCD hostile']);
  });

  it('reads a clause that opens with a past participle and its "by" ("Alerted by the arrest of their colleagues, Burkinabé soldiers made an incursion") with its subject after the comma', () => {
    expect(asArrows('Angered by the verdict, Rwandan troops shelled Burundi.')).toEqual(['RWA->BDI hostile']);
  });

  it('finds a demonym or a name the text writes with accents the dictionary leaves out ("Burkinabé soldiers")', () => {
    expect(asArrows('Burkinabé soldiers fired on Malian troops.')).toEqual(['BFA->MLI hostile']);
  });

  it('gives a noun\'s agent after "by" its "to"-complement past an opening quotation mark (\'an attempt by the Syrian regime "to give ... to the Russian occupation administrations"\')', () => {
    expect(asArrows('Kenya said the visit was an attempt by the Somali government "to provoke Ethiopia".')).toEqual(['SOM->ETH tense']);
  });

  it('reads calling a state\'s government the legitimate one as recognising it ("The People\'s Republic of China is the only legitimate government", a minister said)', () => {
    expect(asArrows('"The government in Kabul is the only legitimate government of the country," the Uzbek foreign minister said.')).toEqual(['UZB->AFG cooperative']);
  });
});
