// Constructions that the real news articles of stop 38's readings (the ninety-sixth on, annotated by hand
// before extraction was run on them, kept outside the project as the eval's are) were misread in. The
// sentences are written for the purpose, about other states in other words. Each test fails without its
// rule. (Earlier stops': blindReading.test.ts, blindReadingStop32.test.ts to blindReadingStop37.test.ts.)
import { describe, expect, it } from 'vitest';
import { asArrows } from './extractionTestKit';

// The ninety-sixth reading (stop 38): four articles (Finland closes its border crossings with Russia over asylum seekers, 2023).
describe('the ninety-sixth reading', () => {
  it('reads the states people on the move come from as no actors, nor the rest of their list', () => {
    expect(asArrows('Hundreds of refugees, mainly from Sudan and Eritrea, have reached Italy this month.')).toEqual([]);
    expect(asArrows('Migrants from Libya arrived in Malta.')).toEqual([]);
    // (A delegation from a state is the state.)
    expect(asArrows('A delegation from Oman arrived in Yemen.')).toEqual(['OMN->YEM cooperative']);
  });

  it('reads what a state is "the target of" as done to it', () => {
    expect(asArrows('Estonia says it has become the target of Russian hybrid warfare.')).toEqual(['RUS->EST hostile']);
    expect(asArrows('Moldova is the target of a Russian attack.')).toEqual(['RUS->MDA hostile']);
  });

  it('reads a "special military operation" as the attack it names', () => {
    expect(asArrows("Russia's special operation in Ukraine continues.")).toEqual(['RUS->UKR hostile']);
  });

  it('reads a charge "dismissed by" a state as its reply to whoever made the charge', () => {
    expect(asArrows('Lithuania accused Belarus of spying for Russia, an allegation rejected by Minsk.')).not.toContain('BLR->RUS tense');
    expect(asArrows('Latvia has accused Belarus of hacking its ministries as payback for its support for the United States, an assertion dismissed by Minsk.')).not.toContain('BLR->USA tense');
  });
});

// The ninety-seventh reading (stop 38): five articles (Burundi closes its border with Rwanda over the Red Tabara rebels, 2024).
describe('the ninety-seventh reading', () => {
  it('gives ties cut with no partner of their own the partner of the closure joined to them by "and"', () => {
    expect(asArrows('Qatar said it had cut ties and shut its airspace to Bahrain.')).toEqual(['QAT->BHR severed', 'QAT->BHR tense']);
    expect(asArrows('Mali broke off relations and recalled its ambassador from Ukraine.')).toEqual(['MLI->UKR severed', 'MLI->UKR tense']);
    // (Not the partner of a deal: cutting ties and signing a deal are with different states.)
    expect(asArrows('Chad cut ties and signed a deal with Libya.')).toEqual(['TCD->LBY cooperative']);
  });

  it('reads a state\'s rebels as standing against it, not for it', () => {
    expect(asArrows('Kenya denied giving support to Ethiopia\'s Oromo rebels.')).toEqual([]);
    expect(asArrows('Turkey has long backed Syria\'s rebels.')).toEqual([]);
  });

  it('reads "stopped all relations" as a break, and stormy or turbulent ties as tense', () => {
    expect(asArrows('Nicaragua halted relations with the Vatican.')).toEqual(['NIC->VAT severed']);
    expect(asArrows('Ties between Serbia and Croatia have been turbulent for decades.')).toEqual(['SRB->HRV tense']);
  });

  it('reads ties that "began improving" as improving', () => {
    expect(asArrows('Chad and Sudan clashed. Ties started improving after 2022.')).toEqual(['TCD->SDN tense', 'TCD->SDN warming']);
  });

  it('does not take the pair of relations from states named only in the reason for a change', () => {
    expect(asArrows('Chad and Sudan clashed. Although ties began improving after Deby took power, they have soured again over Chad’s role in Libya.').filter((c) => c.includes('LBY'))).toEqual([]);
  });

  it('reads an offer of dialogue with a state to resolve issues as warming', () => {
    expect(asArrows('Uganda said it remained open to dialogue with Kenya to resolve the dispute.')).toEqual(['UGA->KEN warming', 'UGA->KEN tense']); // (and the dispute itself: settledDisputes.ts)
  });

  it('reads a claim or an accusation "that" a state did something as against that state', () => {
    expect(asArrows('Zambia and Malawi reopened their border after Lusaka\'s claim that Lilongwe was backing dissidents.')).toContain('ZMB->MWI tense');
    expect(asArrows('Ghana\'s allegation that Togo was training rebels angered Lomé.')).toEqual(['GHA->TGO tense']);
  });
});

