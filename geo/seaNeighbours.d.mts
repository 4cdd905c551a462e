export function seaNeighbours(atlas: unknown, worldCountries: unknown[], km?: number): Map<string, string[]>;
