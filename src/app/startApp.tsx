// The page around the map: React and everything it shows, loaded while the map starts (src/main.ts).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { CountryIndex } from '../domain/geo/countryIndex';
import type { MapController } from '../map/MapController';
import { Workspace } from './Workspace';

/** Renders the page around `map`, which already exists and is loading the countries. */
export function startApp(root: HTMLElement, countries: CountryIndex, map: MapController): void {
  createRoot(root).render(
    <StrictMode>
      <Workspace countries={countries} map={map} />
    </StrictMode>,
  );
}
