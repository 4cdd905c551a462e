// The table of leaders, third part: those of the Second World War, the Cold War and the years around it (1922-1999), whom
// history, anniversaries and teaching name ("the Eisenhower Administration forced the invaders to
// withdraw", "Nasser nationalised the canal"). Soviet leaders act for Russia, as Soviet troops do. A
// short name is left out where it is an everyday word or a place ("Ford", "Major"); it
// resolves when the article names its holder in full, is published in their years, or names one of them.
import { l, type Leader } from './leaderEntry';

export const HISTORIC_LEADERS: Leader[] = [
  // United States
  l('USA', 'Thomas Jefferson', 1801, 1809, ['Jefferson']), // (and those before the Cold War whom history pages name: "President Thomas Jefferson dispatched Robert Livingston and James Monroe to Paris")
  l('USA', 'James Monroe', 1817, 1825, []),
  l('USA', 'Abraham Lincoln', 1861, 1865, ['Lincoln']),
  l('USA', 'Woodrow Wilson', 1913, 1921, []),
  l('USA', ['Theodore Roosevelt', 'Teddy Roosevelt'], 1901, 1909, ['Roosevelt']), // ("Japan asked President Theodore Roosevelt to mediate a peace")
  l('USA', ['Franklin D. Roosevelt', 'Franklin Roosevelt', 'Franklin Delano Roosevelt'], 1933, 1945, ['Roosevelt', 'FDR']),
  l('USA', ['Harry S. Truman', 'Harry Truman'], 1945, 1953),
  l('USA', ['Dwight D. Eisenhower', 'Dwight Eisenhower'], 1953, 1961, ['Eisenhower', 'Ike']),
  l('USA', ['John F. Kennedy', 'John Kennedy'], 1961, 1963, ['Kennedy', 'JFK']),
  l('USA', ['Lyndon B. Johnson', 'Lyndon Johnson'], 1963, 1969, ['Johnson', 'LBJ']),
  l('USA', 'Gerald Ford', 1974, 1977, []),
  l('USA', 'John Foster Dulles', 1953, 1959, ['Dulles']),
  l('USA', 'Dean Rusk', 1961, 1969),
  l('USA', 'Henry Kissinger', 1969, 1977),
  l('USA', 'Cyrus Vance', 1977, 1980),
  l('USA', 'George Shultz', 1982, 1989),
  l('USA', 'James Baker', 1989, 1992),
  l('USA', 'Madeleine Albright', 1997, 2001),
  // United Kingdom
  l('GBR', 'Winston Churchill', 1940, 1955),
  l('GBR', 'Neville Chamberlain', 1937, 1940, ['Chamberlain']),
  l('DEU', 'Adolf Hitler', 1933, 1945, ['Hitler']),
  l('ITA', 'Benito Mussolini', 1922, 1943, ['Mussolini']),
  l('FRA', ['Napoleon Bonaparte', 'Napoleon I', 'Emperor Napoleon', 'Napoléon Bonaparte'], 1799, 1815, ['Napoleon', 'Bonaparte']), // ("In 1812, Napoleon invaded Russia")
  l('FRA', ['Charles Maurice de Talleyrand', 'Marquis de Talleyrand', 'Prince de Talleyrand'], 1797, 1815, ['Talleyrand']),
  l('FRA', ['Édouard Daladier', 'Edouard Daladier'], 1938, 1940, ['Daladier']),
  l('FRA', 'Aristide Briand', 1925, 1932, ['Briand']), // (the foreign ministers of the Locarno and Kellogg-Briand years: "It was conceived by Aristide Briand")
  l('USA', ['Frank B. Kellogg', 'Frank Kellogg'], 1925, 1929),
  l('DEU', 'Gustav Stresemann', 1923, 1929, ['Stresemann']),
  l('GBR', 'Clement Attlee', 1945, 1951),
  l('GBR', 'Anthony Eden', 1951, 1957),
  l('GBR', 'Harold Macmillan', 1957, 1963),
  l('GBR', 'Harold Wilson', 1964, 1976),
  l('GBR', 'Edward Heath', 1970, 1974),
  l('GBR', 'Margaret Thatcher', 1979, 1990),
  l('GBR', 'John Major', 1990, 1997, []),
  // France
  l('FRA', 'Charles de Gaulle', 1958, 1969, ['de Gaulle', 'De Gaulle']),
  l('FRA', 'Guy Mollet', 1956, 1957),
  l('FRA', 'Georges Pompidou', 1969, 1974),
  l('FRA', ["Valéry Giscard d'Estaing", "Valery Giscard d'Estaing"], 1974, 1981, ['Giscard']),
  l('FRA', ['François Mitterrand', 'Francois Mitterrand'], 1981, 1995),
  // Germany (West Germany until 1990)
  l('DEU', 'Konrad Adenauer', 1949, 1963),
  l('DEU', 'Willy Brandt', 1969, 1974),
  l('DEU', 'Helmut Schmidt', 1974, 1982),
  l('DEU', 'Helmut Kohl', 1982, 1998),
  // Poland's, before and after 1989
  l('POL', ['Józef Cyrankiewicz', 'Jozef Cyrankiewicz'], 1947, 1970, ['Cyrankiewicz']),
  l('POL', ['Władysław Gomułka', 'Wladyslaw Gomulka'], 1956, 1970, ['Gomułka', 'Gomulka']),
  l('POL', 'Edward Gierek', 1970, 1980),
  l('POL', 'Wojciech Jaruzelski', 1981, 1990),
  l('POL', ['Lech Wałęsa', 'Lech Walesa'], 1990, 1995, ['Wałęsa', 'Walesa']),
  // The Soviet Union, and Russia after it
  l('RUS', ['Tsar Alexander I', 'Czar Alexander I', 'Alexander I of Russia'], 1801, 1825, []), // ("the Czar Alexander I and the Emperor Napoleon I signed a peace treaty")
  l('RUS', ['Tsar Alexander II', 'Czar Alexander II', 'Alexander II of Russia'], 1855, 1881, []), // (and the last two tsars, by their titles: "Tsar Alexander II had ceded Alaska"; any "Tsar Nicholas" is Russia's)
  l('RUS', ['Tsar Nicholas II', 'Czar Nicholas II', 'Tsar Nicholas', 'Czar Nicholas', 'Nicholas II'], 1894, 1917, []),
  l('RUS', ['Joseph Stalin', 'Josef Stalin'], 1924, 1953),
  l('SRB', ['Josip Broz Tito', 'Josef Broz Tito', 'Marshal Tito'], 1945, 1980, ['Tito']), // (Yugoslavia's prime minister, then president; Yugoslavia is read as Serbia)
  l('RUS', ['Nikita Khrushchev', 'Nikita Krushchev'], 1953, 1964, ['Khrushchev', 'Krushchev']), // (and a spelling many pages use: "Soviet Premier Krushchev")
  l('RUS', 'Leonid Brezhnev', 1964, 1982),
  l('RUS', 'Yuri Andropov', 1982, 1984),
  l('RUS', 'Mikhail Gorbachev', 1985, 1991),
  l('RUS', 'Andrei Gromyko', 1957, 1985),
  l('RUS', 'Boris Yeltsin', 1991, 1999),
  // China and Taiwan
  l('CHN', ['Mao Zedong', 'Mao Tse-tung', 'Chairman Mao'], 1949, 1976, ['Mao']),
  l('CHN', 'Zhou Enlai', 1949, 1976, ['Zhou']),
  l('CHN', 'Deng Xiaoping', 1978, 1992, ['Deng']),
  l('TWN', 'Chiang Kai-shek', 1950, 1975, ['Chiang']),
  // South and South-East Asia
  l('IND', 'Jawaharlal Nehru', 1947, 1964),
  l('IND', 'Indira Gandhi', 1966, 1984, ['Gandhi']),
  l('IND', 'Rajiv Gandhi', 1984, 1989, ['Gandhi']),
  l('PAK', 'Zulfikar Ali Bhutto', 1971, 1977, ['Bhutto']),
  l('PAK', ['Muhammad Zia-ul-Haq', 'Zia-ul-Haq'], 1978, 1988, ['Zia']),
  l('IDN', 'Sukarno', 1945, 1967),
  l('IDN', 'Suharto', 1967, 1998),
  l('KOR', 'Syngman Rhee', 1948, 1960),
  // The Middle East
  l('EGY', ['Gamal Abdel Nasser', 'Gamal Nasser', 'Abdel Nasser'], 1954, 1970, ['Nasser']),
  l('EGY', ['Anwar Sadat', 'Anwar el-Sadat', 'Anwar al-Sadat'], 1970, 1981, ['Sadat']),
  l('ISR', 'David Ben-Gurion', 1948, 1963),
  l('ISR', 'Golda Meir', 1969, 1974),
  l('ISR', ['Menachem Begin', 'Menahem Begin'], 1977, 1983, ['Begin']),
  l('ISR', 'Yitzhak Rabin', 1974, 1995),
  l('ISR', 'Shimon Peres', 1984, 2014),
  l('pa', 'Yasser Arafat', 1969, 2004),
  l('IRN', ['Ruhollah Khomeini', 'Ayatollah Ruhollah Khomeini', 'Ayatollah Khomeini'], 1979, 1989, ['Khomeini']),
  l('SYR', 'Hafez al-Assad', 1971, 2000, ['Assad', 'al-Assad']),
  l('IRN', ['Mohammad Reza Pahlavi', 'Mohammad Reza Shah'], 1941, 1979, ['Pahlavi']),
  // The eastern Mediterranean
  l('CYP', ['Archbishop Makarios', 'Makarios III'], 1960, 1977, ['Makarios']),
  l('GRC', ['Georgios Papadopoulos', 'George Papadopoulos'], 1967, 1973),
  l('GRC', ['Konstantinos Karamanlis', 'Constantine Karamanlis'], 1955, 1980, ['Karamanlis']),
  l('GRC', 'Andreas Papandreou', 1981, 1996),
  l('TUR', ['Bulent Ecevit', 'Bülent Ecevit'], 1974, 2002, ['Ecevit']),
  l('TUR', ['Suleyman Demirel', 'Süleyman Demirel'], 1965, 2000, ['Demirel']),
  l('TUR', ['Turgut Ozal', 'Turgut Özal'], 1983, 1993, ['Ozal', 'Özal']),
  l('IRL', 'Bertie Ahern', 1997, 2008, ['Ahern']), // (Taoiseach at the Good Friday Agreement)
  // Africa
  l('ZAF', 'Nelson Mandela', 1994, 1999),
  l('ZAF', ['F. W. de Klerk', 'F.W. de Klerk'], 1989, 1994, ['de Klerk', 'De Klerk']),
  l('GHA', 'Kwame Nkrumah', 1957, 1966),
  l('KEN', 'Jomo Kenyatta', 1964, 1978),
  l('COD', ['Mobutu Sese Seko', 'Joseph Mobutu'], 1965, 1997, ['Mobutu']),
  l('COD', 'Patrice Lumumba', 1960, 1961),
  l('ETH', 'Haile Selassie', 1930, 1974, []),
  l('UGA', 'Idi Amin', 1971, 1979, ['Amin']),
  l('UGA', 'Milton Obote', 1962, 1985, ['Obote']),
  l('TZA', 'Julius Nyerere', 1961, 1985, ['Nyerere']),
];