// The ninety-eighth reading (stop 38): four articles (Armenia freezes its part in the Russian-led CSTO, 2024).
describe('the ninety-eighth reading', () => {
  it('reads "and neighbouring Azerbaijan" as one list with the state before it', () => {
    expect(asArrows('The row between Chile and neighbouring Bolivia deepened, and a Bolivian raid on Chile followed.')).toEqual(['CHL->BOL tense', 'BOL->CHL hostile']);
  });

  it('reads an attack said to be likely, or a treaty said to be impossible, as not had', () => {
    expect(asArrows('The minister said a fresh Venezuelan attack on Guyana was “very likely”.')).toEqual([]);
    expect(asArrows('He said the dispute made a peace treaty between Eritrea and Djibouti “simply not possible”.').filter((c) => !c.endsWith('tense'))).toEqual([]);
    // (An ongoing war "likely to continue" is still a war.)
    expect(asArrows('The war between Sudan and South Sudan is likely to continue.')).toEqual(['SDN->SSD hostile']);
  });

  it('reads a summit a state boycotts as no meeting of its', () => {
    expect(asArrows('Turkish state media reported that officials in Ankara had not received notice of Iran’s decision, suggesting Tehran meant its boycott of the last summit in Baku.')).toEqual([]);
  });

  it('takes the speaker after a quotation as the subject of the participle that follows', () => {
    expect(asArrows('“We believe Iran has not kept its word,” Poland\'s prime minister said, accusing Belarus of lying.')).toEqual(['POL->BLR tense']);
  });

  it('reads a second adjunct after "and" as the main clause\'s, not the subordinate clause\'s before it', () => {
    expect(asArrows('Serbia recalled its ambassador after Croatia expelled a diplomat and amid tensions with Hungary.')).toEqual(['SRB->HUN tense']);
  });

  it('reads allies named after "particularly" as examples of the allies', () => {
    expect(asArrows('Armenia praised its Western allies, particularly France and the United States.')).toEqual(['ARM->FRA cooperative', 'ARM->USA cooperative']);
  });
});

// The ninety-ninth reading (stop 38): four articles (India suspends the Indus Waters Treaty after the Pahalgam attack, Pakistan closes its airspace, 2025).
describe('the ninety-ninth reading', () => {
  it('reads cooperation "suspended" in the passive as ended', () => {
    expect(asArrows('Kenya and Uganda clashed. Trade between the two nations has been fully suspended.')).toEqual(['KEN->UGA tense', 'KEN->UGA tense']);
  });
});

// The hundredth reading (stop 38): four articles (Blinken postpones his trip to China over a balloon, 2023).
describe('the hundredth reading', () => {
  it('reads a trip a minister "was to" make as not made', () => {
    expect(asArrows('The decision came hours before Lavrov was to fly to Tokyo.')).toEqual([]);
  });
});

// The hundred-and-first reading (stop 38): four articles (Israel strikes Hamas's leaders in Doha, 2025).
describe('the hundred-and-first reading', () => {
  it('reads a demonym before "resistance group" or "movement" as describing the group, not as its state', () => {
    expect(asArrows("Egypt condemned a Turkish strike on members of Kurdish resistance group PKK's political wing.")).not.toContain('TUR->IRQ hostile');
    expect(asArrows('Israel struck members of Lebanese resistance group Hezbollah.')).toEqual(['ISR->hezbollah hostile']);
  });

  it('reads partners fronted with "Along with" as acting with the subject', () => {
    expect(asArrows('Along with France, Germany sent aid to Ukraine.')).toEqual(['FRA->UKR cooperative', 'DEU->UKR cooperative']);
  });

  it('reads an end of a war that efforts only seek as no peace between its sides', () => {
    expect(asArrows('Norway has led efforts to end the war between Ethiopia and Eritrea.').filter((c) => c.endsWith('warming'))).not.toContain('ETH->ERI warming');
  });
});

