// Fire told by where it came from and where it fell: "two mortar shells fired from Myanmar landed in
// Bangladesh", "rockets launched from Lebanon hit northern Israel", "shells from Syria fell inside
// Turkey". The munitions are the trigger; its `fire` names the tokens where the two places start, and
// pairing.ts reads the states there (the place it came from acts on the one it fell in; CAMEO 194).
import type { Token } from './tokens';
import type { Trigger } from './trigger';

const MUNITION = /^(?:shells?|mortars?|rockets?|missiles?|projectiles?|bombs?|bullets|rounds|grenades)$/;
/** The participle that may stand between the munitions and "from": "fired from", "reportedly hurled from". */
const SENT = /^(?:fired|hurled|launched|lobbed|shot|sent)$/;
/** Verbs of trading munitions, which are then no fire. */
const TRADED = /^(?:buy|sell|supply|deliver|receive|acquire|import|export|purchase|order|transfer|provide|obtain|get|smuggle)$/;
/** Verbs of where munitions came down. */
const LANDING = /^(?:land|fall|fell|hit|strike|struck|explode|crash|impact|kill|killed|wound|wounded|injure|injured|damage|damaged)$/; // (and what they did where they fell: "shells fired from Ukrainian territory killed one person ... in a Russian border town")

export function munitionFire(tokens: readonly Token[]): Trigger[] {
  const found: Trigger[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!(t.pos === 'NOUN' || (t.pos === 'PROPN' && i === 0)) || !MUNITION.test(t.lower)) continue;
    // (Not munitions traded: "bought missiles from Iran".)
    if (tokens.slice(Math.max(0, i - 4), i).some((x) => x.pos === 'VERB' && TRADED.test(x.lemma))) continue;
    let k = i + 1;
    if (tokens[k]?.text === ',') k++;
    if (tokens[k]?.pos === 'ADV') k++;
    // ("60 rockets were fired into eastern Kunar province from Pakistan": in the passive, where they fell comes first.)
    const passive = /^(?:was|were)$/.test(tokens[k]?.lower ?? '') && SENT.test(tokens[k + 1]?.lower ?? '') && /^(?:into|on|at)$/.test(tokens[k + 2]?.lower ?? '');
    if (passive) {
      const origin = tokens.findIndex((x, m) => m > k + 3 && m <= k + 8 && x.lower === 'from');
      let into = k + 3;
      while (['DET', 'ADJ'].includes(tokens[into]?.pos ?? '')) into++;
      const from = tokens[origin + 1]?.lower === 'the' ? origin + 2 : origin + 1;
      if (origin > 0 && tokens[from]?.pos === 'PROPN') found.push({ kind: 'noun', head: i, end: i + 1, from: i, to: k + 2, code: '194', stance: 'hostile', mutual: false, passive: false, negated: false, intent: false, absorbed: false, why: 'munitions fired from one state that land in another are an attack on it (CAMEO 19)', fire: { from, into } });
      continue;
    }
    if (SENT.test(tokens[k]?.lower ?? '')) k++;
    if (tokens[k]?.lower !== 'from') continue;
    const from = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
    // The verb of landing within the clause after it, then where: "landed in", "fell inside the", "hit northern".
    // (Past a comma that closes an aside: "shells, reportedly fired from Myanmar, landed"; and past where near it fell: "landed next to a mosque on the Bangladesh border".)
    for (let j = from + 1; j < Math.min(tokens.length, from + 12) && (tokens[j]?.pos !== 'PUNCT' || tokens[j]?.text === ','); j++) {
      const v = tokens[j] as Token;
      if (!LANDING.test(v.lemma) && !LANDING.test(v.lower)) continue;
      const prep = tokens.findIndex((x, m) => m > j && m <= j + 8 && /^(?:in|inside|into|on|onto)$/.test(x.lower) && tokens.slice(m + 1, m + 4).some((y) => y.pos === 'PROPN'));
      let into = prep > 0 ? prep + 1 : /^(?:hit|strike|struck)$/.test(v.lower) || v.lemma === 'hit' || v.lemma === 'strike' ? j + 1 : -1;
      while (into > 0 && ['DET', 'ADJ'].includes(tokens[into]?.pos ?? '')) into++;
      if (into > 0) found.push({ kind: 'noun', head: i, end: i + 1, from: i, to: j + 1, code: '194', stance: 'hostile', mutual: false, passive: false, negated: false, intent: false, absorbed: false, why: 'munitions fired from one state that land in another are an attack on it (CAMEO 19)', fire: { from, into } });
      break;
    }
  }
  return found;
}
