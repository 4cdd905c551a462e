// Descriptions that stand for a state an article has named: "the kingdom", "the oil-rich Gulf state",
// "the island nation", "the emir", "its neighbour" (and for an organisation: "the bloc", "the alliance"). A description resolves to an earlier actor only when exactly one
// actor of the recent sentences fits it; "the country" fits every state and resolves to none.
import type { Token } from './tokens';

/** Head nouns and the kinds of state (any of them) each names. */
const HEADS: Record<string, readonly string[]> = {
  kingdom: ['kingdom'],
  monarchy: ['kingdom', 'emirate', 'sultanate'],
  emirate: ['emirate'],
  sultanate: ['sultanate'],
  island: ['island'],
  archipelago: ['island'],
  'city-state': ['city-state'],
  king: ['kingdom'],
  monarch: ['kingdom', 'emirate', 'sultanate'],
  emir: ['emirate'],
  sultan: ['sultanate'],
  // Armed and political groups: "the Houthis ... the group", "the militia", "the rebels".
  group: ['non-state'],
  militia: ['non-state'],
  movement: ['non-state'],
  rebels: ['non-state'],
  militants: ['non-state'],
  // Organisations: "ECOWAS ... the bloc", "NATO ... the alliance".
  bloc: ['organisation'],
  alliance: ['organisation'],
  grouping: ['organisation'],
  organisation: ['organisation'],
  organization: ['organisation'],
  // Words that name a state only with a modifier that says which kind: "the island nation", "the Gulf state".
  state: [],
  nation: [],
  country: [],
  republic: [],
  // ("the European power", "the Gulf power": a power is a state, named by its modifier.)
  power: [],
};
/** Modifiers that narrow the head: "the Gulf state", "the Baltic nation", "the East African country". */
const MODIFIERS: Record<string, string> = {
  island: 'island',
  gulf: 'gulf',
  baltic: 'baltic',
  african: 'africa',
  'east african': 'east-africa',
  'eastern african': 'east-africa',
  'west african': 'west-africa',
  'north african': 'north-africa',
  'southern african': 'southern-africa',
  asian: 'asia',
  'south asian': 'south-asia',
  'southeast asian': 'southeast-asia',
  'east asian': 'east-asia',
  'central asian': 'central-asia',
  'middle eastern': 'middle-east',
  mideast: 'middle-east',
  european: 'europe',
  balkan: 'balkan',
  nordic: 'nordic',
  scandinavian: 'nordic',
  'latin american': 'latin-america',
  'south american': 'south-america',
  'central american': 'central-america',
  caribbean: 'caribbean',
  pacific: 'oceania',
  arab: 'arab',
  himalayan: 'himalayan',
  federal: 'federal', // ("the Federal Republic" after Germany is named: a state whose official name says it is federal)
};

export interface Description {
  /** The first token ("the") and the token past the head, past a possessive "'s". */
  first: number;
  end: number;
  possessive: boolean;
  /** Each entry lists kinds of which the actor must have one. */
  kinds: (readonly string[])[];
  /** "its neighbour": a state bordering the sentence's subject. */
  neighbour?: boolean;
  /** "accused the country of": the one state its sentence named before it, other than its subject. */
  other?: boolean;
  /** "to appoint its ambassador to that country": the latest state of the sentences before that this one has not named before it. */
  pointed?: boolean;
}

