// "Germany and Poland each said that Russia was expelling four of their diplomats": in what a state
// tells of another, "its" or "their" before a word for envoys is the teller's, not the doer's.
import type { ActorGroup } from './actorGroups';
import type { Token } from './tokens';

const ENVOY_WORD = /^(?:diplomats?|ambassadors?|envoys?|consuls?|staff|personnel|attachés?)$/;
const TELLING = /^(?:said|says|announced|confirmed|stated|reported)$/;

/** The teller's envoys: a group for "its" or "their" at each such place; none when the teller and the doer are not both named. */
export function tellersEnvoys(tokens: readonly Token[], groups: readonly ActorGroup[]): ActorGroup[] {
  const found: ActorGroup[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!/^(?:its|their)$/.test(t.lower)) continue;
    let n = i + 1;
    while (tokens[n]?.pos === 'ADJ' && tokens[n]?.lower !== 'own') n++;
    if (!ENVOY_WORD.test(tokens[n]?.lower ?? '')) continue;
    const said = tokens.findLastIndex((x, j) => j < i && TELLING.test(x.lower));
    if (said < 0) continue;
    const teller = groups.find((g) => g.end <= said && said - g.end <= 1 && !g.place && !g.descriptor);
    const doer = groups.find((g) => g.first > said && g.end <= i && !g.place && !g.descriptor);
    // (Only envoys another state acts on: "Iran had recalled its ambassador" is Iran's own.)
    const acting = tokens.slice(doer?.end ?? i, i).some((x) => /^(?:expel|oust|kick|throw|summon|detain|arrest|declare)$/.test(x.lemma));
    if (!teller || !doer || !acting || doer.ids.some((id) => teller.ids.includes(id)) || (t.lower === 'their') !== teller.ids.length >= 2) continue;
    found.push({ ids: [...teller.ids], first: i, end: i + 1, possessive: true, place: false, demonym: false, anaphor: true });
  }
  return found;
}
