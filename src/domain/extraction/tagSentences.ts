// The words of the sentences extraction reads, tagged by the tagger it is given, with the CAMEO
// dictionary's lemmas, and a gerund the tagger misreads as a noun, a past it misreads as an adjective (or as a
// noun after "the latter", a perfect "having" or a noun subject), a noun it misreads as a verb after "in response to" or a possessive, a bare verb after a modal and an adverb, and a split "cease-fire" and the "clear" of "made it clear" set right.
import type { CameoLexicon } from './cameoLexicon';
import type { Sentence } from './sentences';
import { afterFloatingQuantifier, afterHyphen, type Tagger, type Token } from './tokens';
import { nounAfterTo } from './verbContext';
import { MAYBE_SUBORDINATOR, REPORTING, SUBORDINATOR, WORD_BEFORE_THAT } from './clauses';
import { CAUSED_FEELING, CAUSING } from './idiomWords';

/** The bare form a past in -ed is of, among those `is` accepts: "alleged" is "allege", "warned" "warn". */
const bareOf = (t: Token, is: (w: string) => boolean): string | undefined => (t.lower.endsWith('ed') ? [t.lower.slice(0, -1), t.lower.slice(0, -2)].find(is) : undefined);
/** The verb of saying a past is the form of, whatever the tagger made of it. */
const reportedAs = (t: Token): string | undefined => bareOf(t, (w) => REPORTING.has(w));
/** "The decision evoked outrage in": a past of causing before a feeling it causes. */
const CAUSED = new RegExp(`^(?:${CAUSING})$`), FELT = new RegExp(`^(?:${CAUSED_FEELING})$`);

/**
 * Tokens of the sentences to read, tagged a run of consecutive ones at a time (one call of the
 * tagger for many sentences costs much less than one for each).
 */