// The hundred-and-second reading (stop 38): four articles (Turkey and Armenia name envoys to normalise ties, 2021-22).
describe('the hundred-and-second reading', () => {
  it('reads a meeting held to discuss repairing relations as warming between its sides', () => {
    expect(asArrows('Officials said the meeting between Serbian and Kosovar envoys will take place in Brussels to discuss steps toward mending relations.')).toEqual(['SRB->XKX warming']);
  });

  it('reads the partner after "in coordination with" as that coordination\'s, not as the partner of a noun before it', () => {
    expect(asArrows('He said Croatia was pursuing its normalisation talks in consultation and coordination with Slovenia.')).toEqual(['HRV->SVN cooperative']);
  });
});

// The hundred-and-fourth reading (stop 38): four articles (the Solomon Islands sign a security pact with China, 2022).
describe('the hundred-and-fourth reading', () => {
  it('reads a pact others share concerns about as theirs to judge, not one the concerned hold among themselves', () => {
    expect(asArrows('China and Fiji signed a pact. Japan and Australia shared concerns about the security pact.')).toEqual(['CHN->FJI cooperative', 'JPN->CHN tense', 'JPN->FJI tense', 'AUS->CHN tense', 'AUS->FJI tense']);
    // (A deal of one's own stays one's own.)
    expect(asArrows('Japan voiced concerns about its trade deal with Korea.')).toContain('JPN->KOR cooperative');
  });

  it('reads "sounded the alarm about" a deal as disapproval of its parties', () => {
    expect(asArrows('Australia sounded the alarm about the security agreement between China and Fiji.')).toEqual(['AUS->CHN tense', 'AUS->FJI tense', 'CHN->FJI cooperative']);
  });
});

// The hundred-and-fifth reading (stop 38): two articles (Spain stays away from Mexico's presidential inauguration, 2024).
describe('the hundred-and-fifth reading', () => {
  it('reads staying away from another state\'s ceremony as a boycott of it', () => {
    expect(asArrows('Peru has decided not to take part “at any level” in the inauguration of the president-elect of Bolivia.')).toEqual(['PER->BOL tense']);
    expect(asArrows('Mali will not attend the summit of Senegal.')).toEqual(['MLI->SEN tense']);
    // (Attending is no claim of its own.)
    expect(asArrows('Peru attended the inauguration of the president of Bolivia.')).toEqual([]);
  });
});

// The hundred-and-sixth reading (stop 38): four articles (Germany rejects Poland's note on war reparations, 2022-23).
describe('the hundred-and-sixth reading', () => {
  it('reads "because of pressure from" a state as its pressure on the subject, not as a clause of its own', () => {
    expect(asArrows('Hungary says it dropped the claim at the time because of pressure from Moscow.')).toEqual(['RUS->HUN tense']);
    // (Nor does the verb before "because of" end the pressure.)
    expect(asArrows('Hungary stopped because of pressure from Moscow.')).toEqual(['RUS->HUN tense']);
  });

  it('reads a participle right after the one a note was sent to as the sender\'s act on it', () => {
    expect(asArrows('Greece sent a diplomatic note to Turkey demanding an apology.')).toEqual(['GRC->TUR tense']);
  });
});

// The hundred-and-seventh reading (stop 38): four articles (China warns its citizens against travel to Japan over Takaichi's remarks on Taiwan, 2025).
describe('the hundred-and-seventh reading', () => {
  it('reads an indefinite attack that only "could" do something as imagined', () => {
    expect(asArrows('The minister suggested that a Serbian attack on Kosovo could trigger a wider war.')).toEqual([]);
    expect(asArrows('A Russian attack on Estonia killed three soldiers.')).toEqual(['RUS->EST hostile']);
  });
});

// The hundred-and-eighth reading (stop 38): three articles (Kuwait protests an Iraqi court's annulment of the Khor Abdullah agreement, 2023-25).
describe('the hundred-and-eighth reading', () => {
  it('reads a protest note handed or sent to a state as a protest to it', () => {
    expect(asArrows('Qatar handed a protest note to the Bahraini ambassador.')).toEqual(['QAT->BHR tense']);
    expect(asArrows('Chile sent a letter of protest to Peru.')).toEqual(['CHL->PER tense']);
  });
});

// The hundred-and-tenth reading (stop 38): three articles (Azerbaijan cancels Russian events after deaths in a Yekaterinburg raid, 2025).
describe('the hundred-and-tenth reading', () => {
  it('reads cancelled or skipped events held with a state as reduced relations, not as cooperation', () => {
    expect(asArrows('Georgia has suspended all planned cultural events in collaboration with Russian state organizations.')).toEqual(['GEO->RUS tense']);
    expect(asArrows('President Tokayev skipped out on attending Russia’s Victory Day parade in Moscow.')).toEqual(['KAZ->RUS tense']);
  });

  it('reads building or forging ties as improving them', () => {
    expect(asArrows('Ukraine has sought to build relations with Tbilisi.')).toEqual(['UKR->GEO warming']);
  });
});

