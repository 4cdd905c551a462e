// Entente's own short list beside the CAMEO verb dictionary: nominal forms of events ("the expulsion
// of", "a blockade of", "talks between"), states of relations ("tensions between", "strained ties",
// "foes"), and idioms the 2015 dictionary lacks or codes too coarsely for the annotation conventions
// of ../shared/eval/README.md ("thaw", "normalisation", "summoned the chargé d'affaires", a break of
// relations told from a reduction). Each entry says why it is here; each has a test in idioms.test.ts.
//
// An entry is a sequence of word slots matched against the tokens' lemmas and forms:
//   "restore|resume"   one of these words;   "air_strike"  words in a row;   "off?"  an optional
//   word;   "…"  up to three other words (determiners, adjectives: "cut all diplomatic ties"); "……"  up
//   to eight, past prepositions and commas (an envoy's post and name). The
//   first slot is the head: for a verb it must be tagged a verb, for a noun a noun. A slot may be a
//   form ("ties") or a lemma ("tie").
import type { Stance } from '../claims/vocabulary';

export type IdiomKind =
  /** An act named by a verb phrase ("cut ties"); its actors are the clause's subject and object. */
  | 'verb'
  /** An act or state named by a noun ("the expulsion of", "tensions between"); its actors attach to it. */
  | 'noun';

export interface Idiom {
  kind: IdiomKind;
  words: string;
  /** The CAMEO code of the act; null for a state of relations, which CAMEO does not code. */
  code: string | null;
  stance: Stance;
  /** True when the relation is the same both ways (ties, tensions, treaties). */
  mutual: boolean;
  why: string;
  /** The prepositions after it that bring in the other party (for a verb, besides those of any verb). */
  preps?: string[];
  /** For words too common to stand alone: the act only with one of its prepositions right after ("measures against", "fired a missile over"). */
  strict?: boolean;
}

const verb = (words: string, code: string | null, stance: Stance, mutual: boolean, why: string, preps?: string): Idiom => ({
  kind: 'verb',
  words,
  code,
  stance,
  mutual,
  why,
  ...(preps ? { preps: preps.split('|') } : {}),
});
/** A noun and the prepositions that bring in its other party ("sanctions on", "talks with", "support for"). */
const noun = (words: string, code: string | null, stance: Stance, mutual: boolean, why: string, preps: string): Idiom => ({ kind: 'noun', words, code, stance, mutual, why, preps: preps.split('|') });

const TIES = 'tie|ties|relation|relations|relationship|link|links|contact|contacts|connection|connections';
const ENVOY = "ambassador|ambassadors|envoy|envoys|diplomat|diplomats|consul|consuls|chargé_d'affaires|charge_d'affaires|chargé|attaché|emissary|high_commissioner|high_commissioners|nuncio|representative|representatives";
const MISSION = 'embassy|embassies|consulate|consulates|mission|missions|office|offices';
/** A word of MISSION, alone: "ordered China to close its consulate" (triggers.ts). */
export const MISSION_WORD = new RegExp(`^(?:${MISSION})$`);
const AGREEMENT = 'agreement|agreements|deal|deals|treaty|treaties|accord|accords|pact|pacts|memorandum|protocol|declaration|partnership';

