// Actors that are not states. A non-state actor is anchored to the territory it is drawn in; states
// are their own anchor and are named by the countries asset (ISO 3166-1 alpha-3 codes).
// International organisations take part in claims (the EU imposes sanctions) and are shown by their
// names; they have no territory, so no arc is drawn for them. Extraction recognises every actor here
// by its name and aliases (src/domain/extraction/knownActors.ts).
import type { Actor, ActorId } from './claim';

/** An international organisation: named in panels and lists, never drawn on the map. */
export interface Organisation {
  id: string;
  name: string;
  kind: 'organisation';
  aliases: string[];
}

/** The non-state actors Entente knows, keyed by id. */
export const NON_STATE_ACTORS: Readonly<Record<string, Actor>> = {
  hezbollah: { id: 'hezbollah', name: 'Hezbollah', kind: 'non-state', home: 'LBN', aliases: ['Hizbullah', 'Hizballah', 'Hizbollah'] },
  polisario: {
    id: 'polisario',
    name: 'Polisario Front',
    kind: 'non-state',
    home: 'ESH',
    // (News names it by what it is too: "supports the Sahrawi independence movement, the Polisario Front".)
    aliases: ['Polisario', 'Frente Polisario', 'Popular Front for the Liberation of Saguia el-Hamra and Río de Oro', 'Sahrawi independence movement', 'Sahrawi liberation movement', 'Sahrawi pro-independence movement'],
  },
  hamas: { id: 'hamas', name: 'Hamas', kind: 'non-state', home: 'PSE', aliases: ['Harakat al-Muqawama al-Islamiya'] },
  houthis: { id: 'houthis', name: 'Houthis', kind: 'non-state', home: 'YEM', aliases: ['Houthi rebels', 'Ansar Allah', 'Ansarullah'] },
  taliban: { id: 'taliban', name: 'Taliban', kind: 'non-state', home: 'AFG', aliases: [] },
  jem: { id: 'jem', name: 'Jaish-e-Mohammed', kind: 'non-state', home: 'PAK', aliases: ['JeM', 'Jaish-e-Muhammad'] },
  somaliland: { id: 'somaliland', name: 'Somaliland', kind: 'non-state', home: 'SOM', aliases: ['Republic of Somaliland'] },
  m23: { id: 'm23', name: 'M23', kind: 'non-state', home: 'COD', aliases: ['March 23 Movement', 'M23 rebels'] },
  adf: { id: 'adf', name: 'Allied Democratic Forces', kind: 'non-state', home: 'COD', aliases: ['ADF', 'ADF rebels'] },
  lna: { id: 'lna', name: 'Libyan National Army', kind: 'non-state', home: 'LBY', aliases: ['LNA', 'Libyan Arab Armed Forces', "Haftar's forces", 'Haftar forces'] },
  stc: { id: 'stc', name: 'Southern Transitional Council', kind: 'non-state', home: 'YEM', aliases: ['STC'] },
  ola: { id: 'ola', name: 'Oromo Liberation Army', kind: 'non-state', home: 'ETH', aliases: [] },
  iswap: { id: 'iswap', name: 'Islamic State West Africa Province', kind: 'non-state', home: 'NGA', aliases: ['ISWAP'] },
  'splm-io': { id: 'splm-io', name: 'SPLM-IO', kind: 'non-state', home: 'SSD', aliases: ["Sudan People's Liberation Movement-in-Opposition", 'SPLA-IO'] },
  'splm-n': { id: 'splm-n', name: 'SPLM-N', kind: 'non-state', home: 'SDN', aliases: ["Sudan People's Liberation Movement-North", 'SPLM-North'] },
  rsf: { id: 'rsf', name: 'Rapid Support Forces', kind: 'non-state', home: 'SDN', aliases: ['RSF'] },
  isis: { id: 'isis', name: 'Islamic State', kind: 'non-state', home: 'SYR', aliases: ['ISIS', 'ISIL', 'Daesh', 'IS militants'] },
  'al-shabaab': { id: 'al-shabaab', name: 'al-Shabaab', kind: 'non-state', home: 'SOM', aliases: ['Al-Shabaab', 'al-Shabab', 'Al Shabaab'] },
  'al-qaeda': { id: 'al-qaeda', name: 'al-Qaeda', kind: 'non-state', home: 'AFG', aliases: ['Al-Qaeda', 'al Qaeda', 'Al Qaeda', 'al-Qaida'] },
  pkk: { id: 'pkk', name: 'PKK', kind: 'non-state', home: 'TUR', aliases: ["Kurdistan Workers' Party", 'Kurdistan Workers Party'] },
  wagner: { id: 'wagner', name: 'Wagner Group', kind: 'non-state', home: 'RUS', aliases: ['Wagner', 'Wagner mercenaries'] },
  'boko-haram': { id: 'boko-haram', name: 'Boko Haram', kind: 'non-state', home: 'NGA', aliases: [] },
  // De facto authorities of a region, named by their bodies and leaders, never by the place alone
  // ("Moscow and Crimean officials signed an accord"; "Russia annexed Crimea" is Ukraine's territory).
  crimea: { id: 'crimea', name: 'Crimean authorities', kind: 'non-state', home: 'UKR', aliases: ['Crimean leaders', 'Crimean authorities', 'Crimean officials', 'Crimean parliament', 'Crimean government', 'Republic of Crimea'] },
  karabakh: {
    id: 'karabakh',
    name: 'Karabakh Armenian authorities',
    kind: 'non-state',
    home: 'AZE',
    aliases: ['Karabakh authorities', 'Karabakh leaders', 'Karabakh officials', 'Karabakh separatists', 'Karabakh forces', 'Nagorno-Karabakh authorities', 'Nagorno-Karabakh separatists', 'Nagorno-Karabakh forces', 'Nagorno-Karabakh Republic', 'Republic of Artsakh', 'Artsakh'],
  },
  abkhazia: { id: 'abkhazia', name: 'Abkhazia', kind: 'non-state', home: 'GEO', aliases: ['Abkhaz authorities', 'Abkhaz separatists', 'Abkhazian authorities', 'Republic of Abkhazia'] },
  'south-ossetia': { id: 'south-ossetia', name: 'South Ossetia', kind: 'non-state', home: 'GEO', aliases: ['South Ossetian authorities', 'South Ossetian separatists', 'Republic of South Ossetia'] },
  transnistria: { id: 'transnistria', name: 'Transnistria', kind: 'non-state', home: 'MDA', aliases: ['Transnistrian authorities', 'Transnistrian separatists', 'Pridnestrovian Moldavian Republic'] },
  dpr: { id: 'dpr', name: "Donetsk People's Republic", kind: 'non-state', home: 'UKR', aliases: ["Donetsk People’s Republic", 'DPR', 'Donetsk separatists'] },
  lpr: { id: 'lpr', name: "Luhansk People's Republic", kind: 'non-state', home: 'UKR', aliases: ["Luhansk People’s Republic", 'LPR', 'Luhansk separatists', "Lugansk People's Republic"] },
  trnc: { id: 'trnc', name: 'Turkish Cypriot administration', kind: 'non-state', home: 'CYP', aliases: ['Turkish Republic of Northern Cyprus', 'TRNC', 'Turkish Cypriot authorities', 'Turkish Cypriot leadership', 'Turkish Cypriot leader'] },
  krg: { id: 'krg', name: 'Kurdistan Regional Government', kind: 'non-state', home: 'IRQ', aliases: ['KRG', 'Iraqi Kurdish authorities', 'Kurdish regional government'] },
  // Armed groups and movements.
  tplf: { id: 'tplf', name: 'TPLF', kind: 'non-state', home: 'ETH', aliases: ["Tigray People's Liberation Front", 'Tigray People’s Liberation Front', 'Tigrayan forces', 'Tigray forces', 'Tigrayan rebels'] },
  sdf: { id: 'sdf', name: 'Syrian Democratic Forces', kind: 'non-state', home: 'SYR', aliases: ['SDF', 'YPG', "People's Protection Units", 'Kurdish-led forces', 'Kurdish-led SDF', 'Syrian Kurdish forces', 'Syrian Kurdish fighters', 'Syrian Kurdish militia', 'Syrian Kurdish militias', 'Syrian Kurdish YPG', 'Kurdish YPG'] },
  hts: { id: 'hts', name: 'Hayat Tahrir al-Sham', kind: 'non-state', home: 'SYR', aliases: ['HTS', 'Hayat Tahrir al-Sham (HTS)'] },
  pmf: { id: 'pmf', name: 'Popular Mobilization Forces', kind: 'non-state', home: 'IRQ', aliases: ['Popular Mobilisation Forces', 'PMF', 'Hashd al-Shaabi', 'Kataib Hezbollah', "Kata'ib Hezbollah"] },
  'islamic-jihad': { id: 'islamic-jihad', name: 'Islamic Jihad', kind: 'non-state', home: 'PSE', aliases: ['Palestinian Islamic Jihad', 'PIJ'] },
  ttp: { id: 'ttp', name: 'Pakistani Taliban', kind: 'non-state', home: 'PAK', aliases: ['Tehreek-e-Taliban Pakistan', 'Tehrik-i-Taliban Pakistan', 'TTP'] },
  bla: { id: 'bla', name: 'Baloch Liberation Army', kind: 'non-state', home: 'PAK', aliases: ['BLA'] },
  let: { id: 'let', name: 'Lashkar-e-Taiba', kind: 'non-state', home: 'PAK', aliases: ['LeT', 'Lashkar-e-Toiba'] },
  farc: { id: 'farc', name: 'FARC', kind: 'non-state', home: 'COL', aliases: ['Revolutionary Armed Forces of Colombia', 'FARC dissidents'] },
  eln: { id: 'eln', name: 'ELN', kind: 'non-state', home: 'COL', aliases: ['National Liberation Army (ELN)', 'ELN rebels', 'ELN guerrillas'] },
  'arakan-army': { id: 'arakan-army', name: 'Arakan Army', kind: 'non-state', home: 'MMR', aliases: [] },
  jnim: { id: 'jnim', name: 'JNIM', kind: 'non-state', home: 'MLI', aliases: ["Jama'at Nusrat al-Islam wal-Muslimin", 'Jamaat Nusrat al-Islam wal-Muslimin'] },
  pa: {
    id: 'pa',
    name: 'Palestinian Authority',
    kind: 'non-state',
    home: 'PSE',
    aliases: ['PA', 'Palestinian National Authority', 'PNA'],
  },
};

