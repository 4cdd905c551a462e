// Article text -> actors and claims. Sentence by sentence: find the actors (actorFinder.ts), find
// the phrases that say how two of them stand (lexicon.ts), pair the actors each phrase joins, read
// the certainty from attribution cues and the date from the time expressions (resolveTime.ts).
// Every claim keeps its sentence, with offsets, as evidence. Pure: text in, data out.
import type { Claim, When } from '../claims/claim';
import { findTimes, type FoundTime } from '../claims/resolveTime';
import type { Certainty, Stance } from '../claims/vocabulary';
import { type ActorFinder, type Mention, normaliseQuotes } from './actorFinder';
import { TITLES } from './knownActors';
import { CERTAINTY_CUES, DESCRIPTOR, GROUP_JOINER, NEGATION_BEFORE, PAIR_ANAPHORA, PEOPLE_NOUN, type Trigger, TRIGGERS } from './lexicon';
import { splitSentences } from './sentences';

export interface ExtractionInput {
  /** The article's id, for the claims' `articleId`. */
  id: string;
  text: string;
  /** Publication date, YYYY-MM-DD; null when unknown (relative dates then stay unresolved). */
  published: string | null;
  /** Where the body starts (claims are read from the body only); 0 by default. */
  bodyStart?: number;
}

/** One claim as extraction finds it. */
export interface ExtractedClaim {
  a: string;
  b: string;
  directed: boolean;
  stance: Stance;
  /** YYYY, YYYY-MM or YYYY-MM-DD, or null for undated background. */
  when: string | null;
  certainty: Certainty;
  attribution: string;
  evidence: string;
  start: number;
  end: number;
  /** The words that carry the stance. */
  trigger: string;
}

export interface ExtractedActor {
  id: string;
  home: string | null;
  mentions: string[];
}

export interface Extraction {
  actors: ExtractedActor[];
  claims: ExtractedClaim[];
}

interface TriggerHit {
  trigger: Trigger;
  start: number;
  end: number;
  words: string;
}

interface Group {
  ids: string[];
  start: number;
  end: number;
}

const TITLE_BETWEEN = new RegExp(`^(?:'s)?\\s+(?:(?:top|new|former|then|acting)\\s+)?(?:${TITLES.map((x) => x.replace(/ /g, '\\s+')).join('|')})\\s+$`);

/**
 * Mentions side by side ("Saudi Arabia, Egypt, Bahrain and the UAE") are one group. A possessor
 * gives way to what it owns ("Yemen's Houthi rebels" is the Houthis), an office holder joins their
 * state ("Ethiopia's Prime Minister Abiy Ahmed"), and a descriptor ("U.S. foe Iran") does not break
 * a list.
 */
function groupMentions(s: string, offset: number, mentions: Mention[], descriptors: ReadonlySet<Mention>): Group[] {
  const groups: Group[] = [];
  for (const m of mentions) {
    if (descriptors.has(m)) continue;
    const last = groups[groups.length - 1];
    let between = last ? s.slice(last.end - offset, m.start - offset) : '';
    for (const d of descriptors) {
      if (last && d.start >= last.end && d.end <= m.start) {
        const text = s.slice(d.start - offset, d.end - offset).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        between = between.replace(new RegExp(`${text}${DESCRIPTOR_WORD.source}`), '');
      }
    }
    const lastId = last?.ids[last.ids.length - 1];
    if (last && /^'s\s*$/.test(between)) {
      if (last.ids.length === 1) last.ids = [m.id];
      else if (!last.ids.includes(m.id)) last.ids.push(m.id);
      last.end = m.end;
    } else if (last && (GROUP_JOINER.test(between) || /^\s*$/.test(between) || (lastId === m.id && TITLE_BETWEEN.test(between)))) {
      if (!last.ids.includes(m.id)) last.ids.push(m.id);
      last.end = m.end;
    } else groups.push({ ids: [m.id], start: m.start, end: m.end });
  }
  return groups;
}

const DESCRIPTOR_WORD = /\s+(?:ally|allies|foe|foes|rival|partner|critic|adversary|enemy)\s+/;

