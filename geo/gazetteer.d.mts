export interface GazetteerEntry {
  id: string;
  names: string[];
  demonyms: string[];
  capitals: string[];
  kinds?: string[];
  borders?: string[];
}
export function gazetteerEntries(worldCountries: unknown[]): GazetteerEntry[];
