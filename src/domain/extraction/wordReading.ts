// Is a word a verb or a noun here? The tagger's answer, set right where a dictionary verb is misread:
// a past or a headline's present after a name, a gerund with an object, a word after a modal, "to"
// or "has"; and a participle before a noun read as the adjective it is. findTriggers asks it of
// each word that can start a trigger.
import { AGENT_NOUN } from './actorGroups';
import type { CameoLexicon } from './cameoLexicon';
import { CONTENT_NOUN } from './clauses';
import { FORCE_NOUN } from './pairingWords';
import { afterFloatingQuantifier, type Token } from './tokens';
import { AFTER_GERUND, AFTER_PAST, BEFORE_PAST, FEELING, MODAL_OR_TO, nounAfterTo, previousWord } from './verbContext';

/**
 * How the word at i is read: as a verb (where the tagger read a past, a gerund or a headline's present
 * as a noun or adjective, or a modal or "has" comes before it), as a noun, or as neither (a
 * participle used as an adjective: "the disputed sea").
 */
export function wordReading(tokens: readonly Token[], i: number, lexicon: CameoLexicon, inCompound: boolean) {
  const t = tokens[i] as Token;
  const prevPos = tokens[i - 1]?.pos ?? 'X';
  const nextPos = tokens[i + 1]?.pos ?? 'X';
  const ed = t.lower.endsWith('ed');
  const nounish = t.pos === 'NOUN' || t.pos === 'ADJ';
  // "the disputed sea": a participle after a determiner is an adjective; so after a preposition: "a refuge of ousted Nigerian politicians".
  // ("controversial and widely condemned plans": past an adverb too; "Algeria's newly appointed ambassador": after an owner and an adverb; "for diplomatically isolated Taiwan": after a preposition and an adverb.)
  const beforeAdverb = prevPos === 'ADV' ? (tokens[i - 2]?.pos ?? 'X') : 'X';
  // (Not after "which", which the tagger may read as a determiner: "which attacked Iranian forces".)
  // (Nor after an agent the tagger read as an adjective: "The Russian military shelled Kharkiv".)
  // (Past an adverb, which the tagger may read as an adjective: "has long accused Saudi Arabia".)
  const h = tokens[i - 1]?.pos === 'ADV' || /^(?:long|already|also|repeatedly|recently|previously|never|often|since|now|just|twice|once|jointly|both)$/.test(tokens[i - 1]?.lower ?? '') ? i - 2 : i - 1;
  // ("have all voiced opposition": a quantifier after the auxiliary is no determiner of the participle.)
  const adjectival = ed && !afterFloatingQuantifier(tokens, i) && (prevPos === 'DET' || prevPos === 'ADJ' || ((prevPos === 'ADP' || prevPos === 'SCONJ') && /^(?:of|for|with|among|from|about|against)$/.test(tokens[i - 1]?.lower ?? '')) || /^['’]s$/.test(tokens[i - 1]?.lower ?? '') || ['DET', 'ADJ', 'CCONJ'].includes(beforeAdverb) || (beforeAdverb === 'ADP' && /ly$/.test(tokens[i - 1]?.lower ?? '')) || (prevPos === 'ADV' && /^(?:['’]s|its|their|his|her)$/.test(tokens[i - 2]?.lower ?? ''))) && (nextPos === 'NOUN' || nextPos === 'PROPN' || nextPos === 'ADJ') && !/^(?:which|that)$/.test(tokens[i - 1]?.lower ?? '') && !(t.pos === 'VERB' && AGENT_NOUN.test(tokens[i - 1]?.lower ?? '')) && !(h === i - 2 && tokens[h]?.pos === 'AUX');
  // A past tense the tagger read as a noun or adjective: "jets harassed Greek planes".
  // (Irregular pasts too, right after a name and before an object or a particle: "Iran shot down an American drone".)
  const particle = /^(?:down|up|off|out|back)$/.test(tokens[i + 1]?.lower ?? '') && ['DET', 'PROPN', 'ADJ', 'NOUN', 'NUM'].includes(tokens[i + 2]?.pos ?? '');
  // (And a headline's present: "Belarus summons Polish diplomat".)
  // (Or any present after a name and before its object: "where Algeria backs the Polisario Front".)
  // (Also after a state's agent: "Niger junta orders French ambassador to leave", "The US military shot down".)
  const agentBefore = (prevPos === 'NOUN' || prevPos === 'ADJ') && AGENT_NOUN.test(tokens[i - 1]?.lower ?? '') && tokens[i - 2]?.pos === 'PROPN';
  // (Or after a state's weapon or force, before a particle and its object: "An Iranian missile shot down a U.S. drone".)
  const forceBefore = prevPos === 'NOUN' && FORCE_NOUN.test(tokens[i - 1]?.lower ?? '') && tokens.slice(Math.max(0, i - 7), i - 1).some((x) => x.pos === 'PROPN');
  // (And after a relative pronoun: "Algeria, which backs the Polisario Front".)
  // ("which both mediated": past "both", "also", "jointly".)
  const relativeBefore = /^(?:which|who|that)$/.test(tokens[i - 1]?.lower ?? '') || (/^(?:both|also|jointly|all)$/.test(tokens[i - 1]?.lower ?? '') && /^(?:which|who)$/.test(tokens[i - 2]?.lower ?? ''));
  // (In a headline the tagger found no verb in at all, before a noun too: "Morocco and Spain end crisis as Madrid backs autonomy plan".)
  const verbless = nounish && (prevPos === 'PROPN' || agentBefore) && ['NOUN', 'ADJ', 'NUM'].includes(nextPos) && !tokens.some((x) => x.pos === 'VERB' || x.pos === 'AUX');
  const headlineVerb = verbless && ((t.lower.endsWith('s') && t.lower !== t.lemma) || (t.lower === t.lemma && tokens[i - 2]?.lower === 'and' && tokens[i - 3]?.pos === 'PROPN'));
  const headlinePresent = headlineVerb || (t.lower.endsWith('s') && (prevPos === 'PROPN' || agentBefore || relativeBefore) && (['DET', 'PROPN'].includes(nextPos) || ((i === 1 || agentBefore) && nextPos === 'ADJ')));
  const mistaggedPast =
    nounish &&
    lexicon.hasForm(t.lower) &&
    // ("Kuwait mediated in the dispute": a name, a known past, then a preposition.)
    ((ed && (BEFORE_PAST.has(prevPos) || relativeBefore || agentBefore) && (AFTER_PAST.has(nextPos) || (nextPos === 'ADP' && (prevPos === 'PROPN' || relativeBefore || (prevPos === 'NOUN' && tokens[i + 1]?.lower === 'by'))))) || (!ed && !t.lower.endsWith('s') && (prevPos === 'PROPN' || relativeBefore || agentBefore) && (particle || nextPos === 'DET')) || (!ed && particle && forceBefore) || headlinePresent);
  // A gerund with an object the tagger read as a noun: "of arming the Polisario Front".
  // (Or an adjective after a comma: ", alarming Australia".)
  // (Or its preposition, after a preposition: "responded by firing at a patrol boat", "accused of siding with".)
  // (Not after a noun's "of": "evidence of funding from Hezbollah to the Polisario" names the funding.)
  const gerundPrep = prevPos === 'ADP' && nextPos === 'ADP' && /^(?:by|of|for|from|after|before|without)$/.test(tokens[i - 1]?.lower ?? '') && !(tokens[i - 1]?.lower === 'of' && (tokens[i - 2]?.pos === 'NOUN' || CONTENT_NOUN.test(tokens[i - 2]?.lower ?? '')));
  // (Not after a determiner: "renewed a warning that it would".)
  const mistaggedGerund = (t.pos === 'NOUN' || (t.pos === 'ADJ' && prevPos === 'PUNCT')) && prevPos !== 'DET' && t.lower.endsWith('ing') && lexicon.hasForm(t.lower) && (AFTER_GERUND.has(nextPos) || gerundPrep);
  // After a modal or "to" a word is a verb, whatever the tagger says: 'would "blow up"'.
  // (An adverb too, before an object: "decision to back Morocco's plan".)
  // (Not after "to" as a preposition, before another: "in response to pressure from Canada", "bowed to pressure from".)
  const afterModal = (nounish || (t.pos === 'ADV' && ['DET', 'PROPN', 'PRON'].includes(nextPos))) && lexicon.hasForm(t.lower) && MODAL_OR_TO.has(previousWord(tokens, i)) && !nounAfterTo(tokens, i);
  // After "has", "have", "had", a known past participle is a verb: "which has mediated between".
  // (And a passive with its agent: "Qatar was blockaded by Saudi Arabia".)
  // (Not a word of feeling, which "by" follows as an adjective: "was concerned by the deal".)
  // (Irregular ones too: "said it had shot down a Malian drone".)
  const afterHave = nounish && (ed || /^(?:shot|struck|hit|sent|sold|fought|seized|taken|given|cut|held|broken|thrown|met|led|bought|sought|frozen)$/.test(t.lower)) && lexicon.hasForm(t.lower) && tokens[h]?.pos === 'AUX' && (tokens[h]?.lemma === 'have' || (tokens[h]?.lemma === 'be' && tokens[i + 1]?.lower === 'by' && !FEELING.test(t.lower)));
  // ("China's increasing military activities": an -ing form between a possessive and its noun describes the noun.)
  const describing = t.lower.endsWith('ing') && /^(?:'s|’s|its|their)$/.test(tokens[i - 1]?.lower ?? '') && (nextPos === 'NOUN' || nextPos === 'ADJ');
  // ("sought US help in", "won Chinese support for": a bare form after a verb's object that is a name, before a preposition, is a noun.)
  // (Not after a verb that makes its object act: "made Russia pay for", "let Ukraine join", "helped Kyiv win".)
  const namedObject = t.pos === 'VERB' && t.lower === t.lemma && (prevPos === 'PROPN' || prevPos === 'ADJ') && tokens[i - 2]?.pos === 'VERB' && !/^(?:make|let|have|help|see|watch|hear|bid|allow|want|get)$/.test(tokens[i - 2]?.lemma ?? '') && (nextPos === 'ADP' || nextPos === 'PUNCT');
  // ("awarded the prize to jailed Chinese dissident Liu Xiaobo", "weapons to armed groups": a past form right after "to" is no infinitive; it describes what follows.)
  const pastAfterTo = ed && t.lower !== t.lemma && tokens[i - 1]?.lower === 'to' && ['ADJ', 'PROPN', 'NOUN'].includes(nextPos);
  // ("a deal on illegal migration struck between Mexico and the United States": a deal's participle is the deal's making, no blow; not "the deal Mexico struck with", its maker's.)
  const dealStruck = t.lower === 'struck' && !['PROPN', 'PRON'].includes(tokens[i - 1]?.pos ?? '') && tokens.slice(Math.max(0, i - 6), i).some((x, j, all) => /^(?:deal|deals|agreement|agreements|accord|pact|bargain|compromise|truce|ceasefire)$/.test(x.lower) && all.slice(j + 1).every((y) => y.pos !== 'VERB' && y.pos !== 'AUX'));
  const isVerbToken = !inCompound && !adjectival && !pastAfterTo && !describing && !namedObject && !dealStruck && (t.pos === 'VERB' || mistaggedPast || mistaggedGerund || afterModal || afterHave);
  // The tagger sometimes reads an inflected verb as a noun ("breaks diplomatic relations"): an idiom
  // of several words is evidence enough.
  // (So does a plural subject before it: "Pakistani, Afghan troops trade shots".)
  const pluralSubject = (prevPos === 'PROPN' || (prevPos === 'NOUN' && /s$/.test(tokens[i - 1]?.lower ?? ''))) && tokens[i - 1]?.lower !== 'the';
  // ("has 1,500 troops in Niger": "have" as a main verb, which the tagger reads as an auxiliary.)
  const haveMain = t.pos === 'AUX' && t.lemma === 'have' && !['VERB', 'AUX'].includes(nextPos) && !(nextPos === 'ADV' && tokens[i + 2]?.pos === 'VERB');
  const verbLike =
    isVerbToken || haveMain || (!inCompound && nounish && ((t.lower !== t.lemma && /(?:s|ed|ing)$/.test(t.lower)) || MODAL_OR_TO.has(tokens[i - 1]?.lower ?? '') || tokens[i - 1]?.lower === 'and' || pluralSubject));
  // ("with help from the United States": a bare form after "with" and before "from" is a noun.)
  const afterWith = t.pos === 'VERB' && t.lower === t.lemma && /^(?:with|without)$/.test(tokens[i - 1]?.lower ?? '') && tokens[i + 1]?.lower === 'from';
  // ("Ankara's downing of a Russian military jet": an -ing form between a possessive and "of" is a noun, when the dictionary has no verb of it; "Syria's shelling of Lebanon" is read as the verb, its owner the subject.)
  const ownersGerund = t.pos === 'VERB' && t.lower.endsWith('ing') && /^(?:'s|’s|its|their)$/.test(tokens[i - 1]?.lower ?? '') && tokens[i + 1]?.lower === 'of' && !lexicon.hasForm(t.lower);
  const isNounToken = ((nounish || t.pos === 'PROPN') && !mistaggedGerund) || (t.pos === 'VERB' && (prevPos === 'DET' || ownersGerund) && t.lower.endsWith('ing')) || afterWith || namedObject;
  return { prevPos, nextPos, ed, nounish, isVerbToken, verbLike, isNounToken };
}
