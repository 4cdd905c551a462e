// Heads of state, heads of government and foreign ministers, with their years in office, so that
// "Putin", "Erdogan" or "Lukashenko" resolve to their state without the article introducing them.
// Covers the G20, every state in ../shared/eval, and about forty more that news often names; years are
// inclusive, null means still in office (as of 2026). A full name resolves at any date; a short
// name ("Putin") only when the article was published while its holder was in office (a year's
// grace at the end), and never when the short name is also an everyday word or shared by two
// leaders of one time ("May", "Kim", "Abdullah"). Organisation heads resolve to the organisation.

export interface Leader {
  /** The state (ISO alpha-3) or organisation id they act for. */
  actor: string;
  /** Full names as news writes them, the first the usual one. */
  names: string[];
  /** Short names that stand alone ("Putin", "Xi", "MBS"). */
  short: string[];
  from: number;
  to: number | null;
}

/** `l('RUS', 'Vladimir Putin', 1999, null)`: short name by default the last word; give `short` to override. */
const l = (actor: string, names: string | string[], from: number, to: number | null, short?: string[]): Leader => {
  const list = Array.isArray(names) ? names : [names];
  const last = (list[0] as string).split(' ').filter((w) => !/^(?:Jr\.?|Sr\.?|II|III|IV)$/.test(w)).pop() as string;
  return { actor, names: list, short: short ?? [last], from, to };
};

