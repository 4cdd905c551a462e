// An attack on a person the article names is words about them, not force on their state.
import type { Mention } from './actorFinder';
import type { Token } from './tokens';
import type { Trigger } from './trigger';

/**
 * "Milei attacked Sanchez and his wife", "Milei's attacks on Spanish PM Pedro Sanchez": an attack on a
 * person named is words, not force (CAMEO 111); `on` gives the mention on each token.
 */
export function attacksPerson(t: Trigger, tokens: readonly Token[], on: readonly (Mention | undefined)[]): boolean {
  if (t.stance !== 'hostile' || !/^(?:attack|assail)$/.test(tokens[t.head]?.lemma ?? '')) return false;
  let k = t.kind === 'noun' && /^(?:on|against)$/.test(tokens[t.to]?.lower ?? '') ? t.to + 1 : t.to;
  while (/^(?:prime|minister|president|foreign|chancellor|king|leader|premier|pm)$/i.test(tokens[k]?.lower ?? '') || (on[k]?.kind === 'demonym' && on[k + 1]?.kind !== 'demonym')) k++;
  let end = k;
  while (on[end] !== undefined && on[end] === on[k]) end++;
  // (Not on a person's place or people: "attacks on Zelensky's hometown".)
  const possessive = (j: number) => /^(?:'s|’s|')$/.test(tokens[j]?.lower ?? '');
  return on[k]?.kind === 'person' && !possessive(end - 1) && !possessive(end);
}

/**
 * "the murder in Turkey of journalist Jamal Khashoggi by Saudi agents": a killing or an abduction of a
 * person told by what the person is; the place where it happened is no one it was done to.
 */
export function killingOfPerson(t: Trigger, tokens: readonly Token[]): boolean {
  if (t.kind !== 'noun' || t.stance !== 'hostile' || !/^(?:murders?|killings?|assassinations?|slayings?|poisonings?|abductions?|kidnappings?)$/.test(tokens[t.head]?.lower ?? '')) return false;
  const of = tokens.findIndex((x, j) => j >= t.to && j <= t.to + 6 && x.lower === 'of');
  return of >= 0 && tokens.slice(of + 1, of + 5).some((x) => /^(?:journalist|columnist|dissident|critic|activist|writer|blogger|reporter|defector|businessman|exile|lawyer|poet|scientist)$/.test(x.lower));
}