export const IDIOMS: Idiom[] = [
  // Breaks and reductions of relations: CAMEO codes both 161; the conventions tell them apart.
  verb('suspend|freeze|halt … contact|contacts', '160', 'tense', false, '"Morocco suspended contacts with the German embassy": contacts put on hold reduce relations (CAMEO 16); no formal break, so not severed (before the break idiom below, which it would otherwise match)'),
  verb('cut|break off … contact|contacts', '160', 'tense', false, '"the UK has cut off all high-level contacts with Russia": contacts cut off reduce relations; embassies stay, so not severed (before the break idiom below, which matches as long)'),
  verb(`cut|sever|break|end|suspend|nix … ${TIES}`, '161', 'severed', false, 'a formal break of relations is severed (CAMEO 161 also covers reductions); "nix ties" too'),
  verb(`break|cut off … ${TIES}`, '161', 'severed', false, '"broke off relations": a formal break'),
  verb(`close|shut|shutter … ${MISSION}`, '161', 'severed', false, 'closing embassies or offices is severed by the conventions'),
  verb(`expel|order all … ${ENVOY}`, '161', 'severed', false, 'expelling all diplomats is a break'),
  verb(`order … ${MISSION} of? … closed|shut|shuttered`, '161', 'severed', false, '"Qatar ordered the embassy of Chad closed": a mission ordered closed is closed (severed by the conventions)'),
  verb(`withdraw … recognition`, '161', 'severed', false, 'derecognition is severed'),
  verb('derecognize|derecognise', '161', 'severed', false, 'derecognition is severed'),
  verb(`have|maintain … no … diplomatic_ties|diplomatic_relations|formal_ties|formal_relations`, '161', 'severed', true, '"the two have no diplomatic relations": an absence of relations is a break, by the conventions (no relations, no embassies)'),
  verb(`pause|freeze|froze … ${TIES}`, '161', 'tense', false, '"Mexico paused relations with the U.S. embassy": a pause is a reduction, not a break: tense'),
  verb(`downgrade|reduce|scale_down … ${TIES}`, '161', 'tense', false, 'a downgrade reduces relations, it does not break them: tense'),
  verb('cancel|revoke|rescind|withdraw|suspend … participation|invitation|membership|accreditation', '160', 'tense', false, '"cancelled Kosovo\'s participation in a joint exercise": taking back a state\'s part in something is a reduction of relations (CAMEO 16)'),
  verb(`withdraw|pull_out|exit|retreat|walk_away|back_out from|of … ${AGREEMENT}|initiative|talks|negotiations|dialogue|projects|project|cooperation|activities|organisation|organization|alliance|bloc|union|scheme|programme|program|framework|mechanism|format|forum|grouping`, '160', 'tense', false, 'leaving a treaty, a deal or talks with a state reduces relations with it (CAMEO 16); the dictionary reads "withdraw" as a military de-escalation (0874)', 'with'),
  verb(`recall|withdraw|pull|bring_home|call_back … ${ENVOY}`, '161', 'tense', false, 'recalling an envoy is tense by the conventions (CAMEO 161 would read severed); "pulled its diplomats out of Turkey", "calls back all its diplomats" too', 'of'),
  verb(`expel|oust|send_away|send_home|send_back|kick_out|throw_out … ${ENVOY}`, '174', 'tense', false, 'expelling some diplomats is tense'),
  verb(`expel|recall|withdraw their? respective|each_other's … ${ENVOY}`, '174', 'tense', true, '"expelled respective ambassadors": both ways'),
  verb('put_up|erect|raise|throw_up|create … roadblock|roadblocks|obstacle|obstacles|hurdle|hurdles|barrier|barriers', '120', 'tense', false, '"had put up a series of roadblocks to Sweden\'s membership": obstructing what another state seeks is a rejection (CAMEO 12), as blocking it is', 'to|for|against'),
  verb('send|deliver|issue … sharp|stern|strong|tough|firm|harsh|blunt|clear|strongly-worded message|messages|signal|warning|rebuke', '130', 'tense', false, '"sending a sharp message to Ireland and Norway": a stern message is a warning (CAMEO 13), not the aid the dictionary reads in sending', 'to'),
  verb(`send … ${ENVOY} back? home|packing`, '174', 'tense', false, '"sent the Ethiopian ambassador home": sending another state\'s envoy home is an expulsion, tense (the dictionary reads sending as aid)'),
  verb(`send … ${ENVOY} in|at … back|home`, '174', 'tense', false, '"sent the Ethiopian ambassador in Mogadishu back home": as above, past where the envoy serves'),
  verb('expel|oust|kick_out|throw_out … official|officials|spy|spies|agent|agents|intelligence_officer|intelligence_officers|staff|military_attaché|attaché', '174', 'tense', false, '"Canada expelled a top Indian intelligence official": expelling another state\'s officials is tense, as expelling some diplomats is'),
  verb(`declare …… persona non grata`, '174', 'tense', false, 'declaring a diplomat persona non grata is an expulsion (past the envoy\'s post and name: a long gap)'),
  verb(`order|tell|instruct … ${ENVOY} in|at … to leave|depart|quit`, '174', 'tense', false, '"ordered Somalia\'s envoy in Nairobi to leave": an envoy ordered out is expelled; the dictionary reads "order … envoy" as sending one\'s own envoy on a visit (042) when a place comes between'),
  verb(`ask|tell|instruct|request … ${ENVOY} … to leave|depart|quit`, '174', 'tense', false, '"asked Beirut\'s ambassador to the kingdom to leave within 48 hours": an envoy asked to leave is expelled (CAMEO 174), the host deciding'),
  { ...verb(`move|relocate|transfer … ${MISSION}`, '050', 'cooperative', false, '"agreed to move its embassy to Jerusalem": moving a mission to the capital a state claims is a gesture toward it (CAMEO 05); only with "to" right after', 'to'), strict: true },
  verb(`summon … ${ENVOY}`, '114', 'tense', false, 'summoning an envoy is an official protest (CAMEO 114); the dictionary codes "summon" as a meeting'),
  // Warming: restoring, normalising, improving; embassies opened, ambassadors named.
  verb(`restore|re-establish|reestablish|resume|normalise|normalize|mend|repair|reinstate|upgrade|raise|elevate|improve|rebuild|renew|revive|thaw|strengthen|enhance|deepen|boost|bolster|warm … ${TIES}`, '050', 'warming', true, 'restoring or improving ties is warming (the dictionary has 050, cooperation)'),
  verb('resume|restore|re-establish|reestablish|reopen|revive|reinstate … pact|accord|intelligence-sharing_pact|talks|negotiations|communications|communication|dialogue|exchanges|cooperation|co-operation|flights|trade|channels|operations|patrols|exercises|visits|summits|contacts', '050', 'warming', true, '"agreed to resume military-to-military communications": taking up again what was broken off is warming'),
  verb(`restore|re-establish|reestablish|reinstate|normalise|normalize … functioning|operation|operations|work|staffing of … ${MISSION}`, '050', 'warming', true, '"agreed to restore the normal work of each other\'s consulates": embassies brought back to working order are relations restored, warming'),
  verb('reopen|re-open … airspace|border|borders|crossing|crossings|ports|port|land_border|consulate|consulates', '050', 'warming', false, '"reopened its airspace and land border to Qatar": lifting a closure between two states is warming', 'to|for|with'),
  verb('reinforce|fortify|militarise|militarize … border|borders|frontier|defences|defenses', '150', 'tense', false, '"reinforced its border with Belarus with more riot police": a show of force at the border with a state (CAMEO 15), tense; the dictionary reads coercion (170)', 'with'),
  verb('close|shut|seal … airspace|border|borders|crossing|crossings|land_border|frontier|ports|port', '160', 'tense', false, '"would close their borders to trucks from Belarus", "closed its airspace to Russian planes": closing a border or airspace to another state reduces relations with it (CAMEO 16), as reopening it warms them', 'to|for|with'),
  verb('lift|drop|withdraw|end|abandon … veto|objection|objections|opposition', '081', 'warming', false, '"agreed to lift its veto over Finland and Sweden\'s bid": dropping a block on what another state seeks eases relations with it (CAMEO 081)', 'over|to|on|against'),
  verb('improve|open … communications|communication|channels|hotline|hotlines', '050', 'warming', true, '"agreed to improve communication": opening or bettering channels between two states is warming'),
  verb('find|seek|reach|work_out … solution|settlement|compromise|resolution|way_out', '046', 'warming', true, '"agreed to find a solution to the dispute": talks to settle a dispute are warming between its parties (the conventions)', 'to|with|over'),
  verb('withdraw|revoke|rescind|cancel|suspend … permission|consent|authorisation|authorization|approval|accreditation|agrément|agrement', '160', 'tense', false, '"has withdrawn its permission for Brazil to represent Argentina": taking back a consent given to a state reduces relations with it (CAMEO 16)', 'for|to|of'),
  verb('conflict|overlap with', null, 'tense', true, '"China\'s claim conflicts with those of the Philippines and Vietnam": claims that conflict are a dispute, tense; not the fight the dictionary reads in "conflict" (armed clashes are nouns, or verbs with force: "troops clashed")', 'with'),
  verb(`strain|sour|poison|damage|harm|hurt|undermine|jeopardise|jeopardize|complicate|cloud … ${TIES}`, '160', 'tense', true, '"The conflict strains relations between Algeria and Morocco": what harms relations between two states is tense between them, whatever the harm is', 'between|with'),
  verb(`pursue|seek|build|forge|foster|promote|want|desire … good|friendly|cordial|close|closer|better|normal|neighbourly|neighborly ${TIES}`, '050', 'warming', true, '"took office promising to pursue good relations with Ankara": seeking good relations one has not had is improving them, warming; kept ones are cooperative (the line after)'),
  verb(`reaffirm|affirm|maintain|keep|value|cherish|uphold … ${TIES}`, '050', 'cooperative', true, '"Paraguay reaffirmed its ties with Taiwan": keeping relations is cooperative'),
  verb(`establish … diplomatic ${TIES}`, '054', 'warming', true, 'establishing diplomatic relations is recognition: warming'),
  verb(`formalise|formalize|formalised|formalized … ${TIES}`, '054', 'warming', true, '"formalized relations with Beijing": making relations official is establishing them, warming (the verb alone names no event: "formalized the interruption of relations")'),
  verb(`open|reopen|inaugurate|restore|re-establish|reestablish … ${MISSION}`, '054', 'warming', false, 'opening embassies or offices, or restoring them, is warming by the conventions'),
  verb(`appoint|exchange|return|name|restore|nominate … ${ENVOY}`, '050', 'warming', true, 'returning or exchanging ambassadors restores relations: warming'),
  verb('open|forge|start|begin|usher_in|write|turn … new_chapter|new_page|fresh_start|new_era|new_phase|clean_slate|the_page', '050', 'warming', true, '"to forge a new chapter in relations", "turn the page on the long-standing row": a fresh start after strained relations is warming', 'in|with|between|on'),
  verb('de-escalate|deescalate|de_-_escalate', '0874', 'warming', true, '"the two neighbours agreed to de-escalate": stepping back from conflict (CAMEO 087) is warming; the dictionary lacks the verb'),
  verb('normalise|normalize|reconcile', '050', 'warming', true, 'normalising is warming; the dictionary lacks the verb'),
  verb('recognise|recognize … independence|sovereignty|statehood|government|annexation|state', '054', 'cooperative', false, 'recognising a state or a government is cooperative by the conventions (the dictionary has no event for "recognise its independence")'),
  verb('support|respect|uphold|defend|back|affirm|reaffirm … sovereignty|territorial_integrity|independence', '051', 'cooperative', false, '"supports the sovereignty and territorial integrity of Guyana": standing by a state\'s sovereignty is support for it (CAMEO 051)', 'of'),
  verb('switch … allegiance|recognition|ties|relations', '054', 'warming', false, 'switching recognition to a state establishes relations with it: warming'),
  verb(`sign|ratify|conclude|seal|ink|initial|form|forge|strike|reach … ${AGREEMENT}|alliance`, '057', 'cooperative', true, 'signing an agreement (CAMEO 057) is cooperative by the conventions'),
  verb(`sign|ratify|conclude|seal|ink|initial … peace ${AGREEMENT}`, '057', 'warming', true, 'a peace agreement ends hostility: warming'),
  verb('remove|delist|drop|take … from|off … list|blacklist|register', '081', 'warming', false, 'taking a state off a list of sponsors of terrorism or of sanctions eases sanctions (CAMEO 081)'),
  verb('lift|ease|remove|suspend|waive|scrap|relax|loosen … sanctions|tariffs|embargo|restrictions|ban|controls|curbs|export_controls|duties', '081', 'warming', false, 'lifting sanctions or tariffs eases them (CAMEO 081); "suspend" reads otherwise as a reduction (160)'),
  verb('halt|stop|freeze|suspend|pause|cut|cut_off|curb|end|block … imports|exports|trade|shipments|purchases|sales|flights|deliveries|supplies|aid|assistance|funding|investment|investments|loans|payments|debits', '160', 'tense', false, '"halting imports of Spanish goods", "froze aid to Niger": stopping trade or aid reduces relations (CAMEO 16); the dictionary codes "halt" only with some objects', 'of|to|from|with|for'),
  verb('unfreeze|unfroze|unfrozen', '081', 'warming', false, '"unfroze $6 billion in Iranian funds": easing a sanction (CAMEO 081); the dictionary lacks the verb', 'in|of|to|for'),
  verb('add|put|place|designate|return|relist … on|to … list|blacklist|register', '163', 'tense', false, 'putting a state on a blacklist or a sanctions list ("returned Cuba to its list of state sponsors of terrorism") is a sanction (CAMEO 163)'),
  verb('send|fly|dispatch|deploy … warplanes|aircraft|jets|bombers|warships|ships|vessels|drones|troops|submarines|fighter_jets|missiles|missile_systems|systems|weapons|launchers into|near|toward|towards', '150', 'tense', false, 'sending warplanes or warships into or near another state\'s zone is a show of force (CAMEO 150); the dictionary reads "send aircraft" as military aid'),
  { ...verb('fire|launch|send … drone|drones|missile|missiles|rocket|rockets|projectile|projectiles|shells|munitions', '195', 'hostile', false, '"launched more than 300 drones and missiles at Israel": weapons fired at a state are an attack (CAMEO 19); the dictionary codes only some of these objects, and none past a quantity', 'at|on|against'), strict: true },
  { ...verb('launch|begin|start|wage|step_up|intensify … drone_campaign|air_campaign|bombing_campaign|military_campaign|military_operation|military_operations|offensive', '190', 'hostile', false, '"launched a drone campaign against Syrian forces": a military campaign against a state\'s forces is an attack (CAMEO 19); the dictionary reads "campaign" as a criticism campaign (111)', 'against|on|in|into'), strict: true },
  { ...verb('fire|launch|test-fire … missile|missiles|rocket|rockets|projectile|projectiles', '150', 'tense', false, '"fired a ballistic missile over Japan", "into the sea off Japan\'s coast": a missile test near another state is a show of force (CAMEO 15); fired at it is an attack (the dictionary\'s 19); only with where it flew after it ("missile strikes" are strikes)', 'over|near|off|toward|towards|into'), strict: true },
  verb('send|deploy|dispatch|fly|deliver … police|peacekeepers|rescue_teams|rescuers|doctors|medics|medical_teams|firefighters|humanitarian_aid|aid|relief|supplies|vaccines', '073', 'cooperative', false, '"sent police to Honiara during riots", "sent rescue teams": help sent to another state (CAMEO 07), not the police mobilisation (153) the dictionary reads', 'to|into'),
  verb('send|deploy|move|mass|station|dispatch|order … troops|forces|soldiers|tanks|units|reinforcements|military|missiles|systems|weapons|launchers … to|on|along|near|at … border|frontier|borders|boundary', '154', 'tense', false, '"would send troops to its border with Belarus": massing forces at a border is a show of force (CAMEO 15), not the aid the dictionary reads in "send troops"', 'with'),
  verb('trespass|intrude|encroach|stray in|into|on|upon … waters|territory|airspace|border|zone', '150', 'tense', false, '"the Philippine ship had trespassed in its waters": entering another state\'s waters without force is a show of force (CAMEO 15), not an incursion'),
  verb('cross|violate|breach|enter|invade … border|frontier|airspace|waters|territory', '190', 'hostile', false, 'an army crossing into another state\'s territory is an incursion'),
  verb('expel|oust|eject|banish … from', '174', 'tense', false, '"expelled Turkey from its fighter jet programme": putting a state out of a body or a programme is an expulsion (CAMEO 174); the dictionary\'s patterns for "remove fighters" read a withdrawal of forces'),
  verb('impose|slap|levy|announce|raise|approve|adopt|pass|unveil … tariff|tariffs|duties|duty|sanctions|embargo|ban|restrictions|levies', '163', 'tense', false, 'tariffs and sanctions are tense; the dictionary reads "impose" alone as coercion (170), and "approve" as yielding (080)'),
  verb('impose|slap|announce|approve|adopt|pass|unveil … package|round|set|raft|batch|wave of … sanctions|tariffs|restrictions|penalties', '163', 'tense', false, '"voted to approve a new package of sanctions against Iran": a batch of sanctions is sanctions (CAMEO 163), with its target after "against" or "on"', 'against|on'),
  verb('express|voice|raise|convey … concern|concerns|alarm|dismay|outrage|regret|anger|displeasure|disappointment|indignation|protest', '110', 'tense', false, 'voicing concern or dismay over what another state did is disapproval', 'over|about|at|with'),
  verb('express|voice|reaffirm|pledge|offer|extend|convey … support|solidarity|backing|gratitude|condolences|sympathy|appreciation|thanks', '051', 'cooperative', false, 'voicing support or solidarity for another state', 'for|with|to|behind'),
  verb('stand|stood … by|with|behind', '051', 'cooperative', false, '"stands by Lebanon", "stand with Ukraine": support'),
  { ...verb('send|push|fly|funnel|smuggle|channel|force … migrants|refugees|asylum_seekers|asylum-seekers', '180', 'hostile', false, '"accuses Russia of funnelling asylum seekers over the frontier into Finland": pushing migrants into another state is a hostile act by the annotation conventions (a hybrid attack); the dictionary reads aid; only with where to right after ("send refugees back to Syria" is no attack)', 'into|across|to|towards|toward'), strict: true },
  { ...verb('return|hand_over|cede|give_back … villages|territory|territories|land|lands|region|regions|islands|districts|enclaves', '0871', 'warming', false, '"agreed to return four border villages to Azerbaijan": yielding territory to another state is a concession (CAMEO 08), a step toward peace: warming; the dictionary reads a return of property (084), which says little', 'to'), strict: true },
  verb('intimidate|bully|coerce', '130', 'tense', false, '"Russia\'s attempt to intimidate Finland and Sweden": intimidation is a threat (CAMEO 13); the dictionary lacks the verbs'),
  verb('designate|list|blacklist|label|brand … as … terrorist|terrorists|terror', '163', 'tense', false, '"Canada\'s decision to list Iran\'s Revolutionary Guards as a terrorist entity": naming a state\'s body a terrorist group is a sanction on the state (CAMEO 16)'),
  verb('designate|blacklist|label|brand|consider|deem … terrorist|terrorists|terror', '163', 'tense', false, '"designated the Houthis a terrorist organisation", "is considered a terrorist organization by Turkey": as "list ... as a terrorist entity", with no "as"'),
  verb('isolate|ostracise|ostracize|shun', '170', 'tense', false, '"has tried to ostracise Georgia internationally": keeping a state out of the company of others is coercion (CAMEO 17); the dictionary lacks the verbs'),
  { ...verb('build|erect|construct|put_up … fence|wall|barrier|barriers|fences|walls', '154', 'tense', false, '"started constructing a steel fence along its border with Russia": a fence against a neighbour is a measure against it (CAMEO 15); only with where it stands after it', 'on|along|at'), strict: true },
  verb('present|hand … credentials|letters_of_credence', '050', 'cooperative', false, '"the new Chinese ambassador presented his credentials to Brazil\'s president": accrediting an envoy is normal diplomatic relations (CAMEO 05)', 'to'),
  { ...verb('fly|flew|travel|head|leave|left|depart', '042', 'cooperative', false, '"Erdogan flew to Doha", "Putin left for Beijing": travelling to another state\'s capital is a visit (CAMEO 042); only with where to right after', 'to|for'), strict: true },
  { ...verb('send|plunge|throw|push|tip … relations|ties', '160', 'tense', true, '"sent relations into a deep freeze", "plunged ties into crisis": relations driven into a worse state; only with "into" or their pair right after', 'into|between'), strict: true },
  verb('fall|fell|fallen out with', '110', 'tense', true, '"has since fallen out with Asmara": a falling-out is a dispute (CAMEO 11)'),
  verb('rely|depend|count … on|upon', '060', 'cooperative', false, '"Moscow has relied on North Korea and Iran for ammunition": one state depending on another for what it needs is material cooperation (CAMEO 06)'),
  { ...verb('deal|dealt … blow|blows|setback|setbacks', null, 'tense', false, '"China has dealt a major diplomatic blow to Taiwan": harm done to a state is tense; no CAMEO code names it; only with "to" after', 'to'), strict: true },
  { ...verb('receive|get … threat|threats|bomb_threat|bomb_threats', '130', 'tense', false, '"said they had received a bomb threat from the Palestinian militant group Hamas": a threat received from another is its threat (CAMEO 13), not aid received; only with "from" after', 'from'), strict: true },
  verb('make|extend|offer … overture|overtures', '030', 'warming', false, '"made conciliatory diplomatic overtures": a move toward better relations (CAMEO 03), warming; the dictionary lacks the noun', 'to|toward|towards'),
  { ...noun('press_conference|news_conference|press_briefing|news_briefing', '040', 'cooperative', true, '"speaking at a press conference with French President Francois Hollande", "a joint news briefing with the South African High Commissioner": appearing together is meeting (CAMEO 04); only with "with" after', 'with'), strict: true },
  verb('follow … in_solidarity', '050', 'cooperative', false, '"Kuwait, Bahrain and the UAE have followed Riyadh in solidarity": acting after another in solidarity with it is support (CAMEO 05); the dictionary reads "follow" as nothing'),
  verb('prop_up|shore_up … government|governments|regime|regimes|president|leader|ruler|rulers|junta|ally|allies|economy', '050', 'cooperative', false, '"propping up Syrian president Bashar Assad": keeping a government in power is support (CAMEO 05); not "shore up international support", which names no one'),
  verb('side|sided|siding with', '050', 'cooperative', false, '"siding with Egypt": taking another state\'s side is support (CAMEO 05)'),
  verb('trade|exchange … barbs|accusations|insults|threats|blame|jabs|recriminations|criticism|harsh_words', '111', 'tense', true, '"traded barbs", "exchanged accusations": a dispute both ways (the dictionary reads "trade" as cooperation)'),
  verb('trade|exchange … fire|gunfire|shots|artillery_fire', '193', 'hostile', true, '"exchanged fire": fighting with small arms both ways (CAMEO 193)'),
  verb('receive|host|welcome … president|prime_minister|premier|minister|counterpart|delegation|king|emir|crown_prince|leader|leaders|leadership|head|chief|envoy|chancellor', '043', 'cooperative', false, '"received the Turkish president", "hosted the leadership of": hosting a visit (CAMEO 043)'),
  verb('make|pay … visit|visits|trip|trips', '042', 'cooperative', false, '"made a diplomatic visit to Kenya": a visit made is a visit (CAMEO 042); the dictionary\'s MAKE * VISIT reads an intent to meet (036), which a future ("will make a visit") gets from the modal anyway', 'to|in'),
  verb('link|tie|connect … to|with … murder|killing|killings|assassination|attack|attacks|plot|bombing|bombings|poisoning|hacking|cyberattack|cyberattacks|interference|meddling|crime|crimes|terrorism|terrorists|smuggling|spying|espionage|sabotage|kidnapping|abduction|death|deaths', '112', 'tense', false, '"allegations linking Indian agents to the murder": an accusation (CAMEO 112); the dictionary reads "link" as cooperation (060)'),
  verb('block|veto|stall|delay|hold_up|hold_back|obstruct|freeze … bid|application|membership|accession|entry|candidacy', '120', 'tense', false, '"held back Stockholm\'s application": keeping a state out of a bloc is a rejection (CAMEO 12)'),
  verb('give|deliver … befitting|fitting|firm|strong|decisive|robust|forceful|crushing|stern|tough|resolute|matching|proportionate reply|response|answer|rebuff', '170', 'tense', false, '"gave a befitting reply to the provocation": a retort in kind is retaliation, tense until its means is named ("by firing at" reads it); the dictionary reads giving as aid (060)', 'to'),
  verb('retaliate|hit_back against|on|at', '170', 'tense', false, '"vowed to retaliate against Israel": retaliation against a state, its means unnamed, is coercion; tense until the means is named ("retaliated by expelling" reads the means)'),
  verb('tighten|toughen … rules|restrictions|controls|curbs|scrutiny|limits|screening', '163', 'tense', false, '"tightened rules on Chinese investment": restrictions on a state\'s trade or money are sanctions (CAMEO 16)', 'on|for|against'),
  verb('work|partner with', '060', 'cooperative', false, '"would work with New Delhi to implement": working together (CAMEO 06); the dictionary lacks the verb'),
  verb('grow|move|draw|edge|drift … closer|close to', '050', 'warming', false, '"have grown increasingly close to Russia": relations improving (CAMEO 05)'),
  verb('distance|distancing … from', '160', 'tense', false, '"distancing themselves from France": relations reduced (CAMEO 16)'),
  verb('back|support|arm|fund|sponsor … opposing|opposite|rival|different sides|camps|factions', null, 'tense', true, '"have backed opposing sides in conflicts": a proxy rivalry is a tense relation, not support between the two'),
  verb('single_out|singled_out|singling_out', '111', 'tense', false, '"have singled out the UAE in their appeals": naming one state for blame is criticism of it (CAMEO 111)'),
  verb('deny|dismiss|reject|refute|rebut|rebuff|contest|condemn|denounce … accusation|accusations|allegation|allegations|claim|claims|charge|charges|report|reports|criticism|sanctions|penalties|ultimatum', '120', 'tense', false, '"Minsk denied the accusation": rejecting another state\'s accusation is a rejection of it (CAMEO 12); the one accused answers the accuser'),
  { ...verb('have|keep|maintain|station … base|bases|troops|soldiers|garrison|garrisons|military_bases|weapons|missiles|warheads', '062', 'cooperative', false, '"Russia, which has military bases in both countries", "France has about 1,500 troops in Niger": forces or weapons kept in another state with its consent are military cooperation (CAMEO 06); only with "in" and the state right after', 'in'), strict: true },
  verb('come|came|brought … close|near to war|blows|conflict|war', '138', 'tense', true, '"the two allies, who came close to war in 1996": brinkmanship short of force is tense; the dictionary reads "come" as a visit'),
  { ...verb('shuttle|shuttling|shuttled', '045', 'cooperative', false, '"shuttling between the two delegations", "shuttled between Beirut and Jerusalem": a mediator going between the parties is cooperative with each (CAMEO 045)', 'between'), strict: true },
  { ...verb('fight|fought|battle|battled|fighting', '062', 'cooperative', false, '"Eritrean troops fought alongside Ethiopian federal forces": fighting on the same side is military cooperation (CAMEO 06), not the war it is fought in', 'alongside'), strict: true },
  verb('represent|protect|look_after … interests', '050', 'cooperative', false, '"Brazil has represented Argentina\'s interests in Venezuela": acting as another state\'s protecting power is cooperation with it'),
  { ...verb('turn|turning', '030', 'cooperative', false, '"turning to Russia for security help": seeking a state\'s help or support (CAMEO 03); only with "to" right after', 'to'), strict: true },
  verb('sanction|blacklist', '163', 'tense', false, '"Washington sanctioned Russian entities": imposing sanctions (CAMEO 163); the dictionary lacks the verb'),
  verb('introduce|adopt|impose … measures|restrictions|curbs|controls|bans', '163', 'tense', false, '"Poland and Latvia have introduced similar measures": restrictive measures one state adopts against another are sanctions (CAMEO 163); the dictionary reads "introduce" as a meeting (040)'),
  verb('target|hit|slap … with|in|under … sanctions|tariffs|penalties|restrictions|export_controls', '163', 'tense', false, '"targeted Russian banks with sanctions": a state targeted by measures is sanctioned (CAMEO 163), not attacked (190, the dictionary\'s reading of "target")'),
  verb('alarm|alarming|alarmed|irk|irking|irked|upset|upsetting|unsettle|unsettling|unsettled|worry|worrying|worried|rattle|rattling|rattled', '110', 'tense', false, '"signs security pact with China, alarming Australia": what alarms a state is disapproved by it, as what angers it; the dictionary lacks the verbs'),
  verb('court|woo', '030', 'cooperative', false, '"Washington is courting New Delhi": seeking closer ties (CAMEO 03); the dictionary lacks both verbs'),
  verb('disagree|clash|quarrel|feud|spar|bicker|squabble|wrangle|argue', '110', 'tense', true, 'reciprocal verbs of dispute: "Ecuador and Peru have long quarrelled"'),
  verb('object to', '111', 'tense', false, '"Ankara objects to Greece\'s plans": objecting to what another state does is disapproval (CAMEO 11); the dictionary lacks the verb'),
  { ...verb('conduct|hold|stage|carry_out|launch … exercise|exercises|drill|drills|manoeuvres|maneuvers|war_games', '150', 'tense', false, '"has held military drills near its border with Azerbaijan": exercises at another state\'s border are a show of force (CAMEO 15); only with where they were held after them', 'near|along|close_to|around|off'), strict: true },
  { ...verb('conduct|hold|stage|carry_out|fly|run … operations|flights|sorties|missions|patrols', '062', 'cooperative', true, '"conducted joint operations with the Philippine navy", "flight operations with the Guyanese military": operations carried out with a partner are military cooperation (CAMEO 06); against a state they stay a fight; only with "with" right after', 'with'), strict: true },
  verb('grant|give|offer|allow|provide … access|basing_rights|overflight_rights|landing_rights', '062', 'cooperative', false, '"granting U.S. forces access to four more bases": opening one\'s bases or airspace to another state\'s forces is military cooperation (CAMEO 06); the dictionary lacks the phrase'),
  verb('conduct|hold|stage|carry_out|launch … exercise|exercises|drill|drills|patrol|patrols|manoeuvres|maneuvers|war_games', '062', 'cooperative', true, 'joint exercises and patrols are military cooperation with the partners named ("with Cyprus and France")'),
  verb('use|resort_to … force|military_force|armed_force|military_action|water_cannon|water_cannons|lasers|laser|tear_gas|live_fire|live_ammunition', '190', 'hostile', false, '"threatened to use force in Niger": armed force used against a state (CAMEO 19); threatened, it is the threat of force (138) that the intent reads; the dictionary lacks the phrase', 'in|against|on'),
  verb('freeze|froze|frozen|seize|confiscate … assets|funds|reserves|accounts|property|properties', '163', 'tense', false, '"froze the assets of Russian oligarchs": freezing or seizing a state\'s or its citizens\' money is a sanction (CAMEO 163); the dictionary reads "freeze" only with talks', 'of|in|belonging_to|held_by'),
  verb('take|took|taken|taking … to … court|wto|tribunal|arbitration|icj|world_trade_organization|world_trade_organisation|international_court_of_justice', '115', 'tense', false, '"took China to the World Trade Organization": legal action against a state (CAMEO 115); the dictionary reads "take" as a seizure'),
  // Nominal forms of acts: the actors attach by possessive, modifier or preposition.
  noun(`normalisation|normalization|rapprochement|reconciliation|thaw|détente|detente|reset|restoration|resumption|re-establishment`, '050', 'warming', true, 'nouns of restoring relations: warming', 'with|between'),
  noun(`rupture|severance|interruption|suspension|break|cutoff of|in … ${TIES}`, '161', 'severed', true, '"formalized the interruption of relations with Taiwan", "the rupture of ties": the noun of a break of relations, severed as the verb is', 'between|with'),
  noun(`deterioration|worsening|souring|downturn|decline|erosion|breakdown|cooling|fraying of|in … ${TIES}`, null, 'tense', true, '"a deterioration of India-Canada relations", "a worsening in ties between": the noun of relations that worsened, as the verb ("ties deteriorated") is read', 'between|with'),
  verb(`push|take|bring|lift|raise … ${TIES} …… to new_heights|a_new_level|new_levels|a_new_high|the_next_level|a_higher_level|a_new_stage`, '050', 'warming', true, '"has pushed the countries\' relations to new heights": ties raised to a new level are improving, warming, as "elevate ties" is'),
  noun(`improvement|progress|upturn|upswing|turnaround|breakthrough in|of … ${TIES}`, '050', 'warming', true, '"praised the progress in relations between both countries", "an improvement of ties": the noun of relations that improved, as "ties improved" is read', 'between|with'),
  noun(`peace_agreement|peace_deal|peace_treaty|peace_accord|peace_talks|peace_declaration|declaration_of_peace|peace_plan|peace_process`, '057', 'warming', true, 'peace between former foes: warming ("a declaration of peace")', 'with|between'),
  { ...noun('peace', '057', 'warming', true, '"peace between Ethiopia and Eritrea": peace between former foes, only with its parties right after ("vowed to maintain peace within the continent" is no relation)', 'with|between'), strict: true },
  verb('make|made … peace', '057', 'warming', true, '"the two made peace in 2018": ending hostility is warming', 'with'),
  noun('end to … war|wars|conflict|hostilities|fighting|feud|standoff|stand-off|enmity|rivalry|state_of_war', '0871', 'warming', true, '"declared an end to their state of war": ending a conflict between two states is warming, as a truce is', 'between|with'),
  noun('ceasefire|cease-fire|cease_-_fire|truce|armistice', '0871', 'warming', true, '"a ceasefire between Israel and Hamas took effect": a truce between foes (CAMEO 0871) is warming; one that broke down is in the relation changes', 'with|between'),
  noun(AGREEMENT, '057', 'cooperative', true, 'an agreement, deal or treaty is cooperative', 'with|between|among'),
  noun(`revocation|cancellation|termination|abrogation|annulment|nullification|repudiation|scrapping|suspension of … ${AGREEMENT}|cooperation|co-operation|alliance|talks|negotiations|aid|assistance`, '160', 'tense', true, '"announced the revocation of a military agreement with the United States": the noun of ending an agreement or cooperation reduces relations (CAMEO 16), as "revoked the agreement" does', 'with|between|among'),
  noun('alliance|cooperation|co-operation|collaboration|friendship|solidarity|partnership|alignment', '050', 'cooperative', true, 'nouns of cooperation', 'with|between|among'),
  { ...noun('measures|countermeasures|retaliation|reprisals|action|steps', '160', 'tense', false, '"measures against Tehran": sanctions or reprisals (CAMEO 16), only with "against"', 'against'), strict: true },
  { ...noun('exercises|drills|war_games|manoeuvres|maneuvers', '062', 'cooperative', true, '"exercises between the US and South Korean militaries": drills held together are military cooperation (CAMEO 062); only with "between" or "with" right after', 'between|with'), strict: true },
  { ...noun('united_front|common_front|joint_front', '110', 'tense', false, '"to form a united front on North Korea and China": a front formed against states is opposition to them; only with its preposition right after', 'on|against'), strict: true },
  noun('joint … drills|exercises|war_games|manoeuvres|maneuvers|patrols', '062', 'cooperative', true, '"agreed to expand joint military drills", "joint U.S.-South Korean drills": exercising together is military cooperation (CAMEO 062), between the partners named with it or before it', 'with|between'),
  noun('trade_war|tariff_war|currency_war|price_war|war_of_words|cold_war|diplomatic_war|propaganda_war|diplomatic_row|diplomatic_spat', '110', 'tense', true, '"a trade war", "a war of words": a conflict without arms is tense, not hostile', 'between|with|over'),
  noun('war|wars of … sanctions|tariffs|words|nerves|expulsions', '110', 'tense', true, '"a war of mutual sanctions", "a war of mutual expulsions": a fight waged with measures, not arms, is tense', 'between|with|over'),
  noun('easing|lowering|reduction|defusing|de-escalation|calming|cooling of … tension|tensions', '050', 'warming', true, '"the easing of tensions between the two capitals": tensions that ease are relations that improve, as "tensions eased" is', 'between|with'),
  verb('ease|defuse|reduce|lower|calm|cool|de-escalate … tension|tensions', '050', 'warming', true, '"moved to defuse tensions with its neighbour": easing tensions is warming, as the noun is'),
  noun('trade|commerce|flights', '061', 'cooperative', true, '"trade with Israel": economic cooperation (CAMEO 061), which "halted" ends ("trade war", "trade dispute" are not it)', 'with|between'),
  { ...noun('concerned|alarmed|troubled|worried|dismayed|disturbed|angered|outraged|incensed', '110', 'tense', false, '"Tokyo was gravely concerned by the deal", "angered by Beijing\'s moves": concern at what another state did is disapproval, as voicing it is', 'by|about|over|at'), strict: true },
  { ...noun('close|closer', '050', 'cooperative', false, '"accusing it of being too close to Iran": closeness to another state is cooperation; only with "to" right after', 'to'), strict: true },
  { ...noun('concern|concerns|alarm|dismay|displeasure|disapproval|outrage|indignation|anger', '110', 'tense', false, '"expressed support to Manila and concern over the Chinese ship\'s actions": concern at what another state did is disapproval (CAMEO 11), as voicing it is; only with its preposition right after', 'over|about|at'), strict: true },
  { ...noun('critical|dismissive|contemptuous', '111', 'tense', false, '"Lula, who has also been critical of Israel": criticism of another state (CAMEO 111)', 'of'), strict: true },
  { ...noun('wary|suspicious|distrustful|mistrustful|fearful|resentful', null, 'tense', false, '"India is wary of China": distrust of another state is a tense relation', 'of'), strict: true },
  verb('compete|vie|jostle for … influence|dominance|supremacy|sway|clout|leadership|primacy', '110', 'tense', true, '"India and China are competing for influence": a rivalry for sway over others is a tense relation between the rivals'),
  verb('keep|hold … in_check|at_bay', '110', 'tense', false, '"seeks to keep China and Russia in check": containing a state is opposing it, tense, as "countering China" is; the dictionary reads "keep" as nothing'),
  noun('at_odds|at_loggerheads|on_a_collision_course', '110', 'tense', true, '"have been at odds": in dispute', 'with'),
  noun('ally|allies|partner|partners|friend|friends|investor|investors|donor|donors|creditor|creditors|backer|backers|supporter|supporters|champion|champions|supplier|suppliers|patron|patrons|guarantor|guarantors|protector|protectors|benefactor|benefactors|buyer|buyers|customer|customers|importer|importers', '050', 'cooperative', true, '"X ally Y", "allies X and Y", "Morocco\'s largest foreign investor", "Saudi Arabia\'s main security guarantor": partners', 'of|to'),
  noun('talks|negotiations|meeting|meetings|summit|consultations|consultation|dialogue', '046', 'cooperative', true, 'talks and meetings are working together (CAMEO 04)', 'with|between|among'),
  verb('sell … radars|radar_systems|air_defences|air_defenses|air_defence_systems|air_defense_systems|weapons|arms|ammunition|howitzers|drones|missiles|tanks|jets|warplanes|helicopters|submarines|frigates|warships', '072', 'cooperative', false, '"agreed to sell Armenia air defence radars": selling arms to a state is military aid (CAMEO 072); the dictionary codes the sale only for some objects, and none with the buyer before them'),
  noun('arms_sale|arms_sales|weapons_sale|weapons_sales|arms_deal|arms_deals|arms_deliveries|arms_shipments|weapons_deliveries|weapons_shipments|military_aid|military_assistance', '072', 'cooperative', false, '"arms sales to Taiwan": military aid (CAMEO 072)', 'to|for'),
  { ...noun('phone_call|telephone_call|call|calls|phone_conversation|telephone_conversation|conversation|video_call|video_conference', '040', 'cooperative', true, '"in a phone call with Erdogan": consulting (CAMEO 04), only with "with" or "between" after it', 'with|between'), strict: true },
  verb('shake|shook|shaken … hands', '040', 'cooperative', true, '"Erdogan shook hands with his Egyptian counterpart": meeting in person (CAMEO 04), both ways', 'with'),
  { ...verb('speak|talk', '040', 'cooperative', true, '"Putin had spoken to Erdogan": speaking to another state\'s leader is consulting (CAMEO 04), as "spoke with" is in the dictionary; only with "to" right after', 'to'), strict: true },
  verb('speak|talk|confer by|over phone|telephone|the_phone|video_link|videolink', '040', 'cooperative', true, '"the two leaders spoke by phone": consulting (CAMEO 04), both ways', 'with|to'),
  verb('have|hold … phone_call|telephone_call|phone_conversation|telephone_conversation|video_call|video_conference|call', '040', 'cooperative', true, '"the two presidents had a phone call": a call held is consulting (CAMEO 04), both ways, as "spoke by phone" is', 'with'),
  noun('consequences|repercussions for … relations|ties', '130', 'tense', true, '"will have serious consequences for Russian-Turkish relations": harm foretold for a relation is a threat to it (CAMEO 13)', 'between'),
  verb('warn|threaten … of … consequences|repercussions|retaliation|reprisals|countermeasures|counter-measures|retribution|a_response', '130', 'tense', false, '"warned of consequences for South Korea": a threat to the one after "for" (CAMEO 13); the dictionary reads "warn of" with no target', 'for|against|to|on'),
  verb('give|issue|deliver|hand … stern|strong|firm|sharp|strict|serious|clear|harsh … reminder|warning|rebuke|reprimand|reproach', '111', 'tense', false, '"gave the ambassador a stern reminder": a rebuke to the envoy\'s state (CAMEO 11); the dictionary reads giving as aid (07)', 'to'),
  verb('lodge|issue|make|file|deliver|present|register … representations|representation|démarche|demarche|démarches|demarches|protest|protests|complaint|complaints', '110', 'tense', false, '"issued solemn representations to South Korea": a formal diplomatic protest (CAMEO 11), as "lodged a protest" is', 'to|with'),
  { ...verb('deploy|send|station|install|ship … system|systems|battery|batteries|launchers|shield|radar|radars', '072', 'cooperative', false, '"began deploying the THAAD system to South Korea": arms deployed to a state are military aid to it (CAMEO 072), as troops sent are; the dictionary has no pattern for a "system"; only with "to" after it', 'to'), strict: true },
  { ...noun('seizure|seizures|confiscation|impounding|hijacking|capture', '171', 'hostile', false, '"announced the seizure of a British oil tanker": taking another state\'s ship or property by force is coercion (CAMEO 17), as "seized" is', 'of'), strict: true },
  verb('direct|aim|point|train|lock … radar|radars|fire-control_radar|fire_control_radar|fire-control_radars|targeting_radar|weapons|guns|missiles|cannon|cannons', '150', 'tense', false, '"a South Korean warship directed fire-control radar at a Japanese patrol aircraft": weapons or their radar aimed at another state\'s forces show force short of its use, tense (CAMEO 15); the dictionary reads "direct" as aid', 'at|on'),
  verb('down|bring_down … jet|jets|plane|planes|aircraft|warplane|warplanes|drone|drones|helicopter|helicopters|fighter|fighters|bomber|bombers|missile|missiles|airliner', '190', 'hostile', false, '"downed two Indian warplanes", "brought down the plane": bringing down another state\'s aircraft is force (CAMEO 19), as "shot down" is; the dictionary lacks "down" as a verb and reads "bring" as giving'),
  verb('defend|protect|guard|shield against', '150', 'tense', false, '"needed to defend against North Korea\'s missile threat": what a state guards against is a threat to it, tense; "defend X" alone is support (the dictionary)'),
  noun('prisoner_swap|prisoner_exchange|prisoner_swaps|prisoner_exchanges', '057', 'cooperative', true, '"a prisoner swap with Washington": a deal between two states (CAMEO 057); the release alone (084) says little', 'with|between'),
  verb('swap|trade … prisoners|detainees|captives|pows|prisoners_of_war', '057', 'cooperative', true, '"Ukraine, Russia swap prisoners": a swap of prisoners is a deal between two states (CAMEO 057), as the noun is ("exchanged prisoners" stays the sign of better ties it is read as)'),
  noun('closure|closing|shutdown of … embassy|embassies|consulate|consulates|mission|missions', '161', 'severed', false, '"ordered the closure of the Taiwanese embassy": closing a state\'s embassy is severed, as "closed its embassy" is', 'of'),
  noun('visit|visits|trip|tour', '042', 'cooperative', false, 'a visit to a state (CAMEO 042)', 'to|in'),
  noun('support|backing|aid|assistance|help|commitment', '050', 'cooperative', false, 'support for, aid to, commitment to', 'for|to|of|behind'),
  noun('mediation|mediator|mediators|intermediary|go-between', '045', 'cooperative', false, 'mediation is cooperative with each party ("its role as a mediator between Israel and Hamas")', 'between|in'),
  noun('recognition', '051', 'cooperative', false, 'recognising a state or a government is cooperative by the conventions', 'of'),
  noun('expulsion|expulsions|ouster', '174', 'tense', false, '"the expulsion of" an envoy', 'of|from'),
  noun(`recall|withdrawal of … ${ENVOY}`, '161', 'tense', false, '"announced the recall of its ambassador to Ethiopia": the noun of recalling an envoy, tense as the verb is', 'to|from|in'),
  noun(`declaration|designation of … ${ENVOY}`, '174', 'tense', false, '"Chad\'s declaration of four Sudanese diplomats as unwelcome": declaring another state\'s envoys persona non grata is an expulsion, not the joint declaration the word names elsewhere', 'of|from'),
  { ...noun('case|lawsuit|complaint|suit|proceedings|claim', '115', 'tense', false, '"South Africa\'s genocide case against Israel", "filed a complaint against Japan at the WTO": legal action against a state (CAMEO 115)', 'against'), strict: true },
  noun('sanction|sanctions|embargo|tariff|tariffs|boycott|restrictions|ban|duties|levies|curbs|export_controls|anti-dumping_duties', '163', 'tense', false, 'sanctions, embargoes, tariffs and duties are tense', 'on|against|to'),
  noun('accusation|accusations|allegation|allegations', '112', 'tense', false, 'accusations against', 'against|of'),
  noun('enmity|hostility|animosity|antagonism|distrust|mistrust|resentment', null, 'tense', false, '"Iran\'s hostility towards Israel", "decades of enmity towards Cuba": an attitude of ill will is a tense state of relations, not the force "hostile" means', 'towards|toward|to|against|with|between'),
  noun('criticism|condemnation|denunciation|rebuke|rebukes|reprimand|backlash|outcry|protest|protests|protestation|protestations|complaint|complaints|objection|objections', '111', 'tense', false, 'criticism of, protests against', 'of|against|over'),
  noun('threat|threats|ultimatum|warning', '130', 'tense', false, 'threats against', 'against|to'),
  noun('coercion|intimidation|pressure|interference|meddling', '170', 'tense', false, 'coercion of, interference in', 'of|on|in|against'),
  noun('tension|tensions|dispute|disputes|impasse|deadlock|stalemate|border_issue|border_issues|border_question|boundary_issue|boundary_question|territorial_issue|territorial_issues|row|rows|standoff|stand-off|spat|feud|rift|quarrel|rivalry|friction|animosity|hostility|acrimony|crisis|spat', null, 'tense', true, 'states of tense relations', 'with|between|among|over'),
  noun('foe|foes|rival|rivals|adversary|adversaries|enemy|enemies|arch-rival|arch-rivals|arch-enemy|arch-foe', null, 'tense', true, '"U.S. foe Iran", "longtime foes"', 'of'),
  { ...noun('critic|critics', '111', 'tense', false, '"Ankara had been the fiercest critic of Egypt\'s president": a state that criticises another (CAMEO 111)', 'of'), strict: true },
  { ...noun('combat|battle|battles', '190', 'hostile', true, '"engaging in combat against Ukraine": fighting a state\'s forces (CAMEO 19); only with its preposition right after ("combat troops" only describes them)', 'against|with'), strict: true },
  noun('proxy_war|proxy_wars|proxy_conflict|proxy_conflicts|proxy_battle', '190', 'hostile', true, '"engaged in a proxy war in Yemen": a war fought through others is between the sides that wage it; where it is fought is no party', 'between|with|against'),
  noun('diplomatic|verbal|political|rhetorical clash|clashes|battle|battles|spat|spats|fight|showdown|standoff|stand-off', '110', 'tense', true, '"the diplomatic clash", "a verbal spat": a fight of words is a dispute, tense; not the fighting "clash" names alone', 'with|between|over'),
  noun('war|wars|conflict|clash|clashes|skirmish|skirmishes|fighting|hostilities|aggression|incursion|incursions|firefight|firefights|gunfight|gunfights|shootout|shootouts|gun_battle|gun_battles|exchange_of_fire|exchanges_of_fire|exchange_of_gunfire', '190', 'hostile', true, 'armed conflict', 'with|against|on|between|in'),
  noun('use of … force|military_force|water_cannon|water_cannons|lasers|laser|tear_gas|live_fire|live_ammunition|chemical_weapons', '190', 'hostile', false, '"the coast guard\'s use of a water cannon against a fishing boat": force used against another state\'s ships or people is a material attack (CAMEO 19), as the verb is', 'against|on'),
  noun('attack|attacks|strike|strikes|airstrike|airstrikes|air_strike|air_strikes|bombing|bombardment|shelling|raid|raids', '190', 'hostile', false, 'attacks on', 'on|against|in'),
  noun('killing|killings|massacre|massacres|murder|murders|assassination|assassinations', '180', 'hostile', false, '"the killing of X by Y", "the murder of a Canadian": killing a state\'s people (CAMEO 18; 186 assassinate)', 'of|in'),
  noun('military_action|military_operation|military_operations|military_campaign|military_intervention|military_strike|military_strikes|intervention|offensive|incursion|bombing_campaign|air_campaign|bombardment', '190', 'hostile', false, 'military action against a state', 'against|in|on'),
  noun('invasion|occupation|annexation', '192', 'hostile', false, 'invasion, occupation or annexation of territory', 'of'),
  noun('blockade|siege', '191', 'hostile', false, 'a blockade of', 'of|on|against'),
];

