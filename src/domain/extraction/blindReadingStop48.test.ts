// Constructions that the real news articles of stop 48's readings (annotated by hand before extraction
// was run on them, kept outside the project as the eval's are) were misread in. The sentences are
// written for the purpose, about other states in other words. Each test fails without its rule.
// (Earlier stops': blindReading.test.ts, blindReadingStop32.test.ts to blindReadingStop47.test.ts.)
import { describe, expect, it } from 'vitest';
import { asArrows, extract } from './extractionTestKit';

// The two hundred and seventy-second to the two hundred and seventy-fourth readings (stop 48): twelve
// articles (Albania cuts its ties with Iran over a cyberattack, 2022; Morocco cuts its ties with Iran
// over the Polisario, 2018; Togo mediates between Mali and Ivory Coast over detained soldiers, 2022-23).
describe('the two hundred and seventy-second to the two hundred and seventy-fourth readings', () => {
  it('lets a leader the article names in full, whose surname is too common to stand alone in the table, go by the surname later ("Prime Minister Edi Rama said ... Rama accused Iran")', () => {
    expect(asArrows('The talks failed, Prime Minister Magdalena Andersson said. Andersson accused Russia of lying.')).toEqual(['SWE->RUS tense']);
    // (Not named in full, the surname stands for no one.)
    expect(asArrows('The talks failed, the minister said. Andersson accused Russia of lying.')).toEqual([]);
  });

  it('reads a cyberattack as an attack: condemned, it is its doer\'s, not its victim\'s; launched, it is hostile', () => {
    expect(asArrows('Estonia condemned the cyberattack on Latvia.')).toEqual([]);
    expect(asArrows('Finland accused Russia of launching a cyberattack against Estonia.')).toEqual(['FIN->RUS tense', 'RUS->EST hostile']);
  });

  it('skips an aside that opens with a bare role noun ("Togolese President Faure Gnassingbe, mediator in the Mali-Ivory Coast row, arrived in Bamako") when looking for the subject', () => {
    expect(asArrows('The Kenyan president, mediator in the Sudan-Chad row, arrived in Cairo on Monday.')).toEqual(['TCD->SDN tense', 'KEN->EGY cooperative']);
  });

  it('reads people detained or arrested in a state, with no agent ("46 Ivorian soldiers detained in Mali"), as held by that state, wherever the participle stands', () => {
    expect(asArrows('Egypt urged the release of Chadian soldiers arrested in Sudan.')).toEqual(['SDN->TCD hostile']);
    // (In an aside too, which is then no subject's.)
    expect(asArrows('The Kenyan president, mediator in the row over Chadian soldiers arrested in Sudan, arrived in Cairo on Monday.')).toEqual(['SDN->TCD hostile', 'KEN->EGY cooperative']);
    // (Jailed after a trial, no one's act on a state: "a former Iranian official jailed in Sweden".)
    expect(asArrows('Egypt urged the release of a Chadian official jailed in Sudan.')).toEqual([]);
  });

  it('reads pressure "resorted to" or "caved in to" as a noun, from whom it comes ("Morocco is resorting to pressure from the US"), not a verb of the subject\'s', () => {
    expect(asArrows('Chile caved in to pressure from Bolivia.')).toEqual(['BOL->CHL tense']);
    expect(asArrows('The opposition said Chile was resorting to pressure from Bolivia and Peru to silence it.')).toEqual(['BOL->CHL tense', 'PER->CHL tense']);
  });

  it('reads what proof, evidence or information holds ("Morocco has proof that Hezbollah has provided training to the Polisario") as a clause of its own, with its own subject', () => {
    expect(asArrows('Chile has proof that Peru has provided weapons to Bolivia.')).toEqual(['PER->BOL cooperative']);
  });

  it('gives staff at a state\'s embassy, or the embassy, to that state, not to the state it is in ("the diplomats at the Iranian embassy in Algeria have facilitated")', () => {
    expect(asArrows('Diplomats at the Chilean embassy in Peru met Bolivian officials.')).toEqual(['CHL->BOL cooperative']);
    expect(asArrows('The Chilean embassy in Peru met Bolivian officials.')).toEqual(['CHL->BOL cooperative']);
    // (Officials in a state are its.)
    expect(asArrows('Officials in Peru met Bolivian officials.')).toEqual(['PER->BOL cooperative']);
  });

  it('answers a denial of "the allegations" to whoever told them, when a third party did ("Morocco says Hezbollah ... Hezbollah denied the allegations")', () => {
    expect(asArrows('Chile says Peru has armed Bolivia. Peru denied the allegations.')).toEqual(['PER->BOL cooperative', 'PER->CHL tense']);
    // (Told by no third party, to the other of the pair: "Poland summoned the Belarusian envoy. Minsk denied the accusation".)
    expect(asArrows('Chile summoned the Peruvian envoy. Lima denied the accusation.')).toEqual(['CHL->PER tense', 'PER->CHL tense']);
  });

  it('reads a state\'s ally, rival or neighbour as the object, not the state whose it is ("with Rabat backing Tehran\'s arch-rival, Saudi Arabia")', () => {
    expect(asArrows("Peru armed Chile's neighbour, Bolivia.")).toEqual(['PER->BOL cooperative']);
    expect(asArrows("Peru backs Chile's arch-rival, Bolivia.")).toEqual(['PER->BOL cooperative']);
    // (Not named, the ally or rival is no actor.)
    expect(asArrows("Peru backs Chile's main rival.")).toEqual([]);
  });

  it('reads funding and deliveries of weapons "from" one "to" another as the one\'s aid to the other ("evidence of funding from Hezbollah to the Polisario Front", "the delivery of weapons from its Lebanese ally Hezbollah to the Polisario Front")', () => {
    expect(asArrows('Chile has evidence of funding from Peru to Bolivia.')).toEqual(['PER->BOL cooperative']);
    expect(asArrows('The delivery of weapons from Peru to Bolivia angered Chile.')).toEqual(['PER->BOL cooperative', 'PER->CHL tense']);
    // (Aid that goes "to" someone else is not the subject's: none here, the rebels are no actor; with an infinitive after, it is the subject's.)
    expect(asArrows('Chile has evidence of funding from Peru to the rebels in Bolivia.')).toEqual([]);
    expect(asArrows('Chile moved troops with support from Peru to secure the border.')).toEqual(['PER->CHL cooperative']);
  });

  it('reads what one dismisses claims of ("dismissed claims that Ramaphosa had issued any kind of warning to Rwanda") as denied', () => {
    expect(extract('Chile dismissed claims that Peru had issued a warning to Bolivia.').map((c) => `${c.a}->${c.b} ${c.stance} ${c.certainty}`)).toContain('PER->BOL tense denied');
  });

  it('reads being edged closer to a war ("has edged the two countries closer to a full-blown war") as no warming', () => {
    expect(asArrows('Chilean warplanes bombed a disputed border town seized by Peru this week, the Peruvian state said on Saturday, in an escalation of border fighting that has edged the two countries closer to a full-blown war.')).not.toContain('CHL->PER warming');
  });

  it('reads gathering information on each other ("all governments gather information on each other") as no meeting', () => {
    expect(asArrows('Chile and Peru gather information on each other.')).toEqual([]);
  });

  it('reads cooperation put under review ("would review the exchange of information with Australia and all other cooperation") as a threat to reduce it, no cooperation', () => {
    expect(asArrows('Chile would review its exchange of data with Peru and all other cooperation.')).toEqual(['CHL->PER tense']);
  });

  it('reads the consultations an envoy is called back or recalled for (\'the envoy is being called back to Jakarta for "consultations"\') as none with another state', () => {
    expect(asArrows('The envoy is being called back to Lima for "consultations" after documents leaked by a Chilean contractor named the president.')).toEqual([]);
    // (Consultations held with a state are.)
    expect(asArrows('Peru held consultations with Chile.')).toEqual(['PER->CHL cooperative']);
  });

  it('aims an allegation whose clause is a passive with no actor for its subject at the passive\'s agent ("Khartoum alleges the rebels are supported by South Sudan")', () => {
    expect(asArrows('Lima alleges the smugglers are protected by Bolivia.')).toEqual(['PER->BOL tense']);
  });

});

