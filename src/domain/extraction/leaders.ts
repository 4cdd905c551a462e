// Heads of state, heads of government and foreign ministers, with their years in office, so that
// "Putin", "Erdogan" or "Lukashenko" resolve to their state without the article introducing them.
// Covers the G20, every state in ../shared/eval, and about forty more that news often names; years are
// inclusive, null means still in office (as of 2026). A full name resolves at any date; a short
// name ("Putin") only when the article was published while its holder was in office (a year's
// grace at the end), and never when the short name is also an everyday word or shared by two
// leaders of one time ("May", "Kim", "Abdullah"). Organisation heads resolve to the organisation.
import { l, type Leader } from './leaderEntry';
import { MINISTERS_AND_SPOKESPEOPLE } from './ministersAndSpokespeople';
import { MORE_LEADERS } from './moreLeaders';
import { HISTORIC_LEADERS } from './historicLeaders';

export type { Leader } from './leaderEntry';

/** The G20's leaders here, the rest in moreLeaders.ts, in one order: it decides which entry a full name two entries share resolves to. */
export const LEADERS: Leader[] = [
  // United States
  l('USA', 'Richard Nixon', 1969, 1974),
  l('USA', 'Jimmy Carter', 1977, 1981),
  l('USA', 'Ronald Reagan', 1981, 1989),
  l('USA', 'George H. W. Bush', 1989, 1993),
  l('USA', 'Bill Clinton', 1993, 2001),
  l('USA', ['George W. Bush', 'George Bush'], 2001, 2009),
  l('USA', 'Barack Obama', 2009, 2017),
  l('USA', 'Donald Trump', 2017, 2021),
  l('USA', 'Donald Trump', 2025, null),
  l('USA', 'Joe Biden', 2021, 2025),
  l('USA', 'Colin Powell', 2001, 2005),
  l('USA', 'Condoleezza Rice', 2005, 2009, []),
  l('USA', 'Hillary Clinton', 2009, 2013, []),
  l('USA', 'John Kerry', 2013, 2017),
  l('USA', 'Rex Tillerson', 2017, 2018),
  l('USA', 'Mike Pompeo', 2018, 2021),
  l('USA', 'Antony Blinken', 2021, 2025),
  l('USA', 'Marco Rubio', 2025, null),
  // Russia
  l('RUS', 'Vladimir Putin', 1999, null),
  l('RUS', ['Dmitry Medvedev', 'Dmitri Medvedev'], 2008, 2020),
  l('RUS', 'Mikhail Mishustin', 2020, null),
  l('RUS', ['Sergei Lavrov', 'Sergey Lavrov'], 2004, null),
  // China
  l('CHN', 'Jiang Zemin', 1993, 2003, ['Jiang']),
  l('CHN', 'Hu Jintao', 2003, 2013, ['Hu']),
  l('CHN', 'Xi Jinping', 2013, null, ['Xi']),
  l('CHN', 'Wen Jiabao', 2003, 2013, ['Wen']),
  l('CHN', 'Li Keqiang', 2013, 2023, []),
  l('CHN', 'Li Qiang', 2023, null, []),
  l('CHN', 'Yang Jiechi', 2007, 2013, []),
  l('CHN', 'Wang Yi', 2013, null, []),
  l('CHN', 'Qin Gang', 2022, 2023, []),
  // United Kingdom
  l('GBR', 'Tony Blair', 1997, 2007),
  l('GBR', 'Gordon Brown', 2007, 2010, []),
  l('GBR', 'David Cameron', 2010, 2016),
  l('GBR', 'David Cameron', 2023, 2024),
  l('GBR', 'Theresa May', 2016, 2019, ['Mrs May', 'Mrs. May']), // (not "May" alone, a month; with her title, her)
  l('GBR', 'Boris Johnson', 2016, 2022, []),
  l('GBR', 'Liz Truss', 2021, 2022),
  l('GBR', 'Rishi Sunak', 2022, 2024),
  l('GBR', 'Keir Starmer', 2024, null),
  l('GBR', 'Jack Straw', 2001, 2006, []),
  l('GBR', 'Margaret Beckett', 2006, 2007),
  l('GBR', 'David Miliband', 2007, 2010),
  l('GBR', 'William Hague', 2010, 2014),
  l('GBR', 'Philip Hammond', 2014, 2016),
  l('GBR', 'Jeremy Hunt', 2018, 2019, []),
  l('GBR', 'Dominic Raab', 2019, 2021),
  l('GBR', 'James Cleverly', 2022, 2023),
  l('GBR', 'David Lammy', 2024, 2025),
  l('GBR', 'Yvette Cooper', 2025, null, []),
  l('GBR', ['Queen Elizabeth II', 'Queen Elizabeth'], 1952, 2022, []),
  l('GBR', ['King Charles III', 'King Charles'], 2022, null, []),
  // France
  l('FRA', 'Jacques Chirac', 1995, 2007),
  l('FRA', 'Nicolas Sarkozy', 2007, 2012),
  l('FRA', ['François Hollande', 'Francois Hollande'], 2012, 2017),
  l('FRA', 'Emmanuel Macron', 2017, null),
  l('FRA', ['Laurent Fabius'], 2012, 2016),
  l('FRA', 'Bernard Kouchner', 2007, 2010),
  l('FRA', ['Alain Juppé', 'Alain Juppe'], 2011, 2012),
  l('FRA', ['Stéphane Séjourné', 'Stephane Sejourne'], 2024, 2024),
  l('FRA', 'Jean-Yves Le Drian', 2017, 2022, ['Le Drian']),
  l('FRA', 'Catherine Colonna', 2022, 2024),
  l('FRA', ['Jean-Noël Barrot', 'Jean-Noel Barrot'], 2024, null, ['Barrot']),
  l('FRA', ['Édouard Philippe', 'Edouard Philippe'], 2017, 2020, []),
  l('FRA', 'Michel Barnier', 2024, 2024),
  l('FRA', ['François Bayrou', 'Francois Bayrou'], 2024, 2025),
  // Germany
  l('DEU', ['Gerhard Schröder', 'Gerhard Schroeder'], 1998, 2005),
  l('DEU', 'Angela Merkel', 2005, 2021),
  l('DEU', 'Olaf Scholz', 2021, 2025),
  l('DEU', 'Friedrich Merz', 2025, null),
  l('DEU', 'Frank-Walter Steinmeier', 2005, null),
  l('DEU', 'Heiko Maas', 2018, 2021),
  l('DEU', 'Guido Westerwelle', 2009, 2013),
  l('DEU', 'Sigmar Gabriel', 2017, 2018, []),
  l('DEU', 'Annalena Baerbock', 2021, 2025),
  l('DEU', 'Johann Wadephul', 2025, null),
  // Italy
  l('ITA', 'Silvio Berlusconi', 2001, 2011),
  l('ITA', 'Matteo Renzi', 2014, 2016),
  l('ITA', 'Giuseppe Conte', 2018, 2021),
  l('ITA', 'Mario Draghi', 2021, 2022),
  l('ITA', 'Giorgia Meloni', 2022, null),
  l('ITA', 'Luigi Di Maio', 2019, 2022, ['Di Maio']),
  l('ITA', 'Antonio Tajani', 2022, null),
  l('ITA', 'Sergio Mattarella', 2015, null),
  // Japan
  l('JPN', 'Junichiro Koizumi', 2001, 2006),
  l('JPN', 'Shinzo Abe', 2006, 2020, []),
  l('JPN', 'Yoshihide Suga', 2020, 2021),
  l('JPN', 'Fumio Kishida', 2012, 2024),
  l('JPN', 'Shigeru Ishiba', 2024, 2025),
  l('JPN', 'Sanae Takaichi', 2025, null),
  l('JPN', 'Taro Kono', 2017, 2019, []),
  l('JPN', 'Toshimitsu Motegi', 2019, null),
  l('JPN', 'Yoshimasa Hayashi', 2021, 2023),
  l('JPN', 'Yoko Kamikawa', 2023, 2024),
  l('JPN', 'Takeshi Iwaya', 2024, 2025),
  // Canada
  l('CAN', 'Stephen Harper', 2006, 2015),
  l('CAN', 'Justin Trudeau', 2015, 2025),
  l('CAN', 'Mark Carney', 2025, null),
  l('CAN', 'Chrystia Freeland', 2017, 2019),
  l('CAN', ['Mélanie Joly', 'Melanie Joly'], 2021, 2025),
  l('CAN', 'Anita Anand', 2025, null),
  // Australia
  l('AUS', 'John Howard', 1996, 2007),
  l('AUS', 'Kevin Rudd', 2007, 2013),
  l('AUS', 'Julia Gillard', 2010, 2013),
  l('AUS', 'Tony Abbott', 2013, 2015),
  l('AUS', 'Malcolm Turnbull', 2015, 2018),
  l('AUS', 'Scott Morrison', 2018, 2022),
  l('AUS', 'Anthony Albanese', 2022, null),
  l('AUS', 'Julie Bishop', 2013, 2018, []),
  l('AUS', 'Marise Payne', 2018, 2022),
  l('AUS', 'Penny Wong', 2022, null, []),
  // India
  l('IND', ['Atal Bihari Vajpayee', 'Atal Behari Vajpayee'], 1998, 2004, ['Vajpayee']),
  l('IND', 'Manmohan Singh', 2004, 2014, []),
  l('IND', 'Narendra Modi', 2014, null),
  l('IND', 'Sushma Swaraj', 2014, 2019),
  l('IND', ['Subrahmanyam Jaishankar', 'S. Jaishankar', 'S Jaishankar'], 2019, null, ['Jaishankar']),
  l('IND', 'Droupadi Murmu', 2022, null),
  l('IND', 'Pratibha Patil', 2007, 2012), l('IND', 'Pranab Mukherjee', 2012, 2017), l('IND', 'Ram Nath Kovind', 2017, 2022), // (presidents, the head of state)
  // Brazil
  l('BRA', ['Luiz Inácio Lula da Silva', 'Luiz Inacio Lula da Silva', 'Lula da Silva'], 2003, 2010, ['Lula']),
  l('BRA', ['Luiz Inácio Lula da Silva', 'Luiz Inacio Lula da Silva', 'Lula da Silva'], 2023, null, ['Lula']),
  l('BRA', 'Dilma Rousseff', 2011, 2016),
  l('BRA', 'Michel Temer', 2016, 2018),
  l('BRA', 'Jair Bolsonaro', 2019, 2022),
  l('BRA', 'Celso Amorim', 2003, 2010),
  l('BRA', 'Mauro Vieira', 2023, null),
  l('BRA', ['Ernesto Araújo', 'Ernesto Araujo'], 2019, 2021, []),
  // Argentina
  l('ARG', ['Cristina Fernández de Kirchner', 'Cristina Fernandez de Kirchner', 'Cristina Kirchner'], 2007, 2015, ['Kirchner']),
  l('ARG', 'Mauricio Macri', 2015, 2019),
  l('ARG', ['Alberto Fernández', 'Alberto Fernandez'], 2019, 2023, []),
  l('ARG', 'Javier Milei', 2023, null),
  l('ARG', 'Santiago Cafiero', 2021, 2023),
  l('ARG', 'Diana Mondino', 2023, 2024),
  l('ARG', 'Gerardo Werthein', 2024, 2025),
  // Mexico
  l('MEX', 'Vicente Fox', 2000, 2006, []),
  l('MEX', ['Felipe Calderón', 'Felipe Calderon'], 2006, 2012, []),
  l('MEX', ['Enrique Peña Nieto', 'Enrique Pena Nieto'], 2012, 2018, ['Peña Nieto', 'Pena Nieto']),
  l('MEX', ['Andrés Manuel López Obrador', 'Andres Manuel Lopez Obrador', 'López Obrador', 'Lopez Obrador'], 2018, 2024, ['AMLO']),
  l('MEX', 'Claudia Sheinbaum', 2024, null),
  l('MEX', 'Marcelo Ebrard', 2018, 2023),
  l('MEX', ['Alicia Bárcena', 'Alicia Barcena'], 2023, 2024),
  // South Korea and North Korea
  l('KOR', 'Lee Myung-bak', 2008, 2013, []),
  l('KOR', 'Park Geun-hye', 2013, 2017, []),
  l('KOR', 'Moon Jae-in', 2017, 2022, []),
  l('KOR', ['Yoon Suk Yeol', 'Yoon Suk-yeol'], 2022, 2025, ['Yoon']),
  l('KOR', ['Lee Jae-myung', 'Lee Jae Myung'], 2025, null, []),
  l('KOR', 'Kang Kyung-wha', 2017, 2021, []),
  l('KOR', 'Park Jin', 2022, 2024, []),
  l('KOR', 'Chung Eui-yong', 2021, 2022, []),
  l('KOR', 'Cho Tae-yul', 2024, 2025, []),
  l('PRK', 'Kim Jong Il', 1994, 2011, []),
  l('PRK', ['Kim Jong Un', 'Kim Jong-un'], 2011, null, []),
  l('PRK', 'Choe Son Hui', 2022, null, []),
  // Indonesia
  l('IDN', 'Susilo Bambang Yudhoyono', 2004, 2014, ['Yudhoyono']),
  l('IDN', 'Joko Widodo', 2014, 2024, ['Widodo', 'Jokowi']),
  l('IDN', 'Prabowo Subianto', 2024, null, ['Prabowo']),
  l('IDN', 'Retno Marsudi', 2014, 2024),
  l('IDN', 'Sugiono', 2024, null, []),
  // Malaysia (named by their given names: "Mahathir", "Anwar")
  l('MYS', 'Mahathir Mohamad', 1981, 2003, ['Mahathir']),
  l('MYS', 'Najib Razak', 2009, 2018, ['Najib']),
  l('MYS', 'Mahathir Mohamad', 2018, 2020, ['Mahathir']),
  l('MYS', 'Muhyiddin Yassin', 2020, 2021, ['Muhyiddin']),
  l('MYS', 'Ismail Sabri Yaakob', 2021, 2022, []),
  l('MYS', 'Anwar Ibrahim', 2022, null, ['Anwar']),
  // Saudi Arabia
  // ("King Abdullah" alone is Jordan's too: a short name, shared while both reigned.)
  l('SAU', ['King Abdullah bin Abdulaziz', 'Abdullah bin Abdulaziz'], 2005, 2015, ['King Abdullah']),
  l('SAU', ['King Salman', 'Salman bin Abdulaziz'], 2015, null, []),
  l('SAU', ['Mohammed bin Salman', 'Mohammad bin Salman', 'Crown Prince Mohammed'], 2015, null, ['MBS', 'bin Salman']),
  l('SAU', ['Adel al-Jubeir', 'Adel Al-Jubeir'], 2015, 2018, ['al-Jubeir', 'Jubeir']),
  l('SAU', ['Faisal bin Farhan', 'Prince Faisal bin Farhan'], 2019, null, ['bin Farhan']),
  l('SAU', 'Saud al-Faisal', 1975, 2015, []),
  // South Africa
  l('ZAF', 'Thabo Mbeki', 1999, 2008),
  l('ZAF', 'Jacob Zuma', 2009, 2018),
  l('ZAF', 'Cyril Ramaphosa', 2018, null),
  l('ZAF', 'Naledi Pandor', 2019, 2024),
  l('ZAF', 'Ronald Lamola', 2024, null),
  // Türkiye
  l('TUR', ['Recep Tayyip Erdogan', 'Recep Tayyip Erdoğan', 'Tayyip Erdogan', 'Tayyip Erdoğan'], 2003, null, ['Erdogan', 'Erdoğan']),
  l('TUR', ['Ahmet Davutoglu', 'Ahmet Davutoğlu'], 2009, 2016, ['Davutoglu', 'Davutoğlu']),
  l('TUR', ['Abdullah Gul', 'Abdullah Gül'], 2003, 2014, ['Gul', 'Gül']),
  l('TUR', ['Mevlut Cavusoglu', 'Mevlüt Çavuşoğlu'], 2014, 2023, ['Cavusoglu', 'Çavuşoğlu']),
  l('TUR', 'Hakan Fidan', 2023, null),
  ...MORE_LEADERS,
  ...MINISTERS_AND_SPOKESPEOPLE,
  ...HISTORIC_LEADERS,
];

