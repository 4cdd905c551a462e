// The map as an image, for the PNG export: drawn at a chosen pixel ratio and copied in the frame it
// is drawn (a WebGL canvas read later is blank).
import type { Map as MapLibreMap } from 'maplibre-gl';

const once = (map: MapLibreMap, event: 'idle' | 'render') => new Promise<void>((resolve) => map.once(event, () => resolve()));

/**
 * The map drawn at `ratio` times the screen's pixels, copied into a 2D canvas. MapLibre draws the
 * larger canvas, the copy is taken in the frame it is drawn, and the screen's ratio is put back.
 * `capped` says when MapLibre's maximum canvas size gave fewer pixels than asked.
 */
export async function captureMap(
  map: MapLibreMap,
  size: { width: number; height: number },
  ratio: number,
): Promise<{ canvas: HTMLCanvasElement; capped: boolean; asked: { width: number; height: number } }> {
  const screen = map.getPixelRatio();
  const asked = { width: Math.round(size.width * ratio), height: Math.round(size.height * ratio) };
  try {
    if (ratio !== screen) {
      map.setPixelRatio(ratio);
      await once(map, 'idle');
    }
    const copy = document.createElement('canvas');
    const drawn = once(map, 'render').then(() => {
      const source = map.getCanvas();
      copy.width = source.width;
      copy.height = source.height;
      copy.getContext('2d')?.drawImage(source, 0, 0);
    });
    map.triggerRepaint();
    await drawn;
    return { canvas: copy, capped: copy.width < asked.width || copy.height < asked.height, asked };
  } finally {
    if (map.getPixelRatio() !== screen) map.setPixelRatio(screen);
  }
}
