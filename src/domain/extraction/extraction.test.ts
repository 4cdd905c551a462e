import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseArticleFile } from './articleFile';
import { nodeReaders } from '../../../cli/nodeGazetteer';
import { extractClaims } from './extractClaims';
import { finish, score } from './score';
import { splitSentences } from './sentences';

const readers = nodeReaders();
const { finder } = readers;
const ids = (text: string) => finder.find(text).map((m) => m.id);
const extract = (text: string, published = '2021-06-10') => extractClaims({ id: 't', text, published }, readers).claims;
const keys = (text: string, published?: string) => extract(text, published).map((c) => `${[c.a, c.b].sort().join('-')} ${c.stance}`);
/** Claims as "A->B stance", in the order read. */
const asArrows = (text: string) => extract(text).map((c) => `${c.a}->${c.b} ${c.stance}`);
/** Claims as "A->B stance" when one-sided, "A--B stance" when mutual. */
const asDirected = (text: string) => extract(text).map((c) => `${c.a}${c.directed ? '->' : '--'}${c.b} ${c.stance}`);

describe('actors', () => {
  it('finds states by name, official name, short name, demonym and capital', () => {
    expect(ids('Morocco, the Kingdom of Saudi Arabia, the UAE and the U.S. met.')).toEqual(['MAR', 'SAU', 'ARE', 'USA']);
    expect(ids('Moroccan and Emirati officials flew from Riyadh to Tehran.')).toEqual(['MAR', 'ARE', 'SAU', 'IRN']);
    expect(ids('Turkey and Türkiye are one state; so are Czechia and the Czech Republic.')).toEqual(['TUR', 'TUR', 'CZE', 'CZE']);
  });
  it('finds seats of government, non-state actors and organisations', () => {
    expect(ids('The Kremlin and the State Department spoke of Hezbollah, the Polisario Front and the EU.')).toEqual(['RUS', 'USA', 'hezbollah', 'polisario', 'eu']);
    expect(ids('Palestinians and the Palestinian Authority')).toEqual(['pa', 'pa']);
  });
  it('links office holders the article introduces to their state, and their surname after', () => {
    const text = 'The envoy met his Moroccan counterpart Karim Tazi in Rabat. Later, Tazi said the talks went well.';
    expect(finder.find(text).filter((m) => m.kind === 'person').map((m) => [m.text, m.id])).toEqual([
      ['Karim Tazi', 'MAR'],
      ['Tazi', 'MAR'],
    ]);
    // "Secretary of State" is itself a US office; the man it introduces and his surname are too.
    expect(ids('Secretary of State Sam Lowe flew home; Lowe was tired.')).toEqual(['USA', 'USA', 'USA']);
  });
  it('knows heads of state and government and foreign ministers, by surname while they are in office', () => {
    const at = (text: string, published: string | null) => finder.find(text, { published }).map((m) => m.id);
    expect(at('Putin met Erdogan and Lukashenko; Xi called Lavrov.', '2021-05-01')).toEqual(['RUS', 'TUR', 'BLR', 'CHN', 'RUS']);
    // In 1995 "Putin" alone names no leader; the full name still names its state.
    expect(at('Putin spoke.', '1995-05-01')).toEqual([]);
    expect(at('Vladimir Putin spoke.', '1995-05-01')).toEqual(['RUS']);
    // Organisation heads stand for the organisation; names with diacritics match without them too.
    expect(at('Jens Stoltenberg and Recep Tayyip Erdoğan and Aleksandar Vucic', '2019-01-01')).toEqual(['nato', 'TUR', 'SRB']);
    // Beyond the G20 too; a short name that is a common surname ("Ali") stands only in full.
    expect(at('Tebboune met Bukele and Irfaan Ali; Ali left.', '2023-05-01')).toEqual(['DZA', 'SLV', 'GUY']);
    // One name, two offices: Kaja Kallas is the EU's by her full name, and so is her surname after it; alone, while
    // both offices overlap, her surname names no one.
    expect(at('Kaja Kallas spoke; Kallas left.', '2024-06-01')).toEqual(['eu', 'eu']);
    expect(at('Kallas left.', '2024-06-01')).toEqual([]);
    // A leader named as out of office speaks for no state, then or later ("ousted President Pedro Castillo").
    expect(at('Former President Barack Obama spoke; Obama left; President Joe Biden came.', '2023-01-01')).toEqual(['USA']);
  });
  it('does not take words that only contain a name, two-letter codes or doctrines for states', () => {
    expect(ids('It IS a Nigerian thing; Nigeria, not Niger.')).toEqual(['NGA', 'NGA', 'NER']);
    expect(ids("the 'One China' policy")).toEqual([]);
  });
  it('knows the names news uses that world-countries lacks, and not inside names of regions', () => {
    expect(ids('Britain and America, Kiev and the Holy See')).toEqual(['GBR', 'USA', 'UKR', 'VAT']);
    expect(ids('The Hermit Kingdom, the Jewish state and the Islamic Republic of Pakistan')).toEqual(['PRK', 'ISR', 'PAK']);
    expect(ids('his PNG counterpart met KSA officials')).toEqual(['PNG', 'SAU']);
    expect(ids('Latin America, South American leaders and the Bank of America')).toEqual([]);
    // A city names a text signed there; a province or state can hold another state's name.
    expect(ids('the Vienna Convention, the Paris Agreement, the Oslo Accords; British Columbia and New Mexico; talks in Vienna')).toEqual(['AUT']);
  });
});

