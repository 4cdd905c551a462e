// What extraction knows besides the state names from world-countries: the non-state actors and
// organisations of the registry (src/domain/claims/actors.ts), the seats of government and
// institutions that stand for a state, and the titles that name one office holder's state.
// Organisations are recognised so that their claims can be kept apart (the scorer leaves them out).
import { NON_STATE_ACTORS, ORGANISATIONS } from '../claims/actors';
import institutions from './cameo/institutions.json';

/** Government bodies, armed forces and services from PETRARCH2's Phoenix actors (lexicon/phoenixInstitutions.mjs): name -> state. */
export const INSTITUTIONS: Readonly<Record<string, string>> = institutions.forms;
/** Names of bodies that many governments have, which the dictionary gives to one state (actorFinder.ts keeps them only where that state is named otherwise, or gives them the state named right before). */
export const GENERIC_BODY = /^(?:(?:the\s+)?National Security (?:Council|Staff)|NSC|Joint Chiefs of Staff|Intelligence Community|Central Command|Defen[cs]e Department|Department of Defen[cs]e|Supreme Court Justices|Federal Law Enforcement)$/i;

export interface ExtraActor {
  id: string;
  /** The territory it is drawn in; null for an organisation. */
  home: string | null;
  kind: 'non-state' | 'organisation' | 'seat';
  forms: string[];
}

/** Spellings beside the registry's name and aliases that news uses. */
const MORE_FORMS: Record<string, string[]> = {
  houthis: ['Houthi rebels', 'Houthis', 'Houthi'],
  pa: ['Palestinians', 'Palestinian', 'Palestine', 'State of Palestine'],
  // (And the state it proclaimed and governs in exile, which 40-odd states recognise: "Kenya rescinds its recognition of the SADR".)
  polisario: ['Polisario Front', 'Polisario', 'Frente Polisario', 'Sahrawi Arab Democratic Republic', 'Saharawi Arab Democratic Republic', 'Sahrawi Republic', 'Saharawi Republic', 'Sahrawi Democratic Republic', 'SADR'],
  hezbollah: ['Hezbollah', 'Hizbollah', 'Hizbullah', 'Hizballah'],
};

