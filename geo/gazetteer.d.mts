export interface GazetteerEntry {
  id: string;
  names: string[];
  demonyms: string[];
  capitals: string[];
}
export function gazetteerEntries(worldCountries: unknown[]): GazetteerEntry[];