export function tagSentences(text: string, sentences: readonly { sentence: Sentence; worth: boolean }[], tagger: Tagger, lexicon: CameoLexicon): (index: number) => Token[] {
  const done = new Map<number, Token[]>();
  return (index) => {
    const ready = done.get(index);
    if (ready) return ready;
    let last = index;
    while (last + 1 < sentences.length && sentences[last + 1]?.worth && last - index < 200) last++;
    const from = (sentences[index] as { sentence: Sentence }).sentence.start;
    const to = (sentences[last] as { sentence: Sentence }).sentence.end;
    const tagged = tagger(text.slice(from, to), from);
    const tokens = tagged.map((t, i) => {
      // "responded by staging joint air drills", "began building a barrier": a gerund after a preposition or a
      // verb of beginning or going on, before its object, that the
      // tagger reads as a noun, is a verb when the dictionary knows the form.
      const gerund = (t.pos === 'NOUN' || (t.pos === 'ADJ' && tagged[i + 1]?.pos === 'DET')) && t.lower.endsWith('ing') && // (or an adjective before a determiner: "accused Türkiye of striking the resort")
        /^(?:by|of|for|without|after|before|while|began|begin|begins|started|start|starts|continued|continues|resumed|kept|keeps|stopped|finished|avoided|considered|considering)$/.test(tagged[i - 1]?.lower ?? '') && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tagged[i + 1]?.pos ?? '') && lexicon.hasForm(t.lower);
      // "Trudeau alleged that the Indian government ...": a past after a name or a noun, before the clause it
      // reports, that the tagger reads as an adjective, is a verb when the dictionary knows the form (past a word of time: "alleged yesterday that").
      // ("accused Togo of having shot down a drone": a participle after a perfect "having" the tagger reads as a noun.)
      const perfect = (t.pos === 'NOUN' || t.pos === 'ADJ') && tagged[i - 1]?.lower === 'having' && /^(?:of|for|after|by|without|despite)$/.test(tagged[i - 2]?.lower ?? '') && !t.lower.endsWith('s') && lexicon.hasForm(t.lower);
      // ("China's coast guard shot a water cannon at": a past between a noun and a determiner, read as a noun.)
      const pastBeforeObject = t.pos === 'NOUN' && (tagged[i - 1]?.pos === 'NOUN' || tagged[i - 1]?.pos === 'PROPN') && ((tagged[i + 1]?.pos === 'DET' && /^(?:an?|the|its|their)$/.test(tagged[i + 1]?.lower ?? '')) || tagged[i + 1]?.pos === 'NUM' || (tagged[i + 1]?.lower === 'dead' && ['DET', 'NUM'].includes(tagged[i + 2]?.pos ?? ''))) && (/ed$/.test(t.lower) || /^(?:shot|hit|struck|sent|fought|broke|seized|sought|held|met|sold|built|bought|led|took|gave|made|threw)$/.test(t.lower)) && lexicon.hasForm(t.lower);
      // ("Pressured by India and China, Sri Lanka ...": an opening participle the tagger reads as a name.)
      // (", mediated by Qatar and Turkey,": a participle after a comma, before its agent, that the tagger reads as an adjective.)
      const asideParticiple = t.pos === 'ADJ' && /ed$/.test(t.lower) && tagged[i - 1]?.text === ',' && tagged[i + 1]?.lower === 'by' && lexicon.hasForm(t.lower);
      // ("he went further, closing the Brazilian embassy in Caracas": a gerund after a comma, before its object, which the tagger reads as a noun.)
      const commaGerund = t.pos === 'NOUN' && /ing$/.test(t.lower) && tagged[i - 1]?.text === ',' && /^(?:the|its|their|his|her|a|an)$/.test(tagged[i + 1]?.lower ?? '') && lexicon.hasForm(t.lower);
      const openingParticiple = t.pos === 'PROPN' && /ed$/.test(t.lower) && tagged[i + 1]?.lower === 'by' && (i === 0 || /^[.!?"“]$/.test(tagged[i - 1]?.text ?? '')) && lexicon.hasForm(t.lower);
      // ("have all voiced opposition", "had both condemned": a participle after an auxiliary and a quantifier, which the tagger reads as an adjective after a determiner.)
      const floating = (t.pos === 'ADJ' || t.pos === 'NOUN') && t.lower.endsWith('ed') && afterFloatingQuantifier(tagged, i) && lexicon.hasForm(t.lower);
      // ("helped fight al-Shabaab", "will help defeat the Islamic State": a verb of fighting, bare after a verb of helping and before a name, that the tagger reads as a noun; the enemy is its object, not the one helped. So is one of settling before its object: "helped broker a solution".)
      const afterHelp = t.pos === 'NOUN' && tagged[i - 1]?.pos === 'VERB' && tagged[i - 1]?.lemma === 'help' && ((/^(?:broker|mediate|negotiate|secure|settle|resolve|defuse)$/.test(t.lower) && tagged[i + 1]?.pos === 'DET') || (FIGHTING.test(t.lower) && (tagged[i + 1]?.pos === 'PROPN' || (tagged[i + 1]?.lower === 'the' && tagged[i + 2]?.pos === 'PROPN') || (tagged[i + 1]?.lower === 'al' && tagged[i + 2]?.text === '-'))));
      // ("Russia shot down its drone": "shot" before "down" and its object, which the tagger reads as a noun after a name.)
      // ("Czechoslovakia split into the Czech Republic and Slovakia": "split" before "into", "up" or "away" is the verb, which the tagger reads as the noun of a rift.)
      const splitInto = t.pos === 'NOUN' && t.lower === 'split' && /^(?:into|up|away)$/.test(tagged[i + 1]?.lower ?? '') && ['PROPN', 'NOUN', 'PRON'].includes(tagged[i - 1]?.pos ?? '');
      const shotDown = t.pos === 'NOUN' && /^(?:shot|gunned|brought)$/.test(t.lower) && tagged[i + 1]?.lower === 'down' && ['DET', 'PRON', 'PROPN', 'NOUN', 'NUM', 'ADJ'].includes(tagged[i + 2]?.pos ?? '') && lexicon.hasForm(t.lower);
      // ("will temporarily close its embassy", "to soon close the office": a bare verb after a modal or "to" and an adverb, before its object, that the tagger reads as an adjective.)
      const afterAdverb = (t.pos === 'ADJ' || t.pos === 'NOUN') && tagged[i - 1]?.pos === 'ADV' && /^(?:will|would|shall|should|could|can|may|might|must|to)$/.test(tagged[i - 2]?.lower ?? '') && ['DET', 'PRON'].includes(tagged[i + 1]?.pos ?? '') && !/(?:s|ed|ing)$/.test(t.lower) && lexicon.hasForm(t.lower);
      // ("Peru and Chile patched up their row": a past form right after a name, before a particle and an object, that the tagger reads as an adjective.)
      const phrasalPast = t.pos === 'ADJ' && t.lower.endsWith('ed') && tagged[i - 1]?.pos === 'PROPN' && /^(?:up|off|out|down|back)$/.test(tagged[i + 1]?.lower ?? '') && ['DET', 'PRON'].includes(tagged[i + 2]?.pos ?? '');
      // ("China claims democratic, self-ruled Taiwan as its own": a present verb the tagger reads as a plural noun after the name that opens the sentence, before its object.)
      // ("Djibouti sits on one of the busiest shipping lanes and hosts military bases": a present in -s after "and", past a present of the same subject, before its object, which the tagger reads as a plural noun.)
      const presentAfterAnd = t.pos === 'NOUN' && /[^s]s$/.test(t.lower) && tagged[i - 1]?.lower === 'and' && ['ADJ', 'DET', 'NUM'].includes(tagged[i + 1]?.pos ?? '') && tagged.slice(Math.max(0, i - 16), i - 1).some((x) => x.pos === 'VERB' && /[^s]s$/.test(x.lower) && x.lower !== x.lemma) && lexicon.hasForm(t.lower);
      const presentAfterName = t.pos === 'NOUN' && t.lower.endsWith('s') && tagged[i - 1]?.pos === 'PROPN' && (i === 1 || /^(?:[,.;"“]|\s+)$/.test(tagged[i - 2]?.text ?? '') || ((w) => SUBORDINATOR.has(w) || MAYBE_SUBORDINATOR.has(w) || w === 'and' || w === 'but')(tagged[i - 2]?.lower ?? '')) && ['ADJ', 'DET', 'PROPN', 'PRON'].includes(tagged[i + 1]?.pos ?? '') && lexicon.hasForm(t.lower);
      // ("Vietnam and the Philippines dispute China's sovereignty": a plain present after two names joined by "and", before an object, which the tagger reads as a noun.)
      const presentAfterNames = t.pos === 'NOUN' && /^(?:dispute|contest|claim|reject|oppose|accuse|condemn|support|recognise|recognize)$/.test(t.lower) && tagged[i - 1]?.pos === 'PROPN' && tagged.slice(Math.max(0, i - 6), i - 1).some((x) => x.lower === 'and') && ['PROPN', 'DET'].includes(tagged[i + 1]?.pos ?? '');
      // ("Sudan alleged that the UAE armed the RSF": a past between a name and its object, which the tagger reads as an adjective.)
      const pastAfterName = t.pos === 'ADJ' && t.lower.endsWith('ed') && tagged[i - 1]?.pos === 'PROPN' && (tagged[i + 1]?.pos === 'PROPN' || (tagged[i + 1]?.pos === 'DET' && tagged[i + 2]?.pos === 'PROPN')) && lexicon.hasForm(t.lower);
      // ("The U.S. insisted on the withdrawal of the missiles and blockaded Cuba": a past after "and", before a name, which the tagger reads as an adjective.)
      const pastAfterAnd = t.pos === 'ADJ' && t.lower.endsWith('ed') && /^(?:and|or|then)$/.test(tagged[i - 1]?.lower ?? '') && tagged[i + 1]?.pos === 'PROPN' && /^[A-Z]/.test(tagged[i + 1]?.text ?? '') && tagged[i + 2]?.pos !== 'NOUN' && lexicon.hasForm(t.lower);
      // ("as the two countries work to repair ties": a present verb of trying before "to" and a verb, after a plural noun, which the tagger reads as a noun.)
      const tryingAfterPlural = t.pos === 'NOUN' && /^(?:work|hope|plan|seek|want|need|try|aim|agree|continue|intend|strive|struggle|move|vow|pledge|promise)$/.test(t.lower) && tagged[i - 1]?.pos === 'NOUN' && /s$/.test(tagged[i - 1]?.lower ?? '') && tagged[i + 1]?.lower === 'to' && tagged[i + 2]?.pos === 'VERB';
      // ("to recall the ambassador from Paraguay and close the embassy": a bare verb after "and", before its object, coordinated with an infinitive, which the tagger reads as an adjective.)
      const bareAfterAnd = t.pos === 'ADJ' && tagged[i - 1]?.lower === 'and' && /^(?:the|its|their|an?|his|her|all)$/.test(tagged[i + 1]?.lower ?? '') && !/(?:s|ed|ing)$/.test(t.lower) && tagged.slice(Math.max(0, i - 12), i - 1).some((x, j, all) => x.lower === 'to' && all[j + 1]?.pos === 'VERB') && lexicon.hasForm(t.lower);
      // ("This particular decision evoked outrage in Moldova": a past of causing after a noun, before the feeling it causes, which the tagger reads as an adjective.)
      const causedFeeling = t.pos === 'ADJ' && tagged[i - 1]?.pos === 'NOUN' && bareOf(t, (w) => CAUSED.test(w)) !== undefined && FELT.test(tagged[i + 1]?.lower ?? '');
      const reporting = causedFeeling || bareAfterAnd || presentAfterAnd || tryingAfterPlural || pastAfterAnd || pastAfterName || presentAfterName || presentAfterNames || afterAdverb || phrasalPast || shotDown || splitInto || afterHelp || floating || perfect || pastBeforeObject || openingParticiple || asideParticiple || commaGerund || (t.pos === 'ADJ' && t.lower.endsWith('ed') && ['PROPN', 'NOUN'].includes(tagged[i - 1]?.pos ?? '') && ((tagged[i + 1]?.lower === 'that' && tagged[i + 1]?.pos === 'SCONJ') || (WORD_BEFORE_THAT.test(tagged[i + 1]?.lower ?? '') && tagged[i + 2]?.lower === 'that' && reportedAs(t) !== undefined)) && (lexicon.hasForm(t.lower) || reportedAs(t) !== undefined)) || afterLatter(tagged, i, lexicon);
      // A verb the dictionary knows takes the dictionary's lemma where the tagger's differs ("staged": "stag").
      // ("re-affirmed", "re-established": a verb with a hyphen after "re" is the verb the dictionary knows without it.)
      const lemma = t.pos === 'VERB' || gerund || reporting ? (lexicon.lemmaOf(t.lower) ?? (/^re-[a-z]/.test(t.lower) ? lexicon.lemmaOf(t.lower.replace('-', '')) : null)) : null;
      if (gerund || reporting) return { ...t, pos: 'VERB' as const, lemma: lemma ?? reportedAs(t) ?? t.lemma };
      // ("after Cook Islands Prime Minister Mark Brown travelled": a capitalised word after a word in lower case, before a name, is the name's first word, not a verb.)
      if (t.pos === 'VERB' && i > 0 && /^[A-Z][a-z]+$/.test(t.text) && /^[a-z]/.test(tagged[i - 1]?.text ?? '') && tagged[i + 1]?.pos === 'PROPN' && /^[A-Z]/.test(tagged[i + 1]?.text ?? '')) return { ...t, pos: 'PROPN' as const };
      // ("made the statement following a meeting with Bourita": "following" after a noun or a comma, before a determiner, is the preposition "after", not a participle of the noun.)
      if (t.pos === 'VERB' && t.lower === 'following' && (tagged[i - 1]?.pos === 'NOUN' || tagged[i - 1]?.text === ',') && tagged[i + 1]?.pos === 'DET' && /^(?:meeting|meetings|talks|visit|call|summit|conversation|discussions)$/.test(tagged[i + 2]?.lower ?? '')) return { ...t, pos: 'ADP' as const }; // (only before a meeting's noun: "following the Peru exit from the pact" stays what the clause answers)
      // ("the new Afghanistan": a word in lower case before a name, which the tagger reads as part of the name, describes it.)
      // (And a faith's adjective before a name: "a traditional ally of Christian Armenia".)
      if (t.pos === 'PROPN' && (/^[a-z]+$/.test(t.text) || /^(?:Christian|Muslim|Catholic|Orthodox|Protestant|Shiite|Shia|Sunni|Buddhist|Hindu|Jewish)$/.test(t.text)) && tagged[i + 1]?.pos === 'PROPN' && /^[A-Z]/.test(tagged[i + 1]?.text ?? '')) return { ...t, pos: 'ADJ' as const };
      // ("the Vietnam-Singapore Strategic Partnership", "the 1991 Sino-Soviet Border Agreement": a describing word in the title of a partnership or pact describes it.)
      if (t.pos === 'PROPN' && /^(?:Strategic|Comprehensive|Global|Special|Enhanced|Bilateral|Economic|Military|Defence|Defense|Security|Free|Joint|Extensive|Privileged|Integral|Cooperative|Innovative|Trade|Border|Boundary|Maritime)$/.test(t.text) && ((h) => h > i && tagged.slice(i + 1, h).every((x) => x.pos === 'PROPN' || x.pos === 'ADJ') && !tagged.slice(Math.max(0, i - 4), h).some((x) => x.pos === 'CCONJ'))(tagged.findIndex((x, k) => k > i && k <= i + 4 && /^(?:Partnership|Partnerships|Agreement|Dialogue|Treaty|Pact|Alliance|Accord|Cooperation)$/.test(x.text)))) return { ...t, pos: 'ADJ' as const };
      // ("made it clear to Tehran that": what is made clear is said; "clear" there is an adjective, not the verb of clearing.)
      if (t.lower === 'clear' && tagged[i - 1]?.lower === 'it' && /^(?:make|makes|made|making)$/.test(tagged[i - 2]?.lower ?? '')) return { ...t, pos: 'ADJ' as const };
      // ("agreed to a cease-fire": the hyphenated noun, which the tagger splits and reads as a verb first.)
      // ("Other anti-whaling nations, including the United States, warned": a prefixed word in -ing before a noun describes it.)
      if (t.pos === 'VERB' && /^(?:anti|pro|non|counter)-[a-z]+ing$/.test(t.lower) && tagged[i + 1]?.pos === 'NOUN') return { ...t, pos: 'ADJ' as const };
      if (t.lower === 'cease' && tagged[i + 1]?.text === '-' && tagged[i + 2]?.lower === 'fire') return { ...t, pos: 'NOUN' as const };
      // ("Several countries like France ... have set up bases": a word of quantity that opens the sentence, capitalised, is no name.)
      if (t.pos === 'PROPN' && /^(?:several|many|some|few|most|other|numerous|various)$/.test(t.lower) && tagged[i + 1]?.pos === 'NOUN') return { ...t, pos: 'ADJ' as const, lemma: t.lower };
      // ("reopened its border crossing with war-torn Syria": a participle of affliction after a noun and a hyphen describes the name after it.)
      if (t.pos === 'VERB' && /^(?:torn|ridden|stricken|ravaged|battered|wracked|racked|scarred|plagued|hit)$/.test(t.lower) && afterHyphen(tagged, i) && tagged[i - 2]?.pos === 'NOUN' && tagged[i - 2]?.end === tagged[i - 1]?.start && ['PROPN', 'NOUN'].includes(tagged[i + 1]?.pos ?? '')) return { ...t, pos: 'ADJ' as const };
      // ("A U.S. guided-missile destroyer joined": a past participle that opens a hyphenated word describes what follows, no verb of the sentence's.)
      if (t.pos === 'VERB' && /ed$/.test(t.lower) && tagged[i + 1]?.text === '-' && tagged[i + 1]?.start === t.end && tagged[i + 2]?.start === tagged[i + 1]?.end && tagged[i + 2]?.pos === 'NOUN' && tagged[i - 1]?.pos !== 'PUNCT') return { ...t, pos: 'ADJ' as const };
      // ("Libya cut back oil supplies to Switzerland": a bare form after a verb and its particle, before a noun, describes the noun; the tagger reads "oil" as a verb.)
      if (t.pos === 'VERB' && t.lower === t.lemma && /^(?:back|off|up|down|out)$/.test(tagged[i - 1]?.lower ?? '') && tagged[i - 2]?.pos === 'VERB' && tagged[i + 1]?.pos === 'NOUN') return { ...t, pos: 'NOUN' as const };
      // ("bowed to pressure from Canada": a noun after a "to" of "in response to", "bowed to".)
      if (t.pos === 'VERB' && nounAfterTo(tagged, i)) return { ...t, pos: 'NOUN' as const, lemma: t.lower };
      // ("is facing increasing Chinese competition": a participle of growth after a verb, before a describing word and its noun, describes the noun.)
      if (t.pos === 'VERB' && /^(?:increasing|growing|mounting|rising|intensifying|escalating|deepening|worsening|declining)$/.test(t.lower) && tagged[i - 1]?.pos === 'VERB' && ['PROPN', 'ADJ'].includes(tagged[i + 1]?.pos ?? '') && tagged[i + 2]?.pos === 'NOUN') return { ...t, pos: 'ADJ' as const };
      // ("China has gifted two pandas to the US": an adjective in -ed after the "have" of a perfect, before its object, is the past participle.)
      if (t.pos === 'ADJ' && /ed$/.test(t.lower) && /^(?:has|have|had)$/.test(tagged[i - 1]?.lower ?? '') && ['DET', 'NUM', 'PROPN'].includes(tagged[i + 1]?.pos ?? '')) return { ...t, pos: 'VERB' as const, lemma: lexicon.lemmaOf(t.lower) ?? t.lemma };
      // ("Wednesday's cricket match between the two rivals": a bare verb form after a possessive and a singular noun, before a preposition or the sentence's end, heads that noun phrase.)
      if (t.pos === 'VERB' && t.lower === t.lemma && tagged[i - 1]?.pos === 'NOUN' && !tagged[i - 1]!.lower.endsWith('s') && /^['’]s$/.test(tagged[i - 2]?.lower ?? '') && (tagged[i + 1]?.pos === 'ADP' || /^[.,;]$/.test(tagged[i + 1]?.text ?? ''))) return { ...t, pos: 'NOUN' as const };
      // ("has rejected calls by the United States", "ignored demands from Peru": a plural of asking right after a past, before whose it is, is the past's object.)
      if (t.pos === 'VERB' && /^(?:calls|demands|requests|appeals|pleas|warnings|offers|proposals)$/.test(t.lower) && tagged[i - 1]?.pos === 'VERB' && /ed$/.test(tagged[i - 1]?.lower ?? '') && /^(?:by|from|for|to)$/.test(tagged[i + 1]?.lower ?? '')) return { ...t, pos: 'NOUN' as const, lemma: t.lower };
      // ("suspended over her conduct during the row": a verb's form after a possessive is its noun; "her" only after a preposition.)
      // ("suspended the working permit of Sweden's Ericsson": so is one after "the" and a modifier, before "of".)
      if (t.pos === 'VERB' && !/(?:ed|ing)$/.test(t.lower) && ((/^(?:its|their|his|our|my|your)$/.test(tagged[i - 1]?.lower ?? '') || (tagged[i - 1]?.lower === 'her' && tagged[i - 2]?.pos === 'ADP')) || (tagged[i + 1]?.lower === 'of' && ['NOUN', 'ADJ'].includes(tagged[i - 1]?.pos ?? '') && /^(?:the|a|an)$/.test(tagged[i - 2]?.lower ?? '')))) return { ...t, pos: 'NOUN' as const, lemma: t.lower };
      // ("after Riyadh's breaking of ties with Iran": a form in -ing after a possessive and before "of" is the noun.)
      if (t.pos === 'VERB' && /ing$/.test(t.lower) && /^(?:['’]s|its|their|his)$/.test(tagged[i - 1]?.lower ?? '') && tagged[i + 1]?.lower === 'of') return { ...t, pos: 'NOUN' as const, lemma: t.lower };
      // ("announced the reopening of the Gatuna border": after "the" and before "of", the noun.)
      if (t.pos === 'VERB' && /^re-?opening$/.test(t.lower) && tagged[i - 1]?.lower === 'the' && tagged[i + 1]?.lower === 'of') return { ...t, pos: 'NOUN' as const, lemma: 'reopening' };
      // ("restrictions on imported products": a past participle between a preposition or a determiner and its noun describes the noun.)
      // ("canceled planned bilateral talks", "the scheduled meeting": a participle of planning before its noun describes it; the plan is no act of its own.)
      if (t.pos === 'VERB' && /^(?:planned|scheduled|proposed|envisaged|intended|expected|anticipated)$/.test(t.lower) && ['VERB', 'DET', 'ADP'].includes(tagged[i - 1]?.pos ?? '') && tagged[i - 1]?.lower !== 'by' && /^(?:talks|meetings?|visits?|summits?|negotiations|consultations|trips?|conferences?)$/.test(tagged.slice(i + 1, i + 4).find((x) => x.pos !== 'ADJ')?.lower ?? '')) return { ...t, pos: 'ADJ' as const }; // (only before a meeting's noun: "suspended all planned cultural events in collaboration with" is read at "suspended")
      if (t.pos === 'VERB' && /ed$/.test(t.lower) && ['ADP', 'DET'].includes(tagged[i - 1]?.pos ?? '') && tagged[i - 1]?.lower !== 'by' && tagged[i + 1]?.pos === 'NOUN' && /^(?:imported|exported|manufactured|produced|processed|finished|frozen|canned)$/.test(t.lower)) return { ...t, pos: 'ADJ' as const };
      // ("with a view to better countering China": "better" before a gerund is how it is done, an adverb; no improving.)
      if (t.lower === 'better' && t.pos === 'VERB' && /ing$/.test(tagged[i + 1]?.lower ?? '')) return { ...t, pos: 'ADV' as const };
      // ("launched a massive cyberattack against Albania": an attack by computer is an attack, to the dictionary's patterns too.)
      if (/^cyberattacks?$/.test(t.lower)) return { ...t, pos: 'NOUN' as const, lemma: 'attack' };
      return lemma && lemma !== t.lemma ? { ...t, lemma } : t;
    });
    let k = 0;
    for (let i = index; i <= last; i++) {
      const { start, end } = (sentences[i] as { sentence: Sentence }).sentence;
      while (k < tokens.length && (tokens[k] as Token).start < start) k++;
      const own: Token[] = [];
      while (k < tokens.length && (tokens[k] as Token).start < end) own.push(tokens[k++] as Token);
      done.set(i, own);
    }
    const result = done.get(index) ?? [];
    done.delete(index);
    return result;
  };
}

/** "the former accused the latter": a past the tagger reads as a noun after "the latter" or "the former" standing for a state is its verb. */
/** Verbs of fighting an enemy, in their bare form. */
const FIGHTING = /^(?:fight|defeat|combat|battle|counter|repel|crush|destroy|attack|oust|dislodge|rout|eliminate|expel)$/;

function afterLatter(tagged: readonly Token[], i: number, lexicon: CameoLexicon): boolean {
  const t = tagged[i] as Token;
  return t.pos === 'NOUN' && t.lower.endsWith('ed') && /^(?:latter|former)$/.test(tagged[i - 1]?.lower ?? '') && tagged[i - 2]?.lower === 'the' && ['DET', 'PRON', 'PROPN'].includes(tagged[i + 1]?.pos ?? '') && lexicon.hasForm(t.lower);
}
