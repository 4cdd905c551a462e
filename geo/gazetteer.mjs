// The names, demonyms and capitals that extraction recognises states by, taken from world-countries
// (not typed by hand): common and official names, alternative spellings (without the two-letter
// codes, which collide with words: IS, IT, IN), the name inside "Republic of …", English demonyms
// and capitals. Kosovo is XKX, as everywhere in Entente.

const CODE_FIXES = { UNK: 'XKX' };
/** Two-letter abbreviations common enough in news to keep. */
const KEEP_SHORT = new Set(['US', 'UK']);

/** "Washington D.C." -> also "Washington". */
function capitalForms(capital) {
  const forms = [capital];
  const bare = capital.replace(/,?\s+D\.?C\.?$/, '');
  if (bare !== capital) forms.push(bare);
  return forms;
}

/** "U.S." for "US", "U.A.E." for "UAE". */
function dotted(abbreviation) {
  return /^[A-Z]{2,3}$/.test(abbreviation) ? `${abbreviation.split('').join('.')}.` : null;
}

/** Adjectives news uses for a state that world-countries does not list among its demonyms. */
const EXTRA_DEMONYMS = {
  // (The Soviet Union's, whose seat and treaties Russia took over: "the Soviets", "the Soviet invasion of Afghanistan"; and the prefix of a compound, as "Sino" is China's: "the Russo-Ukraine conflict", "the Russo-Japanese War".)
  RUS: ['Soviet', 'Russo'],
  // (The prefixes of navies' ships, each of one state: "North Korean gunboats seized the USS Pueblo", "HMS Eagle".)
  USA: ['USS', 'USNS', 'U.S.S.'],
  PHL: ['Philippine'],
  SAU: ['Saudi'],
  XKX: ['Kosovan'],
  BIH: ['Bosnian'],
  AZE: ['Azeri'],
  ARG: ['Argentinian'],
  SVN: ['Slovenian'],
  KAZ: ['Kazakh', 'Kazak'],
  UZB: ['Uzbek'],
  ECU: ['Ecuadorian'],
  SLV: ['Salvadorian', 'Salvadorean'],
  DJI: ['Djiboutian'],
  TJK: ['Tajik'],
  KGZ: ['Kyrgyz'],
  NPL: ['Nepali'],
  ISL: ['Icelandic'],
  MDV: ['Maldivian'],
  DOM: ['Dominican'],
  LUX: ['Luxembourgish'],
  SUR: ['Surinamese'],
  CPV: ['Cape Verdean'],
  GNB: ['Bissau-Guinean'],
  TLS: ['Timorese'],
  BLR: ['Belarussian', 'Byelorussian'], // (Reuters' spelling)
  // Nouns for a state's people that are not its adjective ("the Turks see them as terrorists"); "s" is added for the plural.
  TUR: ['Turk'],
  SWE: ['Swede'],
  DNK: ['Dane'],
  FIN: ['Finn'],
  ESP: ['Spaniard'],
  // (The prefixes of compounds that name a pair, as "Sino" and "Russo" do: "the Anglo-French agreement", "the Franco-Russian Alliance"; actorFinder.ts reads them only there, "Franco" being a surname and "Anglo-Saxon" a people.)
  GBR: ['Brit', 'HMS', 'Anglo'],
  FRA: ['Franco'],
};

// What an article may call a state instead of its name ("the kingdom", "the island nation"): the
// extractor resolves such a description to an earlier actor only when one actor fits it.
/** Island states with a land border the data gives (on a shared island), which world-countries' `borders` miss. */
const ISLANDS_WITH_BORDERS = new Set(['LKA', 'IDN', 'PNG', 'TLS']);
/** States whose ruler is an emir or a sultan (their official names do not say so). */
const EMIRATES = new Set(['ARE', 'QAT', 'KWT']);
const SULTANATES = new Set(['OMN', 'BRN']);
/** Members of the Gulf Cooperation Council, "the Gulf state". */
const GULF = new Set(['SAU', 'ARE', 'QAT', 'KWT', 'BHR', 'OMN']);
const BALTIC = new Set(['EST', 'LVA', 'LTU']);
const CITY_STATES = new Set(['SGP', 'MCO', 'VAT']);

