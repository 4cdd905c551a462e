// Constructions that the real news articles of stop 44's readings (annotated by hand before extraction
// was run on them, kept outside the project as the eval's are) were misread in. The sentences are
// written for the purpose, about other states in other words. Each test fails without its rule.
// (Earlier stops': blindReading.test.ts, blindReadingStop32.test.ts to blindReadingStop43.test.ts.)
import { describe, expect, it } from 'vitest';
import { asArrows, extract, ids } from './extractionTestKit';

// The hundred and ninety-sixth to the hundred and ninety-eighth readings (stop 44): nine articles (Kyrgyzstan and
// Tajikistan sign their border treaty, 2025; Bulgaria and Russia expel each other's diplomats, 2022; Panama leaves
// China's Belt and Road after Rubio's visit, 2025).
describe('the hundred and ninety-sixth to the hundred and ninety-eighth readings', () => {
  it('reads a deal with a state left to lapse ("will not renew", "decided not to renew") as refused, as "refused to renew" was', () => {
    expect(asArrows('Chile will not renew its fishing agreement with Peru.')).toEqual(['CHL->PER tense']);
    expect(asArrows('The Chilean government announced its decision not to renew the memorandum of understanding with Peru.')).toEqual(['CHL->PER tense']);
    expect(asArrows('Chile signed a memorandum of understanding with Peru.')).toEqual(['CHL->PER cooperative']);
  });

  it('reads what a state did "during which" a meeting took place as its own act, not as done to the relative\'s antecedent', () => {
    expect(asArrows('The vote came after talks with Peru, during which Chile criticised Bolivia\'s influence.')).toContain('CHL->BOL tense');
    expect(asArrows('The vote came after talks with Peru, during which Chile criticised Bolivia\'s influence.')).not.toContain('CHL->PER tense');
    // (An object relative keeps its antecedent: "Namibia, which Germany occupied".)
    expect(asArrows('Namibia, which Germany occupied, wants an apology.')).toEqual(['DEU->NAM hostile']);
  });

  it('reads trade or cooperation of the whole world ("international trade", "global cooperation") as no act between the two states a sentence names', () => {
    expect(asArrows('Chile, a hub of global trade, worries about Peru.')).toEqual([]);
    expect(asArrows('The Chilean port, a gateway for international maritime trade, has been a focus of Peru\'s attention.')).toEqual([]);
    expect(asArrows('Chile and Peru expanded their trade.')).toEqual(['CHL->PER cooperative']);
  });

  it('reads a point or bone of contention, or a source of tension, as a dispute between the states it lies between', () => {
    expect(asArrows('The Chile-Peru border has been a point of contention for decades.')).toEqual(['CHL->PER tense']);
    expect(asArrows('Water has long been a source of tension between Chile and Bolivia.')).toEqual(['CHL->BOL tense']);
  });

  it('does not count a state whose collapse or end tells the time ("since the collapse of the Soviet Union") among the two states a sentence names', () => {
    expect(asArrows('The Chile-Peru border has been a point of contention since the collapse of the Soviet Union.')).toEqual(['CHL->PER tense']);
    expect(asArrows('The Chilean-Bolivian frontier was a source of friction after the fall of the USSR.')).toEqual(['CHL->BOL tense']);
  });

  it('reads troops sent to a state the sender wages force on that year as its invasion, not military help', () => {
    const text = 'Chile pressed on with its offensive in Peru. Several states expelled Chilean envoys after Santiago sent troops to Peru in March.';
    expect(asArrows(text)).toContain('CHL->PER hostile');
    expect(asArrows(text)).not.toContain('CHL->PER cooperative');
    expect(asArrows('Chile sent troops to Peru to help after the earthquake.')).toEqual(['CHL->PER cooperative']);
  });

  it('reads a mission "in the Peruvian city of" a place as a mission in Peru, not a place no state owns', () => {
    expect(asArrows('Chile closed its consulate in the Peruvian city of Arica.')).toEqual(['CHL->PER severed']);
    expect(asArrows('Chile closed its consulate general in the Peruvian city of Ilo.')).toEqual(['CHL->PER severed']);
    // (Elsewhere a demonym before a word for land still names where: "troops on the Peruvian border".)
    expect(asArrows('Chilean troops were seen on the Peruvian border.')).toEqual([]);
  });

  it('reads a bare verb after a modal or "to" and an adverb ("will soon close its embassy") as the verb it is', () => {
    expect(asArrows('Chile will soon close its embassy in Lima.')).toEqual(['CHL->PER tense']);
    expect(asArrows('Chile decided to temporarily close its embassy in Lima.')).toEqual(['CHL->PER severed']);
  });

  it('reads divisions or a divide between two states as a tense relation, as a rift is', () => {
    expect(asArrows('Deep divisions between Chile and Peru remain.')).toEqual(['CHL->PER tense']);
    expect(asArrows('The vote exposed a divide between Chile and Peru.')).toEqual(['CHL->PER tense']);
  });

  it('reads "it" after a state\'s body named with its short form in brackets ("Chile\'s Security Service (CSS) declared it") as that state', () => {
    const text = 'Peru\'s minister claimed the two men had been spying. The claims came after Chile\'s Security Service (CSS) declared it had dismantled a Peruvian spy ring, arresting two Chilean veterans.';
    expect(asArrows(text)).not.toContain('PER->CHL hostile');
    expect(asArrows('Chile\'s Security Service (CSS) said it had arrested two Peruvian agents.')).toEqual(['CHL->PER hostile']);
  });

  it('reads a clause of "after" whose subject has a participle\'s aside ("after Chile, believed to be backed by Peru, attacked Bolivia") with its own subject and verb', () => {
    expect(asArrows('The war worsened after Chile, believed to be backed by Peru, attacked Bolivia.')).toEqual(['PER->CHL cooperative', 'CHL->BOL hostile']);
    expect(asArrows('The war worsened after Chile, backed by Peru, attacked Bolivia.')).toEqual(['PER->CHL cooperative', 'CHL->BOL hostile']);
  });

  it('reads a short form an article gives a state\'s forces in brackets ("Chile\'s Defence Forces (CDF)") as that state where it stands alone', () => {
    expect(asArrows('Peru\'s minister spoke. Chile\'s Defence Forces (CDF) held drills. Peru accused the CDF of shelling its border posts.')).toEqual(['PER->CHL tense', 'CHL->PER hostile']);
    // (Not a body that only has a state in its name: the "(SAMIDRC)" of a regional mission in Congo.)
    expect(asArrows('The Southern African Mission in the DRC (SAMIDRC) arrived. Rwanda accused SAMIDRC of attacking its border.')).not.toContain('RWA->COD tense');
  });

  it('ends a name a headline introduces at its capitalised verb or preposition ("President Kagame Clashes With ... Ramaphosa")', () => {
    const arrows = (text: string) => extract(text, '2023-05-10').map((c) => `${c.a}->${c.b} ${c.stance}`);
    expect(arrows('Chile President Boric Clashes With Peru\'s Boluarte. Boluarte accused Boric of stealing water.')).toEqual(['PER->CHL tense']);
  });

  it('reads "summoned in consultation", "recalled for consultations" as the recall\'s purpose, no talks between the states', () => {
    const arrows = asArrows('"Our ambassador of the Republic of Chile in Peru was summoned in consultation," the spokeswoman said.');
    expect(arrows.some((a) => a.endsWith('warming') || a.endsWith('cooperative'))).toBe(false);
    expect(asArrows('Chile held consultations with Peru on the border.')).toEqual(['CHL->PER cooperative']);
  });

  it('reads insulting or mocking a state\'s leader as criticism of the state, also as a participle after a comma (", insulting the Peruvian president")', () => {
    expect(asArrows('Chile lashed out at its neighbours again, insulting the Peruvian president.')).toEqual(['CHL->PER tense']);
  });

  it('reads a list of offices joined by "and" ("the Spanish prime minister and the president of Colombia") as all their states', () => {
    expect(asArrows('Chile criticised the Spanish prime minister and the president of Colombia.')).toEqual(['CHL->ESP tense', 'CHL->COL tense']);
  });

  it('reads a conflict that "could set off" as one that may come, as "could spark" was', () => {
    expect(asArrows('Any misjudgement could set off a broader conflict between Chile and Peru.')).toEqual([]);
    expect(asArrows('Chile could benefit from the rift with Peru.')).toEqual(['CHL->PER tense']);
  });

  it('reads "future" or "potential" before a demonym and its act ("future Chilean aggression") as an act to come, not had', () => {
    expect(asArrows('Lima criticised the deal as an enabler of future Chilean aggression against Peru.')).not.toContain('CHL->PER hostile');
    expect(asArrows('Chilean aggression against Peru continued.')).toEqual(['CHL->PER hostile']);
  });

  it('reads no deal with a state that a sentence names only as the one a deal is set against or answers', () => {
    expect(asArrows('The pact is one of several Chile has struck with its neighbours to prevent Peru from gaining influence.')).toEqual([]);
    expect(asArrows('The deal will be signed in Chile and comes as the country aims to expand its influence in response to increased Peruvian spending and power.')).toEqual([]);
    expect(asArrows('The deal between Chile and Peru was signed.')).toEqual(['CHL->PER cooperative']);
  });

  it('reads a war a state is "on the brink of", or a "hotbed" or "recipe" for war, as none had', () => {
    expect(asArrows('Chile and Peru are on the brink of war.')).toEqual([]);
    expect(asArrows('The move is a recipe for war between Chile and Peru.')).toEqual([]);
    expect(asArrows('Chile and Peru are at war.')).toEqual(['CHL->PER hostile']);
  });

  it('reads "Island" as a word, not as Iceland\'s own name', () => {
    expect(ids('Peru holds Santa Rosa Island in the Amazon.')).toEqual(['PER']);
    expect(ids('Iceland and Norway met.')).toEqual(['ISL', 'NOR']);
  });

  it('reads a diplomatic conflict or confrontation as a dispute, tense, not the fighting "conflict" names alone', () => {
    expect(asArrows('Chile escalated a diplomatic conflict with Peru on Thursday.')).toEqual(['CHL->PER tense']);
    expect(asArrows('Chile and Peru are in an armed conflict.')).toEqual(['CHL->PER hostile']);
  });

  it('reads tariffs or duties introduced on a state\'s goods as measures against it, not the meeting "introduce" reads', () => {
    expect(asArrows('Chile introduced tariffs on Peruvian goods.')).toEqual(['CHL->PER tense']);
  });

  it('reads the accuser after "by" or "from" as whom a rejection of allegations answers, also when the allegation names a third state', () => {
    expect(asArrows('Chile dismissed allegations by Peru that Chilean troops were responsible for deaths in Bolivia.')).toContain('CHL->PER tense');
    expect(asArrows('Chile rejected accusations from Peru that its troops had crossed into Bolivia.')).toContain('CHL->PER tense');
  });

  it('reads relations on a downward spiral or at a low ebb as tense', () => {
    expect(asArrows('Relations between Chile and Peru have been on a downward spiral since the trial.')).toEqual(['CHL->PER tense']);
    expect(asArrows('Relations between Chile and Peru are at a low ebb.')).toEqual(['CHL->PER tense']);
  });
});
