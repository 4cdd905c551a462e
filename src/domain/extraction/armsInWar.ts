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

/** "received significant military and air support from the United States": support the words before it call military is military aid (CAMEO 072), whatever verb gives it. */
const MILITARY_BEFORE = /\bmilitary(?:\s+(?:and|or)\s+[\w-]+)?\s+$/i;
const asMilitaryAid = (c: ExtractedClaim): ExtractedClaim => (c.stance === 'cooperative' && c.directed && /^05/.test(c.code ?? '') && /^(?:support|backing|help|assistance|aid)$/i.test(c.trigger) && MILITARY_BEFORE.test(c.evidence.slice(0, c.triggerStart - c.start)) ? { ...c, code: '072' } : c);

/** The enemy a war gives the side helped: from that side ("Russia's war in Ukraine"), on it ("Egypt and Syria attacked Israel"), or between it and another ("the war between Russia and Ukraine"); null when the war is not the helped side's. */
function enemyOf(war: ExtractedClaim, helped: string): string | null {
  if (war.stance !== 'hostile') return null;
  return war.a === helped ? war.b : war.b === helped ? war.a : null;
}

/** The hostile claims that military aid to a side at war in the same sentence makes toward that side's enemy (armsInArticleWar over the sentence's claims, less the claims themselves). */
export function armsInWar(claims: readonly ExtractedClaim[]): ExtractedClaim[] {
  return armsInArticleWar(claims).filter((c) => c.stance === 'hostile' && !claims.includes(c));
}

/**
 * The same over the whole article, the war told before or after the help ("Russia and Ukraine are at
 * war. ... The United States sent weapons to Ukraine"): the article's claims, each hostile claim made
 * following the aid it comes from.
 */
export function armsInArticleWar(claims: readonly ExtractedClaim[]): ExtractedClaim[] {
  const hostile = new Set(claims.filter((c) => c.stance === 'hostile').map((c) => pairKey(c.a, c.b)));
  const out: ExtractedClaim[] = [];
  // (The hostile claims each actor is a party of, in the article's order: an article's thousands of claims are not read again for each aid.)
  const wars = new Map<string, ExtractedClaim[]>();
  for (const c of claims) if (c.stance === 'hostile') for (const id of new Set([c.a, c.b])) {
    const ofId = wars.get(id) ?? [];
    ofId.push(c);
    wars.set(id, ofId);
  }
  for (const aid of claims.map(asMilitaryAid)) {
    out.push(aid);
    if (!isArming(aid)) continue;
    for (const war of wars.get(aid.b) ?? []) {
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

/** Words that say an act's agents acted together: "a coordinated assault", "joint military strikes". */
const JOINT = 'joint|coordinated|combined|concerted';
/** ... before the act's words, after them ("launched a joint attack"), or among them. */
const JOINT_BEFORE = new RegExp(`\\b(?:${JOINT})\\s+(?:[\\w-]+\\s+)?$`, 'i'), JOINT_AFTER = new RegExp(`^\\s+(?:an?|the)\\s+(?:${JOINT})\\b`, 'i'), JOINT_IN = new RegExp(`\\b(?:${JOINT})\\b`, 'i');

/**
 * "Sadat and Assad orchestrated a coordinated assault on Israel", "launched a joint attack on": the states that
 * carry out one act of force together cooperate militarily (CAMEO 062), as every pair of the subjects of a joint
 * action does by the conventions. The cooperative claims among them, one for each pair.
 */
export function jointAttackers(claims: readonly ExtractedClaim[]): ExtractedClaim[] {
  const out: ExtractedClaim[] = [];
  const acts = claims.filter((c) => c.stance === 'hostile' && c.directed && (JOINT_BEFORE.test(c.evidence.slice(0, c.triggerStart - c.start)) || JOINT_IN.test(c.trigger) || JOINT_AFTER.test(c.evidence.slice(c.triggerEnd - c.start))));
  for (const [k, one] of acts.entries()) {
    for (const other of acts.slice(k + 1)) {
      if (other.triggerStart !== one.triggerStart || other.a === one.a || [...claims, ...out].some((c) => c.stance === 'cooperative' && pairKey(c.a, c.b) === pairKey(one.a, other.a))) continue;
      out.push({ ...one, b: other.a, directed: false, stance: 'cooperative', code: '062' });
    }
  }
  return out;
}