function certaintyOf(sentence: string, triggerAt: number): Certainty {
  for (const cue of CERTAINTY_CUES) {
    const m = cue.pattern.exec(sentence);
    if (!m) continue;
    // An accusation makes only what follows it alleged; the accusing itself is stated.
    if (cue.certainty === 'alleged' && m.index >= triggerAt) continue;
    if (cue.certainty === 'alleged' && triggerAt <= m.index + m[0].length) continue;
    return cue.certainty;
  }
  return 'stated';
}

function attributionOf(sentence: string): string {
  const m =
    /\baccording to ([^,.;]{3,60})/i.exec(sentence) ??
    /[,”"]\s*([A-Z][^,.;"”]{2,60}?) (?:said|says|told|added|announced|reported)\b/.exec(sentence) ??
    /^([A-Z][^,.;"”]{2,60}?) (?:said|says|told|announced|reported)\b/.exec(sentence);
  return m?.[1]?.trim() ?? 'the article';
}

/** Present or perfect tense with no date: the claim holds at publication (a background state is undated). */
const PRESENT = /\b(?:has|have|is|are|will|says|say|said on|announced|now)\b/i;

function whenOf(times: FoundTime[], sentenceStart: number, triggerAt: number, sentence: string, published: string | null): string | null {
  let best: FoundTime | null = null;
  for (const t of times) {
    if (!best || Math.abs(t.start - sentenceStart - triggerAt) < Math.abs(best.start - sentenceStart - triggerAt)) best = t;
  }
  if (best) return best.when.kind === 'point' ? best.when.at : best.when.kind === 'range' ? best.when.from : published;
  return PRESENT.test(sentence) ? published : null;
}

export function extractClaims(input: ExtractionInput, finder: ActorFinder): Extraction {
  const { text, published } = input;
  const bodyStart = input.bodyStart ?? 0;
  const norm = normaliseQuotes(text);
  const mentions = finder.find(text).filter((m) => m.start >= bodyStart);
  const times = findTimes(text.slice(bodyStart), { published }).map((t) => ({ ...t, start: t.start + bodyStart, end: t.end + bodyStart }));
  const claims: ExtractedClaim[] = [];
  const seen = new Set<string>();
  let previousObjects: string[] = [];

  let lastPair: [string, string] | null = null;

  // Each trigger scans the body once; sentences take their share by position.
  const body = norm.slice(bodyStart);
  const triggerHits: TriggerHit[] = [];
  for (const trigger of TRIGGERS) {
    trigger.pattern.lastIndex = 0;
    for (const m of body.matchAll(trigger.pattern)) {
      triggerHits.push({ trigger, start: m.index + bodyStart, end: m.index + bodyStart + m[0].length, words: m[0] });
    }
  }
  triggerHits.sort((x, y) => x.start - y.start);

  // Mentions, times and trigger matches are in text order, as are sentences: walk them along together.
  let mi = 0;
  let ti = 0;
  let hi = 0;
  for (const sentence of splitSentences(text, bodyStart)) {
    const s = norm.slice(sentence.start, sentence.end);
    const local = (x: number) => x - sentence.start;
    while (mi < mentions.length && (mentions[mi] as Mention).start < sentence.start) mi++;
    const here: Mention[] = [];
    for (let k = mi; k < mentions.length && (mentions[k] as Mention).start < sentence.end; k++) here.push(mentions[k] as Mention);
    while (ti < times.length && (times[ti] as FoundTime).start < sentence.start) ti++;
    const sentenceTimes: FoundTime[] = [];
    for (let k = ti; k < times.length && (times[k] as FoundTime).start < sentence.end; k++) sentenceTimes.push(times[k] as FoundTime);
    // Demonyms that mean people ("Iraqi migrants") are not the state.
    const inside = here.filter((m) => m.end <= sentence.end && !(m.kind === 'demonym' && PEOPLE_NOUN.test(s.slice(local(m.end)))));
    // No pair can come out of a sentence with no actor, or with one and nothing that points to another.
    if (inside.length === 0 && !PAIR_ANAPHORA.test(s)) continue;
    if (inside.length === 1 && !PAIR_ANAPHORA.test(s) && !/\b(?:it|them)\b/.test(s)) continue;
    const descriptors = new Set(inside.filter((m, i) => i + 1 < inside.length && DESCRIPTOR.test(s.slice(local(m.end), local((inside[i + 1] as Mention).start)))));
    const groups = groupMentions(s, sentence.start, inside, descriptors);

    // Every trigger match in the sentence, the longest first where they overlap.
    while (hi < triggerHits.length && (triggerHits[hi] as TriggerHit).start < sentence.start) hi++;
    const all: { trigger: Trigger; at: number; end: number; words: string }[] = [];
    for (let k = hi; k < triggerHits.length && (triggerHits[k] as TriggerHit).start < sentence.end; k++) {
      const h = triggerHits[k] as TriggerHit;
      if (h.end <= sentence.end) all.push({ trigger: h.trigger, at: local(h.start), end: local(h.end), words: h.words });
    }
    all.sort((x, y) => y.end - y.at - (x.end - x.at) || x.at - y.at);
    const hits: typeof all = [];
    for (const h of all) if (!hits.some((o) => h.at < o.end && o.at < h.end)) hits.push(h);
    hits.sort((x, y) => x.at - y.at);

    const sentenceClaims: ExtractedClaim[] = [];
    const objectsOf = new Map<Group, Group | undefined>(); // object group -> the subject that acted on it
    const sentenceObjects: string[] = [];
    for (const hit of hits) {
      const { trigger } = hit;
      if (NEGATION_BEFORE.test(s.slice(Math.max(0, hit.at - 30), hit.at))) continue;
      const before = groups.filter((g) => local(g.end) <= hit.at);
      const after = groups.filter((g) => local(g.start) >= hit.end);
      const firstAfter = after[0];
      const gap = firstAfter ? s.slice(hit.end, local(firstAfter.start)) : '';
      const nearAfter = firstAfter && gap.length <= trigger.reach ? firstAfter : undefined;
      const nearBefore = before[before.length - 1];
      const participle = /,\s*$/.test(s.slice(0, hit.at)) && /ing$/.test(hit.words.split(' ')[0] ?? '');
      let subject = participle ? (groups[0] ?? nearBefore) : nearBefore;
      // Subject continuity: "the coalition fighting X also expelled Y": X was acted on, not acting
      // (but in "the action of X in normalizing", X acts).
      if (subject && objectsOf.has(subject) && !participle && !/\b(?:in|of|for|by|to|on|at)\s+$/.test(s.slice(local(subject.end), hit.at))) {
        subject = objectsOf.get(subject) ?? subject;
      }
      let object = nearAfter;
      // Passive: "the killing of X by Y".
      const byGroup = after[1];
      if (
        nearAfter &&
        byGroup &&
        trigger.pairing === 'directed' &&
        /^\s+of\s+/.test(gap) &&
        /^\s*(?:\w+\s+){0,2}by\s+(?:the\s+)?$/.test(s.slice(local(nearAfter.end), local(byGroup.start)))
      ) {
        subject = byGroup;
        object = nearAfter;
      }
      // An event noun with no agent ("during protests", "amid tensions") says nothing of who acts.
      if (trigger.pairing === 'directed' && /\b(?:during|amid|amidst|despite|following)\s+$/.test(s.slice(Math.max(0, hit.at - 12), hit.at))) continue;
      const pairs: [string, string, boolean][] = [];
      const within = (ids: string[]) => {
        for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) pairs.push([ids[i] as string, ids[j] as string, false]);
      };
      const cross = (a: string[], b: string[], directed: boolean) => {
        for (const x of a) for (const y of b) if (x !== y) pairs.push([x, y, directed]);
      };
      // A word between two actors relates those two ("U.S. foe Iran", "NATO ally Turkey").
      const left = inside.filter((m) => local(m.end) <= hit.at).pop();
      const right = inside.find((m) => local(m.start) >= hit.end);
      const between2 = left && right && local(right.start) - hit.end <= 2 && hit.at - local(left.end) <= 2;
      if (trigger.pairing === 'infix' || (trigger.pairing === 'mutual' && between2)) {
        if (between2) pairs.push([left.id, right.id, false]);
      } else if (trigger.pairing === 'mutual') {
        const attachedWith = object && /^\s*(?:with|between|and)\b/.test(gap);
        const adjacentBefore = nearBefore && hit.at - local(nearBefore.end) <= 3;
        if (object && /\bbetween\b/.test(gap) && object.ids.length >= 2) within(object.ids);
        else if (trigger.attached && !attachedWith && !adjacentBefore) {
          if (PAIR_ANAPHORA.test(s) && lastPair && groups.length === 0) pairs.push([...lastPair, false]);
        } else if (subject && subject.ids.length >= 2 && !(object && /\bwith\s+(?:the\s+)?$/.test(gap))) within(subject.ids);
        else if (subject && object) cross(subject.ids, object.ids, false);
        else if (!subject && object && object.ids.length >= 2) within(object.ids);
        else if (PAIR_ANAPHORA.test(s) && lastPair && groups.length <= 1) pairs.push([...lastPair, false]);
      } else {
        const objects = object
          ? object.ids
          : /^\s*(?:\w+\s+){0,2}(?:it|them)\b/.test(s.slice(hit.end, hit.end + 25))
            ? sentenceObjects.length
              ? [...sentenceObjects]
              : previousObjects
            : [];
        if (subject) cross(subject.ids, objects, true);
        if (object && subject) objectsOf.set(object, subject);
        if (object) sentenceObjects.push(...object.ids);
      }
      for (const [a, b, directed] of pairs) {
        if (a === b) continue;
        const infoA = finder.info.get(a);
        const infoB = finder.info.get(b);
        if (!infoA || !infoB || (infoA.home !== null && infoA.home === infoB.home)) continue;
        const key = `${sentence.start}|${a}|${b}|${trigger.stance}`;
        const keyBack = `${sentence.start}|${b}|${a}|${trigger.stance}`;
        if (seen.has(key) || (!directed && seen.has(keyBack))) continue;
        seen.add(key);
        if (!directed && !infoA.organisation && !infoB.organisation) lastPair = [a, b];
        sentenceClaims.push({
          a,
          b,
          directed,
          stance: trigger.stance,
          when: whenOf(sentenceTimes, sentence.start, hit.at, s, published),
          certainty: certaintyOf(s, hit.at),
          attribution: attributionOf(sentence.text),
          evidence: sentence.text,
          start: sentence.start,
          end: sentence.end,
          trigger: hit.words,
        });
      }
    }
    // Restoring ties and friendship in one breath is a restoration: warming, not also cooperative.
    const warmPairs = new Set(sentenceClaims.filter((c) => c.stance === 'warming').map((c) => [c.a, c.b].sort().join('|')));
    claims.push(...sentenceClaims.filter((c) => !(c.stance === 'cooperative' && !c.directed && warmPairs.has([c.a, c.b].sort().join('|')))));
    if (sentenceObjects.length) previousObjects = sentenceObjects;
  }

  const actorIds = new Set(claims.flatMap((c) => [c.a, c.b]));
  const actors: ExtractedActor[] = [...actorIds].map((id) => ({
    id,
    home: finder.info.get(id)?.home ?? null,
    mentions: [...new Set(mentions.filter((m) => m.id === id).map((m) => m.text))],
  }));
  return { actors, claims };
}

/** An extracted claim in Entente's claim format, for the map. */
export function toClaim(c: ExtractedClaim, articleId: string, index: number): Claim {
  const when: When = c.when === null ? { kind: 'unknown' } : { kind: 'point', at: c.when };
  return {
    id: `${articleId}-${index + 1}`,
    articleId,
    subject: c.a,
    object: c.b,
    stance: c.stance,
    directed: c.directed,
    when,
    certainty: c.certainty,
    attribution: c.attribution,
    evidence: { quote: c.evidence, start: c.start, end: c.end },
  };
}
