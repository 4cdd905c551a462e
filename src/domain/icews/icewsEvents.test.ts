import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventsToClaims } from '../gdelt/eventsToClaims';
import type { GdeltEvent } from '../gdelt/gdeltEvents';
import { stateNames } from '../geo/actorSearch';
import { type CountriesTopology, countryIndex } from '../geo/countryIndex';
import { icewsHeaderOf, parseIcewsRow } from './icewsEvents';

const HEADER = 'Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\tIntensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number\tPublisher\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude';
const row = (cells: Partial<Record<string, string>>) =>
  HEADER.split('\t')
    .map((name) => cells[name] ?? '')
    .join('\t');

const countries = countryIndex(JSON.parse(readFileSync(join(process.cwd(), 'public/countries.topo.json'), 'utf8')) as CountriesTopology);
const names = new Map(stateNames(countries).map(([n, c]) => [n.toLowerCase(), c]));
const codeOf = (name: string) => names.get(name.toLowerCase());

describe('ICEWS coded-event files', () => {
  const header = icewsHeaderOf(HEADER)!;

  it('know the header row the format documents, and nothing else', () => {
    expect(header['CAMEO Code']).toBe(6);
    expect(icewsHeaderOf('GLOBALEVENTID\tSQLDATE\tMonthYear')).toBeNull();
    expect(icewsHeaderOf(HEADER.replace(/\t/g, ','))).toBeNull();
  });

  it('read a row between two states named as ICEWS names them: the CAMEO code gives the stance, Intensity the Goldstein score', () => {
    const r = parseIcewsRow(
      row({ 'Event ID': '926685', 'Event Date': '2016-10-13', 'Source Name': 'Sergey Lavrov', 'Source Country': 'Russian Federation', 'Event Text': 'Accuse', 'CAMEO Code': '112', Intensity: '-2', 'Target Name': 'United States', 'Target Country': 'United States', Publisher: 'Reuters' }),
      header,
      codeOf,
    );
    expect('event' in r && r.event).toMatchObject({ id: 'icews-926685', date: '2016-10-13', a: 'RUS', b: 'USA', eventCode: '112', stance: 'tense', goldstein: -2, dataset: 'ICEWS' });
  });

  it('count every row it cannot take under its reason', () => {
    const base = { 'Event ID': '1', 'Event Date': '2016-10-13', 'Source Country': 'France', 'Target Country': 'Germany', 'CAMEO Code': '042', Intensity: '1.9' };
    expect(parseIcewsRow(row({ ...base, 'Target Country': '' }), header, codeOf)).toEqual({ skip: 'one side missing' });
    expect(parseIcewsRow(row({ ...base, 'Target Country': 'Atlantis' }), header, codeOf)).toEqual({ skip: 'unknown country name' });
    expect(parseIcewsRow(row({ ...base, 'Target Country': 'France' }), header, codeOf)).toEqual({ skip: 'same state on both sides' });
    expect(parseIcewsRow(row({ ...base, 'CAMEO Code': 'xyz' }), header, codeOf)).toEqual({ skip: 'not a CAMEO code' });
    expect(parseIcewsRow(row({ ...base, 'Event Date': '13/10/2016' }), header, codeOf)).toEqual({ skip: 'malformed row' });
    expect(parseIcewsRow('1\t2016-10-13', header, codeOf)).toEqual({ skip: 'malformed row' });
    // A code whose leading zero a spreadsheet dropped is read as CAMEO wrote it.
    const r = parseIcewsRow(row({ ...base, 'CAMEO Code': '42' }), header, codeOf);
    expect('event' in r && r.event.eventCode).toBe('042');
  });

  it('become a data set named ICEWS, its claims citing the publisher', () => {
    const r = parseIcewsRow(
      row({ 'Event ID': '7', 'Event Date': '2016-10-13', 'Source Country': 'France', 'Target Country': 'Germany', 'CAMEO Code': '042', Intensity: '1.9', Publisher: 'Agence France-Presse' }),
      header,
      codeOf,
    );
    const { article, claims } = eventsToClaims(['event' in r ? r.event : (null as unknown as GdeltEvent)], 'events.tab');
    expect(article.title).toBe('ICEWS events: events.tab');
    expect(claims[0]).toMatchObject({ id: 'icews-7', attribution: 'ICEWS, machine-coded from media', event: { dataset: 'ICEWS', goldstein: 1.9 } });
    expect(claims[0]?.evidence.quote).toContain('Source: Agence France-Presse (no address given)');
  });
});
