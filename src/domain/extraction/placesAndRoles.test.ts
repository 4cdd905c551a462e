// Places, deals judged later, pronouns of a reporter, concessions, forces, offices, wars and roles:
// sentences written for the purpose (not from ../shared/eval), split from agentsAndExamples.test.ts.
import { describe, expect, it } from 'vitest';
import { asArrows, extract, ids, keys } from './extractionTestKit';

describe('places of a state and de facto authorities', () => {
  it('reads a city or region struck as its state, and never as who acts', () => {
    expect(keys('Russian missiles hit Kharkiv on Sunday.')).toEqual(['RUS-UKR hostile']);
    expect(asArrows('Russia annexed Crimea in 2014.')).toEqual(['RUS->UKR hostile']);
    expect(asArrows('Israel carried out air strikes on Rafah.')).toEqual(['ISR->pa hostile']);
    expect(asArrows('Hezbollah fired rockets at Haifa.')).toEqual(['hezbollah->ISR hostile']);
    // Where talks are held is no party to them.
    expect(keys('Saudi Arabia and Iran held talks in Jeddah.')).toEqual(['IRN-SAU cooperative']);
  });
  it('reads the de facto authorities of a region by their bodies, not by the place', () => {
    expect(keys('Putin and Abkhaz authorities signed a treaty making Abkhazia part of Russia.')).toEqual(['RUS-abkhazia cooperative']);
    expect(keys('Moscow and the Abkhaz authorities signed a treaty creating a joint army.')).toEqual(['RUS-abkhazia cooperative']);
    expect(asArrows('Azerbaijan launched an offensive against Karabakh forces.')).toEqual(['AZE->karabakh hostile']);
    expect(asArrows('The Pakistani Taliban attacked a police station in Pakistan.')).toEqual(['ttp->PAK hostile']);
  });
});

describe('deals and drills judged later, acts after a report', () => {
  it('reads a deal called null and void as judged on the deal\'s pair, and an act after "and" as the reporter\'s', () => {
    const text = 'Ethiopia signed an agreement with Somaliland. Somalia, which considers Somaliland part of its territory, said the agreement was null and void.';
    expect(asArrows(text)).toEqual(['ETH->somaliland cooperative', 'SOM->ETH tense', 'SOM->somaliland tense']);
    expect(asArrows('Somalia said the weather was bad and recalled its ambassador to Ethiopia.')).toEqual(['SOM->ETH tense']);
  });
  it('reads drills denounced later as on those who held them', () => {
    const text = 'The United States will conduct flight exercises with the Guyanese military this week. Caracas denounced the exercises as a provocation.';
    expect(asArrows(text)).toEqual(['USA->GUY cooperative', 'VEN->USA tense', 'VEN->GUY tense']);
  });
});

describe('pronouns of a reporter, judgements, acts beside words, agents of the other state', () => {
  it('reads "he" in what someone reports as the reporter', () => {
    const text = 'Spain withdrew its ambassador to Argentina. Spanish Foreign Minister Jose Manuel Albares said Milei had failed to apologise. Milei said he would not say sorry and accused the Spanish government of attacking him first.';
    const arrows = (t: string) => extract(t, '2024-05-21').map((c) => `${c.a}->${c.b} ${c.stance}`);
    expect(arrows(text)).toEqual(['ESP->ARG tense', 'ARG->ESP tense']);
  });
  it('reads more words of judgement', () => {
    expect(extract('Milei called the wife of Spanish Prime Minister Pedro Sanchez corrupt.', '2024-05-21').map((c) => `${c.a}->${c.b} ${c.stance}`)).toEqual(['ARG->ESP tense']);
  });
  it('keeps an act beside words of warming, and a normalisation as the deal later judged', () => {
    expect(keys("Niger's new rulers have moved closer to Russia, signing a defence cooperation deal with Moscow.")).toEqual(['NER-RUS warming', 'NER-RUS cooperative']);
    expect(asArrows('Sudan and Israel agreed to normalise relations. Trump spoke with Netanyahu. Palestinian leaders condemned the deal.')).toEqual(
      expect.arrayContaining(['pa->SDN tense', 'pa->ISR tense']),
    );
  });
  it('gives an agent acting on the state just named the other state of the pair', () => {
    const text = 'The last French soldiers left Niger on Friday. The junta had revoked military agreements with Paris.';
    expect(asArrows(text)).toEqual(['NER->FRA tense']);
  });
});

