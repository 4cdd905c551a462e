// What extraction knows besides the state names from world-countries: the non-state actors, the
// seats of government and institutions that stand for a state, and the titles that name one office
// holder's state. International organisations are recognised so that their claims can be kept
// apart (the scorer leaves them out).

export interface ExtraActor {
  id: string;
  /** The territory it is drawn in; null for an organisation. */
  home: string | null;
  kind: 'non-state' | 'organisation' | 'seat';
  forms: string[];
}

export const EXTRA_ACTORS: ExtraActor[] = [
  { id: 'hezbollah', home: 'LBN', kind: 'non-state', forms: ['Hezbollah', 'Hizbollah', 'Hizbullah', 'Hizballah'] },
  { id: 'polisario', home: 'ESH', kind: 'non-state', forms: ['Polisario Front', 'Polisario', 'Frente Polisario'] },
  { id: 'hamas', home: 'PSE', kind: 'non-state', forms: ['Hamas'] },
  { id: 'houthis', home: 'YEM', kind: 'non-state', forms: ['Houthi rebels', 'Houthis', 'Houthi', 'Ansar Allah'] },
  { id: 'taliban', home: 'AFG', kind: 'non-state', forms: ['Taliban'] },
  { id: 'jem', home: 'PAK', kind: 'non-state', forms: ['Jaish-e-Mohammed', 'Jaish-e-Muhammad'] },
  {
    id: 'pa',
    home: 'PSE',
    kind: 'non-state',
    forms: ['Palestinian Authority', 'Palestinian National Authority', 'Palestinians', 'Palestinian', 'Palestine', 'State of Palestine', 'PA'],
  },
  { id: 'eu', home: null, kind: 'organisation', forms: ['European Union', 'European Parliament', 'European Commission', 'EU'] },
  { id: 'un', home: null, kind: 'organisation', forms: ['United Nations', 'UN General Assembly', 'UN Security Council', 'UN', 'U.N.'] },
  { id: 'nato', home: null, kind: 'organisation', forms: ['NATO', 'Nato'] },
  { id: 'au', home: null, kind: 'organisation', forms: ['African Union'] },
  { id: 'arab-league', home: null, kind: 'organisation', forms: ['Arab League'] },
  { id: 'gcc', home: null, kind: 'organisation', forms: ['Gulf Cooperation Council', 'GCC'] },
  { id: 'asean', home: null, kind: 'organisation', forms: ['ASEAN', 'Association of Southeast Asian Nations'] },
  { id: 'opec', home: null, kind: 'organisation', forms: ['OPEC'] },
  // Seats of government and institutions that stand for their state.
  { id: 'USA', home: 'USA', kind: 'seat', forms: ['White House', 'State Department', 'Pentagon', 'Capitol Hill', 'Foggy Bottom'] },
  { id: 'RUS', home: 'RUS', kind: 'seat', forms: ['Kremlin'] },
  { id: 'GBR', home: 'GBR', kind: 'seat', forms: ['Downing Street', 'Whitehall', 'Foreign Office'] },
  { id: 'FRA', home: 'FRA', kind: 'seat', forms: ['Élysée', 'Elysee', 'Quai d’Orsay', "Quai d'Orsay"] },
  { id: 'ISR', home: 'ISR', kind: 'seat', forms: ['Knesset', 'Zionist regime'] },
  { id: 'IRN', home: 'IRN', kind: 'seat', forms: ['Islamic Republic'] },
  { id: 'CHN', home: 'CHN', kind: 'seat', forms: ['Zhongnanhai'] },
  { id: 'IND', home: 'IND', kind: 'seat', forms: ['New Delhi'] },
];

/** Titles that name one state's office, when the text gives no country beside them. */
export const TITLES_OF: Record<string, string> = {
  'Secretary of State': 'USA',
};

/** Office titles that introduce a person: "Moroccan Foreign Minister Nasser Bourita". */
export const TITLES = [
  'Prime Minister',
  'President',
  'Vice President',
  'Foreign Minister',
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
];