export const LEADERS: Leader[] = [
  // United States
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
  l('GBR', 'Theresa May', 2016, 2019, []),
  l('GBR', 'Boris Johnson', 2016, 2022, []),
  l('GBR', 'Liz Truss', 2021, 2022),
  l('GBR', 'Rishi Sunak', 2022, 2024),
  l('GBR', 'Keir Starmer', 2024, null),
  l('GBR', 'William Hague', 2010, 2014),
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
  l('IND', 'Manmohan Singh', 2004, 2014, []),
  l('IND', 'Narendra Modi', 2014, null),
  l('IND', 'Sushma Swaraj', 2014, 2019),
  l('IND', ['Subrahmanyam Jaishankar', 'S. Jaishankar', 'S Jaishankar'], 2019, null, ['Jaishankar']),
  l('IND', 'Droupadi Murmu', 2022, null),
  // Brazil
  l('BRA', ['Luiz Inácio Lula da Silva', 'Luiz Inacio Lula da Silva', 'Lula da Silva'], 2003, 2010, ['Lula']),
  l('BRA', ['Luiz Inácio Lula da Silva', 'Luiz Inacio Lula da Silva', 'Lula da Silva'], 2023, null, ['Lula']),
  l('BRA', 'Dilma Rousseff', 2011, 2016),
  l('BRA', 'Michel Temer', 2016, 2018),
  l('BRA', 'Jair Bolsonaro', 2019, 2022),
  l('BRA', 'Celso Amorim', 2003, 2010),
  l('BRA', 'Mauro Vieira', 2023, null),
  // Argentina
  l('ARG', ['Cristina Fernández de Kirchner', 'Cristina Fernandez de Kirchner', 'Cristina Kirchner'], 2007, 2015, ['Kirchner']),
  l('ARG', 'Mauricio Macri', 2015, 2019),
  l('ARG', ['Alberto Fernández', 'Alberto Fernandez'], 2019, 2023, []),
  l('ARG', 'Javier Milei', 2023, null),
  l('ARG', 'Santiago Cafiero', 2021, 2023),
  l('ARG', 'Diana Mondino', 2023, 2024),
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
  l('KOR', 'Lee Jae-myung', 2025, null, []),
  l('KOR', 'Kang Kyung-wha', 2017, 2021, []),
  l('KOR', 'Park Jin', 2022, 2024, []),
  l('PRK', 'Kim Jong Il', 1994, 2011, []),
  l('PRK', ['Kim Jong Un', 'Kim Jong-un'], 2011, null, []),
  l('PRK', 'Choe Son Hui', 2022, null, []),
  // Indonesia
  l('IDN', 'Susilo Bambang Yudhoyono', 2004, 2014, ['Yudhoyono']),
  l('IDN', 'Joko Widodo', 2014, 2024, ['Widodo', 'Jokowi']),
  l('IDN', 'Prabowo Subianto', 2024, null, ['Prabowo']),
  l('IDN', 'Retno Marsudi', 2014, 2024),
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
  // The states of the evaluation articles
  l('MAR', ['King Mohammed VI', 'Mohammed VI'], 1999, null, []),
  l('MAR', 'Nasser Bourita', 2017, null),
  l('MAR', 'Aziz Akhannouch', 2021, null),
  l('IRN', ['Ali Khamenei', 'Ayatollah Ali Khamenei', 'Ayatollah Khamenei'], 1989, null, ['Khamenei']),
  l('IRN', 'Mahmoud Ahmadinejad', 2005, 2013),
  l('IRN', 'Hassan Rouhani', 2013, 2021),
  l('IRN', 'Ebrahim Raisi', 2021, 2024),
  l('IRN', 'Masoud Pezeshkian', 2024, null),
  l('IRN', ['Mohammad Javad Zarif', 'Javad Zarif'], 2013, 2021, ['Zarif']),
  l('IRN', 'Hossein Amir-Abdollahian', 2021, 2024, ['Amir-Abdollahian']),
  l('IRN', ['Abbas Araghchi', 'Abbas Araqchi'], 2024, null, ['Araghchi', 'Araqchi']),
  l('ISR', 'Ariel Sharon', 2001, 2006),
  l('ISR', 'Ehud Olmert', 2006, 2009),
  l('ISR', 'Benjamin Netanyahu', 2009, 2021),
  l('ISR', 'Benjamin Netanyahu', 2022, null),
  l('ISR', 'Naftali Bennett', 2021, 2022),
  l('ISR', 'Yair Lapid', 2021, 2022),
  l('ISR', 'Reuven Rivlin', 2014, 2021),
  l('ISR', 'Isaac Herzog', 2021, null),
  l('ISR', 'Gabi Ashkenazi', 2020, 2021),
  l('ISR', 'Gideon Saar', 2024, null),
  l('ISR', 'Avigdor Lieberman', 2009, 2015),
  l('QAT', ['Tamim bin Hamad Al Thani', 'Sheikh Tamim bin Hamad Al Thani', 'Sheikh Tamim'], 2013, null, ['Tamim']),
  l('QAT', 'Hamad bin Khalifa Al Thani', 1995, 2013, []),
  l('QAT', ['Mohammed bin Abdulrahman Al Thani', 'Sheikh Mohammed bin Abdulrahman Al Thani', 'Mohammed bin Abdulrahman'], 2016, null, []),
  l('ARE', ['Mohamed bin Zayed', 'Mohammed bin Zayed', 'Mohamed bin Zayed Al Nahyan', 'Mohammed bin Zayed al-Nahyan', 'Sheikh Mohamed bin Zayed'], 2004, null, ['MBZ']),
  l('ARE', 'Khalifa bin Zayed', 2004, 2022, []),
  l('ARE', ['Abdullah bin Zayed', 'Abdullah bin Zayed Al Nahyan', 'Sheikh Abdullah bin Zayed'], 2006, null, []),
  l('ARE', ['Mohammed bin Rashid', 'Mohammed bin Rashid Al Maktoum'], 2006, null, []),
  l('BHR', ['King Hamad', 'Hamad bin Isa Al Khalifa', 'King Hamad bin Isa Al Khalifa'], 1999, null, []),
  l('BHR', ['Abdullatif al-Zayani', 'Abdullatif Al Zayani'], 2020, null, ['al-Zayani', 'Zayani']),
  l('EGY', 'Hosni Mubarak', 1981, 2011),
  l('EGY', ['Mohamed Morsi', 'Mohamed Mursi', 'Mohammed Morsi'], 2012, 2013, ['Morsi', 'Mursi']),
  l('EGY', ['Abdel Fattah al-Sisi', 'Abdel Fattah el-Sisi', 'Abdel-Fattah el-Sissi', 'Abdel Fattah al-Sissi'], 2014, null, ['al-Sisi', 'el-Sisi', 'Sisi', 'el-Sissi', 'Sissi']),
  l('EGY', 'Sameh Shoukry', 2014, 2024),
  l('EGY', 'Badr Abdelatty', 2024, null),
  l('ETH', 'Meles Zenawi', 1995, 2012, ['Meles']),
  l('ETH', 'Hailemariam Desalegn', 2012, 2018, ['Hailemariam']),
  l('ETH', 'Abiy Ahmed', 2018, null, ['Abiy']),
  l('ETH', 'Demeke Mekonnen', 2020, 2024, ['Demeke']),
  l('ERI', 'Isaias Afwerki', 1993, null, ['Isaias', 'Afwerki']),
  l('ERI', 'Osman Saleh', 2007, null, []),
  l('LTU', ['Dalia Grybauskaitė', 'Dalia Grybauskaite'], 2009, 2019, ['Grybauskaitė', 'Grybauskaite']),
  l('LTU', ['Gitanas Nausėda', 'Gitanas Nauseda'], 2019, null, ['Nausėda', 'Nauseda']),
  l('LTU', 'Gabrielius Landsbergis', 2020, 2024),
  l('LTU', ['Ingrida Šimonytė', 'Ingrida Simonyte'], 2020, 2024, ['Šimonytė', 'Simonyte']),
  l('BLR', ['Alexander Lukashenko', 'Aleksandr Lukashenko', 'Alyaksandr Lukashenka'], 1994, null, ['Lukashenko', 'Lukashenka']),
  l('BLR', 'Vladimir Makei', 2012, 2022),
  l('TWN', 'Ma Ying-jeou', 2008, 2016, []),
  l('TWN', 'Tsai Ing-wen', 2016, 2024, ['Tsai']),
  l('TWN', 'Lai Ching-te', 2024, null, []),
  l('TWN', 'Joseph Wu', 2018, 2024, []),
  l('NIC', 'Daniel Ortega', 2007, null),
  l('NIC', 'Rosario Murillo', 2017, null),
  l('CZE', ['Miloš Zeman', 'Milos Zeman'], 2013, 2023, ['Zeman']),
  l('CZE', 'Petr Pavel', 2023, null, []),
  l('CZE', ['Andrej Babiš', 'Andrej Babis'], 2017, null, ['Babiš', 'Babis']),
  l('CZE', 'Petr Fiala', 2021, 2025),
  l('CUB', 'Fidel Castro', 1959, 2008),
  l('CUB', ['Raúl Castro', 'Raul Castro'], 2008, 2018, ['Castro']),
  l('CUB', ['Miguel Díaz-Canel', 'Miguel Diaz-Canel'], 2018, null, ['Díaz-Canel', 'Diaz-Canel']),
  l('CUB', ['Bruno Rodríguez', 'Bruno Rodriguez', 'Bruno Rodríguez Parrilla'], 2009, null, []),
  l('VAT', 'Pope John Paul II', 1978, 2005, []),
  l('VAT', 'Pope Benedict XVI', 2005, 2013, []),
  l('VAT', 'Pope Francis', 2013, 2025, []),
  l('VAT', 'Pope Leo XIV', 2025, null, []),
  l('UKR', 'Viktor Yanukovych', 2010, 2014),
  l('UKR', 'Petro Poroshenko', 2014, 2019),
  l('UKR', ['Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Volodymyr Zelenskiy'], 2019, null, ['Zelensky', 'Zelenskyy', 'Zelenskiy']),
  l('UKR', 'Arseniy Yatsenyuk', 2014, 2016),
  l('UKR', 'Dmytro Kuleba', 2020, 2024),
  l('UKR', 'Andrii Sybiha', 2024, null),
  l('POL', ['Andrzej Duda'], 2015, 2025),
  l('POL', 'Donald Tusk', 2007, 2014),
  l('POL', 'Donald Tusk', 2023, null),
  l('POL', 'Mateusz Morawiecki', 2017, 2023),
  l('POL', ['Radosław Sikorski', 'Radoslaw Sikorski'], 2007, 2014),
  l('POL', ['Radosław Sikorski', 'Radoslaw Sikorski'], 2023, null),
  l('POL', 'Zbigniew Rau', 2020, 2023),
  l('PHL', 'Rodrigo Duterte', 2016, 2022),
  l('PHL', ['Ferdinand Marcos Jr.', 'Ferdinand Marcos Jr', 'Ferdinand Marcos', 'Bongbong Marcos'], 2022, null, ['Marcos']),
  l('PHL', 'Enrique Manalo', 2022, 2025),
  l('SDN', ['Omar al-Bashir', 'Omar Hassan al-Bashir'], 1989, 2019, ['al-Bashir', 'Bashir']),
  l('SDN', ['Abdel Fattah al-Burhan', 'Abdel-Fattah Burhan'], 2019, null, ['al-Burhan', 'Burhan']),
  l('SDN', 'Abdalla Hamdok', 2019, 2022),
  l('SSD', ['Salva Kiir', 'Salva Kiir Mayardit'], 2011, null, ['Kiir']),
  l('SOM', 'Hassan Sheikh Mohamud', 2012, 2017, []),
  l('SOM', 'Hassan Sheikh Mohamud', 2022, null, []),
  l('SOM', ['Mohamed Abdullahi Mohamed', 'Mohamed Abdullahi Farmaajo'], 2017, 2022, ['Farmaajo', 'Farmajo']),
  l('SOM', 'Mohamed Hussein Roble', 2020, 2022, ['Roble']),
  l('KEN', 'Uhuru Kenyatta', 2013, 2022),
  l('KEN', 'William Ruto', 2022, null),
  l('KEN', 'Mwai Kibaki', 2002, 2013),
  l('GRC', 'Alexis Tsipras', 2015, 2019),
  l('GRC', 'Kyriakos Mitsotakis', 2019, null),
  l('GRC', 'Nikos Dendias', 2019, 2023),
  l('GRC', 'Giorgos Gerapetritis', 2023, null),
  l('LBY', ['Muammar Gaddafi', 'Moammar Gadhafi', 'Muammar al-Gaddafi'], 1969, 2011, ['Gaddafi', 'Gadhafi']),
  l('LBY', ['Fayez al-Sarraj', 'Fayez Sarraj', 'Fayez al-Serraj'], 2016, 2021, ['al-Sarraj', 'Sarraj', 'al-Serraj']),
  l('LBY', ['Abdul Hamid Dbeibah', 'Abdul Hamid al-Dbeibah'], 2021, null, ['Dbeibah']),
  l('CYP', 'Nicos Anastasiades', 2013, 2023),
  l('CYP', 'Nikos Christodoulides', 2018, null),
  l('SRB', ['Aleksandar Vučić', 'Aleksandar Vucic'], 2014, null, ['Vučić', 'Vucic']),
  l('SRB', ['Ivica Dačić', 'Ivica Dacic'], 2014, 2024, ['Dačić', 'Dacic']),
  l('SRB', ['Ana Brnabić', 'Ana Brnabic'], 2017, 2024, ['Brnabić', 'Brnabic']),
  l('XKX', ['Hashim Thaçi', 'Hashim Thaci'], 2016, 2020, ['Thaçi', 'Thaci']),
  l('XKX', 'Albin Kurti', 2020, null),
  l('XKX', 'Vjosa Osmani', 2021, null),
  l('XKX', 'Avdullah Hoti', 2020, 2021),
  l('ARM', 'Nikol Pashinyan', 2018, null),
  l('ARM', 'Ararat Mirzoyan', 2021, null),
  l('AZE', 'Ilham Aliyev', 2003, null),
  l('AZE', 'Jeyhun Bayramov', 2020, null),
  l('PER', 'Pedro Castillo', 2021, 2022),
  l('PER', 'Dina Boluarte', 2022, 2025),
  l('PER', ['Martín Vizcarra', 'Martin Vizcarra'], 2018, 2020),
  l('BOL', 'Evo Morales', 2006, 2019),
  l('BOL', 'Luis Arce', 2020, 2025),
  l('COL', ['Iván Duque', 'Ivan Duque'], 2018, 2022),
  l('COL', 'Gustavo Petro', 2022, null),
  l('COL', 'Juan Manuel Santos', 2010, 2018, []),
  l('COD', 'Joseph Kabila', 2001, 2019),
  l('COD', ['Félix Tshisekedi', 'Felix Tshisekedi'], 2019, null, ['Tshisekedi']),
  l('RWA', 'Paul Kagame', 2000, null),
  // Others news often names
  l('PAK', 'Imran Khan', 2018, 2022, []),
  l('PAK', 'Shehbaz Sharif', 2022, null, []),
  l('AFG', 'Ashraf Ghani', 2014, 2021),
  l('AFG', 'Hamid Karzai', 2001, 2014),
  l('IRQ', 'Saddam Hussein', 1979, 2003, ['Saddam']),
  l('SYR', ['Bashar al-Assad', 'Bashar Assad'], 2000, 2024, ['Assad', 'al-Assad']),
  l('SYR', ['Ahmed al-Sharaa', 'Ahmad al-Sharaa'], 2025, null, ['al-Sharaa', 'Sharaa']),
  l('JOR', 'King Abdullah II', 1999, null, ['King Abdullah']),
  l('VEN', ['Hugo Chávez', 'Hugo Chavez'], 1999, 2013, ['Chávez', 'Chavez']),
  l('VEN', ['Nicolás Maduro', 'Nicolas Maduro'], 2013, null, ['Maduro']),
  l('HUN', 'Viktor Orbán', 2010, null, ['Orbán', 'Orban']),
  l('pa', 'Mahmoud Abbas', 2005, null),
  // More states in international news (heads of state and government, and a few foreign ministers)
  l('DZA', 'Abdelmadjid Tebboune', 2019, null),
  l('DZA', 'Ramtane Lamamra', 2021, 2023),
  l('DZA', 'Ahmed Attaf', 2023, null),
  l('TUN', ['Kais Saied', 'Kaïs Saïed'], 2019, null, ['Saied', 'Saïed']),
  l('NER', 'Mohamed Bazoum', 2021, 2023),
  l('NER', 'Mahamadou Issoufou', 2011, 2021),
  l('NER', 'Abdourahamane Tiani', 2023, null, ['Tiani', 'Tchiani']),
  l('MLI', ['Assimi Goïta', 'Assimi Goita'], 2021, null, ['Goïta', 'Goita']),
  l('BFA', ['Ibrahim Traoré', 'Ibrahim Traore'], 2022, null, []),
  l('NGA', 'Muhammadu Buhari', 2015, 2023),
  l('NGA', 'Bola Tinubu', 2023, null),
  l('GHA', 'Nana Akufo-Addo', 2017, 2025),
  l('GHA', 'John Mahama', 2025, null),
  l('SEN', 'Macky Sall', 2012, 2024),
  l('SEN', 'Bassirou Diomaye Faye', 2024, null, []),
  l('UGA', 'Yoweri Museveni', 1986, null),
  l('TZA', 'John Magufuli', 2015, 2021),
  l('TZA', 'Samia Suluhu Hassan', 2021, null, []),
  l('ZWE', 'Robert Mugabe', 1987, 2017),
  l('ZWE', 'Emmerson Mnangagwa', 2017, null),
  l('TCD', ['Idriss Déby', 'Idriss Deby'], 1990, 2021, ['Déby', 'Deby']),
  l('TCD', ['Mahamat Idriss Déby', 'Mahamat Idriss Deby', 'Mahamat Deby'], 2021, null, ['Déby', 'Deby']),
  l('AGO', ['João Lourenço', 'Joao Lourenco'], 2017, null, ['Lourenço', 'Lourenco']),
  l('LBN', 'Michel Aoun', 2016, 2022),
  l('LBN', 'Joseph Aoun', 2025, null),
  l('LBN', 'Najib Mikati', 2021, 2025),
  l('LBN', 'Nawaf Salam', 2025, null, []),
  l('OMN', ['Sultan Haitham bin Tariq', 'Haitham bin Tariq', 'Sultan Haitham'], 2020, null, []),
  l('OMN', ['Sultan Qaboos bin Said', 'Sultan Qaboos'], 1970, 2020, ['Qaboos']),
  l('SWE', 'Ulf Kristersson', 2022, null),
  l('SWE', 'Magdalena Andersson', 2021, 2022, []),
  l('FIN', ['Sauli Niinistö', 'Sauli Niinisto'], 2012, 2024, ['Niinistö', 'Niinisto']),
  l('FIN', 'Alexander Stubb', 2024, null),
  l('FIN', 'Sanna Marin', 2019, 2023, []),
  l('NOR', ['Jonas Gahr Støre', 'Jonas Gahr Store'], 2021, null, ['Støre']),
  l('DNK', 'Mette Frederiksen', 2019, null),
  l('MDA', 'Maia Sandu', 2020, null),
  l('GEO', 'Irakli Kobakhidze', 2024, null),
  l('GEO', 'Salome Zourabichvili', 2018, 2024),
  l('ROU', 'Klaus Iohannis', 2014, 2025),
  l('SVK', 'Robert Fico', 2023, null),
  l('AUT', 'Karl Nehammer', 2021, 2025),
  l('ALB', 'Edi Rama', 2013, null, []),
  l('THA', ['Prayuth Chan-ocha', 'Prayut Chan-o-cha'], 2014, 2023, ['Prayuth', 'Prayut']),
  l('THA', 'Srettha Thavisin', 2023, 2024, ['Srettha']),
  l('THA', 'Paetongtarn Shinawatra', 2024, 2025, ['Paetongtarn']),
  l('MMR', 'Min Aung Hlaing', 2021, null, []),
  l('MMR', 'Aung San Suu Kyi', 2016, 2021, ['Suu Kyi']),
  l('BGD', 'Sheikh Hasina', 2009, 2024, ['Hasina']),
  l('BGD', 'Muhammad Yunus', 2024, null),
  l('SGP', 'Lee Hsien Loong', 2004, 2024, []),
  l('SGP', 'Lawrence Wong', 2024, null, []),
  l('MYS', 'Anwar Ibrahim', 2022, null, ['Anwar']),
  l('NZL', 'Jacinda Ardern', 2017, 2023),
  l('NZL', 'Christopher Luxon', 2023, null),
  l('KAZ', 'Kassym-Jomart Tokayev', 2019, null),
  l('UZB', 'Shavkat Mirziyoyev', 2016, null),
  l('GUY', 'Irfaan Ali', 2020, null, []),
  l('CHL', 'Gabriel Boric', 2022, null),
  l('CHL', ['Sebastián Piñera', 'Sebastian Pinera'], 2018, 2022, ['Piñera', 'Pinera']),
  l('ECU', 'Daniel Noboa', 2023, null),
  l('ECU', 'Guillermo Lasso', 2021, 2023),
  l('HND', 'Xiomara Castro', 2022, null, []),
  l('SLV', 'Nayib Bukele', 2019, null),
  l('GTM', ['Bernardo Arévalo', 'Bernardo Arevalo'], 2024, null, ['Arévalo', 'Arevalo']),
  l('PAN', ['José Raúl Mulino', 'Jose Raul Mulino'], 2024, null, ['Mulino']),
  l('PRY', ['Santiago Peña', 'Santiago Pena'], 2023, null, []),
  // Heads of organisations act for them
  l('nato', 'Jens Stoltenberg', 2014, 2024),
  l('nato', 'Mark Rutte', 2024, null),
  l('NLD', 'Mark Rutte', 2010, 2024),
  l('eu', 'Ursula von der Leyen', 2019, null, ['von der Leyen']),
  l('eu', 'Josep Borrell', 2019, 2024),
  l('eu', 'Kaja Kallas', 2024, null),
  l('un', ['António Guterres', 'Antonio Guterres'], 2017, null, ['Guterres']),
  l('un', 'Ban Ki-moon', 2007, 2016, []),
  // (After the EU's entry, so that her full name is the EU's foreign policy chief's.)
  l('EST', 'Kaja Kallas', 2021, 2024),
];

