// Acts one state lets another do, read on the verb of letting ("allowed Taiwan to set up an office"), and
// a participle that says what an easing removes does, a friendly verb whose object is another pair's ill will,
// ships entering waters on a visit, prisoners or refugees who arrive, making no visit, and an act condemned with its doer.
// findTriggers (triggers.ts) calls it on the triggers kept.
import { pastWords, type Token } from './tokens';
import type { Trigger } from './trigger';

/**
 * "Lithuania allowed Taiwan to set up a representative office", "permitted Russian warships to dock": letting
 * another do a friendly act is taking part in it, the allower toward the one allowed (the act's stance and code,
 * on the verb of allowing and its object), not the permission CAMEO's dictionary reads (080). And a participle
 * right after what an easing removes ("eliminate barriers hindering trade") says what that does: no act.
 */
export function permittedActs(kept: readonly Trigger[], tokens: readonly Token[]): void {
  for (const allow of kept) {
    // ("granted permission on Saturday for a Chinese research vessel to visit the island": permission granted for another to act is letting it.)
    const leave = tokens[allow.head]?.lemma === 'grant' ? tokens.findIndex((t, n) => n > allow.head && n <= allow.head + 3 && /^(?:permission|approval|clearance|authori[sz]ation)$/.test(t.lower)) : -1;
    if (allow.kind !== 'verb' || allow.negated || (!/^(?:allow|permit|let|authori[sz]e)$/.test(tokens[allow.head]?.lemma ?? '') && leave < 0)) continue;
    let to = allow.head + 1;
    if (leave > 0) {
      to = leave + 1;
      while (to < leave + 5 && tokens[to]?.lower !== 'for' && tokens[to]?.lower !== 'to' && tokens[to]?.pos !== 'VERB') to++; // (past its time: "on Saturday")
      if (tokens[to]?.lower === 'for') to++;
    }
    // (Past a compound modifier too: "allow self-governing Taiwan to open an office".)
    const objectEnd = to + 5;
    while (to < objectEnd && (['PROPN', 'DET', 'NOUN', 'ADJ', 'PRON'].includes(tokens[to]?.pos ?? '') || (tokens[to]?.text === '-' && tokens[to - 1]?.end === tokens[to]?.start && tokens[to + 1]?.start === tokens[to]?.end) || (tokens[to - 1]?.text === '-' && tokens[to - 1]?.end === tokens[to]?.start))) to++;
    // (Past an aside between dashes or commas: "allow the self-ruled island – which Beijing regards as its own – to set up an office".)
    const closing = /^[–—,]$/.test(tokens[to]?.text ?? '') && to > allow.head + 1 ? tokens.findIndex((t, n) => n > to && n <= to + 15 && t.text === tokens[to]?.text) : -1;
    if (closing > 0) to = closing + 1;
    const act = to > (leave > 0 ? leave + 1 : allow.head + 1) && tokens[to]?.lower === 'to' ? kept.find((k) => k.head === to + 1 && !k.negated && (k.stance === 'warming' || k.stance === 'cooperative')) : undefined;
    if (!act) continue;
    if (leave > 0) allow.preps = [...(allow.preps ?? []), 'for']; // (the one let act is named after "for")
    Object.assign(allow, { stance: act.stance, code: act.code, mutual: false, why: `"${tokens[allow.head]?.text} ... to ${tokens[act.head]?.text}": letting another do it is taking part in it` });
    act.absorbed = true;
  }
  // ("agreed to eliminate barriers hindering the flow of trade": a participle right after what an easing removes says what that does; it is no act of the subject's. Not after other objects: "severed ties accusing its neighbour".)
  for (const trig of kept) if (trig.kind === 'verb' && /ing$/.test(tokens[trig.head]?.lower ?? '') && trig.from === trig.head && kept.some((k) => k !== trig && (k.code ?? '').startsWith('08') && k.to === trig.from && tokens[k.to - 1]?.pos === 'NOUN' && k.head < k.to - 1)) trig.absorbed = true;
  for (const trig of kept) if (trig.kind === 'verb' && (trig.stance === 'cooperative' || trig.stance === 'warming') && illWillOfACompoundPair(trig.to, kept, tokens)) trig.absorbed = true;
  // ("denounces the kidnapping of the diplomat by the Government of the United States": the dictionary's support for the victim (053) of an act whose doer is named after "by" is, toward that doer, a criticism (CAMEO 111).)
  for (const trig of kept) if (trig.kind === 'verb' && /^05/.test(trig.code ?? '') && /^(?:denounce|condemn|deplore|decry|criticise|criticize|censure)$/.test(tokens[trig.head]?.lemma ?? '') && tokens.slice(trig.to, trig.to + 14).some((t, j, all) => t.lower === 'by' && !/^[,;]$/.test(all[j - 1]?.text ?? ''))) Object.assign(trig, { stance: 'tense', code: '111', why: 'a condemned act\'s doer, named after "by", is criticised (CAMEO 111)' });
  // ("13 Houthi prisoners had arrived in Sanaa": prisoners, refugees or migrants who arrive are brought or flee; they make no visit.)
  for (const trig of kept) if (trig.kind === 'verb' && trig.code === '042' && /^(?:arrive|land|return|reach)$/.test(tokens[trig.head]?.lemma ?? '') && /^(?:prisoners|detainees|captives|hostages|refugees|migrants|deportees|evacuees|asylum-seekers)$/.test(tokens[pastWords(tokens, trig.head - 1, ['AUX', 'ADV'])]?.lower ?? '')) trig.negated = true;
  // ("France began withdrawing its military presence from Senegal, handing over two military facilities", "withdrawing its troops from Chad after the Chadian government terminated their defense cooperation pact": forces stationed by agreement that leave, their bases handed over or their pact ended, are military cooperation stopped (CAMEO 1622), no retreat from a fight.)
  for (const trig of kept) if (trig.code === '0874' && /^withdraw/.test(tokens[trig.head]?.lower ?? '') && (tokens.slice(trig.head, trig.head + 6).some((t) => t.lower === 'presence') || tokens.some((t, j) => /^(?:handing|handed|hands|hand|transferring|transferred)$/.test(t.lower) && tokens.slice(j + 1, j + 8).some((x) => /^(?:bases?|facilities|barracks|camps?)$/.test(x.lower))) || tokens.some((t, j) => /^(?:terminated|ended|ending|scrapped|cancelled|canceled|revoked|denounced|tore)$/.test(t.lower) && tokens.slice(j + 1, j + 6).some((x) => /^(?:pacts?|agreements?|accords?|treaty)$/.test(x.lower))))) Object.assign(trig, { stance: 'tense', code: '1622', why: 'forces stationed by agreement that leave, their bases handed over or their pact ended, are military cooperation stopped (CAMEO 1622), no retreat' });
  // ("President Nicolas Maduro said after voting in a military complex in Caracas": casting a ballot, with no "for", "against", "with", "to", "on" or "in favour" after it, names no intent to cooperate (030, the dictionary's default) with anyone.)
  for (const trig of kept) if (trig.kind === 'verb' && trig.code === '030' && /^vot(?:e|es|ed|ing)$/.test(tokens[trig.head]?.lower ?? '') && !/^(?:for|against|with|to|on)$/.test(tokens[trig.head + 1]?.lower ?? '') && !/^favou?r$/.test(tokens[trig.head + 2]?.lower ?? '')) trig.absorbed = true;
  // ("Russian vessels entered Cuban waters in what state media described as the first such visit": ships entering waters their sentence calls a visit or a port call make no incursion.)
  for (const trig of kept) if (trig.code === '190' && tokens[trig.head]?.lemma === 'enter' && /^waters?$/.test(tokens[trig.to - 1]?.lower ?? '') && tokens.some((t, j) => /^(?:visits?|docked|docking)$/.test(t.lower) || (t.lower === 'port' && tokens[j + 1]?.lower === 'call'))) trig.negated = true;
}