/** The descriptions in a sentence's tokens, outside the spans `taken` (actor names found already). */
export function findDescriptions(tokens: readonly Token[], taken: (i: number) => boolean): Description[] {
  const found: Description[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // "its neighbour", "its northern neighbour", "their larger neighbour".
    if ((tokens[i]?.lower === 'its' || tokens[i]?.lower === 'their') && !taken(i)) {
      let k = i + 1;
      while (k <= i + 2 && tokens[k]?.pos === 'ADJ') k++;
      if (/^neighbou?r$/.test(tokens[k]?.lower ?? '')) {
        const possessive = /^'s?$/.test(tokens[k + 1]?.lower ?? '');
        found.push({ first: i, end: possessive ? k + 2 : k + 1, possessive, kinds: [], neighbour: true });
      }
      continue;
    }
    // "to appoint its ambassador to that country": a state named before, pointed back to, that the sentence's actor goes to or deals with (not "the former vice president of that country", who may be its own).
    if (tokens[i]?.lower === 'that' && /^(?:to|with|against|toward|towards|into)$/.test(tokens[i - 1]?.lower ?? '') && /^(?:country|nation)$/.test(tokens[i + 1]?.lower ?? '') && !taken(i + 1)) {
      const possessive = /^'s?$/.test(tokens[i + 2]?.lower ?? '');
      found.push({ first: i, end: possessive ? i + 3 : i + 2, possessive, kinds: [], pointed: true });
      continue;
    }
    if (tokens[i]?.lower !== 'the') continue;
    // "broke relations with the neighbouring country": a state bordering the sentence's subject, as "its neighbour".
    if (/^neighbou?ring$/.test(tokens[i + 1]?.lower ?? '') && /^(?:country|state|nation)$/.test(tokens[i + 2]?.lower ?? '') && !taken(i + 2)) {
      const possessive = /^'s?$/.test(tokens[i + 3]?.lower ?? '');
      found.push({ first: i, end: possessive ? i + 4 : i + 3, possessive, kinds: [], neighbour: true });
      continue;
    }
    // "The US ambassador to South Africa has accused the country of": a bare "the country" as the object of a verb that blames is the one other state its sentence named (not "to leave the country", the speaker's own).
    if (/^(?:country|nation)$/.test(tokens[i + 1]?.lower ?? '') && tokens[i - 1]?.pos === 'VERB' && /^(?:accuse|blame|criticise|criticize|condemn|denounce|fault|slam|rebuke|warn|threaten|sanction|punish)$/.test(tokens[i - 1]?.lemma ?? '') && !taken(i + 1)) {
      const possessive = /^'s?$/.test(tokens[i + 2]?.lower ?? '');
      found.push({ first: i, end: possessive ? i + 3 : i + 2, possessive, kinds: [], other: true });
      continue;
    }
    // "accused the South of flying drones": the half of a divided country the article has named
    // (capitalised, and no name after it: not "the South China Sea").
    const compass = tokens[i + 1]?.text;
    if ((compass === 'South' || compass === 'North') && !taken(i + 1) && !['PROPN', 'NOUN', 'ADJ'].includes(tokens[i + 2]?.pos ?? '')) {
      const possessive = /^'s?$/.test(tokens[i + 2]?.lower ?? '');
      found.push({ first: i, end: possessive ? i + 3 : i + 2, possessive, kinds: [[compass === 'South' ? 'the-south' : 'the-north']] });
      continue;
    }
    const kinds: (readonly string[])[] = [];
    // Up to three describing words before the head: "the oil-rich Gulf kingdom", "the self-ruled island".
    for (let k = i + 1; k <= i + 5 && k < tokens.length && (!taken(k) || (tokens[k + 1]?.text === '-' && /ed$/.test(tokens[k + 2]?.lower ?? ''))); k++) { // (past a backer's name in a compound: "the Iranian-backed group")
      const t = tokens[k] as Token;
      // Two-word modifiers first: "East African".
      const pair = MODIFIERS[`${t.lower} ${tokens[k + 1]?.lower ?? ''}`];
      if (pair) {
        kinds.push([pair]);
        k++;
        continue;
      }
      const next = tokens[k + 1];
      const head = HEADS[t.lower];
      const modifier = MODIFIERS[t.lower];
      // "the island nation": "island" describes the head after it.
      if (head && !(modifier && next && (HEADS[next.lower] || MODIFIERS[next.lower]))) {
        if (head.length > 0) kinds.push(head);
        // "the island of Cyprus", "the Kingdom of Saudi Arabia": the name follows and is found by itself;
        // "the country" fits every state.
        if ((next?.lower === 'of' && tokens[k + 2]?.pos === 'PROPN') || kinds.length === 0) break;
        const possessive = /^'s?$/.test(next?.lower ?? '');
        found.push({ first: i, end: possessive ? k + 2 : k + 1, possessive, kinds });
        break;
      }
      if (modifier) kinds.push([modifier]);
      else if (t.lower === 'crown' && next?.lower === 'prince') {
        kinds.push(HEADS.monarch as readonly string[]);
        const possessive = /^'s?$/.test(tokens[k + 2]?.lower ?? '');
        found.push({ first: i, end: possessive ? k + 3 : k + 2, possessive, kinds });
        break;
      } else if (!(t.pos === 'ADJ' || t.text === '-' || next?.text === '-' || tokens[k - 1]?.text === '-' || (t.pos === 'VERB' && /ed$/.test(t.lower)))) break;
    }
  }
  return found;
}

/**
 * The one actor of `recent` (most recent first) that has a kind of each entry of `kinds`, or null when
 * none or several do.
 */
export function resolveDescription(kinds: readonly (readonly string[])[], recent: Iterable<string>, kindsOf: (id: string) => readonly string[]): string | null {
  let found: string | null = null;
  for (const id of recent) {
    const own = kindsOf(id);
    if (!kinds.every((any) => any.some((k) => own.includes(k)))) continue;
    if (found !== null && found !== id) return null;
    found = id;
  }
  return found;
}
