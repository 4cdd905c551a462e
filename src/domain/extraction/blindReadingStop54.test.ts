// Constructions that the real news articles of stop 54 (readings 400 on, annotated by hand before
// extraction was run on them, kept outside the project as the eval's are) were misread in. The sentences
// are written for the purpose, about other states in other words. Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { findTimes } from '../claims/resolveTime';
import { extractClaims } from './extractClaims';
import { asArrows, extract, readers } from './extractionTestKit';

// The four hundredth reading (stop 54): four articles on Japan and Russia's talks on a peace treaty and
// the islands both claim (2016-2019).
describe('the four hundredth reading', () => {
  it('reads talks that fell short of an agreement as failed, tense between their parties, not as an agreement made', () => {
    expect(asArrows('The leaders of Peru and Ecuador fell short of agreement on Monday over the border.')).toEqual(['PER->ECU tense']);
    expect(asArrows('Chile fell short of a deal with Bolivia.')).toEqual(['CHL->BOL tense']);
  });

  // (Their meeting, then, is talks between disputing parties: warming, by the conventions.)
  it('reads a territorial dispute that names no party as the dispute of the pair the sentence tells', () => {
    expect(asArrows('The Peruvian foreign minister met his Chilean counterpart amid a long-running maritime dispute.')).toEqual(['PER->CHL warming', 'PER->CHL tense']);
    // (Not a dispute that names its own party: "amid Somalia's border dispute".)
    expect(asArrows('The Peruvian foreign minister met his Chilean counterpart amid Somalia\'s border dispute.')).toEqual(['PER->CHL cooperative']);
  });

  it('reads Soviet troops as the state Russia continues, the one that seized or invaded', () => {
    expect(asArrows('Soviet troops invaded Hungary in 1956.')).toEqual(['RUS->HUN hostile']);
    expect(extract('Soviet troops invaded Hungary in 1956.')[0]?.when).toBe('1956');
    // (Not "Soviet" alone: "post-Soviet states" and "Soviet-era maps" name no actor.)
    expect(asArrows('Soviet-era maps show Hungary.')).toEqual([]);
  });

  it('dates a month with no year that a future is told of as the next such month, not the last', () => {
    expect(extract('The Chilean president is expected to visit Peru in June.', '2019-01-14')[0]?.when).toBe('2019-06');
    expect(findTimes('Kenya will host Uganda in March', { published: '2019-10-02' })[0]?.when).toEqual({ kind: 'point', at: '2020-03' });
    // (A past after the future's words keeps the last: "will be held as agreed in June".)
    expect(findTimes('talks will be held as agreed in June', { published: '2019-01-14' })[0]?.when).toEqual({ kind: 'point', at: '2018-06' });
    expect(findTimes('Kenya hosted Uganda in June', { published: '2019-01-14' })[0]?.when).toEqual({ kind: 'point', at: '2018-06' });
  });
});

// The four hundred and first reading (stop 54): four articles on Canada and India's expulsions over the
// killing of a Sikh leader in British Columbia (2023-2024).
describe('the four hundred and first reading', () => {
  it('reads backing violence or crime against a state\'s people as force used on that state, not support for it', () => {
    expect(asArrows('Officials said Serbia had financed violent activity against Montenegrins.')).toEqual(['SRB->MNE hostile']);
    // (Support for a state against another stays support: "backed Pakistan against China".)
    expect(asArrows('Officials said Serbia backed Hungary against Croatia.')).toEqual(['SRB->HUN cooperative']);
  });
});

// The four hundred and second reading (stop 54): four articles on Turkey holding up Sweden's and Finland's
// entry into NATO after a Quran burning in Stockholm (2023).
describe('the four hundred and second reading', () => {
  it('reads approving or recognising that a state holds off or puts off as refused, tense toward the one refused', () => {
    expect(asArrows('Hungary had been holding off approving Albania\'s membership.')).toEqual(['HUN->ALB tense']);
    expect(asArrows('Peru put off recognising Kosovo.')).toEqual(['PER->XKX tense']);
  });

  it('reads a state not allowed to join a body as refused by the one that will not allow it, tense', () => {
    expect(asArrows('Greece will not allow North Macedonia to join the bloc.')).toEqual(['GRC->MKD tense']);
  });

  it('reads joining an alliance or a bloc as cooperation with the body, not a build-up of forces', () => {
    expect(asArrows('Finland joined the NATO military alliance in 2023.')).toEqual(['FIN->nato cooperative']);
  });

  it('reads support that a state needs or seeks as not given, and an alliance one gains entry to as no alliance of the states told', () => {
    expect(asArrows('Protesters have angered Hungary, whose backing Albania needs to gain entry to the alliance.')).toEqual([]);
    expect(asArrows('Albania needs Hungary\'s support.')).toEqual([]);
  });

  it('reads distancing oneself from protests as no step away from the other state told before', () => {
    expect(asArrows('Chile criticised Peru. Chilean officials distanced themselves from the protests.')).toEqual(['CHL->PER tense']);
  });
});