/** Every name and short name of a leader, with and without diacritics. */
function spellings(name: string): string[] {
  const plain = name.normalize('NFD').replace(/\p{M}/gu, '');
  return plain === name ? [name] : [name, plain];
}

/**
 * The names that stand for an actor in an article published on `published` (YYYY-MM-DD, or null
 * when unknown): full names always, short names when their holder was in office then or in a year the
 * article names ("The Suez crisis of 1956 ... the Eisenhower Administration"), and, with no date, when
 * no two leaders share the short name.
 */
export function leaderNames(published: string | null, yearsNamed: readonly number[] = []): Map<string, string> {
  const year = published ? Number(published.slice(0, 4)) : null;
  const names = new Map<string, string>();
  for (const leader of LEADERS) for (const name of leader.names) for (const s of spellings(name)) if (!names.has(s)) names.set(s, leader.actor);
  const inOffice = LEADERS.filter((leader) => year === null || [year, ...yearsNamed].some((y) => y >= leader.from && y <= (leader.to ?? 9999) + 1));
  for (const [short, actor] of unsharedShortNames(inOffice)) if (!names.has(short)) names.set(short, actor);
  return names;
}

/** Each short name of `leaders` (every spelling) that only one actor's leaders among them bear, with that actor. */
function unsharedShortNames(leaders: Iterable<Leader>): Map<string, string> {
  const owners = new Map<string, Set<string>>();
  for (const leader of leaders) for (const short of leader.short) for (const s of spellings(short)) owners.set(s, (owners.get(s) ?? new Set<string>()).add(leader.actor));
  const names = new Map<string, string>();
  for (const [short, actors] of owners) if (actors.size === 1) names.set(short, [...actors][0] as string);
  return names;
}

