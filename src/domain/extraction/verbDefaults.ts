// Verbs whose reading in the CAMEO verb dictionary misreads news usage, with the reading Entente takes
// instead (its patterns included): light verbs ("carry out", "impose") that leave the event to their
// object, verbs of saying and knowing that are no event, and verbs the dictionary files under another
// act. Each entry says why; each has a test in verbDefaults.test.ts.
import type { Stance } from '../claims/vocabulary';

/** Verbs whose dictionary reading misreads news usage, with the reading Entente takes instead (patterns included). */
/** (`unmatched`: the reading replaces only the verb's default, where none of its patterns matched.) */
export const VERB_DEFAULTS: { lemma: string; code: string | null; stance?: Stance; why: string; unmatched?: boolean }[] = [
  { lemma: 'pressure', code: '170', stance: 'tense', why: '"Pressured by India and China, Sri Lanka ...": pressure is coercion by words and leverage, tense; the CAMEO table reads 17 as force' },
  { lemma: 'encounter', code: null, why: '"Hanoi and Manila have encountered Chinese coastguards": meeting ships or forces at sea is a run-in, not the consultation (040) the dictionary reads; what it was is told by the words around it' },
  { lemma: 'relate', code: null, why: '"dual-use items related to gallium": what a thing is related to is what it is about, not the cooperation (060) the dictionary reads' },
  { lemma: 'deepen', code: null, why: '"deepening a diplomatic rift": what deepens names the event, not the cooperation (060) the dictionary reads; "deepen ties" is in the idioms' },
  { lemma: 'intercept', code: '150', stance: 'tense', why: '"two Chinese fighters intercept a US Navy surveillance aircraft": forces sent up to meet another state\'s aircraft or ships are a show of force (CAMEO 15), tense; the dictionary lacks the verb' },
  { lemma: 'ignore', code: '120', stance: 'tense', why: '"Ankara repeatedly ignored warnings by the European Union and the United States": disregarding another state\'s warnings, calls or demands is rejecting them (CAMEO 12), as defying them is; the dictionary lacks the verb' },
  { lemma: 'suspend', code: '160', why: '"suspended Mali", "suspended cooperation with Russia": reducing relations; the dictionary codes it only with objects like talks' },
  { lemma: 'slam', code: '111', why: '"slamming the agreement": criticism; the dictionary files "slam" with crashes and codes it only "as unacceptable"' },
  { lemma: 'interfere', code: '170', stance: 'tense', why: '"interfering with Somalia\'s politics" is pressure, not the intervention for aid (070) the dictionary defaults to' },
  { lemma: 'meddle', code: '170', stance: 'tense', why: 'meddling in another state\'s affairs is pressure' },
  { lemma: 'argue', code: null, unmatched: true, why: '"Tokyo argues that the 1965 treaty has settled the matter": arguing that something is so is saying it, no dispute (the dictionary\'s default, 110) with anyone; a quarrel the dictionary\'s patterns name stays ("argued with Peru")' },
  { lemma: 'persuade', code: null, why: '"tried to persuade the Russian embassy not to hold the event": persuading is an appeal, as urging is, no influence (050) the dictionary reads; what one is persuaded to do, or not, is read on its own' },
  { lemma: 'call', code: null, why: '"called X a land grab", "called on X to": naming or appealing, not the telephone call (041) the dictionary defaults to' },
  { lemma: 'take', code: null, why: '"took place", "taken credit": not a seizure (171)' },
  { lemma: 'engage', code: null, why: '"engaged in the process": not a fight (190)' },
  { lemma: 'mean', code: null, why: '"the move means": not an intent to cooperate (030)' },
  { lemma: 'notify', code: null, unmatched: true, why: '"notified the British Foreign Secretary that Argentina terminated the pact": telling another state of a decision names no consultation (040, the dictionary\'s reading); what is told carries the event' },
  { lemma: 'communicate', code: null, unmatched: true, why: '"communicated to his British colleague the decision to withdraw": passing on a decision names no consultation (040); what is passed on carries the event' },
  { lemma: 'spur', code: null, unmatched: true, why: '"declined to say what activities had spurred the decision": what causes or prompts something names no act toward a state, not the encouragement (051) the dictionary reads; "prompt" and "trigger" have no default either' },
  { lemma: 'rule', code: null, unmatched: true, why: '"when Spain ruled Guatemala and Britain controlled Belize": governing a land names no cooperation with it (060, the dictionary\'s reading), as "control" does not' },
  { lemma: 'extract', code: null, unmatched: true, why: '"allow Trinidad to extract gas from Venezuela": taking out a resource names no seizure (171, the dictionary\'s reading) unless a pattern says whom' },
  { lemma: 'determine', code: null, unmatched: true, why: '"take all steps to determine who perpetrated the attack": finding something out names no act toward a state, not the intent to cooperate (030) the dictionary defaults to' },
  { lemma: 'protest', code: '111', stance: 'tense', why: '"protested the arrest of its nationals by Iran", "protested the expulsion of its diplomats": an objection to what the other state did, tense; the dictionary codes protesting an arrest or an expulsion as support for the one arrested (053, 051), which puts the arresting state on the cooperative side' },
  { lemma: 'prepare', code: null, unmatched: true, why: '"came heavily prepared", "prepared for the worst": to prepare names no act of its own; the dictionary\'s default for it, intent to cooperate (030), read cooperation into any preparation. Its patterns ("prepared talks", "preparing help for") still read' },
  { lemma: 'aim', code: null, why: '"an offensive aimed at crippling Tehran\'s nuclear program": a purpose, whose verb names the act; not the intent to cooperate (030) the dictionary\'s TARGET block reads' },
  { lemma: 'express', code: null, why: '"expressed pride in having Papua New Guinea as a new ally": expressing names no act of its own (the dictionary reads disapproval, 110); the idioms read what is expressed: concern, opposition, support, condolences' },
  { lemma: 'begin', code: null, why: '"began evacuating employees", "began talks": beginning names no act of its own; what begins does' },
  { lemma: 'hear', code: null, why: '"its forces heard a drone", "heard explosions": perceiving, not the consultation (040) the dictionary reads' },
  { lemma: 'consider', code: null, why: '"considers this a dangerous action": an opinion, not a consultation (040)' },
  { lemma: 'mar', code: null, why: '"ties were the most difficult, marred by its role in the civil war": what mars relations is told by its own words, not the attack (19) the dictionary reads in marring' },
  { lemma: 'contemplate', code: null, why: '"had contemplated moving its recognition to Taiwan": thinking over an act, alone, not the consultation (040) the dictionary reads; the act thought over is not done either (verbContext.ts)' },
  { lemma: 'need', code: null, why: '"we need to be strict": not a demand (100)' },
  { lemma: 'block', code: '120', stance: 'tense', why: '"blocked Sweden\'s NATO bid", "blocked the resolution": a veto is a rejection (CAMEO 12); the dictionary reads coercion (170)' },
  { lemma: 'reject', code: '120', stance: 'tense', why: '"rejected Ethiopia\'s plan": a rejection (CAMEO 12); the dictionary codes only some of its objects' },
  { lemma: 'deal', code: null, why: '"trilateral cooperation to deal with China": to deal with something is to handle it, no cooperation with it; a deal made is the noun, in the idioms' },
  { lemma: 'search', code: null, why: '"police in Baku searched the offices of Russia\'s Sputnik": a search of premises, not the appeal for aid (035) the dictionary reads in searching for help' },
  { lemma: 'summon', code: '114', stance: 'tense', why: '"summons Polish diplomat": between states a summons is an official protest (CAMEO 114); the dictionary reads a meeting' },
  { lemma: 'anger', code: '110', stance: 'tense', why: '"recognised the court\'s jurisdiction, angering Moscow": an act that angers a state is disapproved by it; the dictionary codes no event' },
  { lemma: 'admit', code: null, unmatched: true, why: '"The minister admitted that Britain and Iran do not always agree": admitting that something is so is saying it, no cooperation (050) the dictionary\'s DISCLOSE reads' },
  { lemma: 'handle', code: null, unmatched: true, why: '"Israel\'s handling of the Palestinian issue": handling a matter is managing it, no cooperation (060) with anyone the dictionary reads' },
  { lemma: 'angered by', code: '110', stance: 'tense', why: '"Turkey was angered by the statement of the United States": anger at a state\'s act is disapproval of it, as "angering" is; the dictionary\'s entry with "by" codes no event' },
  { lemma: 'incense', code: '110', stance: 'tense', why: '"Erdogan had been incensed by a joint statement the countries issued": as "anger"; the dictionary codes no event' },
  { lemma: 'arrive', code: '042', stance: 'cooperative', why: '"arrived in Moscow on a two-day visit": a visit (CAMEO 042); the dictionary reads a consultation' },
  { lemma: 'link', code: null, why: '"a pipeline linking Russia to Germany" is no cooperation between them (060); linking a state to a crime is in the idioms' },
  { lemma: 'connect', code: null, why: '"the gas pipeline connecting Finland and Estonia", as "link": what a pipeline, cable or road connects are no parties to an act (the dictionary reads 060)' },
  { lemma: 'condemn', code: '111', why: '"condemned the terrorist attack": criticism of whoever did it (CAMEO 111); the dictionary reads sympathy (018) with the victims, which is no relation between the two' },
  { lemma: 'escalate', code: null, why: '"escalating a dispute": what is escalated names the relation; the dictionary reads a boost of cooperation (060)' },
  { lemma: 'describe', code: null, why: '"described the deal as undermining": a verb of calling, read by the judgements; not the cooperation (060) a pattern reads' },
  { lemma: 'quit', code: '160', stance: 'tense', why: '"quit ECOWAS", "quit the talks": leaving a bloc or talks reduces relations (CAMEO 16)' },
  { lemma: 'confront', code: '130', stance: 'tense', why: '"ready to confront any Israeli aggression": a challenge, not the meeting (040) the dictionary files it with' },
  { lemma: 'face', code: null, why: '"Russia faces new sanctions", "faced criticism": what is faced is read by its own words, not a meeting (040)' },
  { lemma: 'impose', code: null, why: '"imposed sanctions", "imposed a blockade": a light verb; what is imposed names the event (the idioms read sanctions, tariffs and blockades); alone the dictionary reads coercion (170), which "the controls that it imposed on South Korea" is not' },
  { lemma: 'blockade', code: '191', stance: 'hostile', why: '"the Soviet Union blockaded all rail, road, and canal access to West Berlin": a blockade is force (CAMEO 191), whatever it closes; a pattern read an obstruction of passage (144)' },
  { lemma: 'reimpose', code: null, why: '"reimposed sanctions on Iran": as "impose"' },
  { lemma: 'cite', code: null, why: '"citing Havana\'s support for Maduro": a reason given, read by its own words; the dictionary reads an intent to cooperate (032)' },
  { lemma: 'learn', code: null, why: '"had learned of the expulsions": knowing is no event; the dictionary reads an intent to cooperate (032)' },
  { lemma: 'accuse', code: '112', stance: 'tense', why: '"accusing it of committing crimes against humanity": an accusation (CAMEO 112); what is alleged is its own claim (a pattern read an arrest, 173)' },
  { lemma: 'withhold', code: '160', stance: 'tense', why: '"Israel withheld Palestinian tax revenues": holding back what is owed reduces relations (CAMEO 16), not the coercion by force (170) the dictionary reads' },
  { lemma: 'benefit', code: null, why: '"China could benefit from the rift": gaining from something is no aid to anyone (the dictionary reads 060)' },
  { lemma: 'hurt', code: '160', stance: 'tense', why: '"trade curbs have hurt Canberra", "hurt relations": harm done by policy reduces relations (CAMEO 16); force comes with its own words ("struck", "shelled"), not the assault (180) the dictionary reads' },
  { lemma: 'harm', code: '160', stance: 'tense', why: 'as "hurt": "measures that harm Chinese companies" reduce relations (CAMEO 16)' },
  { lemma: 'damage', code: '160', stance: 'tense', why: 'as "hurt": "damaged ties", "sanctions that damage Russia\'s economy" reduce relations (CAMEO 16)' },
  { lemma: 'remove', code: null, why: '"removing the last obstacle to its membership": what is removed names the event ("removed sanctions" is in the idioms); the dictionary reads an expulsion (174)' },
  { lemma: 'demand', code: '100', stance: 'tense', why: '"demanded that Sweden crack down on Kurdish militants": a demand (CAMEO 10); what is demanded is its own clause, and has not happened (a pattern read "crack down" as a fight, 190)' },
  { lemma: 'grapple', code: null, why: '"grappling with the fallout from the war": struggling with a problem, no fight (the dictionary reads 190)' },
  { lemma: 'congratulate', code: '051', stance: 'cooperative', why: '"called Putin to congratulate him on his birthday", "congratulated Peru on its election": congratulations are praise (CAMEO 051), whatever the occasion; the block it shares with "celebrate" reads "* BIRTHDAY" as no event' },
  { lemma: 'mediate', code: '045', stance: 'cooperative', why: '"mediated in the dispute", "mediated between Tehran and Washington": mediation (CAMEO 045), cooperative with each party; the dictionary files the verb with yielding (080)' },
  { lemma: 'restrict', code: '163', stance: 'tense', why: '"restricted imports from Japan": a trade restriction is a sanction (CAMEO 163), not the coercion (170) the dictionary reads' },
  { lemma: 'convey', code: null, why: '"to convey a message to Washington": a statement (CAMEO 01), not the mediation (045) a pattern reads; "conveyed condolences" is in the idioms' },
  { lemma: 'retaliate', code: '130', stance: 'tense', why: '"vowed to retaliate", "retaliated by expelling a diplomat": a response in kind is a threat or pressure on whoever acted (CAMEO 13); the means after it names its own event; the dictionary reads a fight (190)' },
  { lemma: 'overcome', code: null, why: '"to overcome the history of enmity", "overcome their differences": what is overcome names the relation (settled, warming); the dictionary reads a defeat in war (190)' },
  { lemma: 'contain', code: null, why: '"scrambling to contain a diplomatic row with India": what is contained names the relation; the dictionary reads a military containment (190)' },
  { lemma: 'orchestrate', code: null, why: '"a hybrid attack orchestrated by Belarus": what is orchestrated names the act, and its agent is the one who did it; the dictionary reads cooperation (050)' },
  { lemma: 'leave', code: null, why: '"left the country", "will leave Niger": leaving a place meets no one (travel to a capital is in the idioms); the dictionary reads a meeting (040)' },
  { lemma: 'affect', code: null, why: '"sanctions that will affect it economically": what affects a state names no act of its own (the sanctions are read); the dictionary reads a plan to cooperate (032)' },
  { lemma: 'decide', code: null, why: '"decided to redesignate Korea": a decision names no event of its own; what is decided does ("decided to cut ties"); the dictionary reads an intent to cooperate (030)' },
  { lemma: 'seek', code: null, why: '"was seeking greater clarity on the move": seeking names no event of its own; what is sought does ("sought closer ties" is in the idioms, "sought talks" and "sought aid" are appeals); the dictionary reads an object it has no pattern for as an intent to cooperate (030)' },
  { lemma: 'formalize', code: null, why: '"formalized the interruption of relations": what is made official names the event (relations made official are in the idioms); the dictionary reads an establishment of ties (054)' },
  { lemma: 'formalise', code: null, why: 'as "formalize"' },
  { lemma: 'carry', code: null, why: '"carried out a drone strike": a light verb; the noun after it names the event' },
  { lemma: 'say', code: null, why: '"said the junta was preparing raids": a reporting verb; what is said is read in the clause it reports' },
  { lemma: 'issue', code: null, why: '"issued a statement": not material cooperation (060)' },
  { lemma: 'expect', code: null, why: '"was expected to": a forecast, not an intent (030)' },
  { lemma: 'fly', code: null, why: '"flying in migrants": travel, not an intent to meet (036)' },
  { lemma: 'want', code: null, why: '"the peace our peoples want": a wish, not a demand (100)' },
  { lemma: 'leave', code: null, why: '"leaves it with", "left office": not a visit (040)' },
  { lemma: 'impact', code: null, why: '"will negatively impact both nations\' economies": affecting something names no act toward a state, not the intent to cooperate (032) the dictionary reads' },
  { lemma: 'control', code: null, unmatched: true, why: '"accused Peru of controlling the port", "controls the canal": holding or running something names no cooperation with its owner, the material cooperation (060) of the dictionary\'s OVERSEE_MANAGE block' },
  { lemma: 'enjoin', code: '100', stance: 'tense', why: '"enjoined Tajikistan not to meddle in Afghanistan\'s internal affairs": to enjoin is to order, a demand (CAMEO 10), tense; the dictionary reads an intent to cooperate (030)' },
  { lemma: 'indict', code: '115', stance: 'tense', why: '"The United States indicted Padrino on drug trafficking charges": charging another state\'s official in court is a lawsuit against it (CAMEO 115), tense; the dictionary reads an arrest (173), force' },
  { lemma: 'sue', code: '115', stance: 'tense', why: '"The Czech Republic is suing Poland over the mine": a lawsuit against a state (CAMEO 115), tense, as "indict" is; the dictionary\'s SUE block reads an arrest (173), force' },
  { lemma: 'task', code: null, why: '"tasked the environment and foreign ministers with negotiating an agreement with Poland": assigning work names no act of its own, what is assigned does; not the aid (060) of the dictionary\'s ALLOCATE block' },
  { lemma: 'fill', code: null, why: '"began filling the dam\'s reservoir": filling something is no yielding (080), the block the dictionary files it in with "obey" and "submit"' },
];

/** Light verbs that keep their dictionary reading alone ("the exercise conducted by Australia and India") but give way to a noun the triggers read as their object. */
const LIGHT_BEFORE_ACT = /^(?:conduct)$/;

/**
 * "its military conducted precise strikes": a light verb whose object is a noun the triggers read names no act of its own; the
 * noun does (the dictionary's OVERSEE_MANAGE block reads "conduct" as an intent to cooperate, 030). Not "the exercise
 * conducted by Australia and India", whose noun is no trigger. Marks the verb absorbed.
 */
export function lightVerbsAbsorbed(kept: readonly { kind: string; head: number; absorbed: boolean }[], tokens: readonly { pos: string; lemma: string }[]): void {
  for (const v of kept) {
    if (v.kind !== 'verb' || !LIGHT_BEFORE_ACT.test(tokens[v.head]?.lemma ?? '')) continue;
    let k = v.head + 1;
    while (['DET', 'ADJ', 'NUM', 'ADV'].includes(tokens[k]?.pos ?? '')) k++;
    if (kept.some((n) => n !== v && n.kind === 'noun' && n.head === k)) v.absorbed = true;
  }
}
