// When a sentence's structure pairs nothing, a phrase of the idiom list (a specific one: "strained
// ties", "cut ties", "tensions") in a sentence that names exactly two actors relates those two. Which
// actors count as the sentence's two, and which of its unpaired triggers may relate them.
import { type ActorGroup, AGENT_NOUN, DESCRIPTOR_NOUN, STAFF } from './actorGroups';
import type { Clause } from './clauses';
import { speaks } from './pairing';
import { attackOrWar, FOLLOWERS, HOSTING_OR_ATTENDING, judgesOrDiscusses, nounPhraseEnd, WATCHING_VERBS } from './pairingWords';
import { likeAnothers } from './nounInClause';
import { JOINING } from './referredActors';
import { pastWords, type Token } from './tokens';
import type { Trigger } from './triggers';
// (The measure of a listed clause that names no one it is on, read where twoNamed is: listedClauses.ts.)
export { listedClauseTargets } from './listedClauses';

/** Those who hold an office, besides the agents of actorGroups.ts. */
const OFFICE_HOLDER = /^(?:chancellor|king|queen|emir|sheikh|prince|princess|monarch|sultan|leader|chief|head|secretary|deputy|counterpart|premier|mayor|governor|commander|general|envoy|he|she|they|we)$/;
/** People in the street, no state: "protesters stormed the embassy". */
const CROWD = /^(?:protesters|demonstrators|rioters|mobs?|crowds?|gunmen|assailants?|attackers?|militants|rebels)$/;

/** What the sentence gives: its words, actors and clauses. */
export interface TwoNamedContext {
  tokens: readonly Token[];
  groups: readonly ActorGroup[];
  clauses: readonly Clause[];
  clauseIndexOf: (i: number) => number;
  isOrganisation: (id: string) => boolean;
}

/** A state whose fall or end tells the time ("in a war as the USSR fell", "since the collapse of the Soviet Union"): no party to the sentence's acts. */
export function tellsTime(tokens: readonly Token[], g: ActorGroup): boolean {
  const before = g.first - (tokens[g.first - 1]?.lower === 'the' ? 2 : 1), end = before - 1; // (the word before the name, past "the")
  const fell = /^(?:as|when|while|after|before|since|until|once)$/.test(tokens[before]?.lower ?? '') && /^(?:fall|collapse|dissolve|disintegrate|crumble|implode|break)$/.test(tokens[g.end]?.lemma ?? '') && !['DET', 'NOUN', 'PROPN', 'PRON'].includes(tokens[g.end + 1]?.pos ?? '');
  return fell || (tokens[before]?.lower === 'of' && /^(?:collapse|fall|dissolution|breakup|break-up|disintegration|demise|end)$/.test(tokens[end]?.lower ?? '') && /^(?:since|after|before|until|following)$/.test(tokens[end - (tokens[end - 1]?.lower === 'the' ? 2 : 1)]?.lower ?? ''));
}