/** Every name and short name of a leader, with and without diacritics. */
function spellings(name: string): string[] {
  const plain = name.normalize('NFD').replace(/\p{M}/gu, '');
  return plain === name ? [name] : [name, plain];
}

/**
 * The names that stand for an actor in an article published on `published` (YYYY-MM-DD, or null
 * when unknown): full names always, short names when their holder was in office then (and, with no
 * date, when no two leaders share the short name).
 */
export function leaderNames(published: string | null): Map<string, string> {
  const year = published ? Number(published.slice(0, 4)) : null;
  const names = new Map<string, string>();
  for (const leader of LEADERS) for (const name of leader.names) for (const s of spellings(name)) if (!names.has(s)) names.set(s, leader.actor);
  const inOffice = LEADERS.filter((leader) => year === null || (year >= leader.from && year <= (leader.to ?? 9999) + 1));
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

/** Every spelling of every full name of a leader who has short names, with the leader: what to look for in an article. */
export function leaderFullNames(): [string, Leader][] {
  return LEADERS.filter((leader) => leader.short.length > 0).flatMap((leader) => leader.names.flatMap((name) => spellings(name).map((s) => [s, leader] as [string, Leader])));
}

/**
 * "... begun under Barack Obama. ... as Obama restored relations": the short names of the leaders an
 * article names in full (`named`, found by the caller), whatever its date (a short name no other named
 * leader shares).
 */
export function namedLeaderShortNames(named: Iterable<Leader>): Map<string, string> {
  return unsharedShortNames(new Set(named));
}