// The hundred-and-eleventh reading (stop 38): three articles (Poland shoots down Russian drones over its territory, 2025).
describe('the hundred-and-eleventh reading', () => {
  it('reads an irregular participle after "were" as a passive ("were shot down by")', () => {
    expect(asArrows('Iranian drones were shot down by Jordan.')).toEqual(['JOR->IRN hostile']);
  });

  it('reads "wasted no time backing" as backing', () => {
    expect(asArrows('Paris wasted no time backing Athens.')).toEqual(['FRA->GRC cooperative']);
  });
});

// The hundred-and-twelfth reading (stop 38): three articles (Armenia and Azerbaijan sign a peace declaration at the White House, 2025).
describe('the hundred-and-twelfth reading', () => {
  it('reads renouncing a confrontation as a step back from it', () => {
    expect(asArrows('Ethiopia and Eritrea have formally renounced military confrontation.')).toEqual(['ETH->ERI warming']);
  });
});

// The hundred-and-fourteenth reading (stop 38): three articles (Pakistan and Afghanistan agree a ceasefire in Doha, 2025).
describe('the hundred-and-fourteenth reading', () => {
  it('reads ", mediated by X and Y," as the mediators of what the pair does', () => {
    expect(asArrows('Ethiopia and Eritrea, mediated by Kenya and Uganda, agreed on a ceasefire.')).toEqual(['KEN->ETH cooperative', 'KEN->ERI cooperative', 'UGA->ETH cooperative', 'UGA->ERI cooperative', 'ETH->ERI warming']);
  });

  it('reads negotiations that need a mediator as talks to settle a dispute', () => {
    expect(asArrows('A round of negotiations between Sudan and Chad was held in Doha, mediated by Qatar.')).toEqual(['SDN->TCD warming', 'QAT->SDN cooperative', 'QAT->TCD cooperative']);
    // (Past long names: "the Republic of the Sudan and the Republic of Chad".)
    expect(asArrows('A round of negotiations between the Republic of the Sudan and the Republic of Chad was held in Doha, mediated by the State of Qatar.')).toContain('SDN->TCD warming');
  });

  it('does not take the mediators for "the two sides" of the next sentence', () => {
    expect(asArrows('Talks between Sudan and Chad were held in Doha, mediated by Qatar and Egypt. The two sides agreed to a ceasefire.').filter((c) => c.includes('QAT->EGY'))).toEqual([]);
  });
});

// The hundred-and-fifteenth reading (stop 38): four articles (Israel and Iran's strikes of June 2025).
describe('the hundred-and-fifteenth reading', () => {
  it('reads an act "aimed at" doing something as its purpose, not as cooperation', () => {
    expect(asArrows("Russia launched an offensive aimed at crippling Ukraine's power grid.")).not.toContain('RUS->UKR cooperative');
  });
});

// The hundred-and-sixteenth reading (stop 38): three articles (Ethiopia and Eritrea over the Red Sea, 2025).
describe('the hundred-and-sixteenth reading', () => {
  it('reads a conflict a state has "no intention" of, or a "renewed conflict" that "would" do something, as not had', () => {
    expect(asArrows('Kenya has no intentions of engaging in conflict with Somalia over the sea border.')).toEqual([]);
    expect(asArrows('Renewed conflict between Sudan and South Sudan would undo the oil deal.').filter((c) => c.endsWith('hostile'))).toEqual([]);
    // (Renewed fighting that killed is had.)
    expect(asArrows('Renewed fighting between Sudan and South Sudan killed dozens.')).toEqual(['SDN->SSD hostile']);
  });
});

// The hundred-and-seventeenth reading (stop 38): three articles (Saudi Arabia and Pakistan sign a mutual defence pact, 2025).
describe('the hundred-and-seventeenth reading', () => {
  it('reads a leader\'s plane entering another state\'s airspace as no incursion', () => {
    expect(asArrows("As Prime Minister Abiy's plane entered Kenyan airspace, Kenyan jets escorted and welcomed his aircraft.")).toEqual(['KEN->ETH cooperative']);
    expect(asArrows('Russian jets entered Finnish airspace.')).toEqual(['RUS->FIN hostile']);
  });
});
