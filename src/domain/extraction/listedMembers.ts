// The states a relative clause on a plural of states is told of, when the main clause names them after the relative
// clause: "the list of states that have revoked recognition of Kosovo includes Burundi, the Central African Republic,
// ...", "Among the countries that have recognized Kosovo's independence are the US and ...". They are the relative
// clause's subject. And the examples after a plural of states that opens a clause ("Countries like Chad and Senegal are
// ending ..."): they are its subject.
import type { ActorGroup } from './actorGroups';
import type { Clause } from './clauses';
import type { Token } from './tokens';

/** Plural nouns of states a relative clause may be on, and the verbs after it that name them ("includes", "are"). */
export const STATES_PLURAL = /^(?:states|countries|nations)$/;
export const NAMING_VERB = /^(?:include|includes|included|are|were)$/;
/** Words that name the members of a plural after it: "a row with four Arab countries, including Saudi Arabia", "criticism from some countries, notably Hungary". */
export const NAMED_EXAMPLE = /^(?:including|notably|especially|particularly|namely)$/;

/**
 * "Chad, Niger and Burkina Faso are among the countries who've recently expelled French troops", "Guinea is one of the
 * countries that ...": a relative clause on a plural of states after "among" or "one of" tells of the subject of the
 * copula before it; the index of that copula, or -1.
 */
export function copulaBeforeAmong(tokens: readonly Token[], clause: Clause, parent: Clause | undefined): number {
  const among = tokens[clause.from - 2]?.lower === 'the' ? clause.from - 3 : clause.from - 2;
  if (!parent || !STATES_PLURAL.test(tokens[clause.from - 1]?.lower ?? '') || !/^(?:among|of)$/.test(tokens[among]?.lower ?? '')) return -1;
  const copula = tokens.slice(parent.from, among).findIndex((t) => /^(?:be|remain)$/.test(t.lemma));
  return copula < 0 ? -1 : parent.from + copula;
}

/** The group named right after "include(s)" or "are" that follows a relative clause on "states" or "countries"; else undefined. */
export function listedMembers(tokens: readonly Token[], groups: readonly ActorGroup[], clause: Clause): ActorGroup | undefined {
  if (!/^(?:that|which|who)$/.test(tokens[clause.from]?.lower ?? '') || !STATES_PLURAL.test(tokens[clause.from - 1]?.lower ?? '')) return undefined;
  const verb = tokens[clause.to];
  if (!NAMING_VERB.test(verb?.lower ?? '')) return undefined;
  const at = clause.to + 1 + (tokens[clause.to + 1]?.pos === 'DET' ? 1 : 0);
  return groups.find((g) => (g.first === at || g.first === clause.to + 1) && !g.place);
}

/** "Countries like Chad and Senegal are ending ...", "states such as Mali": the examples after a plural of states that opens its clause are its subject. */
export function examplesOfSubject(tokens: readonly Token[], g: ActorGroup, start: number): boolean {
  const plural = tokens[g.first - 1]?.lower === 'like' ? g.first - 2 : tokens[g.first - 1]?.lower === 'as' && tokens[g.first - 2]?.lower === 'such' ? g.first - 3 : -1;
  return plural >= start && STATES_PLURAL.test(tokens[plural]?.lower ?? '') && tokens.slice(start, plural).every((t) => t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM');
}
