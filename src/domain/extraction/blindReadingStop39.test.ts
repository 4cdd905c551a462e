// Constructions that the real news articles of stop 39's readings (the hundred and eighteenth on,
// annotated by hand before extraction was run on them, kept outside the project as the eval's are) were
// misread in. The sentences are written for the purpose, about other states in other words. Each test
// fails without its rule. (Earlier stops': blindReading.test.ts, blindReadingStop32.test.ts to
// blindReadingStop38.test.ts.)
import { describe, expect, it } from 'vitest';
import { asArrows, ids } from './extractionTestKit';

// The hundred and eighteenth reading (stop 39): five articles (Russia bans its airlines from flying to Georgia, 2019).
describe('the hundred and eighteenth reading', () => {
  it('reads cooperation banned, suspended or ended as relations reduced, between its own pair', () => {
    expect(asArrows('The president signed an order that imposes a ban on cargo flights between Chile and Bolivia.')).toEqual(['CHL->BOL tense']);
    expect(asArrows('The decree brings an end to military cooperation between Kenya and Uganda.')).toEqual(['KEN->UGA tense']);
    // (Not one lifted: that is read at its verb.)
    expect(asArrows('Ghana lifted a ban on trade with Togo.')).not.toContain('GHA->TGO tense');
  });

  it('reads what one is advised or urged against as not done', () => {
    expect(asArrows('The Chilean foreign ministry recommended its citizens against travelling to Peru.')).not.toContain('CHL->PER cooperative');
    expect(asArrows('Kenya urged its traders against visiting Somalia.')).not.toContain('KEN->SOM cooperative');
  });

  it('reads cooperation one is prohibited from carrying out as not had', () => {
    expect(asArrows('From May 1, Chilean airlines are prohibited from carrying out air transportation (including commercial flights) to Bolivia.')).toEqual([]);
  });

  it('reads cooperation ended in the passive past a participle after its noun', () => {
    expect(asArrows('Flights carrying Finns to Estonia will be suspended next month.')).toEqual(['FIN->EST tense']);
  });
});

// The hundred and nineteenth reading (stop 39): five articles (Spain summons Morocco's ambassador over the Ceuta crossings, 2021).
describe('the hundred and nineteenth reading', () => {
  it('reads an official\'s "I" in a quotation as the speaker named in the sentence, and no one else', () => {
    expect(asArrows('"I have ordered the expulsion of two Belarusian diplomats," the Lithuanian foreign minister said.')).toEqual(['LTU->BLR tense']);
    expect(asArrows('Latvia\'s prime minister told reporters: "I summoned the Russian ambassador this morning."')).toEqual(['LVA->RUS tense']);
    // (Not the subject of the sentence before, when the speaker is only "he".)
    expect(asArrows('Ghana barred Togo\'s foreign minister on Monday. "I can go wherever I want," he added.')).toEqual(['GHA->TGO tense']);
  });

  it('reads "made it clear to" as saying, not clearing', () => {
    expect(asArrows('Chile made it clear to Peru that the ban would stay.')).toEqual([]);
  });

  it('reads people on the move crossing a border as no incursion, and troops crossing it as one', () => {
    expect(asArrows('On Tuesday thousands of migrants began to cross the Belarusian-Polish border near Kuznica.')).toEqual([]);
    expect(asArrows('Belarusian troops crossed the Polish border.')).toEqual(['BLR->POL hostile']);
  });
});

// The hundred and twentieth reading (stop 39): four articles (Indian and Chinese troops clash at Tawang, 2022).
describe('the hundred and twentieth reading', () => {
  it('reads good relations said not to be so as strained, and a strain denied as none', () => {
    expect(asArrows('Since the shooting, relations between Chile and Bolivia have not been normal.')).toEqual(['CHL->BOL tense']);
    expect(asArrows('Ties between Ghana and Togo are no longer friendly.')).toEqual(['GHA->TGO tense']);
    expect(asArrows('Relations between Kenya and Uganda are not strained.')).toEqual([]);
    // (Still good when said so, past an adverb.)
    expect(asArrows('Relations between Kenya and Uganda are very friendly.')).toEqual(['KEN->UGA cooperative']);
  });

  it('reads forces that clash as fighting when they are named with both states after them', () => {
    expect(asArrows('On Friday the soldiers of Kyrgyzstan and Tajikistan clashed again along the frontier.')).toEqual(['KGZ->TJK hostile']);
  });

  it('reads talks to pull apart forces as warming', () => {
    expect(asArrows('Disengagement talks between Sudan and Chad began on Monday.')).toEqual(['SDN->TCD warming']);
    expect(asArrows('Truce talks between Armenia and Azerbaijan resumed.')).toEqual(['ARM->AZE warming']);
  });
});

