// What stance a sentence gives, and between whom: judgements, mediators, demands, and names.
import { describe, expect, it } from 'vitest';
import { asArrows, asDirected, finder, keys } from './extractionTestKit';

describe('stance: judgements, mediators, demands and names', () => {
  it('reads a new subject after ", and" past the commas of a list, and a manner adjunct ("in solidarity with") as the subject\'s', () => {
    expect(asArrows('Brazil called the raid a violation of the Vienna Convention, and Argentina, Colombia and Chile expressed solidarity with Mexico.')).toEqual(['ARG->MEX cooperative', 'COL->MEX cooperative', 'CHL->MEX cooperative']);
    expect(asDirected('Nicaragua broke off relations with Ecuador in solidarity with Mexico.')).toEqual(['NIC->ECU severed', 'NIC--MEX cooperative']);
    // Who is prompted to act is the act's subject.
    expect(asArrows("Morocco's envoy voiced support for the separatists, prompting Algeria to recall its ambassador to Rabat.")).toEqual(['DZA->MAR tense']);
    // Being at odds over a territory is a dispute between the two, not with the territory.
    expect(keys('Algeria and Morocco met. The two countries have been at odds for decades over Western Sahara.')).toEqual(['DZA-MAR warming', 'DZA-MAR tense']);
  });
  it('reads a disapproval of "the deal" as on both of the pair that made it, and "it" in a relative clause as the sentence\'s subject', () => {
    expect(asArrows('Japan and South Korea agreed to restore their pact. China criticised the rapprochement.')).toEqual(['JPN->KOR warming', 'CHN->JPN tense', 'CHN->KOR tense']);
    // So is concern at it, in a sentence that names only the one concerned.
    expect(asArrows('Russia and North Korea signed a pact. Japan said Tokyo was gravely concerned by the deal.')).toEqual(['RUS->PRK cooperative', 'JPN->RUS tense', 'JPN->PRK tense']);
    // A judgement naming a party of its own is on that party.
    expect(asArrows('Japan and South Korea agreed to restore their pact. China criticised the deal with Russia.')).not.toContain('CHN->KOR tense');
    expect(asDirected('North Korea fired a missile. Japan said it would keep the promise that it made when it signed a treaty with South Korea.')).toEqual(['JPN--KOR cooperative']);
    expect(asArrows('North Korea tested a missile. Japan lifted the curbs, which it imposed after it accused South Korea of lax controls.')).toEqual(['JPN->KOR tense']);
    // "imposed" is a light verb: what is imposed names the event.
    expect(asArrows('Russia imposed a naval blockade on Ukraine. The EU imposed sanctions on Belarus.')).toEqual(['RUS->UKR hostile', 'eu->BLR tense']);
    // "the U.S. allies" are not the United States.
    expect(asArrows('Japan and South Korea met, as the U.S. allies seek to overcome grievances in the face of threats from China.')).not.toContain('USA->CHN tense');
  });
  it('reads hosts of talks "between the rivals" as cooperative with the pair, and a main clause going on after an aside and an adverb', () => {
    const text = 'Saudi Arabia and Iran agreed to restore ties. Iraq and Oman, which hosted earlier rounds of talks between the rivals, also welcomed the deal.';
    const arrows = asArrows(text);
    expect(arrows).toEqual(expect.arrayContaining(['IRQ->SAU cooperative', 'IRQ->IRN cooperative', 'OMN->SAU cooperative', 'OMN->IRN cooperative']));
    // An agreement someone welcomes is not theirs with the other state the sentence names.
    expect(asArrows('The White House welcomed the agreement but said Washington would watch whether Iran honoured its commitments.')).toEqual([]);
    // Welcoming something together is no relation between the two who welcome it.
    expect(arrows.filter((a) => a.startsWith('IRQ->OMN') || a.startsWith('OMN->IRQ'))).toEqual([]);
  });
  it('reads ", which X called a provocation" as a judgement of what the clause before told, on its subject', () => {
    expect(asArrows('The United States held military exercises with Guyana last week, which Caracas called a provocation.')).toEqual(['USA->GUY cooperative', 'VEN->USA tense']);
    expect(asArrows('The United States expanded its bases last year, which China condemned.')).toEqual(['CHN->USA tense']);
    // After an actor, "which" is that actor.
    expect(asArrows('Japan thanked Egypt, which Turkey criticised.')).not.toContain('TUR->JPN tense');
  });
  it('reads no relation among those who join a body, tensions with the pair the sentence named, and no act after "not to"', () => {
    expect(asArrows('Sweden and Finland applied to join the military alliance in 2022.')).toEqual([]);
    expect(keys('Turkey recalled its ambassador from Israel. Turkey joined a case by South Africa. The two countries had restored ties in 2022 after years of tension.')).toEqual(
      expect.arrayContaining(['ISR-TUR warming', 'ISR-TUR tense']),
    );
    expect(keys('Turkey recalled its ambassador from Israel. Turkey joined a case by South Africa. The two countries had restored ties in 2022 after years of tension.')).not.toContain('TUR-ZAF tense');
    expect(keys('Venezuela and Guyana agreed on Thursday not to threaten each other.')).toEqual(['GUY-VEN warming']);
  });
  it('reads weapons launched at a state past a quantity, help "from" others to the one helped, and an attack judged after another act in its sentence', () => {
    const text =
      'Russia fired more than 40 missiles and drones at Ukraine overnight. Most were intercepted by Ukraine\'s air defences with help from Poland and Romania, the Ukrainian air force said. Germany condemned the attack.';
    expect(asArrows(text)).toEqual(['RUS->UKR hostile', 'POL->UKR cooperative', 'ROU->UKR cooperative', 'DEU->RUS tense']);
    // A past after "which" is a verb; a speech act after "but" continues the reporter.
    expect(asArrows('Jordan, which shot down Iranian drones, said nothing.')).toEqual(['JOR->IRN hostile']);
    expect(asArrows("Iran's mission said the matter was concluded but warned Israel against further escalation.")).toEqual(['IRN->ISR tense']);
    // The longest alternative of a slot matches ("cut off" before "cut"), and "its neighbour" is the one that borders the subject.
    expect(asArrows('Niger is landlocked. Nigeria cut off electricity exports to its neighbour.')).toEqual(['NGA->NER tense']);
    // Relations with no pair of their own, in a sentence that names two states, are theirs.
    expect(keys('Muizzu visited China. Relations have been strained since Maldivian ministers mocked Prime Minister Narendra Modi.', '2024-01-10')).toContain('IND-MDV tense');
  });
  it('reads a list of modifiers inside an idiom, "accusing it of" as the accused acting, and mediation "in the dispute" as with both of its pair', () => {
    const text = 'Saudi Arabia and Egypt cut diplomatic, trade and travel ties with Doha, accusing it of being too close to Iran. Qatar denied the charges.';
    const arrows = asArrows(text);
    expect(arrows).toEqual(expect.arrayContaining(['SAU->QAT severed', 'EGY->QAT severed', 'SAU->QAT tense', 'QAT->IRN cooperative']));
    // What one is only accused of is not the pair a denial answers.
    expect(arrows).not.toContain('QAT->IRN tense');
    expect(asArrows('Saudi Arabia cut ties with Qatar. Kuwait and the United States, which both mediated in the dispute, welcomed the agreement.')).toEqual([
      'SAU->QAT severed',
      'KWT->SAU cooperative',
      'KWT->QAT cooperative',
      'USA->SAU cooperative',
      'USA->QAT cooperative',
    ]);
    expect(asArrows('Guyana cut ties with Venezuela. Brazil mediated in the dispute.')).toEqual(['GUY->VEN severed', 'BRA->GUY cooperative', 'BRA->VEN cooperative']);
    // Past "behind": the accused did what it is said to be behind.
    expect(asArrows('Poland accused Moscow of being behind a sabotage attack on a Warsaw shopping centre.')).toEqual(['POL->RUS tense', 'RUS->POL hostile']);
    // Past a first "of": "accusing it of supporting terrorism and of being too close to Iran".
    expect(asArrows('Egypt cut ties with Doha, accusing it of supporting terrorism and of being too close to Iran.')).toContain('QAT->IRN cooperative');
  });
  it('reads an object relative (", which it accuses of"), a later agent the article gave a state, "its jets" as its owner\'s, and hosts and brokers of the pair\'s deal', () => {
    expect(asArrows('Sudan cut ties with the United Arab Emirates, which it accuses of supplying weapons to the Rapid Support Forces.')).toEqual(['SDN->ARE severed', 'SDN->ARE tense', 'ARE->rsf cooperative']);
    expect(asArrows("Sudan's army and the RSF have been at war since 2023. Egypt, which backs the army, condemned the strikes.")).toContain('EGY->SDN cooperative');
    expect(keys('Thailand recalled its ambassador from Cambodia, and its F-16 jets struck Cambodian military targets.')).toContain('KHM-THA hostile');
    expect(asArrows('A ceasefire between Israel and Hezbollah took effect. The deal, brokered by the United States and France, requires Hezbollah to withdraw.')).toEqual([
      'ISR->hezbollah warming',
      'USA->ISR cooperative',
      'USA->hezbollah cooperative',
      'FRA->ISR cooperative',
      'FRA->hezbollah cooperative',
    ]);
    expect(asArrows('Thailand and Cambodia agreed to a ceasefire. The deal was reached at talks in Malaysia hosted by Prime Minister Anwar Ibrahim.')).toEqual(['THA->KHM warming', 'MYS->THA cooperative', 'MYS->KHM cooperative']);
    // A demonym before fighters or rebels names people, not the state.
    expect(asArrows('Turkey sent Syrian fighters to Libya.')).not.toContain('TUR->SYR cooperative');
  });
  it('reads helpers and mediators of the pair\'s deal, promises as no joint act, talks to defuse as warming, and former enemies as no longer', () => {
    expect(asArrows('Israel and Hamas agreed to a truce. Egypt and the United States helped negotiate the deal.')).toEqual([
      'ISR->hamas warming',
      'EGY->ISR cooperative',
      'EGY->hamas cooperative',
      'USA->ISR cooperative',
      'USA->hamas cooperative',
    ]);
    expect(asArrows('Israel and Hamas agreed to a truce in a deal mediated by Qatar.')).toEqual(['ISR->hamas warming', 'QAT->ISR cooperative', 'QAT->hamas cooperative']);
    expect(asArrows('Kenya pledged 1,000 officers. Benin, Chad and Barbados have also promised personnel.')).toEqual([]);
    expect(asDirected('India and China clashed on the border. Both sides said they were holding talks to defuse the situation.')).toContain('IND--CHN warming');
    expect(asDirected('Vietnam and the United States agreed to raise relations between the former enemies.')).toEqual(['VNM--USA warming']);
  });
  it('reads "the South" and "the North", "the two Koreas", a road "linking" as no target, and "in close consultation with its ally"', () => {
    expect(asArrows('North Korea blew up roads linking it to South Korea, days after Pyongyang accused the South of flying drones.')).toEqual(['PRK->KOR tense']);
    expect(keys('Tensions between the two Koreas have risen.')).toEqual(['KOR-PRK tense']);
    expect(asDirected('The United States said it was in close consultation with its South Korean ally.')).toEqual(['USA--KOR cooperative']);
  });
  it('reads "U.S. and Israeli strikes" as one list, a leader\'s short name before another name as a first name, and what will be done on a condition as not done', () => {
    expect(asArrows('U.S. and Israeli strikes on Iranian nuclear sites set back the program.')).toEqual(['USA->IRN hostile', 'ISR->IRN hostile']);
    expect(finder.find('Abbas Araqchi met Mahmoud Abbas.', { published: '2025-01-01' }).map((m) => m.id)).toEqual(['IRN', 'pa']);
    expect(asArrows('Turkey said Sweden must act before it will sign the deal with Finland.')).toEqual([]);
    expect(asArrows('Turkey said Sweden must act, and it will sign the deal with Finland.')).toEqual(['TUR->FIN cooperative']);
  });
  it('keeps the pair of states past a judgement by organisations, and "its neighbour" for the nearest subject before it', () => {
    const text =
      'Greece and Macedonia signed an agreement. The agreement was welcomed by the European Union and NATO, whose chief said the alliance would invite Skopje. Russia has criticised the deal.';
    expect(asArrows(text)).toEqual(expect.arrayContaining(['RUS->GRC tense', 'RUS->MKD tense']));
    expect(asArrows(text)).not.toContain('eu->nato cooperative');
    expect(asArrows('ECOWAS imposed sanctions on Niger, and Nigeria cut off electricity exports to its neighbour.')).toEqual(['ecowas->NER tense', 'NGA->NER tense']);
  });
  it('reads a role after a copula as the subject\'s toward the possessor, an aside that opens with its preposition, a delegation as its state\'s, and an attack on a person as words', () => {
    expect(asDirected("Poland has been one of Ukraine's strongest supporters since Russia's invasion in 2022.")).toEqual(['POL--UKR cooperative']);
    expect(keys('Egypt and Eritrea, both at odds with Ethiopia, had moved closer to Somalia.')).toEqual(['EGY-ETH tense', 'ERI-ETH tense', 'EGY-SOM warming', 'ERI-SOM warming']);
    expect(asArrows('A U.S. delegation visited Niamey. Niger accused the delegation of a condescending attitude.')).toEqual(['USA->NER warming', 'NER->USA tense']);
    expect(asArrows('Spanish Prime Minister Pedro Sanchez met the press. Argentina\'s President Javier Milei attacked Sanchez at a rally.')).toEqual(['ARG->ESP tense']);
  });
  it('reads what is demanded "that" someone do as a demand on them and not done, and forces kept "in" a state as cooperation', () => {
    expect(asArrows('China demanded that Washington stop arming Taiwan.')).toEqual(['CHN->USA tense']);
    expect(asArrows('Turkey has demanded that Sweden crack down on Kurdish militants.')).toEqual(['TUR->SWE tense']);
    expect(asArrows('Russia, which has military bases in both Kyrgyzstan and Tajikistan, urged them to talk.')).toEqual(['RUS->KGZ cooperative', 'RUS->TJK cooperative']);
    // Not where no state follows "in".
    expect(asArrows('Russia still has troops in two breakaway regions of Georgia.')).toEqual([]);
  });
  it('reads an accusation as one, "over its" as the actor acted on, ", a move X criticised", and a demand past a time', () => {
    expect(asArrows('Bolivia cut ties with Israel, accusing it of committing crimes against humanity.')).toEqual(['BOL->ISR severed', 'BOL->ISR tense']);
    expect(asArrows('Britain imposed sanctions on Rwanda over its support for the M23 rebels.')).toEqual(['GBR->RWA tense', 'RWA->m23 cooperative']);
    expect(asArrows('Manila and Washington agreed to give U.S. forces access to more bases, a move China criticised.')).toEqual(['PHL->USA cooperative', 'CHN->PHL tense', 'CHN->USA tense']);
    expect(asArrows('Japan demanded on Monday that China release a Japanese employee.')).toEqual(['JPN->CHN tense']);
    expect(asArrows("Turkey's parliament ratified Finland's bid, removing the last obstacle to its membership.")).not.toContain('TUR->FIN tense');
    expect(asArrows('Britain said it would pause some direct financial aid to Rwanda.')).toEqual(['GBR->RWA tense']);
  });
  it('reads capitals without their accents, mediators of the sentence\'s own pair, "its neighbour" named later, a way to end a conflict as not its end, and "the U.S. allies" as the pair', () => {
    expect(asArrows("Maduro's government revoked Brazil's custody of the embassy, a move Brasilia rejected.")).toEqual(['BRA->VEN tense']);
    expect(asArrows('Pakistan and Afghanistan agreed to a ceasefire after talks in Doha mediated by Qatar, following fighting between the neighbours.')).toEqual([
      'PAK->AFG warming',
      'QAT->PAK cooperative',
      'QAT->AFG cooperative',
      'PAK->AFG hostile',
    ]);
    expect(asArrows('Niger said it would keep its border with Benin closed, accusing its southern neighbour of hosting French troops.')).toEqual(['NER->BEN tense', 'BEN->FRA cooperative']);
    expect(asArrows("Macron told King Mohammed VI that Morocco's plan was the only basis for resolving the conflict.")).toEqual([]);
    expect(asDirected("Japan said it regretted South Korea's decision. Ties between the U.S. allies have improved.")).toEqual(['JPN->KOR tense', 'JPN--KOR warming']);
  });
  it('reads an idiom past a hyphenated modifier, and a mediator shuttling between "the two delegations"', () => {
    expect(asDirected('Greece and Turkey met. The two NATO allies, who came close to war in 1996, also agreed to resume high-level political dialogue.')).toEqual([
      'GRC--TUR warming',
      'GRC--TUR tense',
      'GRC--TUR warming',
    ]);
    expect(asArrows('The United States and Iran held talks, with an Omani minister shuttling between the two delegations.')).toEqual(['USA->IRN cooperative', 'OMN->USA cooperative', 'OMN->IRN cooperative']);
  });
  it('reads a refusal as no act, "citing" and "learned" as no event, a leader\'s short name after the full one at any date, and a pact\'s parties as not a protest\'s', () => {
    expect(asArrows("The United States returned Cuba to its list, citing Havana's support for Venezuela and its refusal to extradite Colombian rebel leaders.")).toEqual([
      'USA->CUB tense',
      'CUB->VEN cooperative',
    ]);
    expect(asDirected('The detente began under Barack Obama. Cuba was removed from the list in 2015 as Obama restored diplomatic relations with Havana.')).toEqual(['USA--CUB warming']);
    expect(keys('Algeria recalled its envoys to Spain and Morocco, in protest at a deal between Madrid and Rabat.')).not.toContain('ESP-MAR tense');
  });
  it('reads a mediator "between" the parties, "X, along with Y and Z," as one list, a hoped-for change as none, and a list voicing support as no pair', () => {
    const text = 'Qatar said it was reassessing its role as a mediator between Israel and Hamas. Qatar, along with Egypt and the United States, has been trying to broker a ceasefire.';
    expect(asArrows(text)).toEqual([
      'QAT->ISR cooperative',
      'QAT->hamas cooperative',
      'QAT->ISR cooperative',
      'QAT->hamas cooperative',
      'EGY->ISR cooperative',
      'EGY->hamas cooperative',
      'USA->ISR cooperative',
      'USA->hamas cooperative',
    ]);
    expect(asArrows('Ivorian President Alassane Ouattara thanked Togo and said he hoped relations with Mali would now improve.')).toEqual(['CIV->TGO cooperative']);
    expect(asArrows('Several countries, including Malaysia and Turkey, have voiced support for the case.')).toEqual([]);
    expect(asArrows('Israel said its military campaign against Hamas would go on.')).toEqual(['ISR->hamas hostile']);
  });
  it('reads a gerund the tagger takes for a noun, a participle before a noun as a modifier, "the regional rivals" as the pair, and a refusal to normalise as tense', () => {
    expect(asDirected('South Korea and the United States responded by staging joint air drills.')).toEqual(['KOR--USA cooperative']);
    expect(asArrows("The assembly voted to condemn Russia's annexation of four partly occupied regions of Ukraine.")).toContain('RUS->UKR hostile');
    expect(asDirected('The foreign ministers of Iran and Egypt met in Tehran, as the regional rivals explore restoring full diplomatic relations.')).toEqual(['IRN--EGY warming']);
    expect(asDirected('Qatar said it would not normalise its own ties with Damascus.')).toEqual(['QAT--SYR tense']);
    // Two states that have no relations are severed; countries in general are no one.
    expect(asDirected('Iran and Egypt have no diplomatic relations.')).toEqual(['IRN--EGY severed']);
    expect(asArrows("Russia expelled two Moldovan diplomats. Countries that have no diplomatic relations with Kosovo back Serbia's claim.")).toEqual(['RUS->MDA tense']);
  });
  it('reads "the three countries" as the three the sentence named, and resuming joint operations as warming', () => {
    expect(keys('Turkey agreed to lift its veto over Finland and Sweden\'s bid, after the three countries signed a memorandum with Germany.')).toEqual(
      expect.arrayContaining(['DEU-TUR cooperative', 'DEU-FIN cooperative', 'DEU-SWE cooperative']),
    );
    expect(asDirected('Nigeria and Niger have agreed to resume joint military operations along their border.')).toEqual(['NGA--NER warming']);
  });
  it('reads a clause after "that" with its verb far off, a conflict only feared as none, and the two states a sentence of no claims names as the pair', () => {
    expect(asArrows('Egypt warned on Sunday that an Israeli ground offensive in Rafah, on the border between Gaza and Egypt, could have dire consequences.')).toEqual(['EGY->ISR tense']);
    const text =
      "Abiy said access to the sea was an existential matter for Ethiopia, remarks that raised fears of a new conflict with neighbouring Eritrea. The two countries signed a peace deal in 2018.";
    expect(asDirected(text)).toEqual(['ETH--ERI warming']);
  });
  it('reads a list of favour left as a sanction, and an ending past a compound modifier', () => {
    expect(asArrows('Japan removed South Korea from its list of trusted trading partners.')).toEqual(['JPN->KOR tense']);
    expect(asArrows('Washington removed Cuba from its list of state sponsors of terrorism.')).toEqual(['USA->CUB warming']);
    expect(keys('South Korea decided to scrap a military intelligence-sharing pact with Japan.')).toEqual(['JPN-KOR tense']);
  });
  it('reads a state "locked in a dispute with" another, and a judgement whose object names no one as on the other of the pair', () => {
    expect(keys('Egypt, which is locked in a dispute with Sudan over water, voiced support for Chad.')).toEqual(['EGY-SDN tense', 'EGY-TCD cooperative']);
    expect(keys('Ghana recalled its ambassador from Togo. The Ghanaian cabinet called the decision "null and void".')).toEqual(['GHA-TGO tense', 'GHA-TGO tense']);
    // An act on what is one's own is addressed to no one.
    expect(keys('Ghana recalled its ambassador from Togo. Ghana said it would defend its territory.')).toEqual(['GHA-TGO tense']);
  });
});
