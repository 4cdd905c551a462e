export interface GazetteerEntry {
  id: string;
  names: string[];
  demonyms: string[];
  capitals: string[];
  kinds?: string[];
  borders?: string[];
  coasts?: string[];
  /** A territory's sovereign: its names are places of that state's. */
  sovereign?: string;
}
export function gazetteerEntries(worldCountries: unknown[], coasts?: Map<string, string[]>): GazetteerEntry[];