describe('concessions, steps toward a deal, the first pair of an article', () => {
  it('reads territory returned to a state as warming, past a participle before the noun', () => {
    expect(asArrows('Armenia agreed on Friday to return four abandoned border villages to Azerbaijan.')).toEqual(['ARM->AZE warming']);
  });
  it('reads no treaty in a step toward one', () => {
    expect(keys('Armenia returned four villages to Azerbaijan, which could pave the way for a peace treaty.')).toEqual(['ARM-AZE warming']);
  });
  it('reads "the two countries" at an article\'s start as the two it has just named', () => {
    expect(keys('Australian Trade Minister Don Farrell met his Chinese counterpart in Beijing, as the two countries work to repair ties.')).toEqual(['AUS-CHN warming']);
  });
});

describe('force on forces, coast guards, ill will, isolation, barriers', () => {
  it('reads fighter jets harassing another state\'s planes as hostile, coast guards\' skirmishes as tense', () => {
    expect(asArrows('Chinese warplanes harassed Australian patrol aircraft flying over the Yellow Sea.')).toEqual(['CHN->AUS hostile']);
    expect(keys('Clashes between Chinese and Vietnamese coast guard vessels near the Paracel Islands raised tensions.')).toEqual(['CHN-VNM tense']);
  });
  it('reads a barrier begun on a border, with the gerund the tagger took for a noun', () => {
    expect(asArrows('Finland started constructing a steel fence along its border with Russia.')).toEqual(['FIN->RUS tense']);
  });
});

describe('offices, withheld help and venues', () => {
  it('does not read a noun of relations that names an office ("trade minister") as the relation', () => {
    expect(keys("Australia's trade minister said Canberra had been unable to reach Chinese officials.")).toEqual([]);
    expect(keys('Australia expanded trade with China.')).toEqual(['AUS-CHN cooperative']);
  });
  it('reads aid withheld as one reduction of relations, not also as aid', () => {
    expect(asArrows('Washington withheld aid to Ethiopia over the dam dispute.')).toEqual(['USA->ETH tense']);
  });
  it('reads a seat of government before a word for an event as where it is held, not a party', () => {
    expect(keys('Serbia and Kosovo agreed to normalise economic relations at a White House ceremony.')).toEqual(['SRB-XKX warming']);
    expect(keys('Israel and the UAE signed the accords at a White House ceremony.')).toEqual(['ARE-ISR cooperative']);
    // A state where people meet is a venue too.
    // (Talks held through a broker are talks to settle a dispute, warming, since the broker is no party to them: stop 65.)
    expect(asArrows('Venezuela and Guyana agreed to meet in St Vincent and the Grenadines, in talks brokered by Brazil.')).toEqual(['VEN->GUY warming', 'BRA->VEN cooperative', 'BRA->GUY cooperative']);
  });
});

describe('talks ended in the passive, incidents judged, envoys withdrawn', () => {
  it('reads talks or a deal that "were paused" or "was scrapped" as relations reduced, past an aside', () => {
    expect(keys('Talks between India and Canada were suspended in September.')).toEqual(['CAN-IND tense']);
    expect(keys('Trade talks between India and Canada, which had been under way for a decade, were paused last year.')).toEqual(['CAN-IND tense']);
    expect(keys('Talks between India and Canada were held in September.')).toEqual(['CAN-IND cooperative']);
  });
  it('reads concern over "the incident" as disapproval of whoever did the act told before', () => {
    const text = 'Ecuadorean police stormed the Mexican embassy in Quito. Mexico broke off relations with Ecuador. Spain also expressed concern over the incident.';
    expect(asArrows(text)).toContain('ESP->ECU tense');
    expect(asArrows(text)).not.toContain('ESP->MEX tense');
  });
  it('reads a high commissioner withdrawn as an envoy recalled, not troops withdrawn', () => {
    expect(asArrows('India withdrew its high commissioner from Ottawa.')).toEqual(['IND->CAN tense']);
  });
});

describe('wars of the one helped', () => {
  it('reads "in its war" or "during the war" after the one backed as that one\'s war', () => {
    expect(keys('Iran supported Russia in its war against Ukraine.')).toEqual(['IRN-RUS cooperative', 'RUS-UKR hostile']);
    expect(keys('Turkey backed Azerbaijan during the 2020 war with Armenia.')).toEqual(['AZE-TUR cooperative', 'ARM-AZE hostile']);
    // The year before the war dates the war; a year before another noun does not date the verb before it.
    expect(extract('Azerbaijan won its 2020 war with Armenia.').map((c) => c.when)).toEqual(['2020']);
    expect(extract('Venezuela has never accepted the 1899 ruling of the arbitration court and has clashed with Guyana over it.').map((c) => c.when)).toEqual(['2021-06-10']);
    // Not after a verb of force: the subject's own war.
    expect(keys('Russia struck Ukraine in its war.')).toEqual(['RUS-UKR hostile']);
  });
});