export const EXTRA_ACTORS: ExtraActor[] = [
  // The registry's non-state actors and organisations (src/domain/claims/actors.ts), by name and alias.
  ...Object.values(NON_STATE_ACTORS).map((a) => ({ id: a.id, home: a.home, kind: 'non-state' as const, forms: [...(MORE_FORMS[a.id] ?? []), a.name, ...a.aliases] })),
  ...Object.values(ORGANISATIONS).map((o) => ({ id: o.id, home: null, kind: 'organisation' as const, forms: [o.name, ...o.aliases] })),
  // Seats of government and institutions that stand for their state.
  { id: 'USA', home: 'USA', kind: 'seat', forms: ['White House', 'State Department', 'Pentagon', 'Capitol Hill', 'Foggy Bottom'] },
  // (And the body that sanctions, which compliance news names alone: "The Treasury Department's Office of Foreign Assets Control announced sanctions"; not "the Treasury", which Britain has too.)
  { id: 'USA', home: 'USA', kind: 'seat', forms: ['Treasury Department', 'Department of the Treasury', 'Office of Foreign Assets Control', 'OFAC'] },
  { id: 'RUS', home: 'RUS', kind: 'seat', forms: ['Kremlin'] },
  { id: 'GBR', home: 'GBR', kind: 'seat', forms: ['Downing Street', 'Whitehall', 'Foreign Office'] },
  { id: 'FRA', home: 'FRA', kind: 'seat', forms: ['Élysée', 'Elysee', 'Quai d’Orsay', "Quai d'Orsay"] },
  { id: 'ISR', home: 'ISR', kind: 'seat', forms: ['Knesset', 'Zionist regime'] },
  { id: 'IRN', home: 'IRN', kind: 'seat', forms: ['Islamic Republic', 'IRGC'] },
  { id: 'CHN', home: 'CHN', kind: 'seat', forms: ['Zhongnanhai'] },
  { id: 'IND', home: 'IND', kind: 'seat', forms: ['New Delhi'] },
  // Armed forces, parliaments and services news names without their state (the 2015 dictionary lacks them).
  { id: 'COD', home: 'COD', kind: 'seat', forms: ['FARDC'] },
  { id: 'MMR', home: 'MMR', kind: 'seat', forms: ['Tatmadaw'] },
  { id: 'PAK', home: 'PAK', kind: 'seat', forms: ['Inter-Services Intelligence'] },
  { id: 'RUS', home: 'RUS', kind: 'seat', forms: ['State Duma'] },
  // The Soviet Union, whose seat, treaties and debts Russia took over (not "Soviet" alone: "post-Soviet states", "Soviet-era maps").
  { id: 'RUS', home: 'RUS', kind: 'seat', forms: ['Soviet Union', 'USSR', 'U.S.S.R.'] },
  // North Vietnam, whose seat Vietnam took over as Russia did the Soviet Union's; and China named by its mainland, told apart from Taiwan ("support from the USSR and mainland China").
  { id: 'VNM', home: 'VNM', kind: 'seat', forms: ['North Vietnam'] },
  { id: 'CHN', home: 'CHN', kind: 'seat', forms: ['mainland China'] },
  // Pakistan's two wings before 1971: the eastern became Bangladesh (spelt "Bangla Desh" then), the western Pakistan.
  { id: 'BGD', home: 'BGD', kind: 'seat', forms: ['East Pakistan', 'Bangla Desh'] },
  { id: 'PAK', home: 'PAK', kind: 'seat', forms: ['West Pakistan'] },
  // Its forces, which news names by the adjective ("seized by Soviet troops in 1945", "the Red Army"), as it does no other of its bodies.
  { id: 'RUS', home: 'RUS', kind: 'seat', forms: ['Soviet troops', 'Soviet forces', 'Soviet army', 'Soviet Army', 'Soviet soldiers', 'Soviet military', 'Red Army'] },
  { id: 'DEU', home: 'DEU', kind: 'seat', forms: ['Bundeswehr', 'Bundestag'] },
  { id: 'GBR', home: 'GBR', kind: 'seat', forms: ['Royal Navy', 'Royal Air Force'] }, // (Britain's, named alone: "a naval blockade by the Royal Navy"; the others add their state, "the Royal Canadian Air Force")
  // (The Pope speaks for the Holy See, as "Pope Francis" does in the leaders' table: "Spain and Portugal took their territorial disputes to the Pope", "arbitrated by Pope Alexander VI".)
  { id: 'VAT', home: 'VAT', kind: 'seat', forms: ['Pope', 'Holy Father'] },
  // (The British crown's seats and its heir, who speak and travel for it: "Clarence House said the Prince of Wales will visit Barbados".)
  { id: 'GBR', home: 'GBR', kind: 'seat', forms: ['Buckingham Palace', 'Clarence House', 'Prince of Wales'] },
  // The prefixes of navies' ships, which name their state ("the USS Halsey, Japanese destroyer JS Sazanami and the Australian frigate HMAS Warramunga trained together"; not "JS" or "INS", which name other things too).
  ...(Object.entries({ USA: 'USS', GBR: 'HMS', AUS: 'HMAS', CAN: 'HMCS', NZL: 'HMNZS', PHL: 'BRP', KOR: 'ROKS' }).map(([id, prefix]) => ({ id, home: id, kind: 'seat' as const, forms: [prefix] }))),
  // Offices whose name is one state's own: Ireland's prime minister and deputy ("The Taoiseach and Tánaiste both denounced Hamas").
  { id: 'IRL', home: 'IRL', kind: 'seat', forms: ['Taoiseach', 'Tánaiste', 'Tanaiste', 'Dáil', 'Dail Eireann', 'Dáil Éireann'] },
  // The two Sudans as news of their split spells them, the compass word in lower case ("would not recognize south Sudan as an independent state", "rejected calls from ... south Sudan").
  { id: 'SSD', home: 'SSD', kind: 'seat', forms: ['south Sudan'] },
  { id: 'SDN', home: 'SDN', kind: 'seat', forms: ['north Sudan'] },
  // Capitals and seats as news spells them where world-countries spells them otherwise.
  { id: 'YEM', home: 'YEM', kind: 'seat', forms: ['Sanaa', 'Sana’a'] },
  { id: 'BOL', home: 'BOL', kind: 'seat', forms: ['La Paz'] },
  { id: 'XKX', home: 'XKX', kind: 'seat', forms: ['Prishtina'] },
  { id: 'MDV', home: 'MDV', kind: 'seat', forms: ['Malé', 'Male'] },
  { id: 'MNG', home: 'MNG', kind: 'seat', forms: ['Ulaanbaatar'] },
];

/** Titles that name one state's office, when the text gives no country beside them. */
export const TITLES_OF: Record<string, string> = {
  'Secretary of State': 'USA',
  Taoiseach: 'IRL',
  'Tánaiste': 'IRL',
};

/** Office titles that introduce a person: "Moroccan Foreign Minister Nasser Bourita". */
export const TITLES = [
  'Prime Minister',
  'prime minister',
  'President',
  'president',
  'Vice President',
  'Foreign Minister',
  'foreign minister',
  'Minister of Foreign Affairs',
  'Defence Minister',
  'Defense Minister',
  'Defense Secretary',
  'Secretary of State',
  'Foreign Secretary',
  'King',
  'Queen',
  'Crown Prince',
  'Emir',
  'emir',
  'Sheikh',
  'Chancellor',
  'Supreme Leader',
  'Ambassador',
  'ambassador',
  'leader',
  'Leader',
  'counterpart',
  // (Other offices a state's name introduces: "Czech Senate chair Milos Vystrcil", "US Health Secretary Alex Azar".)
  'Senate President',
  'Senate president',
  'Senate Speaker',
  'Senate speaker',
  'Senate chair',
  'Speaker',
  'Interior Minister',
  'Finance Minister',
  'Trade Minister',
  'Information Minister',
  'Energy Minister',
  'Health Secretary',
  'Defence Secretary',
];