const NORDIC = new Set(['DNK', 'FIN', 'ISL', 'NOR', 'SWE']);
const HIMALAYAN = new Set(['NPL', 'BTN']);
/** Members of the Arab League. */
const ARAB = new Set(['DZA', 'BHR', 'COM', 'DJI', 'EGY', 'IRQ', 'JOR', 'KWT', 'LBN', 'LBY', 'MRT', 'MAR', 'OMN', 'PSE', 'QAT', 'SAU', 'SOM', 'SDN', 'SYR', 'TUN', 'ARE', 'YEM']);
/** world-countries' subregions by the words news uses for them ("the East African nation"). */
const SUBREGIONS = {
  'Eastern Africa': 'east-africa',
  'Western Africa': 'west-africa',
  'Northern Africa': 'north-africa',
  'Middle Africa': 'central-africa',
  'Southern Africa': 'southern-africa',
  'Southern Asia': 'south-asia',
  'South-Eastern Asia': 'southeast-asia',
  'Eastern Asia': 'east-asia',
  'Central Asia': 'central-asia',
  'Western Asia': 'middle-east',
  'South America': 'south-america',
  'Central America': 'central-america',
  Caribbean: 'caribbean',
  'Southeast Europe': 'balkan',
};

/** The kinds of state a description can name: kingdom, emirate, island, gulf, baltic, regions ("african", "east-africa"), arab, federal ("the Federal Republic"). */
function kindsOf(c) {
  const kinds = [];
  // Regions: "the African nation", "the Balkan state", "the Latin American country".
  if (c.region) kinds.push(c.region.toLowerCase());
  const sub = SUBREGIONS[c.subregion];
  if (sub) kinds.push(sub);
  if (sub === 'south-america' || sub === 'central-america' || ['MEX', 'CUB', 'DOM', 'HTI'].includes(c.cca3)) kinds.push('latin-america');
  if (c.cca3 === 'EGY') kinds.push('middle-east');
  if (NORDIC.has(c.cca3)) kinds.push('nordic');
  if (HIMALAYAN.has(c.cca3)) kinds.push('himalayan');
  if (ARAB.has(c.cca3)) kinds.push('arab');
  if (/\bKingdom\b/.test(c.name.official)) kinds.push('kingdom');
  if (/\bFederal\b/.test(c.name.official)) kinds.push('federal');
  if (EMIRATES.has(c.cca3)) kinds.push('emirate');
  if (SULTANATES.has(c.cca3) || /\bSultanate\b/.test(c.name.official)) kinds.push('sultanate');
  const sovereign = c.unMember || c.cca3 === 'TWN';
  if (sovereign && ((!c.landlocked && (c.borders ?? []).length === 0) || ISLANDS_WITH_BORDERS.has(c.cca3))) kinds.push('island');
  if (GULF.has(c.cca3)) kinds.push('gulf');
  if (BALTIC.has(c.cca3)) kinds.push('baltic');
  if (CITY_STATES.has(c.cca3)) kinds.push('city-state');
  // "the South", "the North": one half of a divided country, named by its compass point.
  if (/^(?:South Korea|South Sudan)$/.test(c.name.common)) kinds.push('the-south');
  if (c.name.common === 'North Korea') kinds.push('the-north');
  return kinds;
}

/**
 * Names news uses for one state that world-countries gives another: "Congo" and "Congolese" alone
 * nearly always mean the Democratic Republic (over 100 million people, Kinshasa), not the Republic
 * of the Congo (Brazzaville), which keeps its full names.
 */
const NAME_MOVES = [{ name: 'Congo', from: 'COG', to: 'COD' }];
/** Alternative spellings that are English words: "Island" (Iceland's own name without its accent) made "Santa Rosa Island" Iceland. And first names: "Dominique", Dominica's French name ("its ambassador, Dominique Girard"). */
const NOT_NAMES = { ISL: ['Island'], DMA: ['Dominique'] };
/**
 * Names news uses that world-countries lacks: "Britain" (it has "Great Britain"), "America" (the
 * extractor skips it in "Latin America"), older spellings of capitals ("Kiev"), and the seats named
 * for a government ("the Holy See").
 */
