// "accusing South Africa of providing weapons to Russia for its war in Ukraine": military help to one
// side of a war its sentence names is cooperative toward that side and hostile toward its enemy (the
// annotation conventions of ../shared/eval/README.md), told as surely as the help is. The same holds
// over the whole article: a war told in one sentence, the help in another. And troops a state sends
// into a state it is at war with that year are its invasion, not the military help "sent troops to"
// reads (forcesAtWar).
import type { ExtractedClaim } from './extractedClaim';
import { pairKey } from '../relations/pairKey';

/** Military aid (CAMEO 072), given by one actor to another. */
const isArming = (c: ExtractedClaim) => c.stance === 'cooperative' && c.directed && (c.code ?? '').startsWith('072');

/** The enemy a war gives the side helped: from that side ("Russia's war in Ukraine"), or between it and another ("the war between Russia and Ukraine"); null when the war is not the helped side's. */
function enemyOf(war: ExtractedClaim, helped: string): string | null {
  if (war.stance !== 'hostile') return null;
  return war.a === helped ? war.b : !war.directed && war.b === helped ? war.a : null;
}

/** The hostile claims that military aid to a side at war in the same sentence makes toward that side's enemy (armsInArticleWar over the sentence's claims, less the claims themselves). */
export function armsInWar(claims: readonly ExtractedClaim[]): ExtractedClaim[] {
  return armsInArticleWar(claims).filter((c) => !claims.includes(c));
}

/**
 * The same over the whole article, the war told before or after the help ("Russia and Ukraine are at
 * war. ... The United States sent weapons to Ukraine"): the article's claims, each hostile claim made
 * following the aid it comes from.
 */
export function armsInArticleWar(claims: readonly ExtractedClaim[]): ExtractedClaim[] {
  const hostile = new Set(claims.filter((c) => c.stance === 'hostile').map((c) => pairKey(c.a, c.b)));
  const out: ExtractedClaim[] = [];
  for (const aid of claims) {
    out.push(aid);
    if (!isArming(aid)) continue;
    for (const war of claims) {
      const enemy = enemyOf(war, aid.b);
      if (enemy === null || enemy === aid.a || hostile.has(pairKey(aid.a, enemy))) continue;
      hostile.add(pairKey(aid.a, enemy));
      out.push({ ...aid, b: enemy, stance: 'hostile' });
    }
  }
  return out;
}

/** Troops sent (CAMEO 062: "sent troops to", "deployed forces to"). */
const SENDING = /^(?:sen[dt]|sending|deploy|deployed|deploying|dispatch|dispatched|dispatching)$/i;
/** ... its forces within a few words after the verb: "sent troops", "deployed thousands of soldiers". */
const FORCES = /^\s*(?:\S+\s+){0,3}?(?:troops|forces|soldiers|battalions|brigades)\b/i;
const isTroopsSent = (c: ExtractedClaim) => c.stance === 'cooperative' && c.directed && c.code === '062' && SENDING.test(c.trigger) && FORCES.test(c.evidence.slice(c.triggerEnd - c.start));

/**
 * "Multiple countries expelled Russian diplomats after Moscow sent troops to Ukraine", in an article that tells Moscow's
 * offensive in Ukraine: troops sent to a state the sender wages force on in the same year (or with no year told) are that
 * force, hostile, not military help to it.
 */
export function forcesAtWar(claims: readonly ExtractedClaim[]): ExtractedClaim[] {
  const year = (c: ExtractedClaim) => c.when?.slice(0, 4) ?? null;
  return claims.map((c) => {
    if (!isTroopsSent(c)) return c;
    const atWar = claims.some((w) => w.stance === 'hostile' && w.certainty !== 'denied' && ((w.a === c.a && w.b === c.b) || (!w.directed && w.a === c.b && w.b === c.a)) && (year(w) === null || year(c) === null || year(w) === year(c)));
    return atWar ? { ...c, stance: 'hostile', code: '190' } : c;
  });
}