/** Words that, before "ties" or "relations", say how two actors stand. */
export const RELATION_STATES: { words: string; stance: Stance; why: string }[] = [
  { words: 'strained|tense|frosty|sour|soured|souring|troubled|rocky|uneasy|fraught|poor|bad|cold|hostile|difficult|deteriorating|worsening|broken|fractured|chilly|icy', stance: 'tense', why: 'strained relations' },
  { words: 'warming|improving|thawing|growing|renewed|restored|normalised|normalized|burgeoning|budding|better|closer|improved|warmer', stance: 'warming', why: 'improving relations ("sought better ties")' },
  { words: 'close|strong|good|friendly|cordial|warm|excellent|deep|historic|strategic|brotherly|fraternal|special|solid|robust|great|longstanding|long-standing|strengthened|ironclad|unbreakable|stable|steady|healthy|sound|normal', stance: 'cooperative', why: 'good relations; "normal relations" are had, not improved ("sees no reason for its normal diplomatic relations with Morocco to be impaired")' },
];

/** Verbs that, with relations as their subject, say how they changed ("ties soured"). */
export const RELATION_CHANGES: { words: string; stance: Stance; why: string }[] = [
  { words: 'sour|deteriorate|worsen|collapse|break|plummet|nosedive|suffer|fray|chill|cool|strain|crumble|unravel|stall|falter|plunge|sink|slump|tumble|slide|spiral', stance: 'tense', why: 'relations that worsened ("ties plunged", "relations slid")' },
  { words: 'improve|warm|thaw|recover|normalise|normalize|grow|deepen|strengthen|flourish|blossom|expand|stabilise|stabilize|mend|heal', stance: 'warming', why: 'relations that improved ("have stabilised since")' },
];