// The two hundred and seventy-fifth to the two hundred and seventy-ninth readings (stop 48): twenty articles
// (Indonesia recalls its ambassador from Australia over phone tapping, 2013; South Sudan seizes Heglig, 2012;
// Russia seizes Ukraine's navy boats in the Kerch Strait, 2018; China detains two Canadians, 2018; Ghana and
// Nigeria over the closure of Nigerian traders' shops, 2020).
describe('the two hundred and seventy-fifth to the two hundred and seventy-ninth readings', () => {
  it('reads "its" before vessels, boats, guards and the like as their state\'s ("a day after its coast guard vessels opened fire and seized three Ukrainian navy vessels")', () => {
    expect(asArrows('Chile protested after its vessels seized two Peruvian fishing boats.')).toEqual(['CHL->PER hostile']);
  });

  it('reads a group, convoy or fleet "of" a state\'s ships as the object ("Russia attacked a group of Ukrainian ships")', () => {
    expect(asArrows('Chile attacked a group of Peruvian ships.')).toEqual(['CHL->PER hostile']);
  });

  it('reads men, women and businessmen a state detains as its people ("it has detained two Canadian men")', () => {
    expect(asArrows('Peru has detained two Chilean men.')).toEqual(['PER->CHL hostile']);
  });

  it('reads a passage under, over or through a place ("a waterway that passes under a newly built Russian bridge") as no act', () => {
    expect(asArrows('Chile seized three Peruvian boats. Chile sent jets after Peru tried to send the boats through the strait, a waterway with significance for both countries that passes under a new Chilean bridge.')).toEqual(['CHL->PER hostile']);
  });

  it('reads aggression as a hostile act, one a state may be accused of ("accused Russia of military aggression")', () => {
    expect(asArrows('Chile accused Peru of military aggression.')).toEqual(['CHL->PER tense', 'PER->CHL hostile']);
  });

  it('gives an arrest whose victim is named and no actor ("warned Canada of serious consequences over the arrest of Ms Meng") to no one, not to the state that reacts', () => {
    expect(asArrows('Peru warned Chile of serious consequences over the arrest of Mr Rojas.')).toEqual(['PER->CHL tense']);
    // (Named as a state's people, they are that state: "over the arrest of Peruvian citizens".)
    expect(asArrows('Peru warned Chile of serious consequences over the arrest of Peruvian citizens.')).toEqual(['PER->CHL tense', 'CHL->PER hostile']);
  });
});

