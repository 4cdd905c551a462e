/**
 * Appeals and demands: the verbs that ask another actor to act ("urged China to lift the ban",
 * "ordered Canada to cut its staff"), and what they ask, which has not happened.
 */
import type { Token } from './tokens';
import type { Trigger } from './triggers';

/**
 * Verbs that demand of their object what their "to"-complement names: "ordered Canada to cut its
 * staff", "asked Kenya to recall its envoy". A demand that another state reduce relations is
 * pressure on it (CAMEO 10); appeals ("urged", "called on") are left to the complement.
 */
export const DEMAND_VERBS = new Set(['order', 'instruct', 'direct', 'demand', 'force', 'compel', 'pressure', 'press', 'require']);
/** Verbs that ask their object to act: what they ask for has not happened ("urged China to lift the ban"). */
export const APPEAL_VERBS = new Set(['urge', 'ask', 'call', 'press', 'push', 'encourage', 'invite', 'tell', 'request', 'implore', 'beg', 'exhort', 'advise', 'persuade', 'pressure', 'order', 'demand', 'appeal', 'plead', 'warn', 'caution']);
/** Verbs of asking: a demand only when what they ask is a reduction or a withdrawal ("asked Canada to withdraw its diplomats"). */
export const ASKING_VERBS = new Set(['ask', 'tell', 'request']);

/**
 * "ordered Canada to", "asked the Kenyan government to": the demand verb before a named object and
 * "to" (at `to`), or null. The object names another actor (a proper noun, no "its" or "their": "ordered
 * its troops to" is its own act).
 */
export function demandBefore(tokens: readonly Token[], to: number, from: number): number | null {
  let named = false;
  for (let k = to - 1; k >= from && k >= to - 5; k--) {
    const t = tokens[k] as Token;
    // (A headline's present may be tagged a noun: "India orders Canada to".)
    const verb = t.pos === 'VERB' || (t.pos === 'NOUN' && /s$/.test(t.lower) && tokens[k - 1]?.pos === 'PROPN' && DEMAND_VERBS.has(t.lemma));
    if (verb) return named && (DEMAND_VERBS.has(t.lemma) || ASKING_VERBS.has(t.lemma)) ? k : null;
    if (t.pos === 'PROPN') named = true;
    else if (t.pos === 'PRON' || t.pos === 'PUNCT' || t.pos === 'ADP' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.pos === 'AUX') return null;
  }
  return null;
}

/**
 * True when a cooperative act is what a verb of appeal earlier in the clause asks others to do
 * ("called on both countries to show restraint and to settle their dispute through talks").
 */
export function askedFor(tokens: readonly Token[], trig: Trigger, from: number): boolean {
  if (trig.stance !== 'cooperative' && trig.stance !== 'warming') return false;
  for (let k = from; k < trig.from; k++) {
    if (!isAppeal(tokens, k)) continue;
    // An object, then "to" before the act: the act is what is asked ("urged X to ..."; not "agreed to").
    const to = tokens.findIndex((x, j) => j > k + 1 && j < trig.from && x.lower === 'to');
    // (Not what a cause or a circumstance of the request names: "ordered the envoy to leave within 48 hours over Ruritania's support of the rebels".)
    // (Nor what a decision already taken names: "invited to the Cairo meeting in praise of Sweden's decision to recognise a Palestinian state".)
    if (to > 0) return !tokens.slice(to + 1, trig.from).some((x) => /^(?:over|after|following|amid|amidst|because|despite)$/.test(x.lower)) && !decisionBefore(tokens, to);
  }
  return false;
}

/** A decision named in the few words before "to", past a time ("her government's decision in October to"). */
function decisionBefore(tokens: readonly Token[], to: number): boolean {
  const k = tokens.slice(Math.max(0, to - 4), to).findLastIndex((x) => /^(?:decision|decisions|move|choice)$/.test(x.lower));
  return k >= 0 && !tokens.slice(Math.max(0, to - 4) + k, to).some((x) => x.pos === 'VERB' || x.pos === 'PUNCT');
}

/** True for a verb of appeal at k ("urged", "called on"; not "called Aliyev to", a telephone call). */
export function isAppeal(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t?.pos === 'VERB' && APPEAL_VERBS.has(t.lemma) && (t.lemma !== 'call' || /^(?:on|upon)$/.test(tokens[k + 1]?.lower ?? ''));
}

/** The verb before an object and "to" (at `to`): "pushed its two allies to", "urged both sides to". */
export function verbBeforeObject(tokens: readonly Token[], to: number, from: number): number | null {
  for (let k = to - 1; k >= from && k >= to - 5; k--) {
    const t = tokens[k] as Token;
    if (t.pos === 'VERB') return k < to - 1 ? k : null;
    if (!['DET', 'PRON', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'PART', 'CCONJ'].includes(t.pos)) return null;
  }
  return null;
}
