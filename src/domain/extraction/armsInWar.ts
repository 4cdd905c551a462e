// "accusing South Africa of providing weapons to Russia for its war in Ukraine": military help to one
// side of a war its sentence names is cooperative toward that side and hostile toward its enemy (the
// annotation conventions of ../shared/eval/README.md), told as surely as the help is. The same holds
// over the whole article: a war told in one sentence, the help in another.
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