// The two hundred and eightieth and two hundred and eighty-first readings (stop 48): eight articles (China's oil
// rig off the Paracels and Vietnam's ships, 2014; Turkey drills off Cyprus, 2019-20).
describe('the two hundred and eightieth and two hundred and eighty-first readings', () => {
  it('keeps a demand to stop past an adverb, a quotation mark, how often it was made, and "the ... side" ("has asked Vietnam more than 30 times to “stop its illegal disruption”", "urges the Vietnamese side to immediately stop")', () => {
    expect(asArrows('Peru urges Chile to immediately stop the drilling.')).toEqual(['PER->CHL tense']);
    expect(asArrows('Peru has asked Chile more than 20 times to "stop its illegal fishing".')).toEqual(['PER->CHL tense']);
    expect(asArrows('Peru once again urged the Chilean side to halt the works.')).toEqual(['PER->CHL tense']);
  });

  it('reads what one is careful about or wary of ("Vietnam is usually careful about comments against China") as not done', () => {
    expect(asArrows('Chile is usually careful about remarks against Peru.')).toEqual([]);
  });

  it('reads complying with the law ("complying with international law") as no act toward the other state of the article', () => {
    expect(asArrows('Chile and Peru dispute the waters. Peru said it was fishing inside its own waters, complying with international law.')).toEqual([]);
  });
});