const EXTRA_NAMES = {
  COD: { names: ['Congo', 'Zaire'], demonyms: ['Congolese', 'Zairean'] },
  GBR: { names: ['Britain', 'British Empire'] },
  USA: { names: ['America', 'U.S.A.'] },
  CHN: { names: ['PRC', 'Qing', 'Qing dynasty', 'Qing Dynasty'], demonyms: ['Sino', 'Chino'] }, // ("Sino-US relations", "the Sino-Soviet split": the prefix news names China by in a compound, and older writing's "the Chino-Japanese War"; "the Qing", China's last dynasty: "expelling Qing authorities in 1846")
  KOR: { names: ['ROK'] },
  PNG: { names: ['PNG'] },
  SAU: { names: ['KSA'] },
  VAT: { names: ['Holy See'] },
  // Fixed epithets, each of one state: "the Hermit Kingdom", "the Jewish state", "the Islamic Republic".
  PRK: { names: ['Hermit Kingdom'] },
  ISR: { names: ['Jewish state', 'Jewish State'], capitals: ['Tel Aviv'] }, // (and the city where most embassies sit, which news names the government by: "Tel Aviv's continued attacks on the Gaza Strip")
  IRN: { names: ['Islamic Republic', 'Persia'] },
  // Former names history and anniversaries use, each for the state the map draws in its place.
  SLB: { names: ['Solomons'] }, // ("persuading the Solomons and Kiribati to switch sides")
  GNB: { names: ['Guinea Bissau'] }, // ("a friendship visit to Guinea Bissau": the name without its hyphen, which else reads as Guinea)
  BIH: { names: ['Bosnia'] }, // ("Bosnia's wartime President Alija Izetbegovic": the short name news gives Bosnia and Herzegovina)
  CZE: { names: ['Czechoslovakia'], demonyms: ['Czechoslovak', 'Czechoslovakian'] },
  SRB: { names: ['Yugoslavia'], demonyms: ['Yugoslav'] },
  MKD: { names: ['former Yugoslav Republic of Macedonia', 'Former Yugoslav Republic of Macedonia'] },
  ZWE: { names: ['Rhodesia'] },
  LKA: { names: ['Ceylon'] },
  THA: { names: ['Siam'] },
  BEN: { names: ['Dahomey'] },
  BFA: { names: ['Upper Volta'] },
  KHM: { names: ['Kampuchea'] },
  BGD: { names: ['East Pakistan'] },
  // Empires, for the states that kept their seats: "Japanese attacks ... on the British Empire in Malaya" (and GBR's above).
  JPN: { names: ['Empire of Japan', 'Imperial Japan'] },
  TUR: { names: ['Ottoman Empire'] },
  // (And a regime's name before the state's: "the annexation of Austria into Nazi Germany", where "Nazi" kept the preposition from the state.)
  DEU: { names: ['Nazi Germany', 'Weimar Germany', 'Imperial Germany'] },
  ITA: { names: ['Fascist Italy'] },
  UKR: { capitals: ['Kiev'] },
  IND: { capitals: ['Delhi'] },
};

/**
 * A demonym several entries share ("American": the United States and the Northern Mariana Islands;
 * "Indian": India and the British Indian Ocean Territory) names the one UN member among them, and
 * no one when two members share it ("Congolese", "Dominican").
 */
function demonymOwners(worldCountries) {
  const owners = new Map();
  for (const c of worldCountries) {
    for (const d of new Set(Object.values(c.demonyms?.eng ?? {}).filter(Boolean))) owners.set(d, [...(owners.get(d) ?? []), c]);
  }
  const owner = new Map();
  for (const [d, list] of owners) {
    const members = list.filter((c) => c.unMember);
    const chosen = list.length === 1 ? list[0] : members.length === 1 ? members[0] : null;
    if (chosen) owner.set(d, chosen.cca3);
  }
  return owner;
}

/** Territories whose only settlement is a military or research station: the British Indian Ocean Territory, the French Southern Lands, Heard Island, Bouvet Island, South Georgia, the US Minor Outlying Islands. */
const BASE_TERRITORIES = new Set(['IOT', 'ATF', 'HMD', 'BVT', 'SGS', 'UMI']);
/** France's overseas departments, parts of France as Hawaii is of the United States: no actor of their own, and a place of France's (src/domain/extraction/places.ts). */
const DEPARTMENTS_OF_FRANCE = new Set(['MYT', 'REU', 'GUF', 'GLP', 'MTQ']);

/**
 * Territories that a state governs and speaks for abroad, with that state: no actor of their own, but places of
 * their sovereign's, as France's departments are ("Argentine forces invaded the Falklands" is an attack on the United
 * Kingdom, "Trump's wish to buy Greenland" a matter with Denmark). Not Hong Kong and Macau, the Cook Islands and Niue,
 * which keep relations of their own, nor Western Sahara, Taiwan, Palestine or Kosovo.
 */