/** The two actors a sentence names as parties, and those of its unpaired triggers that relate them (none unless there are exactly two). */
export function twoNamed(unpaired: readonly Trigger[], { tokens, groups, clauses, clauseIndexOf, isOrganisation }: TwoNamedContext): { parties: string[]; triggers: Trigger[] } {
  // A speaker is not a party to what it reports ("Pakistani officials said 31 people were killed in drone attacks in Afghanistan"); nor are the ends of a range ("conflicts from Yemen to Syria"), nor a state whose fall tells the time (tellsTime).
  const range = (g: ActorGroup) => (tokens[g.first - 1]?.lower === 'from' && tokens[g.end]?.lower === 'to') || (tokens[g.first - 1]?.lower === 'to' && groups.some((h) => h.end === g.first - 1 && tokens[h.first - 1]?.lower === 'from'));
  // (Nor what a gerund after "for" or "of" acts on: "a pact with secret protocols for divvying Finland, the Baltic States and Poland".)
  const gerundObject = (g: ActorGroup) => !g.demonym && !OFFICE_HOLDER.test(tokens[g.first + 1]?.lower ?? '') && !/^(?:president|minister|prime|foreign)$/.test(tokens[g.first + 1]?.lower ?? '') && ((v) => v >= 1 && tokens[v]?.pos === 'VERB' && /ing$/.test(tokens[v]?.lower ?? '') && /^(?:for|of)$/.test(tokens[v - 1]?.lower ?? ''))(pastWords(tokens, g.first - 1, ['DET', 'ADJ']));
  // (Nor a demonym after "a" that names what kind of state another is: "became concerned that it was becoming a Soviet satellite".)
  // (Nor who announced or brokered what the sentence names: "monitoring the Sweida ceasefire announced by the United States".)
  const announcer = (g: ActorGroup) => {
    const by = g.first - (tokens[g.first - 1]?.lower === 'the' ? 2 : 1);
    return tokens[by]?.lower === 'by' && /^(?:announced|unveiled|proposed|brokered|mediated)$/.test(tokens[by - 1]?.lower ?? '');
  };
  // (Nor one excepted: "Every neighbour except Chile has recognised the new government of Peru".)
  const excepted = (g: ActorGroup) => /^(?:except|excluding)$/.test(tokens[g.first - 1]?.lower ?? '') || /^(?:apart|other|aside) (?:from|than)$/.test(`${tokens[g.first - 2]?.lower} ${tokens[g.first - 1]?.lower}`);
  // (Nor a demonym that names a past rule: "saying it stemmed from the British colonial presence in the Gulf", "since the Soviet era".)
  const pastRule = (g: ActorGroup) => g.demonym && /^(?:colonial|colonialism|imperial|era|mandate)$/.test(tokens[g.end]?.lower ?? '');
  // (Nor a demonym on someone's efforts or ambitions: "the deal marks a milestone in US efforts to work with allies to hinder Chinese efforts to develop its semiconductor industry".)
  const effortsOf = (g: ActorGroup) => g.demonym && /^(?:efforts?|attempts?|bids?|ambitions?|drive|push)$/.test(tokens[g.end]?.lower ?? '');
  // (Nor one whose allies act: "Several Saudi allies had followed suit and broken off relations with Iran".)
  const alliesOf = (g: ActorGroup) => /^(?:allies|partners|proxies)$/.test(tokens[g.end]?.lower ?? '');
  // (Nor the owner of a role in an apposition on another: "Armenia, Azerbaijan's neighbour, signed a deal", "Armenia, the neighbour of Azerbaijan,".)
  const roleOwnerApposed = (g: ActorGroup) => {
    const from = Math.max(0, g.first - 5), open = tokens.slice(from, g.first).findLastIndex((t) => t.text === ',') + from, close = tokens.findIndex((t, k) => k >= g.end && k <= g.end + 4 && t.text === ',');
    const before = tokens.slice(open + 1, g.first), after = tokens.slice(g.end, close);
    return open >= from && close > 0 && groups.some((h) => h.end === open) && [...before, ...after].some((t) => t.pos === 'NOUN') && before.every((t) => ['DET', 'ADJ', 'NOUN'].includes(t.pos) || t.lower === 'of') && (before.length === 0 || before.at(-1)?.lower === 'of') && after.every((t) => ['ADJ', 'NOUN', 'CCONJ'].includes(t.pos) || /^['’]s?$/.test(t.text)) && (after.length === 0 || g.possessive);
  };
  // (Nor a demonym on the help or meddling an act is done with: "took control of the country by 1945, with minimal Soviet intervention".)
  const withAid = (g: ActorGroup) => g.demonym && tokens[pastWords(tokens, g.first - 1, ['ADJ', 'DET'])]?.lower === 'with' && /^(?:help|aid|assistance|support|backing|intervention|involvement|interference|participation|consent|blessing|approval)$/.test(tokens[g.end]?.lower ?? '');
  const parties = [...new Set(groups.filter((g) => !g.place && !g.descriptor && !excepted(g) && !withAid(g) && !pastRule(g) && !effortsOf(g) && !alliesOf(g) && !roleOwnerApposed(g) && !speaks(tokens, g) && !range(g) && !tellsTime(tokens, g) && !gerundObject(g) && !announcer(g) && !(g.demonym && /^(?:a|an)$/.test(tokens[g.first - 1]?.lower ?? '') && /^(?:satellite|puppet|client|colony|protectorate|vassal|outpost|proxy|style|model)$/.test(tokens[g.end]?.lower ?? ''))).flatMap((g) => g.ids))].filter((id) => !isOrganisation(id));
  // (Nor when the sentence opens with a state named only by what it is, its subject: "African nation resumes diplomatic ties with China after suspending ties with Taiwan".)
  const opener = tokens.findIndex((t) => t.pos !== 'ADJ' && t.pos !== 'DET' && t.pos !== 'PROPN' && t.text !== '-');
  if (parties.length !== 2 || (opener > 0 && /^(?:nation|country|state|kingdom|republic|island|archipelago)$/.test(tokens[opener]?.lower ?? '') && tokens[opener + 1]?.pos === 'VERB' && !groups.some((g) => g.first < opener))) return { parties, triggers: [] };
  // (Nor a state the sentence sets against the other, or whose money or power a deal answers: "a pact struck to prevent China from gaining influence", "in response to increased Chinese spending", "funding from China" beside a deal with another: no deal with it.)
  const opposed = groups.filter((g) => parties.some((id) => g.ids.includes(id)) && tokens.slice(Math.max(0, g.first - 4), g.first).some((t, n, all) => /^(?:prevent|stop|block|deter|counter|contain|curb|check|offset|counterbalance)$/.test(t.lemma) || (t.lower === 'against' && all.slice(n + 1).every((x) => x.pos === 'DET' || x.pos === 'ADJ')) || (t.lower === 'response' && all[n + 1]?.lower === 'to') || (t.lower === 'from' && /^(?:funding|money|loans?|investment|aid|financing)$/.test(all[n - 1]?.lower ?? ''))));
  // And the phrase stands in a clause that names one of them ("a move that EU ministers discussed in meetings" does not; a clause that continues another, ", raising tensions", stands with the one it continues).
  const inClauseOf = (trigger: Trigger) => {
    for (let c: number | null = clauseIndexOf(trigger.head), depth = 0; c !== null && depth < 4; depth++) {
      const clause: Clause = clauses[c]!;
      if (groups.some((g) => g.first >= clause.from && g.end <= clause.to && g.ids.some((id) => parties.includes(id)))) return true;
      c = clause.kind === 'continued' ? clause.parent : null;
    }
    return false;
  };
  // (Not talks someone hosts: "thanked Iraq and Oman for hosting earlier rounds of talks", nor a summit two attend.)
  // (Nor talks "chaired by" or "attended by" the two, past where they were held: "The talks in Istanbul, chaired by Turkish Foreign Minister Hakan Fidan and attended by American envoys".) (Nor a body's own meeting, or one someone attended: "The last Arab League summit Assad attended was in Libya", "at a meeting of the EU Foreign Affairs Council".)
  const hosted = (trigger: Trigger) => tokens.slice(Math.max(0, trigger.from - 6), trigger.from).some((t) => HOSTING_OR_ATTENDING.has(t.lemma)) || (trigger.kind === 'noun' && (groups.some((g) => (g.end === trigger.from || (tokens[trigger.to]?.lower === 'of' && g.first <= trigger.to + 2 && g.first > trigger.to)) && g.ids.every(isOrganisation)) || tokens.slice(trigger.to, trigger.to + 3).some((t) => t.pos === 'VERB' && (HOSTING_OR_ATTENDING.has(t.lemma) || WATCHING_VERBS.has(t.lemma))) || tokens.slice(trigger.to, trigger.to + 7).some((t, j, all) => t.pos === 'VERB' && /^(?:chaired|hosted|moderated|presided|convened|facilitated|attended)$/.test(t.lower) && all[j + 1]?.lower === 'by')));
  // (Nor what is judged: "The White House welcomed the agreement but said ... Iran": someone else's agreement.) (Nor a body joined or left: "applied to join the military alliance".)
  const judged = (trigger: Trigger) => {
    const k = pastWords(tokens, trigger.from - 1, ['DET', 'ADJ', 'NUM'], 0);
    const verb = tokens[k];
    // (Nor who calls it something: "called the deal illegal".)
    return trigger.kind === 'noun' && verb?.pos === 'VERB' && (judgesOrDiscusses(verb.lemma) || JOINING.test(verb.lemma) || (verb.lemma === 'call' && tokens[trigger.to]?.pos === 'ADJ'));
  };
  // (Nor a one-way act of a list of two: "Several countries, including Malaysia and Turkey, have voiced support for the case"; nor a role with no one of its own: "Guyana asks allies for help as Venezuela presses claim".)
  const oneList = groups.some((g) => parties.every((id) => g.ids.includes(id)));
  // (Nor what a common noun does: "Countries that have no diplomatic relations with Kosovo ...": no one named.)
  const generic = (trigger: Trigger) => {
    const k = tokens.slice(0, trigger.from).findLastIndex((t) => /^(?:that|which|who)$/.test(t.lower));
    // (Nor a clause whose subject the finder does not know: "Hours before Yun left for Tokyo, North Korea fired" is someone's trip, not North Korea's.)
    const unknown = trigger.kind === 'verb' && tokens[trigger.from - 1]?.pos === 'PROPN' && !groups.some((g) => g.first < trigger.from && trigger.from <= g.end);
    // (Nor a noun whose own party is someone else, or an idiom's that ends in one: "sparking clashes with border guards", "efforts to strengthen ties with Pacific island nations"; but "friendship with the trade office of Ruritania" is Ruritania.) (A place is someone else too: "Denmark has sought to bolster its relations with Greenland", a territory of its own.)
    // (Nor support for an attack: "voiced support for the invasion of Ukraine" is none for Ukraine.)
    // (An organisation after "with" or "against" is a party of its own, none of the two: "UK services are strengthening defense ties with EU states".)
    const othersParty = ((trigger.kind === 'noun' || tokens[trigger.to - 1]?.pos === 'NOUN') && /^(?:with|against)$/.test(tokens[trigger.to]?.lower ?? '') && !groups.some((g) => !g.place && !g.ids.every(isOrganisation) && g.first > trigger.to && g.first < Math.max(trigger.to + 4, nounPhraseEnd(tokens, trigger.to + 1)))) || (trigger.stance === 'cooperative' && tokens.slice(trigger.to, trigger.to + 4).some((t) => attackOrWar(t.lower)));
    // (Nor a one-way act whose clause has a subject of its own that is neither: "The court sided with Equatorial Guinea in its dispute with Gabon".)
    // (Not a person or an office, who may act for either: "the interim chancellor, María Nela Prada, summoned the Argentine ambassador to the highland country".)
    const clause = clauses[clauseIndexOf(trigger.head)]!, before = tokens.slice(clause.from, trigger.from);
    const ownSubject = trigger.kind === 'verb' && !trigger.mutual && before.some((t, j) => (t.pos === 'NOUN' || t.pos === 'PROPN') && !groups.some((g) => g.first <= clause.from + j && clause.from + j < g.end)) && !before.some((t) => AGENT_NOUN.test(t.lower) || STAFF.test(t.lower) || OFFICE_HOLDER.test(t.lower)) && !groups.some((g) => g.first >= clause.from && g.first < trigger.from);
    // (Nor a deal or talks whose parties are told after "between" and are none of the actors: "citing a land lease agreement in 1878 between the Sultanate of Sulu and the British North Borneo Chartered Co.")
    const between = trigger.kind === 'noun' ? tokens.slice(trigger.to, trigger.to + 4).findIndex((t) => t.lower === 'between') + trigger.to : -1;
    const othersBetween = between >= trigger.to && tokens[between + 1]?.pos !== 'PRON' && !tokens.slice(between + 1, between + 3).some((t) => /^(?:both|two)$/.test(t.lower)) && !groups.some((g) => !g.place && g.first > between && g.first <= between + 8); // (not "between them", "between the two")
    return unknown || othersParty || othersBetween || ownSubject || (k > 0 && !groups.some((g) => g.end === k) && /s$/.test(tokens[k - 1]?.lower ?? '') && ['NOUN', 'PROPN'].includes(tokens[k - 1]?.pos ?? '') && !groups.some((g) => g.first <= k - 1 && k - 1 < g.end));
  };
  // (Nor a party named only in a relative clause the phrase is not in: "Taiwan, which Japan supports, opened an office" names Japan in an aside about Taiwan; "a naval base ... in the region where China has been trying to enhance its military presence" names China in one about the region.)
  const inAside = (id: string, trigger: Trigger) => groups.filter((g) => g.ids.includes(id)).every((g) => clauses.some((c) => c.kind === 'relative' && c.from <= g.first && g.end <= c.to && !(c.from <= trigger.head && trigger.head < c.to) && (tokens[c.from]?.lower === 'where' || (tokens[c.from - 1]?.text === ',' && groups.some((a) => a.end === c.from - 1 && !a.ids.includes(id))))));
  // (Nor what a crowd did: "protesters ... stormed the Swedish Embassy in Baghdad, breaking into the compound" is no state's act.)
  const crowd = (trigger: Trigger) => tokens.slice(0, trigger.from).some((t, k) => CROWD.test(t.lower) && tokens.slice(k + 1, k + 16).some((v) => v.pos === 'VERB')) || (FOLLOWERS.test(tokens[trigger.head]?.lower ?? '') && groups.some((g) => g.end === trigger.head && !g.possessive)); // (and the people a state's name describes: "splashed with red paint by Ukraine supporters")
  // (Nor what the whole world does: "a conduit for international maritime trade" is no trade between the two named.)
  const worldwide = (t: Trigger) => t.kind === 'noun' && tokens.slice(pastWords(tokens, t.from - 1, ['ADJ', 'NOUN'], 0) + 1, t.from).some((x) => /^(?:international|global|world|worldwide|multilateral)$/.test(x.lower));
  // (Nor talks about one of them: "a focal point in discussions about China's expanding global influence" are no talks with China.)
  // (Nor a quarrel over what one of them said about the other: "a fight over comments made by a Japanese official about Taiwan" names neither side; both are only in what it is over.)
  const topic = (t: Trigger) => t.kind === 'noun' && /^(?:about|on|over|regarding|concerning)$/.test(tokens[t.to]?.lower ?? '') && (groups.some((g) => g.first > t.to && g.first <= t.to + 3 && parties.some((id) => g.ids.includes(id))) || (tokens[t.to]?.lower !== 'on' && groups.filter((g) => parties.some((id) => g.ids.includes(id))).every((g) => g.first > t.to && !tokens.slice(t.to, g.first).some((x) => /^(?:between|with|among|against|[,;])$/.test(x.lower)))));
  // (Nor a state named only as where a border runs, for a friendly act: "an airbase along the border with Libya" is no base shared with Libya.)
  const borderOnly = (t: Trigger) => (t.stance === 'cooperative' || t.stance === 'warming') && parties.some((id) => groups.filter((g) => g.ids.includes(id)).every((g) => tokens[g.first - 1]?.lower === 'with' && /^(?:borders?|frontiers?)$/.test(tokens[g.first - 2]?.lower ?? '')));
  // (Nor ties "with" one of them when the other is named only after "with" too: "balance their security ties with the US and trade with China" are others' with each; not "sided with Chile in its quarrel with Peru", one of them its owner.)
  const afterWith = (g: ActorGroup) => tokens[pastWords(tokens, g.first - 1, ['DET', 'ADJ'])]?.lower === 'with';
  const withOne = (t: Trigger) => { const one = groups.find((g) => g.first > t.to && g.first <= t.to + 3 && tokens[t.to]?.lower === 'with'); return t.kind === 'noun' && !!one && !/^(?:its|his|her)$/.test(tokens[pastWords(tokens, t.from - 1, ['ADJ', 'NOUN', 'ADV'])]?.lower ?? '') && parties.filter((id) => !one.ids.includes(id)).every((id) => groups.filter((g) => g.ids.includes(id)).every(afterWith)); };
  // (Nor what one does alone: "would develop military facilities at the island on its own".)
  const alone = (t: Trigger) => tokens.slice(t.to, Math.min(clauses[clauseIndexOf(t.head)]!.to, t.to + 8)).some((x, j, all) => x.lower === 'own' && all[j - 2]?.lower === 'on' && /^(?:its|their)$/.test(all[j - 1]?.lower ?? ''));
  // (Nor a war told by where a third party's land is: "in protest against the ongoing war in Gaza" is no war between Israelis and the Maldives.)
  const elsewhere = (t: Trigger) => t.kind === 'noun' && t.stance === 'hostile' && tokens[t.to]?.lower === 'in' && groups.some((g) => g.place && g.first <= t.to + 2 && g.first > t.to && !g.ids.some((id) => parties.includes(id)));
  return { parties, triggers: unpaired.filter((t) => (t.kind === 'verb' || t.mutual) && !topic(t) && !elsewhere(t) && !likeAnothers(tokens, t) && !withOne(t) && !borderOnly(t) && !alone(t) && !(opposed.length > 0 && (t.stance === 'cooperative' || t.stance === 'warming')) && inClauseOf(t) && !hosted(t) && !judged(t) && !(oneList && !t.mutual) && !generic(t) && !crowd(t) && !worldwide(t) && !DESCRIPTOR_NOUN.test(tokens[t.head]?.lower ?? '') && !(/^(?:bases?|airbases?|facility|facilities)$/.test(tokens[t.head + (t.to > t.head + 1 ? 1 : 0)]?.lower ?? '') && !groups.some((g) => g.end === t.from || g.end === t.from - 1)) && !parties.some((id) => inAside(id, t))) }; // (nor a base no state's name describes: "a road to a high-altitude air base is seen as a trigger for a clash with Chinese troops"; "home to the largest US military base" is the US's)
}