// The four hundred and third reading (stop 54): four articles on the deadly clash of Indian and Chinese
// troops in the Galwan Valley (2020).
describe('the four hundred and third reading', () => {
  it('reads "PM" before a leader\'s name as a title, so that two leaders joined by "and" act together', () => {
    expect(asArrows('Chancellor Scholz and PM Kishida discussed trade.', '2023-05-01')).toEqual(['DEU->JPN cooperative']);
  });

  it('reads what two leaders discuss as their topic, not a party: the partner is beside the subject or after "with"', () => {
    expect(asArrows('Macron and Scholz discussed the situation along the Serbia-Kosovo boundary.', '2023-05-01')).toEqual(['FRA->DEU cooperative']);
    expect(asArrows('Kenya discussed Somalia with Ethiopia.')).toEqual(['KEN->ETH cooperative']);
  });
});

// The four hundred and fourth reading (stop 54): four articles on Colombia and Venezuela restoring
// diplomatic relations (2022).
describe('the four hundred and fourth reading', () => {
  it('reads a subject with a "then-" title after "after" as a clause of its own, with its own act', () => {
    expect(asArrows('Peru and Bolivia are neighbours. Diplomatic relations between the two countries broke in 2015, after Peru\'s then-President Ollanta Humala refused to recognise Bolivia\'s new government.')).toContain('PER->BOL tense');
  });
});

// The four hundred and fifth reading (stop 54): four articles on France's ambassador leaving Niger after
// the junta ordered him out (2023).
describe('the four hundred and fifth reading', () => {
  it('reads a headline\'s title followed by a verb as no one introduced, so a state named after it stays that state', () => {
    const text = 'German Ambassador Leaves Chad\n2023-04-10\n\nThe ambassador went home. Sudan sent troops to neighbouring Chad.';
    const { claims } = extractClaims({ id: 't', text, published: '2023-04-10', bodyStart: text.indexOf('The ambassador') }, readers);
    expect(claims.map((c) => `${c.a}->${c.b} ${c.stance}`)).toEqual(['SDN->TCD cooperative']);
  });

  it('reads a participle that describes a leader as no act of the sentence\'s subject', () => {
    expect(asArrows('Paris backed deposed President Hasina.', '2024-09-01')).toEqual([]);
    expect(asArrows('Ghana wants to reinstate ousted leader Bazoum of Niger.')).toEqual([]);
  });

  it('reads an infinitive coordinated with a refused one as refused too', () => {
    expect(asArrows('Spain refused to comply or recognise the new government of Bolivia.')).toEqual(['ESP->BOL tense']);
  });

  it('reads cooperation that "is over" as ended, tense', () => {
    expect(asArrows('The security cooperation between Mali and Denmark is over.')).toEqual(['MLI->DNK tense']);
  });

  it('reads one asked to leave by a state as expelled by it, and departing from a capital as meeting no one', () => {
    expect(asArrows('The Danish envoy, who had been asked to leave by Mali weeks ago over remarks on the junta and its elections, departed from Bamako. Chile left the Lima Group.')).toEqual(['MLI->DNK tense']);
  });

  it('reads agreements a state ended past "a number of" as ended, not made', () => {
    expect(asArrows('Mali ended a number of defence co-operation agreements with Denmark.')).toEqual(['MLI->DNK tense']);
  });
});

// The four hundred and sixth reading (stop 54): four articles on Algeria cutting diplomatic relations with
// Morocco over its "hostile actions" (2021).
describe('the four hundred and sixth reading', () => {
  it('reads threats "made by" a state against another as that state\'s threats', () => {
    expect(asArrows('Ghana cited the threats made by the Togolese defence minister against Ghana.')).toEqual(['TGO->GHA tense']);
  });

  it('reads what "one of which" stands for as the noun before it, not the one who speaks of it', () => {
    expect(asArrows('Chad said the raids were the work of militias, one of which it said was backed by Sudan.')).not.toContain('SDN->TCD cooperative');
  });
});

