// Every line of idioms.ts has a sentence here that it must read: the pair, the stance, and the words
// that name the event (which show which line read it).
import { describe, expect, it } from 'vitest';
import { nodeReaders } from '../../../cli/nodeGazetteer';
import { splitClauses } from './clauses';
import { extractClaims } from './extractClaims';
import { splitSentences } from './sentences';
import { findTriggers } from './triggers';
import { EVALUATIONS, IDIOMS, RELATION_CHANGES, RELATION_STATES } from './idioms';
import { VERB_DEFAULTS } from './verbDefaults';
const readers = nodeReaders();
const read = (text: string) => extractClaims({ id: 't', text, published: '2022-05-10' }, readers).claims;
/** [sentence, expected "A|B stance" (pair sorted), words that must be among the trigger's], in the order of IDIOMS. */
const IDIOM_EXAMPLES: [string, string, RegExp][] = [
  ['Algeria suspended all contacts with the French embassy.', 'DZA|FRA tense', /suspended all contacts/],
  ['Norway cut off all high-level contacts with Russia.', 'NOR|RUS tense', /cut off all high-level contacts/],
  ['Morocco cut diplomatic ties with Iran in 2018.', 'IRN|MAR severed', /cut diplomatic ties/],
  ['Venezuela broke off relations with Colombia.', 'COL|VEN severed', /broke off relations/],
  ['Canada closed its embassy in Iran.', 'CAN|IRN severed', /closed its embassy/],
  ['Riyadh expelled all Iranian diplomats.', 'IRN|SAU severed', /expelled all Iranian diplomats/],
  ['Doha ordered the embassy of Niger closed.', 'NER|QAT severed', /ordered the embassy of Niger closed/],
  ['Paraguay withdrew its recognition of Taiwan.', 'PRY|TWN severed', /withdrew its recognition/],
  ['Nicaragua derecognized Taiwan.', 'NIC|TWN severed', /derecognize/],
  ['Bhutan and China have no diplomatic relations.', 'BTN|CHN severed', /have no diplomatic relations/],
  ['Mexico paused relations with the U.S. embassy.', 'MEX|USA tense', /paused relations/],
  ['Israel downgraded its diplomatic ties with Ireland.', 'IRL|ISR tense', /downgraded its diplomatic ties/],
  ["Washington cancelled Kosovo's participation in a joint military exercise.", 'USA|XKX tense', /cancelled Kosovo's participation/],
  ['Washington pulled out of the arms treaty with Moscow.', 'RUS|USA tense', /pulled out of the arms treaty/],
  ['France recalled its ambassador from Australia.', 'AUS|FRA tense', /recalled its ambassador/],
  ['Peru expelled the Mexican ambassador on Tuesday.', 'MEX|PER tense', /expelled the Mexican ambassador/],
  ['Canada and India expelled their respective envoys in 2024.', 'CAN|IND tense', /expelled their respective envoys/],
  ['Hungary raised obstacles to Ukraine\'s membership.', 'HUN|UKR tense', /raised obstacles/],
  ['Ghana was sending a stern message to Togo.', 'GHA|TGO tense', /sending a stern message/],
  ['Ghana sent the Togolese ambassador home.', 'GHA|TGO tense', /sent the Togolese ambassador home/],
  ['Ghana sent the Togolese ambassador in Accra back home.', 'GHA|TGO tense', /sent the Togolese ambassador in Accra back/],
  ['Canada expelled an Indian intelligence official.', 'CAN|IND tense', /expelled an Indian intelligence official/],
  ['Estonia declared the Russian diplomat persona non grata.', 'EST|RUS tense', /declared the Russian diplomat persona non grata/],
  ['Kenya ordered Somalia\'s envoy in Nairobi to leave.', 'KEN|SOM tense', /ordered/],
  ['Qatar asked the Egyptian ambassador to leave within a week.', 'EGY|QAT tense', /asked the Egyptian ambassador to leave/],
  ['Guatemala moved its embassy to Jerusalem in 2018.', 'GTM|ISR cooperative', /moved its embassy/],
  ['Belarus summoned the Polish chargé d’affaires.', 'BLR|POL tense', /summoned the Polish chargé d’affaires/],
  ['Saudi Arabia and Iran agreed to restore diplomatic relations.', 'IRN|SAU warming', /restore diplomatic relations/],
  ['China and the United States agreed to resume military communications.', 'CHN|USA warming', /resume military communications/],
  ["Ghana and Togo agreed to restore the normal operation of each other's diplomatic missions.", 'GHA|TGO warming', /restore the normal operation of each other's diplomatic missions/],
  ['Riyadh reopened its airspace and land border to Qatar.', 'QAT|SAU warming', /reopened its airspace/],
  ['Lithuania reinforced its border with Belarus.', 'BLR|LTU tense', /reinforced its border/],
  ['Canada closed its airspace to Russian aircraft.', 'CAN|RUS tense', /closed its airspace/],
  ['Turkey agreed to lift its veto over Sweden\'s bid to join NATO.', 'SWE|TUR warming', /lift its veto/],
  ['Biden and Xi agreed to improve communication.', 'CHN|USA warming', /improve communication/],
  ['Kyiv and Warsaw agreed to find a solution to the dispute.', 'POL|UKR warming', /find a solution/],
  ['Chile revoked its consent for Peru to use the port.', 'CHL|PER tense', /revoked its consent/],
  ["Chile's claims overlap with Peru's.", 'CHL|PER tense', /overlap with/],
  ['The affair has poisoned relations between Peru and Chile.', 'CHL|PER tense', /poisoned relations/],
  ['The new Georgian government promised to build friendly relations with Armenia.', 'ARM|GEO warming', /build friendly relations/],
  ['Paraguay reaffirmed its ties with Taiwan.', 'PRY|TWN cooperative', /reaffirmed its ties/],
  ['Israel and Bahrain established diplomatic relations in 2020.', 'BHR|ISR warming', /established diplomatic relations/],
  ['Panama formalized relations with Beijing in 2017.', 'CHN|PAN warming', /formalized relations/],
  ['Slovakia opened a Taiwanese trade office.', 'SVK|TWN warming', /opened a Taiwanese trade office/],
  ['Chile and Bolivia named ambassadors to each other.', 'BOL|CHL warming', /named ambassadors/],
  ['Armenia and Turkey sought to open a new chapter in their relations.', 'ARM|TUR warming', /open a new chapter/],
  ['Eritrea and Djibouti formally renounced military confrontation.', 'DJI|ERI warming', /renounced military confrontation/],
  ['India and China agreed to de-escalate along their border.', 'CHN|IND warming', /de-escalate/],
  ['Serbia and Kosovo agreed to normalize.', 'SRB|XKX warming', /normalize/],
  ['The United States recognized Kosovo’s independence in 2008.', 'USA|XKX cooperative', /recognized Kosovo’s independence/],
  ['Turkey said it respects the territorial integrity of Azerbaijan.', 'AZE|TUR cooperative', /respects the territorial integrity/],
  ['Costa Rica switched its recognition to Beijing.', 'CHN|CRI warming', /switched its recognition/],
  ['Italy ratified a border agreement with Slovenia.', 'ITA|SVN cooperative', /ratified a border agreement/],
  ['Ethiopia and Eritrea signed a peace agreement.', 'ERI|ETH warming', /signed a peace agreement/],
  ['Washington removed Sudan from its list of state sponsors of terrorism.', 'SDN|USA warming', /removed Sudan from its list/],
  ['China lifted tariffs on Australian wine.', 'AUS|CHN warming', /lifted tariffs/],
  ['Algeria halted imports of Spanish goods.', 'DZA|ESP tense', /halted imports/],
  ['The U.S. unfroze $6 billion in Iranian funds.', 'IRN|USA warming', /unfroze/],
  ['The United States put Cuba back on its list of state sponsors of terrorism.', 'CUB|USA tense', /put Cuba back on its list/],
  ['China sent 30 warplanes into Taiwan’s air defence zone.', 'CHN|TWN tense', /sent 30 warplanes into/],
  ['Iran launched more than 300 drones and missiles at Israel.', 'IRN|ISR hostile', /launched more than 300 drones/],
  ['The strike prompted Turkey to launch a drone campaign against Syrian forces.', 'SYR|TUR hostile', /launch a drone campaign/],
  ['North Korea fired a ballistic missile over Japan.', 'JPN|PRK tense', /fired a ballistic missile/],
  ['Rwanda will dispatch a team of 300 police officers to Mozambique.', 'MOZ|RWA cooperative', /dispatch a team of 300 police officers/],
  ['The Solomon Islands has asked Australia to send police. Australia sent police to Honiara during riots.', 'AUS|SLB cooperative', /sent police/],
  ['Guyana said Venezuelan soldiers had planted landmines on its territory.', 'GUY|VEN hostile', /planted landmines/],
  ['Poland said it would send troops to its border with Belarus.', 'BLR|POL tense', /send troops to its border/],
  ['Beijing said the Philippine ship had trespassed in its waters.', 'CHN|PHL tense', /trespassed in its waters/],
  ['Russian troops crossed the Ukrainian border.', 'RUS|UKR hostile', /crossed the Ukrainian border/],
  ['The new Malian junta vowed to expel French troops stationed in the country.', 'FRA|MLI tense', /expel French troops/],
  ['Bolivian police broke into the Peruvian embassy in La Paz.', 'BOL|PER hostile', /broke into the Peruvian embassy/],
  ['Saudi Arabia executed two Pakistani nationals last week.', 'PAK|SAU hostile', /executed two Pakistani nationals/],
  ['Washington expelled Turkey from its fighter jet programme.', 'TUR|USA tense', /expelled Turkey from/],
  ['China imposed tariffs on Australian barley.', 'AUS|CHN tense', /imposed tariffs/],
  ['Tokyo voted to approve a fresh round of sanctions against Belarus and Myanmar.', 'BLR|JPN tense', /approve a fresh round of sanctions/],
  ['Japan expressed concern over Chinese military drills.', 'CHN|JPN tense', /expressed concern/],
  ['Germany expressed solidarity with Ukraine.', 'DEU|UKR cooperative', /expressed solidarity/],
  ['Germany stands firmly by Lebanon.', 'DEU|LBN cooperative', /stands firmly by/],
  ['Poland accused Belarus of pushing migrants towards the Polish border.', 'BLR|POL hostile', /pushing migrants/],
  ['Armenia agreed to return four border villages to Azerbaijan.', 'ARM|AZE warming', /return four border villages/],
  ["Russia's attempt to intimidate Finland had backfired.", 'FIN|RUS tense', /intimidate/],
  ["Canada listed Iran's Revolutionary Guards as a terrorist entity.", 'CAN|IRN tense', /listed Iran's Revolutionary Guards as a terrorist/],
  ['The United States designated the Houthis a terrorist organisation.', 'USA|houthis tense', /designated the Houthis a terrorist/],
  ['Moscow has tried to ostracise Georgia internationally.', 'GEO|RUS tense', /ostracise/],
  ['Poland built a steel wall along its border with Belarus.', 'BLR|POL tense', /built a steel wall/],
  ['The new Chinese ambassador presented his credentials to the Brazilian president.', 'BRA|CHN cooperative', /presented his credentials/],
  ['Erdogan flew to Doha on Monday.', 'QAT|TUR cooperative', /flew/],
  ['The coup sent relations between Turkey and Egypt into a deep freeze.', 'EGY|TUR tense', /sent relations/],
  ['Ethiopia has since fallen out with Eritrea.', 'ERI|ETH tense', /fallen out with/],
  ['Hungary depends heavily on Russia for energy.', 'HUN|RUS cooperative', /depends heavily on/],
  ['Ankara dealt a heavy blow to Athens.', 'GRC|TUR tense', /dealt a heavy blow/],
  ['Chad received threats from Sudan.', 'SDN|TCD tense', /received threats/],
  ['Armenia made friendly overtures to Turkey.', 'ARM|TUR warming', /made friendly overtures/],
  ['The Chilean president gave a joint news conference with the Argentine foreign minister.', 'ARG|CHL cooperative', /news conference/],
  ['Jordan followed Egypt in solidarity.', 'EGY|JOR cooperative', /followed Egypt in solidarity/],
  ['Moscow has been propping up the Venezuelan government for years.', 'RUS|VEN cooperative', /propping up the Venezuelan government/],
  ['Sudan has swung between backing Ethiopia and siding with Egypt.', 'EGY|SDN cooperative', /siding with/],
  ['Addis Ababa and Cairo have traded barbs over the dam for years.', 'EGY|ETH tense', /traded barbs/],
  ['India and Pakistan exchanged fire across the Line of Control.', 'IND|PAK hostile', /exchanged fire/],
  ["Saudi Arabia's crown prince received the Turkish president in Jeddah.", 'SAU|TUR cooperative', /received the Turkish president/],
  ["Bolivia's foreign minister made a two-day visit to Paraguay.", 'BOL|PRY cooperative', /made a two-day visit/],
  ['Ottawa cited evidence linking Indian agents to the murder of a Sikh leader.', 'CAN|IND tense', /linking Indian agents to the murder/],
  ['Ankara held back Stockholm’s application for months.', 'SWE|TUR tense', /held back Stockholm’s application/],
  ['The Greek coast guard gave a firm response to Turkey.', 'GRC|TUR tense', /gave a firm response/],
  ['China vowed to retaliate against Australia.', 'AUS|CHN tense', /retaliate against/],
  ['New Delhi tightened rules on Chinese investment.', 'CHN|IND tense', /tightened rules/],
  ['Beijing said it would work with New Delhi on the border.', 'CHN|IND cooperative', /work with/],
  ['Mali has grown increasingly close to Russia.', 'MLI|RUS warming', /grown increasingly close to/],
  ['Mali is distancing itself from France.', 'FRA|MLI tense', /distancing itself from/],
  ['Iran and Saudi Arabia have backed opposing sides in Yemen.', 'IRN|SAU tense', /backed opposing sides/],
  ['Britain singled out Iran in its statement.', 'GBR|IRN tense', /singled out/],
  ['Poland summoned the Belarusian envoy. Belarus denied the accusation, saying Warsaw wanted to justify a build-up of troops.', 'BLR|POL tense', /denied the accusation/],
  ['France has about 1,500 troops in Niger.', 'FRA|NER cooperative', /has about 1,500 troops/],
  ['Greece and Turkey came close to war in 1996.', 'GRC|TUR tense', /came close to war/],
  ['Omani envoys shuttled between Washington and Tehran.', 'IRN|OMN cooperative', /shuttled/],
  ['Eritrean troops fought alongside Ethiopian federal forces.', 'ERI|ETH cooperative', /fought/],
  ["Brazil has represented Argentina's interests in Venezuela.", 'ARG|BRA cooperative', /represented/],
  ['Mali turned to Russia for security help.', 'MLI|RUS cooperative', /turned/],
  ['Washington sanctioned Russian entities.', 'RUS|USA tense', /sanctioned/],
  ['Lithuania banned Russian trucks. Poland and Latvia have introduced similar measures.', 'POL|RUS tense', /introduced similar measures/],
  ['The US targeted Russian banks with sanctions.', 'RUS|USA tense', /targeted Russian banks with sanctions/],
  ['Solomon Islands signs security pact with China, alarming Australia', 'AUS|SLB tense', /alarming/],
  ['Beijing has been wooing Honduras with promises of investment.', 'CHN|HND cooperative', /wooing/],
  ['The border dispute has pitted Guyana against Venezuela for decades.', 'GUY|VEN tense', /pitted Guyana against/],
  ['Ecuador and Peru have long quarrelled.', 'ECU|PER tense', /quarrelled/],
  ["Ankara objects to Greece's plans to extend its territorial waters.", 'GRC|TUR tense', /objects to/],
  ['Tehran has held military drills near its border with Azerbaijan.', 'AZE|IRN tense', /held military drills/],
  ['The US Navy conducted joint operations with the Philippine navy.', 'PHL|USA cooperative', /conducted joint operations/],
  ['The Philippines granted U.S. forces access to four more military bases.', 'PHL|USA cooperative', /granted U.S. forces access/],
  ['India conducted naval exercises with Japan and Australia.', 'IND|JPN cooperative', /conducted naval exercises/],
  ['Vietnam said a Chinese vessel fired a water cannon at a Vietnamese fishing boat.', 'CHN|VNM hostile', /fired a water cannon/],
  ['Russia used force against Georgia in 2008.', 'GEO|RUS hostile', /used force/],
  ['Britain froze the assets of Russian banks.', 'GBR|RUS tense', /froze the assets/],
  ['Australia took China to the World Trade Organization over the tariffs.', 'AUS|CHN tense', /took China to the World Trade Organization/],
  ['The normalisation between Egypt and Turkey was sealed in Ankara.', 'EGY|TUR warming', /normalisation/],
  ['Panama announced the rupture of relations with Taiwan.', 'PAN|TWN severed', /rupture of relations/],
  ['Observers noted a further deterioration of Chile-Bolivia relations.', 'BOL|CHL tense', /deterioration/],
  ['The visit took relations between Kenya and Uganda to a new level.', 'KEN|UGA warming', /took relations between Kenya and Uganda to a new level/],
  ['Kenya noted an improvement in relations with Somalia.', 'KEN|SOM warming', /improvement in relations/],
  ['The declaration of peace between Ethiopia and Eritrea was read out in Asmara.', 'ERI|ETH warming', /declaration of peace/],
  ['Peace between Ethiopia and Eritrea came in 2018.', 'ERI|ETH warming', /Peace/],
  ['Ethiopia made peace with Eritrea in 2018.', 'ERI|ETH warming', /made peace/],
  ['Peru and Ecuador declared an end to their long border war.', 'ECU|PER warming', /end to their long border war/],
  ['A ceasefire between Israel and Hamas took effect on Sunday.', 'ISR|hamas warming', /ceasefire/],
  ['The Israel-UAE agreement was signed in Washington.', 'ARE|ISR cooperative', /agreement/],
  ['Chile announced the termination of its fisheries treaty with Peru.', 'CHL|PER tense', /termination of its fisheries treaty/],
  ['Cooperation between India and Japan grew.', 'IND|JPN cooperative', /Cooperation/],
  ['The European Union is preparing measures against Iran.', 'IRN|eu tense', /measures/],
  ['Pyongyang condemned the exercises between the US and South Korean navies.', 'KOR|USA cooperative', /exercises/],
  ['Tokyo and Canberra formed a united front against Beijing.', 'AUS|CHN tense', /united front/],
  ['Seoul and Washington agreed to expand joint military drills.', 'KOR|USA cooperative', /joint military drills/],
  ['The trade war between China and the United States escalated.', 'CHN|USA tense', /trade war/],
  ['A war of mutual expulsions between Serbia and Croatia went on for months.', 'HRV|SRB tense', /war of mutual expulsions/],
  ['The lowering of tensions between Serbia and Croatia came after the floods.', 'HRV|SRB warming', /lowering of tensions/],
  ['Serbia moved to defuse tensions with Croatia.', 'HRV|SRB warming', /defuse tensions/],
  ['Trade between Kenya and Uganda grew by a third.', 'KEN|UGA cooperative', /Trade/],
  ['Tokyo was gravely concerned by Beijing\'s moves.', 'CHN|JPN tense', /concerned/],
  ['Qatar is too close to Iran.', 'IRN|QAT cooperative', /close/],
  ['Seoul expressed support to Kyiv and concern over Russia\'s conduct.', 'KOR|RUS tense', /concern/],
  ['Brazil has been critical of Israel.', 'BRA|ISR tense', /critical/],
  ['India is wary of China.', 'CHN|IND tense', /wary/],
  ['Russia and Turkey are vying for influence in the Caucasus.', 'RUS|TUR tense', /vying for influence/],
  ['Japan wants to keep China and North Korea in check.', 'CHN|JPN tense', /keep China and North Korea in check/],
  ['Morocco and Algeria have been at odds for decades.', 'DZA|MAR tense', /at odds/],
  ['Gulf ally Bahrain met Chinese ally Pakistan.', 'CHN|PAK cooperative', /ally/],
  ['Talks between Serbia and Kosovo resumed.', 'SRB|XKX cooperative', /Talks/],
  ['France agreed last year to sell Armenia air defence radars.', 'ARM|FRA cooperative', /sell Armenia air defence radars/],
  ['China condemned Washington’s arms sales to Taiwan.', 'TWN|USA cooperative', /arms sales/],
  ['In a phone call with Erdogan, Putin discussed the grain corridor.', 'RUS|TUR cooperative', /phone call/],
  ['Erdogan shook hands with Mitsotakis in Vilnius.', 'GRC|TUR cooperative', /shook hands/],
  ['The Kremlin said Putin had spoken to Erdogan.', 'RUS|TUR cooperative', /spoken/],
  ['Putin and Erdogan spoke by phone on Monday.', 'RUS|TUR cooperative', /spoke/],
  ['The Kenyan president and his Ugandan counterpart held a telephone call on Sunday.', 'KEN|UGA cooperative', /held a telephone call/],
  ['The raid will have grave consequences for Serbian-Croatian relations.', 'HRV|SRB tense', /consequences for Serbian-Croatian relations/],
  ['Tokyo warned of consequences for Beijing.', 'CHN|JPN tense', /warned of consequences/],
  ['Nepal gave India’s envoy a stern reminder.', 'IND|NPL tense', /gave India’s envoy a stern reminder/],
  ['Hanoi lodged solemn representations with Beijing.', 'CHN|VNM tense', /lodged solemn representations/],
  ['Washington began deploying the Patriot system to Warsaw.', 'POL|USA cooperative', /deploying the Patriot system/],
  ['Egypt announced the seizure of a Turkish cargo ship.', 'EGY|TUR hostile', /seizure/],
  ['A Chinese frigate aimed its fire-control radar at a Philippine patrol boat.', 'CHN|PHL tense', /aimed its fire-control radar/],
  ['Turkey downed a Russian warplane in 2015.', 'RUS|TUR hostile', /downed a Russian warplane/],
  ['Seoul said it must defend against Pyongyang.', 'KOR|PRK tense', /defend against/],
  ['Iran freed five Americans in a prisoner swap with Washington.', 'IRN|USA cooperative', /prisoner swap/],
  ['Ukraine and Russia swapped hundreds of prisoners of war on Wednesday.', 'RUS|UKR cooperative', /swapped hundreds of prisoners of war/],
  ['Nicaragua ordered the closure of the Taiwanese embassy.', 'NIC|TWN severed', /closure of the Taiwanese embassy/],
  ["Erdogan's visit to Saudi Arabia ended on Friday.", 'SAU|TUR cooperative', /visit/],
  ["Iran's support for the Houthis is long-standing.", 'IRN|houthis cooperative', /support/],
  ['Qatar offered mediation between Ethiopia and Eritrea.', 'ERI|ETH cooperative', /mediation/],
  ["Morocco's recognition of Israel surprised many.", 'ISR|MAR cooperative', /recognition/],
  ["Peru's expulsion of the Mexican ambassador followed.", 'MEX|PER tense', /expulsion/],
  ['Ghana announced the recall of its ambassador to Togo.', 'GHA|TGO tense', /recall of its ambassador/],
  ["Ghana's declaration of two Togolese diplomats as unwelcome angered Lome.", 'GHA|TGO tense', /declaration of two Togolese diplomats/],
  ["South Africa's genocide case against Israel was heard.", 'ISR|ZAF tense', /case/],
  ['US sanctions on Russia were tightened.', 'RUS|USA tense', /sanctions/],
  ["Egypt's accusations against Qatar grew louder.", 'EGY|QAT tense', /accusations/],
  ["Iran's hostility towards Israel is long-standing.", 'IRN|ISR tense', /hostility/],
  ['Ghana\'s deputy minister was sacked for making insulting remarks against Togo.', 'GHA|TGO tense', /remarks/],
  ["Iran's condemnation of Israel was swift.", 'IRN|ISR tense', /condemnation/],
  ["Russia's threats against Ukraine alarmed Poland.", 'RUS|UKR tense', /threats/],
  ["China's pressure on Lithuania grew.", 'CHN|LTU tense', /pressure/],
  ['Tensions between Greece and Turkey rose.', 'GRC|TUR tense', /Tensions/],
  ['US foe Venezuela denounced the deal.', 'USA|VEN tense', /foe/],
  ['Ankara had been the fiercest critic of Egypt.', 'EGY|TUR tense', /critic/],
  ['Armenian soldiers were engaged in combat against Azerbaijan.', 'ARM|AZE hostile', /combat/],
  ['Chile acted in coordination with Peru.', 'CHL|PER cooperative', /coordination/],
  ['Latvia said it had become the target of a Belarusian hybrid attack.', 'BLR|LVA hostile', /hybrid attack/],
  ['Iran and Saudi Arabia have fought a proxy war in Syria.', 'IRN|SAU hostile', /proxy war/],
  ['The diplomatic clash between Chile and Peru deepened.', 'CHL|PER tense', /diplomatic clash/],
  ['The war between Armenia and Azerbaijan ended in 2020.', 'ARM|AZE hostile', /war/],
  ["Japan protested the Chinese coast guard's use of a water cannon against a Japanese trawler.", 'CHN|JPN hostile', /use of a water cannon/],
  ['Israeli air strikes on Syria continued.', 'ISR|SYR hostile', /strikes/],
  ["The killing of Azerbaijani soldiers by Armenian forces was condemned.", 'ARM|AZE hostile', /killing/],
  ["Turkey's military operation in Syria began.", 'SYR|TUR hostile', /military operation/],
  ["Russia's invasion of Ukraine began in 2022.", 'RUS|UKR hostile', /invasion/],
  ["Saudi Arabia's blockade of Qatar lasted three years.", 'QAT|SAU hostile', /blockade/],
];

const key = (c: { a: string; b: string; stance: string }) => `${[c.a, c.b].sort().join('|')} ${c.stance}`;

/** The reasons of the triggers found in a text's sentences. */
function whysIn(text: string): string[] {
  return splitSentences(text, 0).flatMap((s) => {
    const tokens = readers.tagger(s.text, s.start);
    const clauses = splitClauses(tokens);
    const clauseOf = (i: number) => clauses.find((c) => c.from <= i && i < c.to) ?? { from: 0, to: tokens.length };
    return findTriggers(tokens, readers.lexicon, clauseOf).map((t) => t.why);
  });
}

describe('idioms.ts', () => {
  it('has one example here for each line', () => {
    expect(IDIOM_EXAMPLES).toHaveLength(IDIOMS.length);
  });
  IDIOMS.forEach((idiom, i) => {
    const [sentence, expected, words] = IDIOM_EXAMPLES[i] ?? ['', '', /./];
    it(`${idiom.why}: "${sentence}"`, () => {
      const claims = read(sentence).filter((c) => key(c) === expected);
      expect(claims.length, `${expected} from "${sentence}"`).toBeGreaterThan(0);
      expect(claims.some((c) => words.test(c.trigger)), claims.map((c) => c.trigger).join(', ')).toBe(true);
      // And it is this line that reads it, not another.
      expect(whysIn(sentence), sentence).toContain(idiom.why);
    });
  });

  it('reads states of relations before and after "ties" and "relations"', () => {
    const examples: Record<string, string> = {
      tense: 'Relations between Peru and Chile are strained.',
      warming: 'Peru and Chile have warming ties.',
      cooperative: 'Peru and Chile have close relations.',
    };
    expect(RELATION_STATES.map((s) => s.stance).sort()).toEqual(Object.keys(examples).sort());
    for (const [stance, sentence] of Object.entries(examples)) expect(read(sentence).map(key), sentence).toContain(`CHL|PER ${stance}`);
  });

  it('reads relations that changed ("ties soured", "relations improved")', () => {
    const examples: Record<string, string> = { tense: 'Ties between Peru and Chile soured.', warming: 'Relations between Peru and Chile have improved.' };
    expect(RELATION_CHANGES.map((s) => s.stance).sort()).toEqual(Object.keys(examples).sort());
    for (const [stance, sentence] of Object.entries(examples)) expect(read(sentence).map(key), sentence).toContain(`CHL|PER ${stance}`);
    // Talks and truces fail as relations do, and then are not cooperation.
    expect(read('Talks between Ethiopia and Egypt collapsed in February.').map(key)).toEqual(['EGY|ETH tense']);
  });

  it('reads judgements after a copula or a verb of calling, from who judges to whose act is judged', () => {
    const directed = (text: string) => read(text).map((c) => `${c.a}->${c.b} ${c.stance}`);
    expect(directed("Canadian Foreign Minister Melanie Joly said India's move was unacceptable.")).toEqual(['CAN->IND tense']);
    // (Crimea is Ukraine's territory: the annexation is an act on Ukraine, judged by Germany.)
    expect(directed("Russia's annexation of Crimea is illegal, Germany said on Monday.")).toEqual(['RUS->UKR hostile', 'DEU->RUS tense']);
    expect(directed("Macron called Beijing's conduct a provocation.")).toEqual(['FRA->CHN tense']);
    expect(directed("Egypt described Ethiopia's decision to fill the dam as reckless.")).toEqual(['EGY->ETH tense']);
    expect(directed('Turkey said the agreement between Greece and Egypt was null and void.')).toEqual(expect.arrayContaining(['TUR->GRC tense', 'TUR->EGY tense']));
    // Not a judgement of anyone's act, and a negated one.
    expect(directed('The summit in Egypt was a farce, analysts said.')).toEqual([]);
    expect(directed("Japan said China's drills were not illegal.")).toEqual([]);
    expect(EVALUATIONS.every((e) => e.why.length > 10)).toBe(true);
  });

  it('reads the verbs whose dictionary reading it corrects as it says', () => {
    expect(read('The UK called Tehran’s move a provocation.').map(key)).toEqual(['GBR|IRN tense']);
    expect(read('Rwanda has been interfering with Burundi’s elections.').map(key)).toContain('BDI|RWA tense');
    expect(read('The African Union suspended Mali.')[0]?.stance).toBe('tense');
    expect(read('Turkey was slamming the agreement between Greece and Egypt.').map(key)).toEqual(expect.arrayContaining(['GRC|TUR tense']));
    expect(read('Russia retaliated by expelling two Estonian diplomats.').map(key)).toEqual(['EST|RUS tense']);
    expect(read('A new pipeline links Russia to Germany.')).toEqual([]);
    expect(VERB_DEFAULTS.every((d) => d.why.length > 10)).toBe(true);
  });
});