/**
 * "Germany relied on Franco-British antagonism", "counted on Sino-American hostility": a friendly verb whose object is
 * ill will between the two states a compound names ("US-China tensions") is no act toward either; the noun is read
 * on its own. Whether the words from `at` are such an object: a determiner, "X-Y", adjectives, a tense or hostile noun.
 */
function illWillOfACompoundPair(at: number, kept: readonly Trigger[], tokens: readonly Token[]): boolean {
  let k = tokens[at]?.pos === 'DET' ? at + 1 : at;
  const joined = (j: number) => tokens[j]?.text === '-' && tokens[j - 1]?.end === tokens[j]?.start && tokens[j + 1]?.start === tokens[j]?.end;
  const compound = /^[A-Z]/.test(tokens[k]?.text ?? '') && joined(k + 1) && /^[A-Z]/.test(tokens[k + 2]?.text ?? '');
  if (compound) k += 3;
  while (tokens[k]?.pos === 'ADJ') k++;
  // (Or ill will whose other party its own "with" or "against" names: "Malta refused, promoting a diplomatic rift with Italy".)
  return kept.some((n) => n.kind === 'noun' && n.head === k && (n.stance === 'tense' || n.stance === 'hostile')) && (compound || /^(?:with|against)$/.test(tokens[k + 1]?.lower ?? ''));
}