// The four hundred and ninth reading (stop 54): four articles on the bans that followed Belarus forcing a
// Ryanair flight to land in Minsk (2021).
describe('the four hundred and ninth reading', () => {
  it('reads the states a flight or a route goes between or from and to as its course, not the ones acted on', () => {
    expect(asArrows('Iran forced the landing of a Turkish Airlines flight between Qatar and Oman.')).toEqual([]);
    expect(asArrows('Iran diverted a Turkish Airlines flight from Qatar to Oman.')).toEqual([]);
  });

  it('reads a plane flying to a capital as no one\'s visit', () => {
    expect(asArrows('Iran grounded the plane in Tehran, which was flying from Doha to Muscat.')).toEqual([]);
  });
});

// The four hundred and tenth reading (stop 54): four articles on the Netherlands barring Turkish ministers
// from a rally in Rotterdam, and Erdogan's reply (2017).
describe('the four hundred and tenth reading', () => {
  it('reads what affects a state as no act of its own', () => {
    expect(asArrows('Egypt warned of sanctions on Sudan that will affect it economically.')).not.toContain('SDN->EGY cooperative');
  });

  it('reads travelling from a state as no visit to it', () => {
    expect(asArrows('The Iraqi minister appeared at the border after travelling overland from Jordan.')).toEqual([]);
  });

  it('reads support gathered for a cause, and a leader\'s powers boosted, as no act toward a state', () => {
    expect(asArrows('Peru said it would refuse the Bolivian minister permission to land for a rally to gather support for a referendum on boosting Morales\'s powers.', '2016-01-10')).toEqual(['PER->BOL tense']);
  });
});

// The four hundred and eleventh reading (stop 54): four articles on the Maldives asking India to withdraw
// its troops (2024).
describe('the four hundred and eleventh reading', () => {
  it('reads another state\'s forces that a state withdraws as sent away, tense, not its own step back', () => {
    expect(asArrows('Djibouti proposed to withdraw French troops from its territory.')).toEqual(['DJI->FRA tense']);
    expect(asArrows('France withdrew its troops from Djibouti.')).toEqual(['FRA->DJI warming']);
  });
});

// The four hundred and twelfth reading (stop 54): four articles on Israel and the United Arab Emirates
// agreeing to normalise relations (2020), the event of tuning article 13.
describe('the four hundred and twelfth reading', () => {
  it('reads opening relations, or establishing ties, as warming', () => {
    expect(asArrows('Oman will open relations with Israel.')).toEqual(['OMN->ISR warming']);
  });

  it('reads those named after "after" in a sentence of an ordinal as having done the act before, to the same state', () => {
    expect(asArrows('Kenya will be the third African country to open relations with Kosovo, after Malawi and Togo.')).toEqual(['KEN->XKX warming', 'MWI->XKX warming', 'TGO->XKX warming']);
    expect(asArrows('Chad became the second state to recognise Kosovo after Togo in 2011.').map(String)).toContain('TGO->XKX cooperative');
  });
});

// The four hundred and thirteenth reading (stop 54): four articles on India's boycott of Malaysian palm oil
// after Mahathir's criticism over Kashmir (2019-2020).
describe('the four hundred and thirteenth reading', () => {
  it('reads taxes raised on goods from a state as a measure against it', () => {
    expect(asArrows('Turkey had raised taxes on steel from Ukraine in March.')).toEqual(['TUR->UKR tense']);
  });

  it('reads goods "imported from" a state that are boycotted as the state boycotted, and the participle as no trade of its own', () => {
    expect(asArrows('Chile has boycotted olive oil imported from Argentina.')).toEqual(['CHL->ARG tense']);
  });

  it('reads a shock given as no gift, and what one is too small to do as not done', () => {
    expect(asArrows('Japan has given a shock to Vietnam.')).toEqual([]);
    expect(asArrows('Laos is too small a country to retaliate against Thailand.')).toEqual([]);
  });

  it('reads speaking to reporters as addressing no state, and standing by one\'s own words as backing no one', () => {
    expect(asArrows('Speaking to reporters in Pattaya, Thailand, he praised the deal.')).toEqual([]);
    expect(asArrows('Laos stood by its criticism of Thailand.')).toEqual(['LAO->THA tense']);
  });

  it('reads Malaysia\'s prime ministers by the given names they are known by', () => {
    expect(asArrows('Mahathir criticised New Delhi.', '2019-10-22')).toEqual(['MYS->IND tense']);
    expect(asArrows('Anwar met Prabowo.', '2024-11-10')).toEqual(['MYS->IDN cooperative']);
  });

  it('reads criticism a state will not retract as standing, and trade a state restricts as no cooperation among those it restricts', () => {
    expect(asArrows('Laos said it would not retract its criticism of Thailand\'s decision.')).toEqual(['LAO->THA tense']);
    expect(asArrows('Laos and Cambodia fell out. Thailand will restrict trade from both the countries.')).not.toContain('LAO->KHM cooperative');
  });
});

