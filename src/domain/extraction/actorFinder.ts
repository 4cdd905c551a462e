// Finding actors in text: state names, official names, alternative spellings, demonyms and capitals
// (from world-countries, through the gazetteer the build writes), seats of government, non-state
// actors and organisations, and office holders the article introduces with their state
// ("Moroccan Foreign Minister Nasser Bourita", later "Bourita").
import { appositionName } from './appositions';
import { EXTRA_ACTORS, GENERIC_BODY, INSTITUTIONS, TITLES, TITLES_OF } from './knownActors';
import { PLACES } from './places';
import { PhraseIndex } from './phraseIndex';
import { type Leader, leaderFullNames, leaderNames, namedLeaderShortNames } from './leaders';

/** One state's names as the gazetteer gives them. */
export interface GazetteerEntry {
  id: string;
  names: string[];
  demonyms: string[];
  capitals: string[];
  /** The kinds of state a description can name ("kingdom", "island"): see geo/gazetteer.mjs. */
  kinds?: string[];
  /** Its land neighbours' ids, and the states across a strait or narrow sea (geo/seaNeighbours.mjs). */
  borders?: string[];
  coasts?: string[];
  /** A territory's sovereign (geo/gazetteer.mjs): its names are places of that state's. */
  sovereign?: string;
}

/** Prefixes that name a state only as the first part of a compound of two (geo/gazetteer.mjs). */
const COMBINING_FORM = /^(?:Anglo|Franco)$/;
/** "Cardinal Secretary of State": the Holy See's title, before an office the gazetteer gives the United States. */
const HOLY_SEE_TITLE = /\bCardinal\s+$/;

/** Demonyms that are first the adjective of a region: "the Central African nation" is Chad as often as the Central African Republic (named in full by its name). */
const REGIONAL_DEMONYM = /^Central African$/;

export type MentionKind = 'name' | 'demonym' | 'capital' | 'seat' | 'non-state' | 'organisation' | 'person' | 'place';

export interface Mention {
  id: string;
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
}

export interface FindOptions {
  /** The article's publication date, YYYY-MM-DD: who was in office then. */
  published?: string | null;
}

