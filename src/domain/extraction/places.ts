// Cities and regions that news of conflict and diplomacy names, each with the state it lies in
// (Natural Earth's, as the map draws it). A place is where something happens or what an attack
// strikes ("Russian missiles hit Kharkiv": Ukraine), never who acts or speaks: extraction reads it
// only as a place. Capitals are the gazetteer's (world-countries) and not repeated here; a region
// whose de facto authorities are an actor of their own is named here only by the place's name
// ("Crimea" is Ukraine's territory; "Crimean leaders" are src/domain/claims/actors.ts's `crimea`).
// Left out: names two states claim or share ("Kashmir", "Punjab", "Abyei"), and names that are also
// common words or people.

export const PLACES: Record<string, readonly string[]> = {
  UKR: ['Kharkiv', 'Kharkov', 'Odesa', 'Odessa', 'Lviv', 'Mariupol', 'Donetsk', 'Luhansk', 'Lugansk', 'Bakhmut', 'Zaporizhzhia', 'Zaporizhzhia nuclear plant', 'Kherson', 'Dnipro', 'Mykolaiv', 'Sumy', 'Chernihiv', 'Kramatorsk', 'Avdiivka', 'Pokrovsk', 'Bucha', 'Irpin', 'Izium', 'Donbas', 'Donbass', 'Crimea', 'Crimean Peninsula', 'Sevastopol', 'Kerch Bridge', 'Snake Island'],
  RUS: ['Belgorod', 'Kursk', 'Bryansk', 'Kaliningrad', 'St Petersburg', 'St. Petersburg', 'Saint Petersburg', 'Sochi', 'Chechnya', 'Grozny', 'Novorossiysk', 'Rostov-on-Don', 'Vladivostok', 'Siberia'],
  PSE: ['Gaza', 'Gaza Strip', 'Rafah', 'Khan Younis', 'Khan Yunis', 'Jabalia', 'Gaza City', 'West Bank', 'Jenin', 'Nablus', 'Ramallah', 'Hebron', 'Tulkarm', 'Bethlehem'],
  ISR: ['Tel Aviv', 'Haifa', 'Eilat', 'Ashkelon', 'Ashdod', 'Sderot', 'Negev', 'Dimona', 'Beersheba'],
  LBN: ['Tyre', 'Sidon', 'Baalbek', 'Nabatieh', 'Bekaa Valley', 'Dahiyeh'],
  SYR: ['Aleppo', 'Idlib', 'Homs', 'Hama', 'Latakia', 'Tartus', 'Raqqa', 'Deir ez-Zor', 'Deir el-Zor', 'Deir al-Zor', 'Palmyra', 'Daraa', 'Qamishli', 'Afrin', 'Kobani'],
  IRQ: ['Mosul', 'Erbil', 'Basra', 'Kirkuk', 'Fallujah', 'Ramadi', 'Sulaymaniyah', 'Tikrit', 'Anbar', 'Iraqi Kurdistan'],
  YEM: ['Aden', 'Hodeidah', 'Marib', 'Taiz', 'Saada'],
  SAU: ['Jeddah', 'Abqaiq', 'Jizan', 'Mecca', 'Medina', 'Dhahran', 'NEOM'],
  IRN: ['Isfahan', 'Natanz', 'Fordow', 'Bandar Abbas', 'Kerman', 'Mashhad', 'Tabriz', 'Shiraz', 'Bushehr', 'Sistan-Baluchestan', 'Sistan and Baluchestan'],
  PAK: ['Karachi', 'Lahore', 'Peshawar', 'Quetta', 'Rawalpindi', 'Balochistan', 'Khyber Pakhtunkhwa', 'Gwadar'],
  IND: ['Mumbai', 'Kolkata', 'Chennai', 'Bengaluru', 'Bangalore', 'Hyderabad', 'Arunachal Pradesh', 'Ladakh', 'Manipur', 'Gujarat'],
  AFG: ['Kandahar', 'Herat', 'Jalalabad', 'Mazar-i-Sharif', 'Bagram', 'Panjshir', 'Helmand', 'Kunar', 'Nangarhar', 'Khost', 'Paktika', 'Kunduz'],
  ETH: ['Tigray', 'Mekelle', 'Amhara', 'Oromia', 'Afar region', 'Bahir Dar', 'Grand Ethiopian Renaissance Dam'],
  SDN: ['Darfur', 'El Fasher', 'Omdurman', 'Port Sudan', 'Kordofan', 'Kassala', 'Wad Madani'],
  COD: ['Goma', 'North Kivu', 'South Kivu', 'Bukavu', 'Ituri', 'Lubumbashi'],
  SOM: ['Kismayo', 'Jubaland', 'Puntland', 'Baidoa'],
  LBY: ['Benghazi', 'Misrata', 'Sirte'],
  MLI: ['Timbuktu', 'Gao', 'Kidal', 'Mopti'],
  NGA: ['Lagos', 'Maiduguri', 'Borno'],
  EGY: ['Sinai', 'Alexandria', 'Sharm el-Sheikh', 'El Alamein', 'Suez Canal'],
  AZE: ['Nagorno-Karabakh', 'Karabakh', 'Stepanakert', 'Khankendi', 'Shusha', 'Nakhchivan', 'Lachin corridor'],
  ARM: ['Syunik', 'Gyumri'],
  GEO: ['Tskhinvali', 'Sukhumi', 'Batumi'],
  CYP: ['Famagusta', 'Varosha', 'Northern Cyprus'],
  CHN: ['Xinjiang', 'Tibet', 'Shanghai', 'Guangzhou', 'Shenzhen', 'Fujian', 'Wuhan', 'Hainan'],
  TWN: ['Kinmen', 'Matsu', 'Kaohsiung'],
  KOR: ['Busan', 'Panmunjom'],
  PRK: ['Yongbyon', 'Kaesong', 'Wonsan'],
  JPN: ['Okinawa', 'Osaka', 'Hiroshima', 'Nagasaki', 'Fukushima', 'Hokkaido'],
  PHL: ['Mindanao', 'Palawan'],
  GUY: ['Essequibo'],
  COL: ['Cucuta', 'Cúcuta', 'Medellin', 'Medellín'],
  VEN: ['Maracaibo'],
  USA: ['New York', 'Hawaii', 'Guam', 'Alaska', 'Pearl Harbor', 'Mar-a-Lago', 'Camp David'],
  ESP: ['Ceuta', 'Melilla', 'Catalonia', 'Barcelona', 'Canary Islands'],
  FRA: ['Marseille', 'New Caledonia', 'Mayotte', 'Réunion', 'Reunion', 'French Guiana', 'Guadeloupe', 'Martinique'], // (and the overseas departments, which the gazetteer leaves out: geo/gazetteer.mjs)
  GBR: ['Northern Ireland', 'Scotland', 'Manchester', 'Falklands', 'Malvinas'], // (and the overseas territories, by the gazetteer's names: geo/gazetteer.mjs)
  DEU: ['Munich', 'Frankfurt', 'Hamburg', 'Ramstein'],
  POL: ['Rzeszow', 'Rzeszów', 'Przewodow', 'Krakow', 'Kraków'],
  TUR: ['Istanbul', 'Incirlik', 'Izmir', 'Gaziantep'],
  MAR: ['Casablanca', 'Tangier', 'Marrakech'],
  DZA: ['Oran', 'Tindouf'],
  MMR: ['Rakhine', 'Yangon', 'Mandalay'],
  // Commercial hubs and former capitals that news names as a state's ports and markets ("banana imports from Dar es Salaam").
  TZA: ['Dar es Salaam', 'Zanzibar'],
  KEN: ['Mombasa'],
  ZAF: ['Johannesburg', 'Cape Town', 'Durban'],
  CIV: ['Abidjan'],
  KAZ: ['Almaty'],
  BRA: ['Rio de Janeiro', 'São Paulo', 'Sao Paulo'],
  ARE: ['Dubai'],
  VNM: ['Ho Chi Minh City'],
  BGD: ['Chittagong', 'Chattogram'],
};