describe('stance', () => {
  it('reads each stance from how a sentence describes the relation', () => {
    expect(keys('Saudi Arabia has cut diplomatic ties with Qatar.')).toEqual(['QAT-SAU severed']);
    expect(keys('Egypt closed its embassy in Libya.')).toEqual(['EGY-LBY severed']);
    expect(keys('France recalled its ambassador from Australia.')).toEqual(['AUS-FRA tense']);
    expect(keys('China imposed sanctions on Lithuania.')).toEqual(['CHN-LTU tense']);
    expect(keys('Israel and Turkey will restore full diplomatic ties.')).toEqual(['ISR-TUR warming']);
    expect(keys('Kenya and Somalia signed a peace agreement.')).toEqual(['KEN-SOM warming']);
    expect(keys('Japan supported Australia at the summit.')).toEqual(['AUS-JPN cooperative']);
    expect(keys('Armenia and Azerbaijan waged a border war in 2020.')).toEqual(['ARM-AZE hostile']);
    expect(keys('Relations between Peru and Chile are strained.')).toEqual(['CHL-PER tense']);
  });
  it('pairs every actor of a list with the other side, and reads "between A and B"', () => {
    expect(keys('Saudi Arabia, Egypt and Bahrain have cut ties with Qatar.').sort()).toEqual(['BHR-QAT severed', 'EGY-QAT severed', 'QAT-SAU severed']);
    expect(keys('Iran denounced the normalization of ties between Israel and the UAE.').sort()).toEqual(['ARE-IRN tense', 'ARE-ISR warming', 'IRN-ISR tense']);
  });
  it('resolves "the two countries" to the last pair', () => {
    expect(keys('Ghana and Togo signed a peace deal. Tensions between the two countries had lasted years.')).toEqual(['GHA-TGO warming', 'GHA-TGO tense']);
  });
  it('reads "their dispute" as the subject\'s, and tensions with no pair of their own as the last pair\'s, and a promise not to use force as warming', () => {
    expect(keys('Ghana and Togo agreed not to use force in their dispute over the river.')).toEqual(['GHA-TGO warming', 'GHA-TGO tense']);
    expect(keys('Ghana and Togo met in Accra. Tensions soared after the vote.')).toEqual(['GHA-TGO cooperative', 'GHA-TGO tense']);
  });
  it('keeps the pair "both countries" stands for, and reads "agreed to de-escalate" as warming', () => {
    const text = 'Pakistan recalled its ambassador from Iran. China, a close friend of both countries, urged them to show restraint. The two neighbours later agreed to de-escalate.';
    expect(keys(text)).toEqual(['IRN-PAK tense', 'CHN-PAK cooperative', 'CHN-IRN cooperative', 'IRN-PAK warming']);
  });
  it('reads the subject of a clause opened by "after", and past a hedge "what it said were"', () => {
    expect(asArrows('Pakistan recalled its ambassador after Iran launched strikes on what it said were militant bases in Pakistan.')).toEqual(['IRN->PAK hostile']);
  });
  it('reads "between the nuclear-armed giants" as the last pair, an object past a quantity, and a participle before a noun as its modifier', () => {
    expect(keys('India and China met. Relations between the nuclear-armed Asian giants nosedived in 2020.')).toEqual(['CHN-IND cooperative', 'CHN-IND tense']);
    expect(keys('New Delhi banned hundreds of Chinese apps.')).toEqual(['CHN-IND tense']);
    expect(keys("China is suspicious of India's growing partnership with the United States.")).toContain('IND-USA cooperative');
    expect(keys("China is suspicious of India's growing partnership with the United States.")).not.toContain('CHN-USA cooperative');
  });
  it('reads "the bloc" as the organisation named before, "the three Sahel countries" as the three before, and leaving a bloc as tense', () => {
    const text = 'Mali, Burkina Faso and Niger quit ECOWAS. The three Sahel countries have grown close to Russia. The bloc had suspended the three countries.';
    expect(asArrows(text)).toEqual(['MLI->ecowas tense', 'BFA->ecowas tense', 'NER->ecowas tense', 'MLI->RUS warming', 'BFA->RUS warming', 'NER->RUS warming', 'ecowas->MLI tense', 'ecowas->BFA tense', 'ecowas->NER tense']);
    expect(keys('Last year Mali and Niger formed a mutual defence pact.')).toEqual(['MLI-NER cooperative']);
    // A gerund after "as" that follows a thing, not an actor, is the thing's.
    expect(asArrows('Moscow described the deal as undermining Armenian sovereignty.')).not.toContain('RUS->ARM tense');
  });
  it('reads no act in what a state is warned against, no joint act in attending, and "we" only as its speaker', () => {
    expect(asDirected("The G7 warned China against helping Moscow's war effort.")).toEqual(['g7->CHN tense']);
    expect(asDirected('Italian Prime Minister Giorgia Meloni met Pope Francis and Indian Prime Minister Narendra Modi, who attended as a guest.')).toEqual(['ITA->VAT cooperative', 'ITA->IND cooperative']);
    expect(asDirected('Japan signed a pact with Ukraine. "We are determined to keep supporting Ukraine," the leaders said.')).toEqual(['JPN--UKR cooperative']);
  });
  it('reads no talks among those who host them, no ending of a war only hoped for, and "X-aligned" as support', () => {
    expect(asDirected('A joint statement thanked Iraq and Oman for hosting earlier rounds of talks.')).toEqual([]);
    expect(asDirected('The United States said it welcomed any effort to end the war in Yemen.')).toEqual([]);
    expect(asDirected('The coalition fought the Iran-aligned Houthi rebels.')).toEqual(['IRN->houthis cooperative']);
  });
  it('reads duties as sanctions, a ship linked to a state as the state\'s, and a strike inside a state as on it', () => {
    expect(asArrows('Beijing responded with anti-dumping duties on Canadian canola.')).toEqual(['CHN->CAN tense']);
    expect(asArrows("Iran's Revolutionary Guards seized an Israeli-linked cargo ship in the Gulf.")).toEqual(['IRN->ISR hostile']);
    expect(asArrows('Ukrainian drones struck an oil refinery deep inside Russia.')).toEqual(['UKR->RUS hostile']);
    // A backer is still no target: "signed a Russian-brokered ceasefire".
    expect(asArrows('Armenia and Azerbaijan signed a Russian-brokered ceasefire.')).not.toContain('ARM->RUS cooperative');
  });
  it('reads an ending past a long modifier, a verb the tagger takes for an adverb after "to", and a present after "which"', () => {
    expect(asDirected('Algeria suspended a 20-year-old friendship treaty with Spain.')).toEqual(['DZA->ESP tense']);
    expect(asDirected('Spain and Morocco ended a year-long diplomatic crisis in April.')).toEqual(['ESP--MAR warming']);
    expect(asDirected("Algeria protested over Madrid's decision to back Morocco's plan.")).toContain('ESP->MAR cooperative');
    expect(asDirected('Algeria, which backs the Polisario Front, recalled its ambassador to Madrid.')).toEqual(['DZA->polisario cooperative', 'DZA->ESP tense']);
    // Escalating a dispute is no cooperation.
    expect(asDirected('Algeria escalated its dispute with Spain.')).toEqual(['DZA--ESP tense']);
  });
  it('reads "the two NATO allies" as the pair, a warning by the one whose act it names, and an invasion a state has suffered since', () => {
    expect(asDirected('Greece and Turkey met. The two NATO allies seek to mend ties.')).toEqual(['GRC--TUR cooperative', 'GRC--TUR warming']);
    expect(asDirected('Erdogan had warned that Turkish missiles could hit Athens, and Turkish jets violated Greek airspace.')).toEqual(['TUR->GRC tense', 'TUR->GRC hostile']);
    expect(asDirected('Cyprus, which has been divided since a Turkish invasion in 1974, wants talks.')).toEqual(['TUR->CYP hostile']);
    expect(asDirected('Nicosia hoped the thaw with Ankara would lead to talks.')).not.toContain('CYP->TUR cooperative');
  });
  it('reads passives of nouns and of mistagged verbs, a clause set beside another by "while", and objections a state acts despite', () => {
    expect(asDirected('New sanctions were imposed on Belarus by the European Union on Monday.')).toEqual(['eu->BLR tense']);
    expect(asDirected('Qatar was blockaded by Saudi Arabia and Egypt.')).toEqual(['SAU->QAT hostile', 'EGY->QAT hostile']);
    expect(asDirected('Bolivia cut ties with Israel, while Chile recalled its ambassador.')).toEqual(['BOL->ISR severed', 'CHL->ISR tense']);
    expect(asDirected('Sri Lanka allowed a Chinese research vessel to dock despite Indian objections.')).toContain('IND->LKA tense');
    // A ceasefire violated is no warming.
    expect(asDirected('Russia violated the ceasefire with Ukraine.')).not.toContain('RUS--UKR warming');
  });
  it('reads "Jordan\'s King Abdullah" as Jordan\'s, and a meeting told as done as a meeting', () => {
    expect(asDirected("Jordan's King Abdullah met U.S. President Joe Biden at the White House.")).toEqual(['JOR--USA cooperative']);
  });
  it('pairs a state with an armed group on its soil, not a territory with the authority that stands for it, nor a city with its state', () => {
    expect(asDirected('Sudan cut ties with the UAE. The army blamed the RSF for the attacks.')).toEqual(['SDN->ARE severed', 'SDN->rsf tense', 'rsf->SDN hostile']);
    expect(asDirected('Palestine welcomed the Palestinian Authority.')).toEqual([]);
    expect(asDirected('Egypt and Saudi Arabia condemned the strikes on Port Sudan.')).not.toContain('EGY->SDN tense');
    // "war crimes" names no war.
    expect(asDirected('Israel and Iran met. Both sides have been accused of war crimes.')).not.toContain('ISR--IRN hostile');
  });
  it('reads the state of an envoy after "of", and "those countries" as the latest set', () => {
    const text = 'Venezuela ordered the diplomats of Argentina, Chile and Peru to leave. The foreign ministry said it was withdrawing its own diplomats from those countries.';
    expect(asArrows(text)).toEqual(['VEN->ARG tense', 'VEN->CHL tense', 'VEN->PER tense', 'VEN->ARG tense', 'VEN->CHL tense', 'VEN->PER tense']);
  });
  it('reads "both countries" as the pair the article says most about, and no act in what both are urged to do', () => {
    const text = 'Ethiopia and Eritrea accused each other of preparing for war. Eritrea has been strengthening ties with Egypt. The African Union urged both countries to exercise restraint and to resolve their differences through dialogue.';
    expect(keys(text)).toEqual(['ERI-ETH tense', 'EGY-ERI warming']);
    const topic = 'Ethiopia and Eritrea accused each other of preparing for war. Ethiopia recalled its ambassador to Eritrea. Eritrea has been strengthening ties with Egypt. Both countries have mobilised troops, diplomats said.';
    expect(keys(topic).slice(-1)).not.toEqual(['EGY-ERI tense']);
    expect(keys('Ethiopia and Eritrea traded accusations. Ethiopia recalled its ambassador to Eritrea. Egypt signed a deal with Eritrea. Tensions between the two countries have risen.').pop()).toBe('ERI-ETH tense');
  });
  it('reads a clause after "the day" with its own subject, a buyer as a partner, and no pair from criticism by others', () => {
    expect(asDirected('Zelenskyy called it a blow to see Modi hug Putin on the day a Russian missile struck a hospital in Kyiv.')).toContain('RUS--UKR hostile');
    expect(asDirected('India has become a top buyer of Russian oil, drawing criticism from Western capitals.')).toEqual(['IND--RUS cooperative']);
  });
  it('reads a participle clause as the subject\'s, "X and its ally Y" as a pair, and nothing addressed to a name that is no actor', () => {
    expect(asDirected('Armenia joined the court last year, angering Moscow, and has held military exercises with the United States.')).toEqual(['ARM->RUS tense', 'ARM--USA cooperative']);
    expect(asDirected('It was the latest sign of a rift between Yerevan and its traditional ally Moscow.')).toContain('ARM--RUS tense');
    expect(asDirected('Armenia froze its ties with Russia. Armenia has sought closer ties with the West.')).not.toContain('ARM->RUS cooperative');
  });
  it('reads a participle of holding as whose a place is, not as an act ("the region claimed by Guyana")', () => {
    expect(asDirected("Venezuela's National Assembly approved a law annexing the Essequibo region claimed by Guyana.")).not.toContain('GUY->VEN tense');
    expect(asDirected('Venezuela seized the Essequibo region claimed by Guyana.')).toEqual(['VEN->GUY hostile']);
  });
  it('reads "its airspace" in reported speech as the reporter\'s, an object that is let act as the actor, and "it" after "and" as the first subject', () => {
    expect(asDirected("Poland said on Tuesday that Belarusian helicopters had violated its airspace, and it summoned Belarus's charge d'affaires.")).toEqual(['BLR->POL hostile', 'POL->BLR tense']);
    expect(asDirected('Belarus allowed Russia to use its territory to invade Ukraine.')).toContain('RUS->UKR hostile');
    expect(asDirected('Belarus allowed Russia to use its territory to invade Ukraine.')).not.toContain('BLR->UKR hostile');
  });
  it('reads a headline present the tagger takes for a noun as a verb, and "as" alone joins no list', () => {
    expect(asDirected('Erdogan visits Athens as Greece and Turkey seek to turn page')).toContain('TUR->GRC cooperative');
    // Words addressed to the other of the pair need the other after them, not a pronoun's nowhere.
    expect(asDirected('Sudan cut ties with the UAE. The UAE, which has denied arming the RSF, said it did not recognise the decision.')).not.toContain('ARE->rsf tense');
  });
  it('reads a call to someone with its purpose as to the one called, and "called on X to" as an appeal', () => {
    expect(asDirected('Iranian President Ebrahim Raisi called Aliyev to express his condolences.')).toEqual(['IRN->AZE cooperative']);
    expect(asDirected('Egypt called on Israel and Hamas to resume talks.')).toEqual([]);
  });
  it('reads "Israel and Iran-backed Hezbollah" as Israel and Hezbollah, and confronting as a challenge', () => {
    expect(asDirected('A ceasefire between Israel and Iran-backed Hezbollah took effect on Wednesday.')).toEqual(['ISR--hezbollah warming', 'IRN->hezbollah cooperative']);
    expect(asDirected('Hezbollah said its fighters would remain ready to confront any Israeli aggression.')).toEqual(['hezbollah->ISR tense']);
  });
  it('reads a switch of recognition as toward the state it goes to', () => {
    expect(asDirected('The Solomon Islands switched diplomatic recognition from Taiwan to China in 2019.')).toEqual(['SLB->CHN warming']);
  });
  it('lets an idiom of relations take the object of the participle right after it', () => {
    expect(asDirected('Kenya and Somalia signed a deal. In 2021 Mogadishu severed ties accusing its neighbour of meddling in its internal affairs.')).toEqual(['KEN--SOM cooperative', 'SOM->KEN severed', 'SOM->KEN tense']);
  });
  it('reads troops sent to a border past "and" between two nouns, and a denial by one actor as toward the other of the pair', () => {
    expect(asDirected('Warsaw would send more soldiers and helicopters to the frontier with Belarus.')).toEqual(['POL->BLR tense']);
    expect(asDirected('Poland summoned the Belarusian envoy. Minsk denied the accusation.')).toEqual(['POL->BLR tense', 'BLR->POL tense']);
  });
  it('knows "St" for "Saint" in names', () => {
    expect(keys('St Vincent and the Grenadines hosted talks with Guyana.')).toEqual(['GUY-VCT cooperative']);
  });
  it('resolves "the two neighbours" to the latest pair that shares a border', () => {
    const text = 'Ghana recalled its ambassador from Togo. Japan said it supported Ghana. Norway offered to mediate between the two neighbours.';
    expect(keys(text)).toEqual(expect.arrayContaining(['GHA-NOR cooperative', 'NOR-TGO cooperative']));
    expect(keys(text)).not.toContain('JPN-NOR cooperative');
  });
  it('reads no event in a noun after "any" or in what is opposed, and no subject from an object pronoun', () => {
    expect(keys('Algeria opposed any military intervention in Niger.')).toEqual([]);
    expect(keys('Mali warned that any attack on Niger would be a declaration of war.')).not.toContain('MLI-NER hostile');
    expect(keys('The United States, which has troops in Niger, avoided calling it a coup, a designation that would force it to cut aid.')).not.toContain('NER-USA tense');
  });
  it('reads settling and appealing for what they are, and a subordinate clause as ending at its comma', () => {
    expect(asArrows("Japan lifted export controls on chemicals for South Korea's chip industry.")).toEqual(['JPN->KOR warming']);
    // Dropping a complaint is no complaint.
    expect(asArrows('Japan and South Korea met. Seoul dropped a complaint it had filed with the WTO.').map((c) => c.split(' ')[1])).not.toContain('tense');
    // Pressing others to mend ties is an appeal, not a demand on them.
    expect(asArrows('Washington pushed Japan and South Korea to mend ties.').map((c) => c.split(' ')[1])).not.toContain('tense');
    expect(asArrows('Hours before Yoon landed in Tokyo, North Korea fired a missile into the sea off Japan.')).toEqual(['PRK->JPN tense']);
  });
  it('reads withheld approval as a rejection, a warning as for whom its condition names, and a modifier before "that" as no antecedent', () => {
    expect(asArrows("Hungary is now the only NATO member that has not approved Sweden's accession.")).toEqual(['HUN->SWE tense']);
    expect(asArrows('Moscow has warned that it will take countermeasures if Finland deploys missiles.')).toEqual(['RUS->FIN tense']);
  });
  it('reads a new subject after ", and" past the commas of a list, and a manner adjunct ("in solidarity with") as the subject\'s', () => {
    expect(asArrows('Brazil called the raid a violation of the Vienna Convention, and Argentina, Colombia and Chile expressed solidarity with Mexico.')).toEqual(['ARG->MEX cooperative', 'COL->MEX cooperative', 'CHL->MEX cooperative']);
    expect(asDirected('Nicaragua broke off relations with Ecuador in solidarity with Mexico.')).toEqual(['NIC->ECU severed', 'NIC--MEX cooperative']);
    // Who is prompted to act is the act's subject.
    expect(asArrows("Morocco's envoy voiced support for the separatists, prompting Algeria to recall its ambassador to Rabat.")).toEqual(['DZA->MAR tense']);
    // Being at odds over a territory is a dispute between the two, not with the territory.
    expect(keys('Algeria and Morocco met. The two countries have been at odds for decades over Western Sahara.')).toEqual(['DZA-MAR cooperative', 'DZA-MAR tense']);
  });
  it('reads a disapproval of "the deal" as on both of the pair that made it, and "it" in a relative clause as the sentence\'s subject', () => {
    expect(asArrows('Japan and South Korea agreed to restore their pact. China criticised the rapprochement.')).toEqual(['JPN->KOR cooperative', 'CHN->JPN tense', 'CHN->KOR tense']);
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
      'Iran launched more than 300 drones and missiles at Israel overnight. Nearly all were shot down by Israel\'s air defences with help from the United States and Jordan, the Israeli military said. Britain condemned the attack.';
    expect(asArrows(text)).toEqual(['IRN->ISR hostile', 'USA->ISR cooperative', 'JOR->ISR cooperative', 'GBR->IRN tense']);
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
    expect(asArrows('Saudi Arabia cut ties with Qatar. Kuwait mediated in the dispute.')).toEqual(['SAU->QAT severed', 'KWT->SAU cooperative', 'KWT->QAT cooperative']);
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
    expect(asArrows('A U.S. delegation visited Niamey. Niger accused the delegation of a condescending attitude.')).toEqual(['USA->NER cooperative', 'NER->USA tense']);
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
      'GRC--TUR cooperative',
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
    expect(keys('France recalled its ambassadors to the United States and Australia, in protest at a security pact between Washington, London and Canberra.')).not.toContain('AUS-USA tense');
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
    expect(asArrows("China downgraded ties with Lithuania. Countries that have no diplomatic ties with Taiwan respect China's argument.")).toEqual(['CHN->LTU tense']);
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

describe('objects the tagger or the grouping misreads', () => {
  it('reads an irregular past with a particle, a possessed organisation, and trade in a state\'s goods', () => {
    expect(asArrows('Iran shot down an American drone over the Strait of Hormuz.')).toEqual(['IRN->USA hostile']);
    expect(asArrows("Turkey blocked Sweden's NATO membership bid for months.")).toEqual(['TUR->SWE tense']);
    expect(asArrows('Russia banned imports of Turkish tomatoes.')).toEqual(['RUS->TUR tense']);
  });
  it('takes the dictionary\'s lemma of a verb the tagger lemmatises wrongly ("staged" is not "stag")', () => {
    const pairs = (text: string) => extract(text).map((c) => `${c.a}${c.directed ? '->' : '--'}${c.b} ${c.stance}`);
    expect(pairs('South Korea and Japan staged joint drills.')).toEqual(['KOR--JPN cooperative']);
  });
});

describe('acts on cooperation and plans', () => {
  it('reads halting aid or cooperation as reducing relations, unless the halting is not done', () => {
    expect(asArrows('Washington halted military assistance to Egypt.')).toEqual(['USA->EGY tense']);
    expect(asArrows('Turkey said it would not abandon its support for the Palestinians.')).toEqual([]);
  });
  it('gives a plan to its owner and reads a rejection of it', () => {
    expect(asArrows("Egypt and Sudan rejected Ethiopia's plan to fill the dam.")).toEqual(['EGY->ETH tense', 'SDN->ETH tense']);
  });
  it('does not take a compound modifier for the object, and finds a mission in a capital', () => {
    const keysOf = (text: string) => extract(text).map((c) => `${c.a}${c.directed ? '->' : '--'}${c.b} ${c.stance}`);
    expect(keysOf('Armenia and Azerbaijan signed a Russian-brokered ceasefire.')).toEqual(['ARM--AZE warming', 'RUS->ARM cooperative', 'RUS->AZE cooperative']);
    expect(keysOf('Serbia agreed to open a commercial office in Jerusalem.')).toEqual(['SRB->ISR warming']);
  });
});

describe('speakers, participles and consent', () => {
  it('gives a participle after a quotation the speaker as its subject', () => {
    expect(asArrows('"We will not tolerate any interference," the Chinese foreign ministry said, warning Washington against arms sales.')).toEqual(['CHN->USA tense']);
  });
  it('reads "cited X as slamming Y" with office words after X', () => {
    expect(asArrows("Anadolu cited the Turkish Foreign Ministry as slamming Greece and Egypt's agreement.")).toEqual(expect.arrayContaining(['TUR->GRC tense', 'TUR->EGY tense']));
  });
  it('reads "we" in a quotation as its speaker', () => {
    expect(asArrows('Egypt hosted talks. "We have decided to expel the Dutch ambassador," Turkey\'s president said on Saturday.')).toEqual(['TUR->NLD tense']);
  });
  it('does not take who consents for who is fought', () => {
    expect(keys("Uganda's army entered Congo to fight ADF rebels with Kinshasa's consent.")).not.toContain('COD-UGA hostile');
  });
});

describe('an act told once and judged after', () => {
  it('goes to the one blamed for it, and later judgements of "the attack" go to its agent', () => {
    expect(asArrows('Iran vowed to retaliate against Israel for an air strike on its consulate.')).toEqual(['IRN->ISR tense', 'ISR->IRN hostile']);
    // What one is accused of is alleged, past a light verb too.
    const accused = extract('The Taliban accused Pakistan of carrying out air strikes in Khost province.');
    expect(accused.map((c) => `${c.a}->${c.b} ${c.stance} ${c.certainty}`)).toEqual(['taliban->PAK tense stated', 'PAK->taliban hostile alleged']);
    const text = 'Iran accused Israel of the strike on its consulate. Syria condemned the "heinous terrorist attack". Russia called the strike a violation of international law. Oman, a close ally of both Syria and Iran, also condemned the attack.';
    expect(asArrows(text)).toEqual(expect.arrayContaining(['ISR->IRN hostile', 'SYR->ISR tense', 'RUS->ISR tense', 'OMN->ISR tense']));
    // An attack whose agent is not known is nobody's; a definite one in a sentence of two others is not theirs.
    expect(asArrows('Egypt and Sudan met. Egypt condemned the terrorist attack.')).toEqual(['EGY->SDN cooperative']);
    expect(asArrows('The United States told Iran it had no advance knowledge of the strike.')).toEqual([]);
  });
  it('reads "it" right after a judging verb as the act the sentence before told or named', () => {
    const raid = 'Ecuadorean police stormed the Mexican embassy in Quito. Governments across the region condemned the raid.';
    expect(asArrows(`${raid} Brazil called it a clear violation of international law.`)).toEqual(['ECU->MEX hostile', 'BRA->ECU tense']);
    expect(asArrows('Ecuadorean police stormed the Mexican embassy in Quito. Brazil condemned it.')).toEqual(['ECU->MEX hostile', 'BRA->ECU tense']);
    // With no act told just before, "it" is the state it stands for.
    expect(asArrows('Ecuador expelled the Mexican ambassador. Mexico said it would respond. Brazil condemned it.')).not.toContain('BRA->ECU tense');
  });
  it('reads a participle after "has" as a verb, and one after an adverb before a noun as an adjective', () => {
    expect(asArrows('Oman, which has mediated between Tehran and Washington, said nothing.')).toEqual(['OMN->IRN cooperative', 'OMN->USA cooperative']);
    expect(asArrows('Israel agreed to suspend its widely condemned plans, the UAE said.')).not.toContain('ISR->ARE tense');
  });
});

describe('acts judged by a third', () => {
  it('go to the act\'s agent, never to its victim, and the judge did not do the act', () => {
    expect(asArrows("France condemned the attack on Britain's embassy in Tehran.")).toEqual([]);
    expect(asArrows('Germany condemned the attack by Russian forces on Ukrainian civilians.')).toEqual(['DEU->RUS tense']);
    expect(asArrows("The United States condemned Iran's attack on Israel.")).toEqual(['USA->IRN tense', 'IRN->ISR hostile']);
    expect(asArrows('Japan denounced the bombing of the Indian embassy in Kabul.')).toEqual([]);
  });
});

describe('requests, revocations and anger', () => {
  it('reads them between the states they concern', () => {
    // A request refused: the refusal, and no sending by the one who asked.
    expect(asArrows("Kazakhstan declined Russia's request to send troops to Ukraine.")).toEqual(['KAZ->RUS tense']);
    // Revoking agreements ends cooperation: tense, not cooperative.
    expect(asArrows('Niger revoked its military agreements with France.').map((c) => c.split(' ')[1])).toEqual(['tense']);
    expect(asArrows("Armenia recognised the court's jurisdiction, angering Moscow.")).toEqual(['ARM->RUS tense']);
  });
  it('reads a demand on another state as pressure on it, and an order to one\'s own troops as the act', () => {
    expect(asArrows('Mali ordered France to withdraw its troops without delay.')).toEqual(['MLI->FRA tense']);
    expect(asArrows('Kenya asked Somalia to withdraw dozens of its diplomats.')).toEqual(['KEN->SOM tense']);
    expect(asArrows('Russia ordered its troops to attack Ukraine.')).toEqual(['RUS->UKR hostile']);
    // Asking for cooperation is an appeal, not pressure, and what is asked has not happened.
    expect(asArrows('Brazil asked Chile to sign the trade agreement.').map((c) => c.split(' ')[1])).not.toContain('tense');
    expect(asArrows('Japan urged China to lift the ban immediately.')).toEqual([]);
    // A trade restriction is a sanction, not force.
    expect(asArrows('Russia restricted imports from Japan.')).toEqual(['RUS->JPN tense']);
  });
  it('lets an idiom of relations share the target of the verb it is coordinated with', () => {
    expect(asArrows("Colombia's president called Israel's actions genocide and cut ties.")).toEqual(['COL->ISR tense', 'COL->ISR severed']);
    // A verb that is no idiom of relations shares nothing.
    expect(asArrows('The South Sudanese army crossed the Sudanese border and went three kilometres into the Heglig area.')).toEqual(['SSD->SDN hostile']);
  });
  it('reads "according to US officials" as a report', () => {
    expect(extract('Iran supplies the Houthis with missiles, according to US officials.').map((c) => c.certainty)).toEqual(['reported']);
  });
});

describe('visits and partners', () => {
  it('reads an arrival in a capital as a visit, and an investor as a partner', () => {
    expect(asDirected("India's foreign minister arrived in Moscow on a two-day visit.")).toEqual(['IND->RUS cooperative']);
    expect(asDirected("France is Morocco's largest foreign investor.")).toEqual(['FRA--MAR cooperative']);
  });
  it('reads an aside naming the actors before it allies of another', () => {
    const pairs = (text: string) => extract(text).map((c) => `${[c.a, c.b].sort().join('|')} ${c.stance}`).sort();
    expect(pairs('Norway and Denmark, close allies of Iceland, sent observers.')).toEqual(['DNK|ISL cooperative', 'ISL|NOR cooperative']);
  });
  it('reads who loses what is suspended after "for"', () => {
    expect(asArrows('India suspended visa services for Canadians.')).toEqual(['IND->CAN tense']);
    // Not after a verb of another kind: "voted for".
    expect(asArrows('Chile voted for Peru.')).toEqual([]);
  });
});

describe('headlines', () => {
  it('read a verb after a plural subject, not a noun: "troops trade shots"', () => {
    expect(keys('Pakistani, Afghan troops trade shots at border')).toEqual(['AFG-PAK hostile']);
  });
  it('read a present the tagger takes for a noun', () => {
    expect(extract('Belarus summons Polish diplomat, expels consul').map((c) => `${c.a}->${c.b} ${c.stance} ${c.code}`)).toContain('BLR->POL tense 114');
  });
});

describe('passives', () => {
  it('do not let one party act on itself when the agent is also the patient', () => {
    expect(keys('The agreement, which Egypt and Sudan say threatens their water supplies, was rejected by both countries.')).toEqual([]);
  });
});

describe('envoys in the passive', () => {
  it('go from the envoy\'s state when recalled, to it when expelled or summoned', () => {
    expect(asArrows("Mexico's ambassador to Peru was recalled on Tuesday.")).toEqual(['MEX->PER tense']);
    expect(asArrows("Sudan's ambassador in Cairo has been called home.")).toEqual(['SDN->EGY tense']);
    expect(asArrows('The Rwandan ambassador was expelled from Congo.')).toEqual(['COD->RWA tense']);
    expect(asArrows('The Russian ambassador was summoned to the foreign ministry in Berlin.')).toEqual(['DEU->RUS tense']);
    // With no host named, the state the article is about; with none, nothing.
    expect(asArrows('Germany protested on Monday. The Russian ambassador was summoned.')).toEqual(['DEU->RUS tense']);
    expect(asArrows('The Russian ambassador was summoned.')).toEqual([]);
  });
});

describe('agents named by their office alone', () => {
  it('speak for the subject of the sentences before, when that is one actor', () => {
    expect(asArrows('Saudi Arabia recalled its ambassador to Germany. The foreign ministry accused Berlin of interference.')).toEqual(['SAU->DEU tense', 'SAU->DEU tense']);
    expect(asArrows('Russia massed troops near the border. The troops crossed into Ukraine on Thursday.')).toEqual(['RUS->UKR hostile']);
    // With two actors before, "the ministry" is nobody's in particular.
    expect(asArrows('Egypt and Sudan met. The foreign ministry accused Ethiopia of stalling.')).not.toContain('EGY->ETH tense');
  });
  it('speak for the state the article gave that agent to, and a headline\'s present after one is a verb', () => {
    expect(asArrows("Mali's junta took power in May. Relations between Mali and France soured. The junta revoked its defence agreements with France.")).toContain('MLI->FRA tense');
    expect(asArrows('Mali junta orders French ambassador to leave')).toEqual(['MLI->FRA tense']);
  });
});

describe('participles that describe a noun, with their agent after "by"', () => {
  it('act on the nearest actor before', () => {
    expect(asArrows("Nicaragua's move follows the re-election of Daniel Ortega after an election condemned by the United States.")).toEqual(['USA->NIC tense']);
    // A mediator is cooperative with each party; a ceasefire between the two is warming.
    expect(asArrows('The ceasefire between Armenia and Azerbaijan, brokered by Russia, held.')).toEqual(['ARM->AZE warming', 'RUS->ARM cooperative', 'RUS->AZE cooperative']);
    // After a comma, only right after an actor.
    expect(asArrows("Belgrade does not recognise Kosovo's independence, backed by Russia.")).not.toContain('RUS->XKX cooperative');
    // The same participle again after "and" describes the same noun.
    expect(asArrows('Togo held a vote, a poll criticised as unfair by observers and criticised by Ghana and Benin.')).toEqual(['GHA->TGO tense', 'BEN->TGO tense']);
    // A deal brokered by a third: the mediator is cooperative with the clause's subject too.
    expect(asArrows('Morocco normalised relations with Israel in a deal brokered by the United States.')).toEqual(['MAR->ISR warming', 'USA->MAR cooperative', 'USA->ISR cooperative']);
  });
});

describe('nouns whose source follows "from"', () => {
  it('goes from the source to the subject of the clause', () => {
    expect(asArrows('Delegations from the Czech Republic have visited Taiwan, despite angry protestations from Beijing.')).toContain('CHN->CZE tense');
    expect(asArrows('Syria received military support from Russia.')).toEqual(['RUS->SYR cooperative']);
    // "officials from Egypt" are Egypt's, not a source of anything.
    expect(asArrows('Officials from Egypt met officials from Sudan.')).toEqual(['EGY->SDN cooperative']);
  });
});

describe('words addressed to the other of the pair an article is about', () => {
  it('takes the other of the pair as the target of words that name none', () => {
    const text = 'Nicaragua broke off diplomatic relations with Taiwan on Thursday. Taiwan expressed great regret at the decision.';
    expect(extract(text).map((c) => `${c.a}->${c.b} ${c.stance}`)).toEqual(['NIC->TWN severed', 'TWN->NIC tense']);
  });
  it('takes the pair from what the sentences are about, not from any two in a list', () => {
    const text = 'Nicaragua broke off diplomatic relations with Taiwan. Beijing says all of China and Taiwan are one. Taiwan expressed "great regret" at the decision.';
    expect(extract(text).map((c) => `${c.a}->${c.b} ${c.stance}`)).toEqual(['NIC->TWN severed', 'TWN->NIC tense']);
  });
  it('not for acts, and not when the sentence names someone else', () => {
    expect(keys('Nicaragua broke off diplomatic relations with Taiwan. Taiwan sent troops to the border.')).toEqual(['NIC-TWN severed']);
    expect(keys('Nicaragua broke off diplomatic relations with Taiwan. Taiwan expressed regret, Japan said.')).toEqual(['NIC-TWN severed']);
  });
});

describe('negation and certainty', () => {
  it('does not code a negated relation as the relation', () => {
    expect(keys('Spain did not cut ties with Morocco.')).toEqual([]);
    // What a verb stops is not had: "cut back on drone strikes".
    expect(keys('The United States had cut back sharply on drone strikes in Pakistan.')).toEqual([]);
    // An intent denied.
    expect(keys('The Kremlin said it had no plans to attack NATO countries.')).toEqual([]);
    // An object with "no" is an act not done.
    expect(keys('Sudan and Chad met in May. Chad gave no date for the visit.')).toEqual(['SDN-TCD cooperative']);
  });
  it('does not read a conflict that is prevented, or a war named after one state', () => {
    expect(keys('Japan and China agreed to set up a military hotline to avoid clashes at sea.')).not.toContain('CHN-JPN hostile');
    expect(keys('The United States has stationed troops in South Korea since the Korean War.')).not.toContain('KOR-USA hostile');
  });
  it('does not relate two states through a phrase that is about neither', () => {
    // The speaker is not a party to what it reports.
    expect(keys('Pakistani officials said 31 people were killed in four drone attacks in the Paktia province of Afghanistan.')).toEqual([]);
    // Two speakers of two clauses, and a phrase in a clause that names neither.
    expect(keys('Merkel called the move understandable, while Erdogan said the attack was an important step.', '2017-04-08')).toEqual([]);
    expect(keys('Lithuania began building a barrier on its frontier with Belarus, a move that EU ministers discussed in a series of meetings.')).not.toContain('BLR-LTU cooperative');
    // The same phrase relates the two states when nothing else in the sentence does and it stands with them.
    expect(keys('For Egypt and Ethiopia, the dam has been a source of tension for a decade.')).toEqual(['EGY-ETH tense']);
  });
  it('reads a threat as the threat, with the threatener as source', () => {
    const directed = (text: string) => extract(text).map((c) => `${c.a}->${c.b} ${c.stance} ${c.code}`);
    expect(directed('Algeria has threatened to cut ties with Spain.')).toEqual(['DZA->ESP tense 1313']);
  });
  it('reads a warning as addressed to the subject of its condition', () => {
    expect(asArrows("China's ambassador to Australia warned of consequences if Canberra pursued the inquiry.")).toEqual(['CHN->AUS tense']);
  });
  it('reads the event a light verb carries', () => {
    expect(extract('Israel allegedly carried out a drone strike on an Iranian military site.').map((c) => `${c.a}->${c.b} ${c.stance} ${c.certainty}`)).toEqual(['ISR->IRN hostile alleged']);
  });
  it('reads certainty from attribution cues', () => {
    const c = (text: string) => extract(text).map((x) => x.certainty);
    expect(c('Unconfirmed reports said Israel held a secret meeting with Morocco.')).toEqual(['unconfirmed']);
    expect(c('Reports in Israel said Netanyahu discussed normalizing ties between Israel and Morocco.')).toEqual(['reported']);
    expect(c('Minsk and Moscow deny that Belarus attacked Lithuania.')).toEqual(['denied']);
    expect(c('Morocco accused Iran of arming the Polisario Front.')).toEqual(['stated', 'alleged']);
    // Unnamed officials are a report.
    expect(c('North Korea is supplying Russia with artillery shells, US officials said.')).toEqual(['reported']);
  });
});

describe('dates and offsets', () => {
  it('dates a claim by the time expression in its sentence, against the publication date', () => {
    const [claim] = extract('On Thursday, Nicaragua ended diplomatic ties with Taiwan.', '2021-12-10');
    expect(claim?.when).toBe('2021-12-09');
    expect(extract('Morocco cut ties with Iran in 2018.')[0]?.when).toBe('2018');
  });
  it('reads an article whose publication date is unknown, leaving relative dates unresolved', () => {
    const claims = extractClaims({ id: 't', text: 'On Thursday Morocco cut ties with Iran. In 2018 Morocco cut ties with Iran.', published: null }, readers).claims;
    expect(claims.map((c) => c.when)).toEqual([null, '2018']);
  });
  it('quotes the whole sentence as evidence, at its offsets', () => {
    const text = 'Intro line. Saudi Arabia has cut diplomatic ties with Qatar. Outro.';
    const [claim] = extract(text);
    expect(claim && text.slice(claim.start, claim.end)).toBe('Saudi Arabia has cut diplomatic ties with Qatar.');
    expect(splitSentences('Aug. 14 (UPI) -- The U.S. said so. Then it left.').map((s) => s.text)).toEqual(['Aug. 14 (UPI) -- The U.S. said so.', 'Then it left.']);
  });
});

const dev = fileURLToPath(new URL('../../../../shared/eval/dev', import.meta.url));
/** Articles numbered from 25 on are held out: read only to score, never to tune rules on. */
const HELD_OUT_FROM = 25;
describe.runIf(existsSync(dev))('on the development set (../shared/eval/dev)', () => {
  const totals = { tuned: { tp: 0, predicted: 0, gold: 0 }, heldOut: { tp: 0, predicted: 0, gold: 0 } };
  for (const file of readdirSync(`${dev}/articles`).filter((f) => f.endsWith('.txt'))) {
    const article = parseArticleFile(readFileSync(`${dev}/articles/${file}`, 'utf8'));
    const goldFile = JSON.parse(readFileSync(`${dev}/gold/${file.replace('.txt', '.json')}`, 'utf8'));
    const { claims } = extractClaims({ id: file, text: article.text, published: article.published ?? goldFile.published, bodyStart: article.bodyStart }, readers);
    it(`quotes ${file}'s sentences exactly`, () => {
      for (const c of claims) expect(article.text.slice(c.start, c.end), file).toBe(c.evidence);
    });
    const s = score(claims, goldFile.claims);
    const split = Number.parseInt(file, 10) >= HELD_OUT_FROM ? totals.heldOut : totals.tuned;
    split.tp += s.truePositives;
    split.predicted += s.predicted;
    split.gold += s.gold;
  }
  // Floors under the figures reached, so that a change that loses ground fails here (npm run eval prints them).
  it('keeps its F1 on (pair, stance) on the articles it is tuned on (11-24)', () => {
    const { tp, predicted, gold } = totals.tuned;
    expect(finish(tp, predicted, gold).f1).toBeGreaterThanOrEqual(0.87);
  });
  it('keeps its F1 on the held-out articles (25-30)', () => {
    const { tp, predicted, gold } = totals.heldOut;
    expect(finish(tp, predicted, gold).f1).toBeGreaterThanOrEqual(0.57);
  });
});

describe('offsets in text with invisible and typographic characters', () => {
  const base = 'Saudi Arabia has cut diplomatic ties with Qatar. Egypt expelled Turkey’s ambassador on Monday, accusing Ankara of backing “terrorists”. Greece and Egypt signed a maritime deal.';
  const keysOf = (claims: readonly { a: string; b: string; stance: string }[]) => claims.map((c) => `${c.a}|${c.b}|${c.stance}`).sort();
  const clean = extractClaims({ id: 'p', text: base, published: '2021-06-10' }, readers).claims;
  it('reads the clean text', () => {
    expect(keysOf(clean)).toEqual(expect.arrayContaining(['SAU|QAT|severed', 'EGY|TUR|tense', 'GRC|EGY|cooperative']));
  });
  it('keeps every offset exact and reads the same claims when soft hyphens, direction marks, zero-width spaces and non-breaking spaces are added', () => {
    const invisible = fc.constantFrom('\u00AD', '\u200E', '\u200F', '\u200B', '\u2060', '\uFEFF');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(base.length), invisible), { maxLength: 12 }), fc.array(fc.nat(base.length), { maxLength: 8 }), (inserts, nbsp) => {
        let text = base;
        // Non-breaking spaces for some spaces, then invisible characters anywhere.
        for (const at of nbsp) {
          const space = text.indexOf(' ', at);
          if (space >= 0) text = `${text.slice(0, space)}\u00A0${text.slice(space + 1)}`;
        }
        for (const [at, ch] of [...inserts].sort((x, y) => y[0] - x[0])) text = `${text.slice(0, at)}${ch}${text.slice(at)}`;
        const claims = extractClaims({ id: 'p', text, published: '2021-06-10' }, readers).claims;
        for (const c of claims) {
          expect(text.slice(c.start, c.end)).toBe(c.evidence);
          expect(c.triggerStart).toBeGreaterThanOrEqual(c.start);
          expect(c.triggerEnd).toBeLessThanOrEqual(c.end);
          expect(text.slice(c.triggerStart, c.triggerEnd)).toBe(c.trigger);
        }
        expect(keysOf(claims)).toEqual(keysOf(clean));
      }),
      { numRuns: 200 },
    );
  });
});