// The hundred and twenty-second reading (stop 39): four articles (South Korea blames North Korea for the sinking of the Cheonan, 2010).
describe('the hundred and twenty-second reading', () => {
  it('reads "one of its ships" that a state attacks as the speaker\'s, as "its ships" is', () => {
    expect(asArrows('Peru accused Ecuador of shelling two of its border posts.')).toContain('ECU->PER hostile');
    expect(asArrows('Japan will blame China for ramming one of its coast guard ships.')).toContain('CHN->JPN hostile');
  });

  it('reads what a state stops or falls short of doing as not done', () => {
    expect(asArrows('Russia voiced concern but stopped short of backing Armenia.')).not.toContain('RUS->ARM cooperative');
    expect(asArrows('Brazil fell short of condemning Venezuela.')).toEqual([]);
  });
});

// The hundred and twenty-third reading (stop 39): four articles (Australia and Timor-Leste sign their maritime boundary treaty, 2018).
describe('the hundred and twenty-third reading', () => {
  it('reads an end put to a dispute as its settlement, and an end put to cooperation as its end', () => {
    expect(asArrows('The accord puts an end to a decade-long border dispute between Peru and Ecuador.')).toContain('PER->ECU warming');
    expect(asArrows('The accord puts an end to a decade-long border dispute between Peru and Ecuador.')).not.toContain('PER->ECU tense');
    expect(asArrows('The decree put an end to the long dispute between Chile and Bolivia.')).toEqual(['CHL->BOL warming']);
    expect(asArrows('Mali put an end to its military cooperation with France.')).toEqual(['MLI->FRA tense']);
  });
});

// The hundred and twenty-fourth reading (stop 39): two articles (Turkey recalls its ambassador from Israel after the flotilla raid, 2010).
describe('the hundred and twenty-fourth reading', () => {
  it('reads a trip cut short as a trip made', () => {
    expect(asArrows('The chief of the Kenyan army is cutting short a trip to Uganda.')).toEqual(['KEN->UGA cooperative']);
  });
});

// The hundred and twenty-fifth reading (stop 39): three articles (Ecuador breaks with Colombia after the Angostura raid, 2008).
describe('the hundred and twenty-fifth reading', () => {
  it('reads an act a state questions or challenges as none of its own', () => {
    expect(asArrows('Venezuela and Ecuador questioned the incursion into Ecuador.')).toEqual([]);
    expect(asArrows('Chile challenged the blockade of Bolivia.')).not.toContain('CHL->BOL hostile');
  });

  it('reads a group\'s one-word name after a first name as a person\'s surname', () => {
    expect(ids("In Miami, VOA's Brian Wagner reports on the raid.")).not.toContain('wagner');
    // (Not after another actor, a qualifier, or a word that opens a clause.)
    expect(ids('Russian Wagner mercenaries arrived in Mali.')).toContain('wagner');
    expect(ids('Islamist Hamas fired rockets.')).toContain('hamas');
    expect(ids('"If Palestine dies, humanity dies," he said.')).toContain('pa');
  });
});

// From the sort of the misses left in batches 1-117 (stop 39): pairs named in a sentence that gave a claim to another pair.
describe('the misses of batches 1-117', () => {
  it('reads the examples after a plural as its parties: an owner\'s allies, a row with countries', () => {
    expect(asArrows("Russia's regional allies, including Belarus and Armenia, stayed silent.")).toEqual(['RUS->BLR cooperative', 'RUS->ARM cooperative']);
    expect(asArrows('Chile is locked in a dispute with three Andean countries, including Peru and Bolivia, over water.')).toEqual(['CHL->PER tense', 'CHL->BOL tense']);
    // (Not the examples of a plural with no owner: no relation among them.)
    expect(asArrows('The plan drew a growing coalition of supporters, including Spain, Portugal and Italy.')).toEqual([]);
  });

  it('reads the allies named after "its ally the", as after "its allies"', () => {
    expect(asArrows("Chile's ally the United States backed the claim.")).toEqual(['CHL->USA cooperative']);
  });

  it('reads a backer or a patron before a name as describing it', () => {
    expect(asArrows('Putin visited Houthi backer Iran.')).toEqual(['RUS->IRN cooperative']);
  });
});