/** Judgements one state passes on another's act ("Canada said India's move was unacceptable", "Macron called
 * Beijing's conduct a provocation"): criticism (CAMEO 111), after a copula or a verb ("called", "branded"). */
export const EVALUATIONS: { words: string; stance: Stance; code: string; why: string }[] = [
  {
    words: 'unacceptable|illegal|illegitimate|unlawful|provocative|irresponsible|reckless|destabilizing|destabilising|unjustified|unjustifiable|baseless|unfounded|groundless|absurd|outrageous|deplorable|reprehensible|unwarranted|unprovoked|hypocritical|shameful|null_and_void|land_grab|provocation|threat|violation|betrayal|sham|farce|aggression|act_of_aggression|blackmail|genocide|war_crimes|ethnic_cleansing|terrorism|state_terrorism|apartheid|interference|meddling|corrupt|absurdity|disgraceful|insulting|insult|stab_in_the_back|slander|smear|lies|propaganda|unfriendly|unfriendly_act|hostile|hostile_act|bullying|coercion|economic_coercion|intimidation|colonialist|imperialist|butcher|murderer|dictator|dictatorship|tyrant|war_criminal|terrorist_state|terror_state|terror_regime|terrorist_regime|apartheid_state|rogue_state|pariah|thug|fascist|warmonger|aggressor|occupier|arrogant|incompetent|liar|puppet|clown|co-aggressor|accomplice|culprit|main_culprit|manipulator|instigator',
    stance: 'tense',
    code: '111',
    why: 'calling what another state did illegal or unacceptable, or its leader a butcher or a dictator, is criticism (CAMEO 111)',
  },
];
/** Verbs that pass a judgement on their object: "called X's move a land grab". */
export const CALLING_VERBS = ['call', 'brand', 'label', 'describe', 'term', 'dub', 'deem', 'consider', 'denounce', 'condemn', 'dismiss', 'reject', 'slam', 'declare', 'compare', 'liken'];