describe('envoys pulled out, and leaders called names', () => {
  it('reads diplomats pulled out of a state, and an ambassador recalled from the city of its embassy', () => {
    expect(asArrows('Israel pulled its diplomats out of Turkey.')).toEqual(['ISR->TUR tense']);
    expect(asArrows('Turkey recalled its ambassador from Tel Aviv.')).toEqual(['TUR->ISR tense']);
    // A city is still only a place where no embassy is meant.
    expect(asArrows('Turkey sent aid to Haifa.')).toEqual([]);
  });
  it('reads calling a leader a butcher or a dictator as criticism of the leader\'s state', () => {
    expect(asArrows('Erdogan has called Netanyahu a butcher.')).toEqual(['TUR->ISR tense']);
    expect(asArrows('Egypt condemned the terrorist attack.')).toEqual([]);
  });
});

describe('roles after a copula', () => {
  it('reads "one of the critics of X" or "one of the supporters of X" as the subject\'s stance toward X', () => {
    expect(asArrows("Turkey has been one of the most vocal critics of Israel's offensive.")).toEqual(['TUR->ISR tense']);
    expect(keys('Poland has been one of the strongest supporters of Ukraine.')).toEqual(['POL-UKR cooperative']);
  });
});

describe('what a treaty covers, rulings judged, moves that anger', () => {
  it('reads no attack in attacks a treaty covers', () => {
    expect(asArrows('The United States said its defence treaty covers attacks on Philippine vessels.')).toEqual([]);
  });
  it('reads a ruling rejected as addressed to the ruling, not to the other of the pair told before', () => {
    expect(asArrows('Beijing accused Washington of using Manila as a pawn. A tribunal ruled in 2016 that China\'s claims had no legal basis, a ruling Beijing rejects.')).toEqual(['CHN->USA tense']);
  });
  it('reads ", a move that angered China" as the act of the clause before, which China disapproves', () => {
    expect(keys('The Philippines granted U.S. forces access to four more military bases, a move that angered China.')).toEqual(['PHL-USA cooperative', 'CHN-PHL tense']);
  });
});

describe('more names of actors', () => {
  it('knows the AU by its initials, and armed forces and parliaments named without their state', () => {
    expect(ids('The AU suspended Niger. The Tatmadaw, the FARDC, the State Duma and the Bundeswehr.')).toEqual(['au', 'NER', 'MMR', 'COD', 'RUS', 'DEU']);
  });
});

describe('each other, and blocs in title case', () => {
  it('reads "each other" as the list before it, however long', () => {
    expect(keys('Mali, Niger and Burkina Faso pledged to defend each other.')).toEqual(['MLI-NER cooperative', 'BFA-MLI cooperative', 'BFA-NER cooperative']);
    const text = 'Mali, Niger and Burkina Faso quit Ecowas. Russia criticised Burkina Faso. Last year the three countries formed a pact, pledging to defend each other.';
    expect(keys(text)).toContain('BFA-NER cooperative');
    expect(keys(text)).not.toContain('BFA-RUS cooperative');
  });
  it('knows Ecowas, Opec, Asean and Brics as the BBC spells them', () => {
    expect(asArrows('Ecowas imposed tough sanctions on Niger.')).toEqual(['ecowas->NER tense']);
  });
});

describe('a reservoir filled', () => {
  it('reads no yielding in filling a dam, only the objections to it', () => {
    expect(asArrows('Ethiopia began filling the reservoir despite objections from Egypt and Sudan.')).toEqual(['EGY->ETH tense', 'SDN->ETH tense']);
  });
});

describe('measures lifted, visits resumed', () => {
  it('reads curbs lifted as on whom the clause after them says they were imposed', () => {
    expect(asArrows('Japan said it would lift export curbs on materials used to make chips, which it imposed on South Korea in 2019.')).toEqual(['JPN->KOR warming', 'JPN->KOR tense']); // (and the curbs' own start, tense in 2019)
  });
  it('reads regular visits resumed as warming', () => {
    expect(keys('South Korea and Japan agreed to resume regular visits between their leaders.')).toEqual(['JPN-KOR warming']);
  });
});

describe('acts told, then judged or answered', () => {
  it('reads an annexation called illegal as disapproval of whoever annexed', () => {
    expect(asArrows('Russia annexed Crimea in 2014. Ukraine called the annexation illegal.')).toEqual(['RUS->UKR hostile', 'UKR->RUS tense']);
  });
  it('reads a vow to retaliate, with no one named, as a threat to whoever did the act just told', () => {
    expect(asArrows('Israel struck an Iranian consulate in Damascus. Iran vowed to retaliate.')).toEqual(['ISR->IRN hostile', 'IRN->ISR tense']);
    // Not when no act was told just before.
    expect(asArrows('Iran vowed to retaliate.')).toEqual([]);
  });
});
