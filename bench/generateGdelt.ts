// A seeded generator of GDELT 2.0 export rows with the shape of the real slices in
// ../shared/data/gdelt: about three rows in four with one side missing, some with the same state on
// both sides or a regional code, the rest between states with a few hubs; event codes in the
// proportions of the real root codes; mentions skewed to few.
import { random } from './generateWorkspace';

const STATES = ['USA', 'CHN', 'RUS', 'GBR', 'ISR', 'IRN', 'SYR', 'FRA', 'DEU', 'IND', 'PAK', 'TUR', 'UKR', 'JPN', 'KOR', 'PRK', 'SAU', 'EGY', 'AFG', 'IRQ', 'CAN', 'AUS', 'MEX', 'BRA', 'NGA', 'ZAF', 'KEN', 'ETH', 'QAT', 'ARE', 'LBN', 'JOR', 'YEM', 'LBY', 'MAR', 'DZA', 'TUN', 'ITA', 'ESP', 'POL', 'GRC', 'SWE', 'NOR', 'NLD', 'BEL', 'CHE', 'AUT', 'HUN', 'ROU', 'BGR', 'SRB', 'HRV', 'VNM', 'THA', 'PHL', 'IDN', 'MYS', 'SGP', 'BGD', 'LKA', 'NPL', 'MMR', 'KAZ', 'UZB', 'AZE', 'ARM', 'GEO', 'BLR', 'LTU', 'LVA', 'EST', 'FIN', 'DNK', 'IRL', 'PRT', 'CUB', 'VEN', 'COL', 'PER', 'CHL', 'ARG', 'BOL', 'ECU', 'NIC', 'HND', 'GTM', 'SLV', 'PAN', 'DOM', 'HTI', 'JAM', 'SDN', 'SSD', 'SOM', 'UGA', 'TZA', 'RWA', 'COD', 'AGO', 'ZWE', 'ZMB', 'MOZ', 'GHA', 'CIV', 'SEN', 'MLI', 'NER', 'TCD', 'CMR', 'TWN', 'NZL', 'OMN', 'KWT', 'BHR'];
const REGIONS = ['EUR', 'AFR', 'ASA', 'MEA', 'WST', 'PGS', 'SAS', 'SEA'];
// EventRootCode counts 01–20 in the real sample.
const ROOT_COUNTS = [2046, 1079, 1091, 3442, 1327, 361, 477, 652, 318, 195, 1010, 462, 225, 159, 59, 158, 666, 262, 973, 6];
const QUAD = [1, 1, 1, 1, 1, 2, 2, 2, 1, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4];

/** `count` rows; with `between` true, every row is an event between two different states (the "200,000 imported events"). */
export function generateGdeltRows(count: number, seed = 7, sliceDate = '20191024143000', between = false): string {
  const rand = random(seed);
  const total = ROOT_COUNTS.reduce((a, b) => a + b, 0);
  const pickRoot = () => {
    let r = rand() * total;
    for (let i = 0; i < ROOT_COUNTS.length; i++) {
      r -= ROOT_COUNTS[i]!;
      if (r <= 0) return i + 1;
    }
    return 1;
  };
  // Hubs: early states in the list are far more common.
  const pickState = () => STATES[Math.floor(STATES.length * rand() ** 2.2)]!;
  const year = Number(sliceDate.slice(0, 4));
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const c = Array.from({ length: 61 }, () => '');
    const root = pickRoot();
    const day = new Date(Date.UTC(year - 1, 9, 24) + Math.floor(rand() * 365) * 86_400_000);
    c[0] = String(800_000_000 + i);
    c[1] = day.toISOString().slice(0, 10).replace(/-/g, '');
    const r = rand();
    const a = pickState();
    let b = r < 0.755 ? '' : r < 0.815 ? a : r < 0.84 ? REGIONS[Math.floor(rand() * REGIONS.length)]! : pickState();
    while (between && (b === '' || b === a || REGIONS.includes(b))) b = pickState();
    if (rand() < 0.5) {
      c[7] = a;
      c[17] = b;
    } else {
      c[7] = b;
      c[17] = a;
    }
    c[6] = c[7] ? `${c[7]} ACTOR` : '';
    c[16] = c[17] ? `${c[17]} ACTOR` : '';
    const code = `${String(root).padStart(2, '0')}${rand() < 0.5 ? '0' : String(1 + Math.floor(rand() * 6))}`;
    c[26] = code;
    c[27] = code;
    c[28] = String(root).padStart(2, '0');
    c[29] = String(QUAD[root - 1]);
    c[30] = ((QUAD[root - 1]! <= 2 ? 1 : -1) * Math.round(rand() * 100) / 10).toFixed(1);
    c[25] = rand() < 0.6 ? '1' : '0';
    c[31] = String(1 + Math.floor(rand() ** 3 * 60));
    c[32] = String(1 + Math.floor(rand() ** 6 * 8));
    c[59] = sliceDate;
    c[60] = `https://news.example.org/${i}`;
    lines.push(c.join('\t'));
  }
  return `${lines.join('\n')}\n`;
}

const ICEWS_HEADER = [
  'Event ID', 'Event Date', 'Source Name', 'Source Sectors', 'Source Country', 'Event Text', 'CAMEO Code', 'Intensity', 'Target Name', 'Target Sectors',
  'Target Country', 'Story ID', 'Sentence Number', 'Publisher', 'City', 'District', 'Province', 'Country', 'Latitude', 'Longitude',
];

/**
 * A seeded ICEWS coded-event file (its tab-separated header row, then `count` rows): countries by
 * `names` (code -> a name the map knows), about three rows in ten within one country (as ICEWS's
 * domestic events are), a few with a country the map does not know, the rest between states.
 */
export function generateIcewsRows(count: number, names: ReadonlyMap<string, string>, seed = 11): string {
  const rand = random(seed);
  const known = STATES.filter((c) => names.has(c));
  const pick = () => known[Math.floor(known.length * rand() ** 2.2)]!;
  const lines = [ICEWS_HEADER.join('\t')];
  for (let i = 0; i < count; i++) {
    const a = pick();
    const r = rand();
    const b = r < 0.3 ? a : pick();
    const root = 1 + Math.floor(rand() * 20);
    const code = `${String(root).padStart(2, '0')}${rand() < 0.5 ? '0' : String(1 + Math.floor(rand() * 4))}`;
    const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(rand() * 365) * 86_400_000).toISOString().slice(0, 10);
    const target = r > 0.97 ? 'Atlantis' : names.get(b)!;
    const row = [String(30_000_000 + i), day, `${names.get(a)} Government`, 'Government', names.get(a)!, 'Event', code, ((root <= 8 ? 1 : -1) * Math.round(rand() * 100) / 10).toFixed(1),
      `${target} Government`, 'Government', target, String(50_000_000 + i), '1', 'Wire', '', '', '', names.get(a)!, '0', '0'];
    lines.push(row.join('\t'));
  }
  return `${lines.join('\n')}\n`;
}
