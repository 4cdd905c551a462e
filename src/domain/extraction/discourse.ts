// What pairing hands on: the pairs one trigger makes (Pairing), and what the sentences read so far
// leave for the next one to refer back to (Discourse). Types only.
import type { ActorGroup } from './actorGroups';

export interface Pairing {
  sources: string[];
  targets: string[];
  /** Pairs among the sources only ("Egypt and Turkey restored ties"). */
  within: boolean;
  /** The subject of the trigger's clause, for the next clause or sentence to refer back to. */
  subject: ActorGroup | null;
  /** True when the sentence does not tell whose act it is, only blames it on the source (answeredActs.ts). */
  alleged?: boolean;
  /** True when an act of force told with no target is on its teller: projectiles fired (actsJudged.ts). */
  onTeller?: boolean;
}

/** What the sentences before this one leave for "it", "they" and "the two countries". */
export interface Discourse {
  subject: string[] | null;
  target: string[] | null;
  pair: [string, string] | null;
  /** Who did the latest hostile act the article told (its agents): whose "the attack" is, when judged later. */
  actAgents?: string[];
  /** The state each act of force named with its target is on, by the act's noun ("the Invasion of Grenada"): what "launched the invasion" later in the article is on. */
  actTargets?: Map<string, string[]>;
  /** True when the sentence before told or named that act ("stormed the embassy", "condemned the raid"): what "it" may be. */
  actJustNamed?: boolean;
  /** The one actor the sentence before named, when it named one: whose "the vote" or "the move" a judgement in this sentence is on. */
  loneActor?: string;
  /** The pairs before it, most recent last: for "the two neighbours", the latest pair that shares a border. */
  pairs?: [string, string][];
  /** The pair the article has said most about, when it has more claims than the latest pair: for "both countries". */
  topicPair?: [string, string];
  /** The latest measure told (sanctions, a ban): whose "the sanctions" a later judgement is on. */
  measure?: { by: string; on: string };
  /** Who told the sentence before's latest claim, when a third party told it ("Morocco says Hezbollah armed the Polisario"): whom a denial of "the allegations" answers. */
  teller?: string[];
  /** The pair of the latest deal told: whose "the pact" a later judgement is on. */
  dealPair?: [string, string];
  /** The latest pair told at war (not only accused of it): for "the warring parties". */
  warring?: [string, string];
  /** The latest pair told at odds (tense or hostile): for "both sides". */
  atOdds?: [string, string];
  /** Sentences since then that told claims of other pairs (not a mediator's): past two, "both sides" is the latest pair instead. */
  oddsAge?: number;
  /** Who speaks the quotation this sentence is in, when it closes in a later sentence that names its speaker (quoteSpeakers.ts): whose "we" it is. */
  quoteSpeaker?: string[];
  /** The latest set of three or more actors: for "those countries". */
  lastSet?: string[];
  /** The latest set of actors of each size (3, 4, ...): for "the three nations". */
  sets: Map<number, string[]>;
}
