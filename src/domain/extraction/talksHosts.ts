// Who hosts or chairs the talks a sentence tells between a pair: "Both countries have in the past held peace talks that
// have largely stalled, including talks hosted by Qatar". By the conventions of ../shared/eval/README.md a mediator is
// cooperative with each party; a host or a chair of the pair's talks stands as one (CAMEO 045). Read after the
// sentence's own claims (extractClaims.ts), from the talks claim it made and the actor named after "by".
import type { ActorGroup } from './actorGroups';
import type { ExtractedClaim } from './extractedClaim';
import type { Token } from './tokens';

type WordsAt = (k: number) => Pick<ExtractedClaim, 'trigger' | 'triggerStart' | 'triggerEnd'>;

/** Participles of holding talks for others, before "by". */
const HOSTED = /^(?:hosted|chaired|moderated|facilitated|convened)$/;
/** Nouns of talks a host holds. */
const TALKS = /^(?:talks|negotiations|meetings?|summit|dialogue|discussions|consultations|rounds?)$/;

/** Claims of the host after "hosted by" (or "chaired by" ...) toward each party of the talks the sentence told; none when it told no talks between a pair. */
export function talksHosts(claims: readonly ExtractedClaim[], tokens: readonly Token[], groups: readonly ActorGroup[], wordsAt: WordsAt): ExtractedClaim[] {
  const talks = claims.find((c) => !c.directed && (c.code ?? '').startsWith('04') && (c.stance === 'cooperative' || c.stance === 'warming'));
  if (!talks) return [];
  // ("talks hosted by Qatar", "the talks in Istanbul, chaired by Turkey's foreign minister": a noun of talks a few words before.)
  const k = tokens.findIndex((t, j) => HOSTED.test(t.lower) && tokens[j + 1]?.lower === 'by' && tokens.slice(Math.max(0, j - 5), j).some((x) => TALKS.test(x.lower)));
  if (k < 0) return [];
  const host = groups.find((g) => g.first > k + 1 && g.first <= k + 4 && !g.place && !g.ids.some((id) => id === talks.a || id === talks.b));
  if (!host) return [];
  return host.ids.flatMap((id) => [talks.a, talks.b].map((party) => ({ ...talks, ...wordsAt(k), a: id, b: party, directed: true, stance: 'cooperative' as const, code: '045' })));
}