const SOVEREIGN_OF = {
  FLK: 'GBR', SGS: 'GBR', GIB: 'GBR', BMU: 'GBR', CYM: 'GBR', VGB: 'GBR', AIA: 'GBR', MSR: 'GBR', TCA: 'GBR', SHN: 'GBR', PCN: 'GBR', IOT: 'GBR', GGY: 'GBR', JEY: 'GBR', IMN: 'GBR',
  GRL: 'DNK', FRO: 'DNK',
  PRI: 'USA', GUM: 'USA', VIR: 'USA', ASM: 'USA', MNP: 'USA', UMI: 'USA',
  NCL: 'FRA', PYF: 'FRA', WLF: 'FRA', SPM: 'FRA', BLM: 'FRA', MAF: 'FRA', ATF: 'FRA',
  ABW: 'NLD', CUW: 'NLD', SXM: 'NLD', BES: 'NLD',
  SJM: 'NOR', BVT: 'NOR', CXR: 'AUS', CCK: 'AUS', NFK: 'AUS', HMD: 'AUS', TKL: 'NZL', ALA: 'FIN',
};

/** Antarctica, a continent held under a treaty with no government of its own: a place, never a party ("scientific activity in Antarctica"). */
const NO_STATE = new Set(['ATA']);

/** `coasts`: each state's neighbours across the sea (seaNeighbours.mjs), by alpha-3 id. */
export function gazetteerEntries(worldCountries, coasts = new Map()) {
  const commonNames = new Set(worldCountries.map((c) => c.name.common));
  const owner = demonymOwners(worldCountries);
  return worldCountries.filter((c) => !DEPARTMENTS_OF_FRANCE.has(c.cca3) && !NO_STATE.has(c.cca3)).map((c) => {
    const id = CODE_FIXES[c.cca3] ?? c.cca3;
    const names = new Set([c.name.common, c.name.official]);
    for (const alt of c.altSpellings ?? []) {
      if (!/^[\p{Script=Latin}\s.,'’()-]+$/u.test(alt)) continue; // other scripts do not occur in English text
      if (/^[A-Z]{2}$/.test(alt) && !KEEP_SHORT.has(alt)) continue;
      names.add(alt);
      const d = dotted(alt);
      if (d && (KEEP_SHORT.has(alt) || alt.length === 3)) names.add(d);
      if (d && KEEP_SHORT.has(alt)) names.add(d.replace(/\.(?=.)/g, '. ')); // ("U. S. diplomats had arrived": a space after each inner dot, as some wires print it)
      if (d && alt.length === 3) names.add(d.slice(0, -1)); // ("the U.A.E and Bahrain": the last dot dropped)
    }
    for (const n of [...names]) {
      const inner = /^(?:Republic|Kingdom|State|Commonwealth|Federation|Principality|Sultanate|Emirate|Grand Duchy) of (?:the )?(.+)$/.exec(n)?.[1];
      if (inner && !commonNames.has(inner) && !inner.includes(',')) names.add(inner);
    }
    // "St Vincent and the Grenadines", "St. Lucia": news abbreviates Saint.
    for (const n of [...names]) if (n.startsWith('Saint ')) for (const st of ['St ', 'St. ']) names.add(st + n.slice('Saint '.length));
    for (const move of NAME_MOVES) if (move.from === id) names.delete(move.name);
    for (const n of NOT_NAMES[id] ?? []) names.delete(n);
    for (const n of EXTRA_NAMES[id]?.names ?? []) names.add(n);
    const demonyms = new Set([
      ...Object.values(c.demonyms?.eng ?? {}).filter((d) => d && owner.get(d) === c.cca3),
      ...(EXTRA_DEMONYMS[id] ?? []),
      ...(EXTRA_NAMES[id]?.demonyms ?? []),
    ]);
    // (A territory with no people of its own but a base's staff has no seat that speaks for it: "the UK-US base on Diego Garcia" is a place.)
    const capitals = new Set(BASE_TERRITORIES.has(id) ? [] : [...(c.capital ?? []).flatMap(capitalForms), ...(EXTRA_NAMES[id]?.capitals ?? [])]);
    const kinds = kindsOf(c);
    // Land neighbours, for "its neighbour" (ids as the gazetteer gives them); and those across the sea, for "the two neighbours".
    const borders = (c.borders ?? []).map((b) => CODE_FIXES[b] ?? b);
    // (A territory is its names alone, places of its sovereign's: no capital or demonym that would speak for it.)
    if (SOVEREIGN_OF[id]) return { id, names: [...names], demonyms: [], capitals: [], sovereign: SOVEREIGN_OF[id] };
    const overSea = (coasts.get(c.cca3) ?? []).map((b) => CODE_FIXES[b] ?? b);
    return { id, names: [...names], demonyms: [...demonyms], capitals: [...capitals], ...(kinds.length > 0 ? { kinds } : {}), ...(borders.length > 0 ? { borders } : {}), ...(overSea.length > 0 ? { coasts: overSea } : {}) };
  });
}