// The two hundred and eighty-second and two hundred and eighty-third readings (stop 48): eight articles (Japan
// detains a Chinese trawler's captain, 2010; Kenya rejects the ICJ's ruling on its sea border with Somalia, 2021).
describe('the two hundred and eighty-second and two hundred and eighty-third readings', () => {
  it('gives a decision\'s "to"-complement to the agent after "by", past a long name and its short form in brackets ("the decision by the International Court of Justice (ICJ) to favour Somalia"), not to the clause\'s subject', () => {
    expect(asArrows('Chile has rejected the decision by the International Court of Justice (ICJ) to favour Peru.')).toEqual([]);
  });

  it('reads the release of a boat\'s crew or captain ("Japan has released the 14 crew members of a Chinese fishing trawler") as a release of the state\'s people', () => {
    expect(asArrows('Peru released the crew of a Chilean trawler.')).toEqual(['PER->CHL warming']);
  });

  it('reads a detainment as an arrest ("called the detainment of the captain and crew illegal")', () => {
    expect(asArrows("Bolivia's detainment of Chilean fishermen angered Santiago.")).toContain('BOL->CHL hostile');
  });

  it('addresses a court\'s decision welcomed, or the court thanked ("welcomed the decision and thanked the International Court of Justice"), to the court, not to the other state of the article', () => {
    expect(asArrows("Chile and Peru quarrelled. The ruling was hailed as a win. Peru's president welcomed the decision and thanked the court.")).toEqual(['CHL->PER tense']);
    // (With no court in the sentence, the decision welcomed is still the other's: "Hamas praised the decision".)
    expect(asArrows('Chile and Peru quarrelled. Peru welcomed the decision.')).toEqual(['CHL->PER tense', 'PER->CHL cooperative']);
  });
});

// The two hundred and eighty-fourth reading (stop 48): four articles (Lebanon says Saudi Arabia holds its prime
// minister, Saad Hariri, 2017).
describe('the two hundred and eighty-fourth reading', () => {
  it('knows Lebanon\'s prime minister Saad Hariri (2009-2011, 2016-2020) and President Michel Aoun by either spelling', () => {
    expect(asArrows('Peru detained Prime Minister Saad Hariri.', '2017-11-16')).toEqual(['PER->LBN hostile']);
    expect(asArrows('President Michael Aoun thanked Peru.', '2017-11-16')).toEqual(['LBN->PER cooperative']);
  });

  it('reads a leader\'s own resignation announced from abroad ("announced his resignation last week in a television appearance from the kingdom") as yielding to no other state', () => {
    expect(asArrows("Lebanon's prime minister announced his resignation in a speech from Peru.")).toEqual([]);
  });

  it('reads a call on a state to stay out of something ("called on Saudi Arabia to stay out of Lebanese affairs") as a demand to stop', () => {
    expect(asArrows('Peru called on Chile to stay out of Bolivian affairs.')).toEqual(['PER->CHL tense']);
  });

  it('reads talks or dialogue a state suspends or breaks off with no one named ("China suspended ministerial-level dialogue") as ended with the other of the pair told', () => {
    expect(asArrows('Chile arrested a Peruvian captain. Peru suspended the talks.')).toEqual(['CHL->PER hostile', 'PER->CHL tense']);
    // (With no pair told, with no one.)
    expect(asArrows('Peru suspended the talks.')).toEqual([]);
  });
});