export interface ActorInfo {
  id: string;
  home: string | null;
  organisation: boolean;
  /** The kinds of state a description can name it by ("the kingdom", "the island nation"). */
  kinds: readonly string[];
  /** Its land neighbours ("its neighbour"); and those with its neighbours across the sea, which "the two neighbours" may be. */
  borders: readonly string[];
  neighbours?: readonly string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Curly apostrophes read as straight ones; the text keeps its offsets. */
export const normaliseQuotes = (text: string) => text.replace(/[’‘]/g, "'");

/** A lede set in capitals ("THE PHILIPPINES has given", "IRAN'S REVOLUTIONARY GUARDS announced"): two or more words in capitals at a paragraph's start, the longer ones in title case to be matched as names ("US", "UAE" stay as they are; same length, so offsets hold). */
export const ledeInTitleCase = (text: string) => text.replace(/(^|\n)([ \t]*)((?:[A-Z][A-Z'.-]+[ \t]+){2,})(?=[a-z])/g, (_m, start: string, space: string, caps: string) => start + space + caps.replace(/[A-Z][A-Z'.-]{3,}/g, (w) => w[0] + w.slice(1).toLowerCase()));

/** Accented Latin letters as plain ones, one for one (offsets hold): "Burkinabé" as "Burkinabe". */
const foldAccents = (text: string) => text.replace(/[\u00C0-\u024F]/g, (c) => ((p) => (p.length === 1 ? p : c))(c.normalize('NFD').replace(/\p{M}/gu, '')));

/** The Palestinian state is the Palestinian Authority's territory: one actor, `pa`. */
const STATE_TO_ACTOR: Record<string, string> = { PSE: 'pa' };

export class ActorFinder {
  private readonly forms = new Map<string, { id: string; kind: MentionKind }>();
  private readonly index: PhraseIndex<{ id: string; kind: MentionKind }>;
  private fullNames: PhraseIndex<Leader> | undefined;
  readonly info = new Map<string, ActorInfo>();

  constructor(gazetteer: readonly GazetteerEntry[]) {
    const add = (form: string, id: string, kind: MentionKind) => {
      const key = normaliseQuotes(form.trim());
      if (key.length < 2) return;
      if (!this.forms.has(key)) this.forms.set(key, { id, kind });
      // ("Brasilia", "Bogota", "Asuncion": news often drops the accents.)
      const plain = key.normalize('NFD').replace(/\p{M}/gu, '');
      // (Not where the plain form is an English word: "Male" for Malé.)
      if (plain !== key && plain.length >= 2 && !this.forms.has(plain) && !/^(?:Male)$/.test(plain)) this.forms.set(plain, { id, kind });
    };
    // Non-state actors, organisations and seats first: "Palestinian" is the PA's before it is a demonym.
    for (const extra of EXTRA_ACTORS) {
      for (const form of extra.forms) add(form, extra.id, extra.kind);
      this.info.set(extra.id, { id: extra.id, home: extra.home, organisation: extra.kind === 'organisation', kinds: extra.kind === 'non-state' ? ['non-state'] : [], borders: [] });
    }
    for (const [form, state] of Object.entries(INSTITUTIONS)) add(form, state, 'seat');
    for (const entry of gazetteer.filter((e) => !e.sovereign)) {
      const id = STATE_TO_ACTOR[entry.id] ?? entry.id;
      // (A seat of government listed with the extras, "the Elysee", is the state itself: the state's kinds and
      // borders are its own, or "the European country" and "its neighbour" never find France.)
      const known = this.info.get(id);
      if (!known || (id === entry.id && !known.organisation)) this.info.set(id, { id, home: entry.id, organisation: false, kinds: entry.kinds ?? [], borders: entry.borders ?? [], neighbours: [...(entry.borders ?? []), ...(entry.coasts ?? [])] });
      for (const n of entry.names) add(n, id, 'name');
      for (const c of entry.capitals) add(c, id, 'capital');
      for (const d of entry.demonyms) {
        if (REGIONAL_DEMONYM.test(d)) continue;
        add(d, id, 'demonym');
        add(`${d}s`, id, 'demonym');
      }
    }
    // Cities, regions and territories last: a state's or an actor's own name comes first ("Abkhazia", "Northern Ireland" is not Ireland).
    for (const [state, places] of [...Object.entries(PLACES), ...gazetteer.filter((e) => e.sovereign).map((e) => [e.sovereign as string, e.names] as const)]) {
      const id = STATE_TO_ACTOR[state] ?? state;
      if (this.info.has(id)) for (const place of places) if (!this.forms.has(place)) this.forms.set(place, { id, kind: 'place' });
    }
    this.index = new PhraseIndex(this.forms.entries());
  }

  /** The states of a kind ("baltic", "gulf"): what "the Baltic states" names. */
  statesOf(kind: string): string[] {
    return [...this.info.values()].filter((i) => i.id === i.home && i.kinds.includes(kind)).map((i) => i.id);
  }

  /**
   * Every mention in `text` (offsets into `text`), including the office holders it introduces and,
   * when the publication date is known, the leaders in office then.
   */
  find(text: string, options: FindOptions = {}): Mention[] {
    // (And a lone capitalised word that opens a paragraph, when only its title case is a name: "BRITAIN shut its embassy"; not "NATO said".)
    const norm = ledeInTitleCase(normaliseQuotes(text)).replace(/(^|\n)([ \t]*)([A-Z]{4,})(?=[ \t]+[a-z])/g, (m, start: string, space: string, w: string) => (!this.index.startsPhrase(w) && this.index.startsPhrase(w[0] + w.slice(1).toLowerCase()) ? start + space + w[0] + w.slice(1).toLowerCase() : m));
    const [mentions, owned]: [Mention[], Mention[]] = [[], []]; // (and the bodies of a state named right before them, for their abbreviations)
    // ("Burkinabé soldiers", "Bogotá": a name the text writes with accents the dictionary's form lacks, matched with them folded.)
    const folded = foldAccents(norm);
    const matches = [...this.index.matches(norm)];
    if (folded !== norm) for (const m of this.index.matches(folded)) if (norm.slice(m.start, m.end) !== m.phrase && !matches.some((f) => f.start < m.end && m.start < f.end)) matches.push(m);
    matches.sort((x, y) => x.start - y.start);
    const byStart = new Map<number, typeof matches>(), startingAt = (at: number) => byStart.get(at) ?? []; // (the matches that start at an offset: what follows a name, found without a scan of the text's)
    for (const m of matches) byStart.set(m.start, [...startingAt(m.start), m]); // (a few at one start at most)
    for (const m of matches) {
      // "the 'One China' policy" names a doctrine, not the state; "the South China Sea", "the Gulf of Mexico", "the Taiwan Strait" name waters.
      if (/\bOne\s+['"]?$/.test(norm.slice(Math.max(0, m.start - 6), m.start))) continue;
      if (/^\s+(?:Sea|Ocean|Straits?|Gulf|Peninsula|Bay|Channel)\b/.test(norm.slice(m.end, m.end + 12)) || /\b(?:Sea|Gulf|Bay|Straits?|Ocean) of\s+$/.test(norm.slice(Math.max(0, m.start - 12), m.start))) continue;
      // "Latin America", "North America", "Bank of America": a region or a name, not the United States. ("post-Soviet states", "former Soviet republics", "Soviet-era maps": a time, not the Soviet Union.)
      if (m.phrase.startsWith('America') && /(?:\b(?:Latin|South|North|Central|Middle|Meso)|\b[A-Z][a-z]+ of)\s+$/.test(norm.slice(Math.max(0, m.start - 16), m.start))) continue; // (a name's "of" only: "Bank of America", not "the leaders of America")
      if (m.phrase.startsWith('Soviet') && (/(?:\b(?:[Pp]ost|[Ee]x|[Nn]on)-|\b[Ff]ormer\s+)$/.test(norm.slice(Math.max(0, m.start - 8), m.start)) || /^(?:-|\s)(?:era|style|times|period|days|years|republics?|bloc|space|successor)\b/.test(norm.slice(m.end, m.end + 12)))) continue;
      // "Port Sudan", "Fort Portal", "Northern Ireland": a city or a region whose name holds a state's.
      const before = norm.slice(Math.max(0, m.start - 9), m.start);
      if ((/\b(?:Port|Fort)\s+$/.test(before) && m.value.kind !== 'demonym') || (/\bNorthern\s+$/.test(before) && /^(?:Ireland|Cyprus)$/.test(m.phrase))) continue;
      // "the Vienna Convention", "the Paris Agreement", "the Oslo Accords": a city names a text signed there.
      if (m.value.kind === 'capital' && (/^\s+(?:Conventions?|Agreements?|Accords?|Protocols?|Statute|Declaration|Consensus|Club|Process|Format|Charter|Principles)\b/.test(norm.slice(m.end, m.end + 14)) || /^\s+(?:climate\s+)?(?:agreements?|accords?|protocols?)\b/.test(norm.slice(m.end, m.end + 22)))) continue; // (in lower case too, and a climate one: "the Paris climate accord")
      if (m.value.kind === 'demonym' && /^\s+Studies\b/.test(norm.slice(m.end, m.end + 9))) continue; // ("the Department for American Studies": a field of study, no state)
      // "British Columbia", "New Mexico": a province or a state of another country.
      if ((m.phrase === 'British' && /^\s+Columbia\b/.test(norm.slice(m.end, m.end + 10))) || (m.phrase === 'Mexico' && /\bNew\s+$/.test(before))) continue;
      // "Santiago Cafiero", "Victoria Nuland", "the Tehran Times": a capital before another capitalised word is a first name or opens a name (not a day or a month: "Beijing Tuesday").
      if (m.value.kind === 'capital' && /^ [A-Z][a-z]+/.test(norm.slice(m.end, m.end + 3)) && !/^ (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Crown|Prince|President|Prime|Minister|Ministry|Foreign|Government|Emir|King|Sheikh|Regime|Administration|Authorities)\b/.test(norm.slice(m.end, m.end + 15))) continue; // (nor an office: "Abu Dhabi Crown Prince")
      // ("Dominica's Prime Minister, Roosevelt Douglas", "Prime Minister Douglas": a capital right after a capitalised word that is no preposition, day or place qualifier is a surname.)
      const wordBefore = /(?:^|[^\w'’])([A-Z][a-z]+) $/.exec(norm.slice(Math.max(0, m.start - 24), m.start))?.[1];
      // (So is a group's one-word name after a first name: "VOA's Brian Wagner reports"; not after a qualifier or another actor: "Islamist Hamas", "Russian Wagner".)
      const surnameOfGroup = m.value.kind === 'non-state' && !/\s/.test(m.phrase) && mentions.at(-1)?.end !== m.start - 1 && !/^(?:Islamist|Shiite|Shia|Sunni|Kurdish|Jihadist|Militant|Marxist|Maoist|Rebel|Armed|Radical|Hardline|Separatist|If|Unless|Although|Though|After|Before|Since|Until|Despite|Like|Against|Over|Under|Without|Whether|Where|Then|Now|Yet|So|Also|Even|Only|Not|Free)$/.test(wordBefore ?? ''); // (nor after a word that opens a clause: "If Palestine dies")
      if ((m.value.kind === 'capital' || surnameOfGroup) && wordBefore && !/^(?:In|At|From|To|Into|And|Of|The|On|By|For|With|Near|Via|As|Both|While|When|But|Meanwhile|Visiting|Greater|East|West|North|South|Central|Downtown|Old|New|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(wordBefore)) continue;
      // ("NATO bombed Bosnian Serb forces", "military support to the Bosnian Serbs": a demonym before the name of a people says where they live; the people are no state.)
      if (m.value.kind === 'demonym' && /^\s+(?:Serbs?|Croats?|Bosniaks?|Muslims?|Kurds?|Tamils?)\b/.test(norm.slice(m.end, m.end + 10))) continue;
      // ("the far-right Alternative for Germany (AfD) party", "Brothers of Italy", "United Russia", "Reform UK", "the Sweden Democrats": a state's name inside a party's is the party's.)
      if (m.value.kind === 'name' && (/(?:^|[^\w])(?:Alternative for|Brothers of|Forward|United|A Just|Reform)\s+$/.test(norm.slice(Math.max(0, m.start - 16), m.start)) || /^\s+Democrats\b/.test(norm.slice(m.end, m.end + 10)))) continue;
      // ("Air France Flight 139 was hijacked", "Air India": a state's name after "Air" names an airline, no state.)
      if (/\bAir\s+$/.test(before) && (m.value.kind === 'name' || m.value.kind === 'capital')) continue;
      // ("the Anglo-French agreement", "the Franco-Russian Alliance": a compound's prefix names a state only before a hyphen and another state; not "Anglo-Saxon", nor General Franco.)
      if (COMBINING_FORM.test(m.phrase) && !(norm[m.end] === '-' && startingAt(m.end + 1).length > 0)) continue;
      if (m.value.kind === 'seat' && HOLY_SEE_TITLE.test(before)) continue; // ("Cardinal Secretary of State Pietro Parolin": the Holy See's office, not the American one of the same name)
      // ("he told Agence France-Presse": a news agency's name, no state.)
      if (/\bAgence\s+$/.test(before) && /^-Presse\b/.test(norm.slice(m.end, m.end + 8))) continue;
      // "US$3 trillion", "US dollars": a state's short name that marks a currency is no mention of the state.
      if (/^(?:US|U\.S\.|NZ)$/.test(m.phrase) && /^\s?(?:\$|dollars?\b)/.test(norm.slice(m.end, m.end + 9))) continue;
      // "13:00 Moscow time": a capital that names a time zone.
      if (m.value.kind === 'capital' && /^\s+(?:time|Time|Standard Time)\b/.test(norm.slice(m.end, m.end + 15))) continue;
      // "China National Petroleum Corp", "Ethiopian Airlines": a state's name that opens a company's is the company's.
      if (/^(?:\s+[A-Z][A-Za-z&-]+){0,3}\s+(?:Corp|Corporation|Company|Co|Ltd|Limited|Inc|Industries|Holdings|Airlines|Airways)(?=[\s.,;:)]|$)/.test(norm.slice(m.end, m.end + 48))) continue;
      // ("Pakistan Foreign Office spokesperson", "Pakistan's Foreign Office": a seat's common name right after another state's is that state's office, no mention of the seat's own; so is a body many governments have, "South Korea's National Security Council (NSC)", whose abbreviation is then that state's.)
      const prior = mentions.at(-1);
      if ((m.value.kind === 'seat' || GENERIC_BODY.test(m.phrase)) && prior && prior.id !== m.value.id && (prior.kind === 'name' || prior.kind === 'demonym') && /^(?:\s|['’]s\s)$/.test(norm.slice(prior.end, m.start))) { owned.push({ ...prior, end: m.end }); continue; }
      // ("The Foreign Office in Berlin said": a seat's common name with another state's capital after "in" is that state's office.)
      if (m.value.kind === 'seat' && [1, 2, 3, 4, 5].some((d) => startingAt(m.end + d).some((o) => o.value.id !== m.value.id && o.value.kind === 'capital' && /^\s+in\s+$/.test(norm.slice(m.end, o.start))))) continue;
      mentions.push({ id: m.value.id, start: m.start, end: m.end, text: text.slice(m.start, m.end), kind: m.value.kind });
    }
    // ("cooperation between North and South Korea": "North" before the elided name is North Korea.)
    for (const m of norm.matchAll(/\bNorth(?= and South Korea\b)/g)) mentions.push({ id: 'PRK', start: m.index, end: m.index + 5, text: 'North', kind: 'name' });
    // ("the Chinese Communist Party (CCP) ... the CCP said": an abbreviation a name introduces in brackets is that name's actor wherever it comes again.)
    for (const m of [...mentions, ...owned]) {
      const abbr = /^\s*\(([A-Z]{2,6})\)/.exec(norm.slice(m.end, m.end + 10))?.[1];
      if (!abbr) continue;
      for (let j = mentions.length - 1; j >= 0; j--) if (mentions[j]!.start > m.end && mentions[j]!.text === abbr && mentions[j]!.id !== m.id) mentions.splice(j, 1); // (over the dictionary's reading of it, in the brackets too: the NSC is the United States')
      for (const a of norm.matchAll(new RegExp(`\\b${abbr}\\b`, 'g'))) if (a.index > norm.indexOf(')', m.end) && !mentions.some((o) => o.start <= a.index && a.index < o.end)) mentions.push({ id: m.id, start: a.index, end: a.index + abbr.length, text: text.slice(a.index, a.index + abbr.length), kind: m.kind });
    }
    mentions.sort((x, y) => x.start - y.start);
    // ("the Afghan Taliban", "Lebanese Hezbollah": a demonym right before a group of its own territory is part of the group's name, not also the state.)
    for (let j = mentions.length - 2; j >= 0; j--) if (mentions[j]!.kind === 'demonym' && mentions[j + 1]!.kind === 'non-state' && /^\s+$/.test(norm.slice(mentions[j]!.end, mentions[j + 1]!.start)) && this.info.get(mentions[j + 1]!.id)?.home === mentions[j]!.id) mentions.splice(j, 2, { ...mentions[j + 1]!, start: mentions[j]!.start, text: text.slice(mentions[j]!.start, mentions[j + 1]!.end) });
    // ("an emergency meeting of the National Security Council" in Seoul): a body that many governments have
    // stands for the state the dictionary gives it only in an article that names that state otherwise.
    const named = (id: string) => mentions.some((m) => m.id === id && !GENERIC_BODY.test(m.text));
    // ("including Azerbaijan, Congo, Cuba ... with the Republic of the Congo": "Congo" alone, which news gives Kinshasa, is Brazzaville's in an article that names only Brazzaville's Congo in full.)
    const bareCongo = (m: Mention) => /^Congo(?:lese)?$/.test(m.text);
    if (mentions.some((m) => m.id === 'COG' && !bareCongo(m)) && !mentions.some((m) => m.id === 'COD' && !bareCongo(m))) for (const m of mentions) if (m.id === 'COD') m.id = 'COG';
    // ("Brussels has facilitated a dialogue", "after Pristina had rejected a proposal from Brussels": the city is the EU's seat in an article that names the EU and Belgium by no other name.)
    if (mentions.some((m) => m.id === 'eu') && !mentions.some((m) => m.id === 'BEL' && m.text !== 'Brussels')) for (const m of mentions) if (m.id === 'BEL') m.id = 'eu';
    for (let j = mentions.length - 1; j >= 0; j--) if (GENERIC_BODY.test((mentions[j] as Mention).text) && !named((mentions[j] as Mention).id)) mentions.splice(j, 1);
    // Leaders in office at publication, then the office holders the article introduces. (One pass over the text with an index of full names, built once: this runs on every article.)
    this.fullNames ??= new PhraseIndex(leaderFullNames());
    const leaders = [...namedLeaderShortNames([...this.fullNames.matches(norm)].map((m) => m.value))].filter(([, actor]) => this.info.has(actor));
    const newcomers = this.people(norm, mentions);
    const people = new Map([...leaders, ...this.leadersAt(options.published ?? null, [...new Set([...norm.matchAll(/\b(?:19|20)\d\d\b/g)].map((m) => Number(m[0])))].sort()), ...newcomers.people]);
    // A state named only by the surname of an office holder the article introduces is that person, of their state.
    for (const [surname, { named, state }] of newcomers.surnamesOfStates) if (mentions.filter((m) => m.id === named).every((m) => m.text === surname)) for (const m of mentions) if (m.id === named) Object.assign(m, { id: state, kind: 'person' });
    if (people.size === 0) return mentions;
    // People's names where no other mention already is (both lists are in text order).
    const found: Mention[] = [];
    let k = 0;
    // ("ousted President Pedro Castillo ... voiced support for Castillo": a leader out of office, named so,
    // speaks for no state, here or later in the article.)
    const former = new Set<string>(), covered = new Set<Mention>();
    for (const m of new PhraseIndex(people.entries()).matches(norm)) {
      while (k < mentions.length && (mentions[k] as Mention).end <= m.start) k++;
      // (A shorter name of the same actor inside the full one gives way to it: "Hafez al-Assad", not the dictionary's "Assad" alone.)
      const within = (o: Mention | undefined) => o !== undefined && o.start >= m.start && o.end <= m.end && o.end - o.start < m.end - m.start && (o.id === m.value || (o.kind === 'name' && o.start === m.start)); // (or a state's name that opens it: "Prime Minister Georgia Meloni")
      let inside = k;
      while (within(mentions[inside])) inside++;
      const next = mentions[inside];
      if (next && next.start < m.end) continue;
      const surname = m.phrase.split(/\s+/).pop() as string;
      if (/\b(?:[Ff]ormer|[Oo]usted|[Dd]eposed|[Jj]ailed|[Ee]xiled|[Ll]ate|[Ee]x-)\s+(?:(?:[A-Z][a-z]+|of|the|king|queen|shah|emperor|ruler|dictator|president|leader)\s+){0,3}$/.test(norm.slice(Math.max(0, m.start - 40), m.start))) former.add(surname);
      if (former.has(surname)) continue;
      if (/^['’‘][a-rt-z]|^['’‘]s[a-z]/i.test(norm.slice(m.end, m.end + 3))) continue; // ("Hu’akavameiliku": a leader's short name before an apostrophe that goes on in the same word is none; "Hu's" is)
      // ("Abbas Araqchi": a leader's short name followed by another name is someone's first name.)
      // (Not a day or a month: "met Putin Tuesday"; nor a leader's government: "the Eisenhower Administration".)
      if (!/\s/.test(m.phrase) && /^\s[A-Z][a-z]/.test(norm.slice(m.end, m.end + 3)) && !/^\s(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Administration\b|Government\b|Cabinet\b)/.test(norm.slice(m.end, m.end + 16))) continue;
      for (let j = k; j < inside; j++) covered.add(mentions[j] as Mention);
      found.push({ id: m.value, start: m.start, end: m.end, text: text.slice(m.start, m.end), kind: 'person' });
    }
    return [...mentions.filter((m) => !covered.has(m)), ...found].sort((a, b) => a.start - b.start);
  }

  private readonly leaders = new Map<string, Map<string, string>>();

  /** Leaders' names -> their actor, for a publication date and the years an article names (cached by years). */
  private leadersAt(published: string | null, yearsNamed: readonly number[]): Map<string, string> {
    const key = published ? `${published.slice(0, 4)} ${yearsNamed.join(' ')}` : 'any';
    let names = this.leaders.get(key);
    if (!names) {
      names = new Map([...leaderNames(published, yearsNamed)].filter(([, actor]) => this.info.has(actor)));
      this.leaders.set(key, names);
    }
    return names;
  }

  /**
   * Office holders introduced with their state: full name and surname -> the state; and the surnames among them that
   * are a state's name, with that state and theirs.
   */
  private people(norm: string, mentions: readonly Mention[]): { people: Map<string, string>; surnamesOfStates: Map<string, { named: string; state: string }> } {
    const people = new Map<string, string>();
    const surnamesOfStates = new Map<string, { named: string; state: string }>();
    const titles = TITLES.map(escape).join('|');
    const word = "(?:[A-Z][\\p{L}'-]+|al-[\\p{L}'-]+|bin|bint|ibn)";
    const name = `(${word}(?:\\s+${word}){0,5})`;
    // ("Fiji's prime minister, Sitiveni Rabuka,": the name also in apposition after a comma.)
    const introduced = new RegExp(`(?:'s\\s+|\\s+)(?:(?:top|new|former|then|acting)\\s+)?(?:${titles}),?\\s+${name}`, 'uy');
    const register = (full: string, state: string) => {
      const words = full.trim().split(/\s+/).filter((w) => /^[A-Z]/.test(w) && !['Sheikh', 'Prince', 'Dr', 'Dr.'].includes(w));
      if (words.length === 0 || this.forms.has(words.join(' '))) return;
      people.set(full.trim(), state);
      const surname = words[words.length - 1] as string;
      if (words.length >= 2 && !this.forms.has(surname) && !people.has(surname)) people.set(surname, state);
      // ("Foreign Minister Sheikh Abdullah bin Zayed ... Sheikh Abdullah said": a prince is also named by his title and first name.)
      const honorific = /^(?:Sheikh|Prince)\s+/.exec(full.trim())?.[0];
      if (honorific && words.length >= 2) people.set(`${honorific}${words[0]}`, state);
      // ("Portuguese Prime Minister Luís Montenegro ... Montenegro highlighted": a surname that is a state's name.)
      const named = this.forms.get(surname);
      if (words.length >= 2 && named && named.kind === 'name' && named.id !== state) surnamesOfStates.set(surname, { named: named.id, state });
    };
    for (const mention of mentions) {
      const info = this.info.get(mention.id);
      // ("Pro-China President Mohamed Muizzu": a stance toward a state introduces no one of it.)
      if (!info || info.organisation || (mention.kind !== 'name' && mention.kind !== 'demonym' && mention.kind !== 'capital') || /\b(?:pro|anti)-$/i.test(norm.slice(Math.max(0, mention.start - 5), mention.start))) continue;
      introduced.lastIndex = mention.end;
      const m = introduced.exec(norm);
      const named = m?.[1] ? headlineCut(m[1]) : appositionName(norm, mention.start, mention.end, mention.kind, (w) => this.forms.has(w)); // ("David Panuelo, the president of Micronesia,")
      if (named) register(named, mention.id);
    }
    for (const [title, state] of Object.entries(TITLES_OF)) {
      const pattern = new RegExp(`${escape(title)}\\s+${name}`, 'gu');
      for (const m of norm.matchAll(pattern)) if (m[1] && !people.has(m[1].trim()) && !HOLY_SEE_TITLE.test(norm.slice(Math.max(0, m.index - 9), m.index))) register(m[1], state); // (not the Holy See's "Cardinal Secretary of State")
    }
    return { people, surnamesOfStates };
  }
}

/** A name ends before a capitalised word of a headline's verbs or prepositions: "Rwanda President Kagame Clashes With South Africa Ramaphosa" introduces Kagame, not "Ramaphosa". */
function headlineCut(name: string): string {
  const words = name.trim().split(/\s+/);
  const end = words.findIndex((w) => HEADLINE_WORD.test(w)); // (so no name at all when a verb comes first: "French Ambassador Leaves Niger" names no ambassador "Niger")
  return end < 0 ? name : words.slice(0, end).join(' ');
}
const HEADLINE_WORD = /^(?:With|Over|In|On|At|To|For|And|Of|As|After|Amid|From|Against|Into|Vs|Versus|Says|Said|Meets|Met|Warns|Visits|Calls|Urges|Slams|Clashes|Accuses|Rejects|Backs|Blasts|Hits|Threatens|Tells|Signs|Holds|Talks|Expels|Recalls|Summons|Leaves|Quits|Exits|Departs|Returns|Arrives|Flees|Lands|Heads|Goes|Comes|Asks|Orders|Demands|Condemns|Denies|Praises|Welcomes|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/; // (and a day after the name: "Al-Nahayan Wednesday slammed")