// The four hundred and fourteenth reading (stop 54): four articles on Nicaragua breaking off relations with
// the Netherlands (2022).
describe('the four hundred and fourteenth reading', () => {
  it('reads entry refused to an envoy named with his post ("the US Ambassador to Managua to enter") as refused, tense', () => {
    expect(asArrows('Cuba said it would not allow the Spanish Ambassador to Havana to enter the country.')).toEqual(['CUB->ESP tense']);
  });
});

// The four hundred and sixteenth reading (stop 54): four articles on Turkey expelling Israel's ambassador
// over the raid on the Gaza flotilla (2011).
describe('the four hundred and sixteenth reading', () => {
  it('reads an attack told after a time\'s possessive as the cause of a reaction, the other state\'s act on the one who reacts', () => {
    expect(asArrows('Peru expelled Chile\'s ambassador over its refusal to apologize for last year\'s raid on a Lima-bound fishing boat.', '2011-09-02')).toEqual(['PER->CHL tense', 'CHL->PER hostile']);
  });

  it('reads agreements "being suspended" as ended', () => {
    expect(asArrows('Chile and Peru fell out. All military agreements signed between the two countries are being suspended.')).not.toContain('CHL->PER cooperative');
  });

  it('reads friendship one is devoid of, and cooperation only hoped for, as none had', () => {
    expect(asArrows('Chile is going to be devoid of Peru\'s friendship.')).toEqual([]);
    expect(asArrows('Chile hoped Peru and Bolivia could now return to the co-operation of old.')).toEqual([]);
  });

  it('reads what is made a condition, and what it is the condition of, as not done', () => {
    expect(asArrows('Peru has made a Chilean apology a condition of improving diplomatic ties.')).toEqual([]);
  });
});

// The four hundred and seventeenth reading (stop 54): four articles on Sudan cutting ties with the United Arab
// Emirates, which it accuses of arming the RSF (2025).
describe('the four hundred and seventeenth reading', () => {
  it('reads support stepped up as support, and "alleged" before what it qualifies as no accusation', () => {
    expect(asArrows('Chad said Libya had intensified its alleged military support to Niger.')).toEqual(['LBY->NER cooperative']);
  });

  it('reads a past between a name and its object as the verb the tagger took for an adjective, so an accusation is of the one who did it', () => {
    expect(asArrows('Sudan alleged that Chad armed the RSF.')).toContain('SDN->TCD tense');
  });
});

// The four hundred and nineteenth reading (stop 54): three articles on Burkina Faso and Côte d'Ivoire's
// arrests of each other's soldiers and gendarmes (2023-2024).
describe('the four hundred and nineteenth reading', () => {
  it('reads people held where a relative "where" or an opening "In ..." places them as held by that state', () => {
    expect(asArrows('Many recalled the case of Gabon, where 12 Cameroonian soldiers were arrested in July 2022.')).toEqual(['GAB->CMR hostile']);
    expect(asArrows('In Gabon, 12 Cameroonian soldiers were arrested in July 2022.')).toEqual(['GAB->CMR hostile']);
  });
});

// The four hundred and twentieth reading (stop 54): four articles on Kuwait expelling the Philippine
// ambassador over videos of embassy staff "rescuing" workers (2018).
describe('the four hundred and twentieth reading', () => {
  it('reads the subject of a gerund after "while" as the one named before the verb of the clause before it, not a pronoun\'s', () => {
    expect(asArrows('Qatar declared the envoy persona non grata, while also detaining four Nepalis.')).toContain('QAT->NPL hostile');
    expect(asArrows('China, he said, had undermined Palau. He said he was followed by two Chinese men while attending a meeting in Fiji.')).not.toContain('CHN->FJI cooperative');
  });
});
