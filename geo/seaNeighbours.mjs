// States whose coasts face each other across a strait or a narrow sea: Japan and South Korea, Britain
// and France, Bahrain and Qatar. News calls them "neighbours" as it does states with a land border, and
// world-countries lists only land borders. Computed from the Natural Earth outlines world-atlas carries:
// two states are sea neighbours when some point of one's coast (an outline's arcs that no other state
// shares) lies within `km` of the other's coast.

const EARTH_KM = 6371;

/**
 * For a world-atlas topology (ids ISO 3166-1 numeric) and world-countries records, a map from each
 * state's alpha-3 id to the states (alpha-3) within `km` of its coast that it has no land border with.
 */
export function seaNeighbours(atlas, worldCountries, km = 400) {
  const alpha3 = new Map(worldCountries.map((c) => [c.ccn3, c.cca3]));
  const land = new Map(worldCountries.map((c) => [c.cca3, new Set(c.borders ?? [])]));
  // Every coast point, in cells of a degree of latitude and longitude, each holding the states with a point in it.
  const cells = new Map();
  const key = (i, j) => (i + 90) * 360 + (((j + 180) % 360) + 360) % 360;
  const geometries = atlas.objects.countries.geometries;
  const arcsOf = (g) => (g.type === 'Polygon' ? g.arcs.flat() : g.type === 'MultiPolygon' ? g.arcs.flat(2) : []).map((a) => (a < 0 ? ~a : a));
  const uses = new Map();
  for (const g of geometries) for (const a of arcsOf(g)) uses.set(a, (uses.get(a) ?? 0) + 1);
  const { scale = [1, 1], translate = [0, 0] } = atlas.transform ?? {};
  const seen = new Set();
  for (const g of geometries) {
    const id = alpha3.get(g.id);
    if (!id) continue;
    for (const a of arcsOf(g)) {
      if (uses.get(a) !== 1) continue;
      let x = 0;
      let y = 0;
      for (const [dx, dy] of atlas.arcs[a]) {
        [x, y] = atlas.transform ? [x + dx, y + dy] : [dx, dy];
        const [lon, lat] = [x * scale[0] + translate[0], y * scale[1] + translate[1]];
        // (One point per tenth of a degree is enough: the distances wanted are hundreds of kilometres.)
        const fine = `${id}${Math.round(lat * 10) * 3600 + Math.round(lon * 10)}`;
        if (seen.has(fine)) continue;
        seen.add(fine);
        const k = key(Math.floor(lat), Math.floor(lon));
        let points = cells.get(k);
        if (!points) cells.set(k, (points = []));
        points.push([id, lon, lat]);
      }
    }
  }
  const near = new Map();
  const rad = Math.PI / 180;
  // (The haversine distance d3-geo's geoDistance also gives; written out here because this runs for every pair of coast
  // points in nearby cells, and geoDistance's two arrays a call made the whole computation about a third slower, 190 to 260 ms.)
  const distance = (lon1, lat1, lon2, lat2) => {
    const h = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
    return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  };
  // Each cell's points by state, then each pair of states in cells close enough, until one pair of points is.
  const byState = new Map();
  for (const [k, points] of cells) {
    const states = new Map();
    for (const p of points) (states.get(p[0]) ?? states.set(p[0], []).get(p[0])).push(p);
    byState.set(k, states);
  }
  // (Each pair of cells once: rows to the north, and cells to the east on the row itself.)
  const reachLat = Math.ceil(km / 111);
  const reachLon = (row) => Math.min(180, Math.ceil(km / (111 * Math.max(0.05, Math.cos(Math.min(89, Math.abs(row) + 1) * rad)))));
  const known = (a, b) => a === b || land.get(a)?.has(b) || near.get(a)?.has(b); // (the same state, land neighbours, or found already)
  for (const [k, states] of byState) {
    const [i, j] = [Math.floor(k / 360) - 90, (k % 360) - 180];
    for (let di = 0; di <= reachLat; di++) {
      const reach = reachLon(Math.max(Math.abs(i), Math.abs(i + di)));
      for (let dj = di === 0 ? 0 : -reach; dj <= reach; dj++) {
        const other = byState.get(key(i + di, j + dj));
        if (!other) continue;
        for (const [a, mine] of states) for (const [b, theirs] of other) {
          if (known(a, b)) continue;
          if (mine.some(([, lon1, lat1]) => theirs.some(([, lon2, lat2]) => distance(lon1, lat1, lon2, lat2) <= km))) {
            for (const [x, y] of [[a, b], [b, a]]) (near.get(x) ?? near.set(x, new Set()).get(x)).add(y);
          }
        }
      }
    }
  }
  return new Map([...near].map(([id, ids]) => [id, [...ids].sort()]));
}
