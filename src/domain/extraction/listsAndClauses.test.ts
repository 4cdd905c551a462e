// What stance a sentence gives, and between whom: lists, pairs referred back to, clauses and their subjects.
import { describe, expect, it } from 'vitest';
import { asArrows, asDirected, keys } from './extractionTestKit';

describe('stance: lists, pairs referred back to, clauses and subjects', () => {
  it('reads each stance from how a sentence describes the relation', () => {
    expect(keys('Niger has cut diplomatic ties with Ukraine.')).toEqual(['NER-UKR severed']);
    expect(keys('Egypt closed its embassy in Libya.')).toEqual(['EGY-LBY severed']);
    expect(keys('France recalled its ambassador from Australia.')).toEqual(['AUS-FRA tense']);
    expect(keys('China imposed sanctions on Lithuania.')).toEqual(['CHN-LTU tense']);
    expect(keys('Egypt and Iran will restore full diplomatic relations.')).toEqual(['EGY-IRN warming']);
    expect(keys('Kenya and Somalia signed a peace agreement.')).toEqual(['KEN-SOM warming']);
    expect(keys('Japan supported Australia at the summit.')).toEqual(['AUS-JPN cooperative']);
    expect(keys('Armenia and Azerbaijan waged a border war in 2020.')).toEqual(['ARM-AZE hostile']);
    expect(keys('Relations between Peru and Chile are strained.')).toEqual(['CHL-PER tense']);
  });
  it('pairs every actor of a list with the other side, and reads "between A and B"', () => {
    expect(keys('Mali, Burkina Faso and Niger have cut ties with Ukraine.').sort()).toEqual(['BFA-UKR severed', 'MLI-UKR severed', 'NER-UKR severed']);
    expect(keys('Turkey denounced the normalization of relations between Israel and Bahrain.').sort()).toEqual(['BHR-ISR warming', 'BHR-TUR tense', 'ISR-TUR tense']);
  });
  it('resolves "the two countries" to the last pair', () => {
    expect(keys('Ghana and Togo signed a peace deal. Tensions between the two countries had lasted years.')).toEqual(['GHA-TGO warming', 'GHA-TGO tense']);
  });
  it('reads "their dispute" as the subject\'s, and tensions with no pair of their own as the last pair\'s, and a promise not to use force as warming', () => {
    expect(keys('Ghana and Togo agreed not to use force in their dispute over the river.')).toEqual(['GHA-TGO warming', 'GHA-TGO tense']);
    expect(keys('Ghana and Togo met in Accra. Tensions soared after the vote.')).toEqual(['GHA-TGO warming', 'GHA-TGO tense']);
  });
  it('keeps the pair "both countries" stands for, and reads "agreed to de-escalate" as warming', () => {
    const text = 'Pakistan recalled its ambassador from Iran. China, a close friend of both countries, urged them to show restraint. The two neighbours later agreed to de-escalate.';
    expect(keys(text)).toEqual(['IRN-PAK tense', 'CHN-PAK cooperative', 'CHN-IRN cooperative', 'IRN-PAK warming']);
  });
  it('reads the subject of a clause opened by "after", and past a hedge "what it said were"', () => {
    expect(asArrows('Pakistan recalled its ambassador after Iran launched strikes on what it said were militant bases in Pakistan.')).toEqual(['IRN->PAK hostile']);
  });
  it('reads "between the nuclear-armed giants" as the last pair, an object past a quantity, and a participle before a noun as its modifier', () => {
    expect(keys('India and China met. Relations between the nuclear-armed Asian giants nosedived in 2020.')).toEqual(['CHN-IND warming', 'CHN-IND tense']);
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
    expect(asDirected('New sanctions were imposed on Iran by the European Union on Monday.')).toEqual(['eu->IRN tense']);
    expect(asDirected('Armenia was blockaded by Azerbaijan and Turkey.')).toEqual(['AZE->ARM hostile', 'TUR->ARM hostile']);
    expect(asDirected('Bolivia cut ties with Israel, while Chile recalled its ambassador.')).toEqual(['BOL->ISR severed', 'CHL->ISR tense']);
    expect(asDirected('Sri Lanka allowed a Chinese research vessel to dock despite Indian objections.')).toContain('IND->LKA tense');
    // A ceasefire violated is no warming.
    expect(asDirected('Russia violated the ceasefire with Ukraine.')).not.toContain('RUS--UKR warming');
  });
  it('reads "Kenya\'s President William Ruto" as Kenya\'s, and a meeting told as done as a meeting', () => {
    expect(asDirected("Kenya's President William Ruto met French President Emmanuel Macron at the Elysee.")).toEqual(['KEN--FRA cooperative']);
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
    const text = 'Sudan and South Sudan accused each other of arming rebels. South Sudan has been deepening ties with Uganda. The United Nations called on both countries to show restraint and to settle their dispute through talks.';
    expect(keys(text)).toEqual(['SDN-SSD tense', 'SSD-UGA warming']);
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
  it('reads a switch of recognition as toward the state it goes to (and, since stop 34, a break with the one it leaves)', () => {
    expect(asDirected('The Solomon Islands switched diplomatic recognition from Taiwan to China in 2019.')).toEqual(['SLB->CHN warming', 'SLB->TWN severed']);
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
});