/** The international organisations Entente knows, keyed by id. */
export const ORGANISATIONS: Readonly<Record<string, Organisation>> = Object.fromEntries(
  (
    [
      ['eu', 'European Union', ['EU', 'European Parliament', 'European Commission', 'European Council']],
      ['un', 'United Nations', ['UN', 'U.N.', 'UN General Assembly', 'UN Security Council', 'United Nations Security Council']],
      ['nato', 'NATO', ['Nato', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation']],
      ['au', 'African Union', ['AU', 'African Union Commission', 'AU Commission']],
      ['arab-league', 'Arab League', ['League of Arab States']],
      ['gcc', 'Gulf Cooperation Council', ['GCC', 'Cooperation Council for the Arab States of the Gulf']],
      ['asean', 'ASEAN', ['Association of Southeast Asian Nations', 'Asean']],
      ['opec', 'OPEC', ['Organization of the Petroleum Exporting Countries', 'Opec']],
      ['lima-group', 'Lima Group', []],
      ['ecowas', 'ECOWAS', ['Economic Community of West African States', 'Ecowas']],
      ['oas', 'Organization of American States', ['OAS']],
      ['g7', 'G7', ['Group of Seven', 'G-7']],
      ['brics', 'BRICS', ['Brics']],
      ['sco', 'Shanghai Cooperation Organisation', ['Shanghai Cooperation Organization', 'Shanghai Co-operation Organisation', 'Shanghai Co-operation Organization', 'SCO']],
      ['osce', 'OSCE', ['Organization for Security and Co-operation in Europe']],
      ['iaea', 'International Atomic Energy Agency', ['IAEA']],
      ['who', 'World Health Organization', ['World Health Organisation', 'WHO']],
      ['icc', 'International Criminal Court', ['ICC']],
      ['igad', 'IGAD', ['Intergovernmental Authority on Development']],
      ['eac', 'East African Community', ['EAC']],
      ['sadc', 'SADC', ['Southern African Development Community']],
      ['csto', 'CSTO', ['Collective Security Treaty Organization', 'Collective Security Treaty Organisation']],
      ['oic', 'Organisation of Islamic Cooperation', ['Organization of Islamic Cooperation', 'OIC']],
      ['mercosur', 'Mercosur', ['MERCOSUR', 'Southern Common Market']],
    ] as const
  ).map(([id, name, aliases]) => [id, { id, name, kind: 'organisation' as const, aliases: [...aliases] }]),
);

/** The name a reader is shown for a non-state actor or an organisation; undefined for a state (the countries asset names it). */
export function knownActorName(id: ActorId): string | undefined {
  return NON_STATE_ACTORS[id]?.name ?? ORGANISATIONS[id]?.name;
}

/** Is this id a state's ISO alpha-3 code (rather than a non-state actor's slug)? */
export function isStateId(id: ActorId): boolean {
  return /^[A-Z]{3}$/.test(id);
}

/** The territory an actor is drawn in: a state's own code, or a non-state actor's home. */
export function homeOf(id: ActorId): string | undefined {
  return isStateId(id) ? id : NON_STATE_ACTORS[id]?.home;
}

/** The non-state actors anchored in a territory ("hezbollah" for LBN). */
export function actorsAnchoredIn(home: string): Actor[] {
  return Object.values(NON_STATE_ACTORS).filter((a) => a.home === home);
}
