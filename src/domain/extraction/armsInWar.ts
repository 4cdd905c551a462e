// "accusing South Africa of providing weapons to Russia for its war in Ukraine": military help to one
// side of a war its sentence names is cooperative toward that side and hostile toward its enemy (the
// annotation conventions of ../shared/eval/README.md), told as surely as the help is.
import type { ExtractedClaim } from './extractedClaim';
import { pairKey } from '../relations/pairKey';

/** The hostile claims that military aid (CAMEO 072) to a side at war in the same sentence makes toward that side's enemy. */
export function armsInWar(claims: readonly ExtractedClaim[]): ExtractedClaim[] {
  const made: ExtractedClaim[] = [];
  const has = (a: string, b: string) => [...claims, ...made].some((c) => c.stance === 'hostile' && pairKey(c.a, c.b) === pairKey(a, b));
  for (const aid of claims) {
    if (aid.stance !== 'cooperative' || !aid.directed || !(aid.code ?? '').startsWith('072')) continue;
    for (const war of claims) {
      // (From the side helped, or between it and another: "Russia's war in Ukraine", "the war between Russia and Ukraine".)
      const enemy = war.a === aid.b ? war.b : !war.directed && war.b === aid.b ? war.a : null;
      if (war.stance !== 'hostile' || enemy === null || enemy === aid.a || has(aid.a, enemy)) continue;
      made.push({ ...aid, b: enemy, stance: 'hostile' });
    }
  }
  return made;
}
