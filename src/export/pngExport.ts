// PNG export: the map as MapLibre drew it at the asked pixel ratio, with the overlay (title, legend,
// date, source line) drawn over it from the same SVG the vector export uses.
import { type OverlayInfo, overlaySvg } from './svgMap';

export interface PngResult {
  blob: Blob;
  width: number;
  height: number;
  /** Set when MapLibre's maximum canvas size gave fewer pixels than asked. */
  cappedFrom: { width: number; height: number } | null;
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the overlay image did not load'));
    image.src = url;
  });
}

export async function composePng(
  capture: { canvas: HTMLCanvasElement; capped: boolean; asked: { width: number; height: number } },
  css: { width: number; height: number },
  overlay: OverlayInfo,
): Promise<PngResult> {
  const { canvas } = capture;
  const out = document.createElement('canvas');
  out.width = canvas.width;
  out.height = canvas.height;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas to compose the PNG');
  ctx.drawImage(canvas, 0, 0);
  const url = URL.createObjectURL(new Blob([overlaySvg(css.width, css.height, overlay)], { type: 'image/svg+xml' }));
  try {
    const image = await loadImage(url);
    ctx.drawImage(image, 0, 0, out.width, out.height);
  } finally {
    URL.revokeObjectURL(url);
  }
  const blob = await new Promise<Blob>((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('the PNG could not be encoded'))), 'image/png'));
  return { blob, width: out.width, height: out.height, cappedFrom: capture.capped ? capture.asked : null };
}