/**
 * The surname a leader named in full goes by later in the same article, when the table gives none (a common
 * surname: "Prime Minister Edi Rama said ... Rama accused Iran"): the last word of the name, unless it is a
 * regnal number, an Arabic patronymic's ("Khalifa bin Zayed": Zayed is his father), hyphenated or under three
 * letters (a given name in East Asian order: "Kim Jong Un", "Lee Jae-myung").
 */
function surnamesOnceNamed(leader: Leader): string[] {
  if (leader.short.length > 0) return leader.short;
  const words = (leader.names[0] as string).split(' ');
  const last = words[words.length - 1] as string;
  return words.length >= 2 && !words.some((w) => /^(?:bin|ibn|Al|al)$/.test(w)) && /^\p{Lu}\p{Ll}{2,}$/u.test(last) ? [last] : [];
}

/** Every spelling of every full name of a leader, with the leader: what to look for in an article. */
export function leaderFullNames(): [string, Leader][] {
  return LEADERS.filter((leader) => surnamesOnceNamed(leader).length > 0).flatMap((leader) => leader.names.flatMap((name) => spellings(name).map((s) => [s, leader] as [string, Leader])));
}

/**
 * "... begun under Barack Obama. ... as Obama restored relations": the short names of the leaders an
 * article names in full (`named`, found by the caller), whatever its date (a short name no other named
 * leader shares).
 */
export function namedLeaderShortNames(named: Iterable<Leader>): Map<string, string> {
  return unsharedShortNames([...new Set(named)].map((leader) => ({ ...leader, short: surnamesOnceNamed(leader) })));
}
